<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>AbandonDialog</name>
        <message>
            <source>Bilan abandoned</source>
            <translation>Bilan abandonné</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Found a job, moved away, health…</source>
            <translation>Reprise d'emploi, déménagement, santé…</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Dernier jour :</translation>
        </message>
    </context>
    <context>
        <name>AbsencesDialog</name>
        <message>
            <source>Your absences</source>
            <translation>Vos absences</translation>
        </message>
        <message>
            <source>Days you are away (holidays, training…). The planner moves sessions off them, and the agenda shows them.</source>
            <translation>Les jours où vous êtes absent·e (congés, formation…). La planification en écarte les séances, et l'agenda les affiche.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>New absence</source>
            <translation>Nouvelle absence</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>a&amp;u</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Libellé :</translation>
        </message>
        <message>
            <source>Holidays, training… (optional)</source>
            <translation>Congés, formation… (facultatif)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
    </context>
    <context>
        <name>AdministrativeDocument</name>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>Training provider declaration no. %1</source>
            <translation>Déclaration d'activité n° %1</translation>
        </message>
        <message>
            <source>The funder</source>
            <translation>Le financeur</translation>
        </message>
        <message>
            <source>The employer</source>
            <translation>L'employeur</translation>
        </message>
        <message>
            <source>Bilan de compétences agreement</source>
            <translation>Convention de bilan de compétences</translation>
        </message>
        <message>
            <source>Tripartite agreement (article R6313-8 of the Code du travail)</source>
            <translation>Convention tripartite (article R6313-8 du Code du travail)</translation>
        </message>
        <message>
            <source>Between</source>
            <translation>Entre</translation>
        </message>
        <message>
            <source>born on %1</source>
            <translation>né(e) le %1</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Le prestataire</translation>
        </message>
        <message>
            <source>The beneficiary</source>
            <translation>Le bénéficiaire</translation>
        </message>
        <message>
            <source>Title of the action</source>
            <translation>Intitulé de l'action</translation>
        </message>
        <message>
            <source>Bilan de compétences.</source>
            <translation>Bilan de compétences.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>To allow the beneficiary to analyse their professional and personal competences, their aptitudes and their motivations, in order to define a career project and, where relevant, a training project.</source>
            <translation>Permettre au bénéficiaire d'analyser ses compétences professionnelles et personnelles, ses aptitudes et ses motivations, afin de définir un projet professionnel et, le cas échéant, un projet de formation.</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>A preliminary phase (%1): the request, the method, the beneficiary's path.

An investigation phase (%2): competences, personal characteristics, values and motivations, exploration of options and of the job market.

A conclusion phase (%3): the project, its strengths and points of vigilance, the action plan and the synthesis document.</source>
            <translation>Une phase préliminaire (%1) : la demande, la démarche, le parcours du bénéficiaire.

Une phase d'investigation (%2) : compétences, caractéristiques personnelles, valeurs et motivations, exploration des pistes et du marché du travail.

Une phase de conclusion (%3) : le projet, ses points forts et ses points de vigilance, le plan d'action et le document de synthèse.</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>Moyens</translation>
        </message>
        <message>
            <source>Individual face-to-face interviews with %1; questionnaires and exercises; tests where useful; documentary research; meetings with professionals.</source>
            <translation>Entretiens individuels en face à face avec %1 ; questionnaires et exercices ; tests si utile ; recherche documentaire ; rencontres de professionnels.</translation>
        </message>
        <message>
            <source>starting on %1, over about two months</source>
            <translation>à partir du %1, sur deux mois environ</translation>
        </message>
        <message>
            <source>from ______________ to ______________</source>
            <translation>du ______________ au ______________</translation>
        </message>
        <message>
            <source>Duration and period</source>
            <translation>Durée et période de réalisation</translation>
        </message>
        <message>
            <source>%1 in all, within the legal limit of 24 hours, %2, in sessions of two to three hours about one week apart.</source>
            <translation>%1 au total, dans la limite légale de 24 heures, %2, en séances de deux à trois heures espacées d'une semaine environ.</translation>
        </message>
        <message>
            <source>How the bilan runs and is followed up</source>
            <translation>Modalités de déroulement et de suivi</translation>
        </message>
        <message>
            <source>Each session is recorded on an attendance sheet signed by the beneficiary and the consultant. Between sessions the beneficiary does personal work. A follow-up interview is offered six months after the end of the bilan.</source>
            <translation>Chaque séance est consignée sur une feuille d'émargement signée par le bénéficiaire et le consultant. Entre les séances, le bénéficiaire effectue un travail personnel. Un entretien de suivi est proposé six mois après la fin du bilan.</translation>
        </message>
        <message>
            <source>How the results are handed over</source>
            <translation>Modalités de remise des résultats</translation>
        </message>
        <message>
            <source>The detailed results and the synthesis document are handed to the beneficiary alone, in an individual interview of the conclusion phase. They are given to no one else, the signatories of this agreement included, without the beneficiary's agreement (article L6313-4). The documents made for the bilan are destroyed at its end, save the exceptions of article R6313-7.</source>
            <translation>Les résultats détaillés et le document de synthèse sont remis au seul bénéficiaire, lors d'un entretien individuel de la phase de conclusion. Ils ne sont communiqués à personne d'autre, signataires de la présente convention compris, sans l'accord du bénéficiaire (article L6313-4). Les documents élaborés pour le bilan sont détruits à son terme, sauf les exceptions prévues à l'article R6313-7.</translation>
        </message>
        <message>
            <source>Price and payment</source>
            <translation>Prix et modalités de règlement</translation>
        </message>
        <message>
            <source>Price: %1.

Payment: %2.</source>
            <translation>Prix : %1.

Règlement : %2.</translation>
        </message>
        <message>
            <source>Time to decide</source>
            <translation>Délai de réflexion</translation>
        </message>
        <message>
            <source>The beneficiary has %1 days from receiving this agreement to sign it. Without an answer within that time, the agreement is considered refused.</source>
            <translation>Le bénéficiaire dispose de %1 jours à compter de la réception de la présente convention pour la signer. Sans réponse dans ce délai, la convention est considérée comme refusée.</translation>
        </message>
        <message>
            <source>Made in three copies. Sent to the beneficiary on %1.</source>
            <translation>Fait en trois exemplaires. Transmise au bénéficiaire le %1.</translation>
        </message>
        <message>
            <source>Each signature preceded by the words “read and approved” and the date.</source>
            <translation>Chaque signature précédée de la mention « lu et approuvé » et de la date.</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificat de réalisation</translation>
        </message>
        <message>
            <source>Certificat de réalisation</source>
            <translation>Action concourant au développement des compétences</translation>
        </message>
        <message>
            <source>I, the undersigned, %1, legal representative of the provider of the action that contributes to the development of competences, certify that:</source>
            <translation>Je soussigné(e), %1, représentant légal du dispensateur de l'action concourant au développement des compétences, atteste que :</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Employee of</source>
            <translation>Salarié(e) de</translation>
        </message>
        <message>
            <source>Followed the action</source>
            <translation>A suivi l'action</translation>
        </message>
        <message>
            <source>Bilan de compétences</source>
            <translation>Bilan de compétences</translation>
        </message>
        <message>
            <source>Nature of the action</source>
            <translation>Nature de l'action</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>%1 of face-to-face sessions</source>
            <translation>%1 de séances en face à face</translation>
        </message>
        <message>
            <source>Without prejudice to the periods set by tax, accounting or commercial rules, I undertake to keep all the documents that justify this certificate for three years from the end of the year of the last payment.</source>
            <translation>Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m'engage à conserver l'ensemble des pièces justificatives qui ont permis d'établir le présent certificat pendant trois ans à compter de la fin de l'année du dernier paiement.</translation>
        </message>
        <message>
            <source>Signed at ____________________, on %1</source>
            <translation>Fait à ____________________, le %1</translation>
        </message>
        <message>
            <source>Signature and stamp of the provider's legal representative</source>
            <translation>Signature et cachet du représentant légal du dispensateur de l'action</translation>
        </message>
        <message>
            <source>☐ training action
☒ bilan de compétences
☐ validation of prior experience (VAE)
☐ apprenticeship</source>
            <translation>☐ action de formation
☒ bilan de compétences
☐ action de validation des acquis de l’expérience (VAE)
☐ action de formation par apprentissage</translation>
        </message>
    </context>
    <context>
        <name>AgendaService</name>
        <message>
            <source>The period must start on or before the day it ends.</source>
            <translation>La période doit commencer au plus tard le jour où elle finit.</translation>
        </message>
        <message>
            <source>The agenda shows a year at most.</source>
            <translation>L'agenda affiche un an au plus.</translation>
        </message>
        <message>
            <source>Bilan no. %1 is not funded by the CPF.</source>
            <translation>Le bilan n° %1 n'est pas financé par le CPF.</translation>
        </message>
        <message>
            <source>The entry is declared once the first session has taken place.</source>
            <translation>L'entrée se déclare une fois la première séance réalisée.</translation>
        </message>
        <message>
            <source>The exit is declared once the bilan has ended (set its end date).</source>
            <translation>La sortie se déclare une fois le bilan terminé (renseignez sa date de fin).</translation>
        </message>
        <message>
            <source>A declaration cannot be dated in the future.</source>
            <translation>Une déclaration ne peut pas être datée dans le futur.</translation>
        </message>
        <message>
            <source>The declaration cannot come before the event it declares (%1).</source>
            <translation>La déclaration ne peut pas précéder ce qu'elle déclare (%1).</translation>
        </message>
    </context>
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>Tripartite agreement</source>
            <translation>Convention tripartite</translation>
        </message>
        <message>
            <source>What the agreement prints</source>
            <translation>Ce que la convention imprime</translation>
        </message>
        <message>
            <source>&amp;Employer:</source>
            <translation>&amp;Employeur :</translation>
        </message>
        <message>
            <source>name and address, one per line</source>
            <translation>nom et adresse, un élément par ligne</translation>
        </message>
        <message>
            <source>&amp;Price (€):</source>
            <translation>&amp;Prix (€) :</translation>
        </message>
        <message>
            <source>e.g. 1 800,00</source>
            <translation>ex. 1 800,00</translation>
        </message>
        <message>
            <source>Pa&amp;yment:</source>
            <translation>Règle&amp;ment :</translation>
        </message>
        <message>
            <source>e.g. on invoice, within 30 days</source>
            <translation>ex. sur facture, à 30 jours</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Transmise le :</translation>
        </message>
        <message>
            <source>Si&amp;gned on:</source>
            <translation>Si&amp;gnée le :</translation>
        </message>
        <message>
            <source>&amp;Refused on:</source>
            <translation>&amp;Refusée le :</translation>
        </message>
    </context>
    <context>
        <name>AgreementRules</name>
        <message>
            <source>This date is in the future.</source>
            <translation>Cette date est dans le futur.</translation>
        </message>
        <message>
            <source>An agreement is either signed or refused, not both.</source>
            <translation>Une convention est signée ou refusée, pas les deux.</translation>
        </message>
        <message>
            <source>The agreement cannot be signed before it was sent.</source>
            <translation>La convention ne peut pas être signée avant d'avoir été transmise.</translation>
        </message>
        <message>
            <source>More than %1 days after it was sent, silence counts as a refusal: send the agreement again before recording a signature.</source>
            <translation>Plus de %1 jours après sa transmission, le silence vaut refus : transmettez de nouveau la convention avant d'enregistrer une signature.</translation>
        </message>
        <message>
            <source>The agreement cannot be refused before it was sent.</source>
            <translation>La convention ne peut pas être refusée avant d'avoir été transmise.</translation>
        </message>
        <message>
            <source>The price is between 0 and 1,000,000 euros.</source>
            <translation>Le prix est compris entre 0 et 1 000 000 euros.</translation>
        </message>
        <message>
            <source>The employer's name and address are too long (1,000 characters at most).</source>
            <translation>Le nom et l'adresse de l'employeur sont trop longs (1 000 caractères au plus).</translation>
        </message>
        <message>
            <source>The payment terms are too long (1,000 characters at most).</source>
            <translation>Les modalités de règlement sont trop longues (1 000 caractères au plus).</translation>
        </message>
        <message>
            <source>The agreement is already signed.</source>
            <translation>La convention est déjà signée.</translation>
        </message>
        <message>
            <source>The agreement was refused: record a new sending before a signature.</source>
            <translation>La convention a été refusée : enregistrez une nouvelle transmission avant une signature.</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Pas encore transmise</translation>
        </message>
        <message numerus="yes">
            <source>Sent; awaiting the signature until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>Transmise ; signature attendue jusqu'au %1 (%n jour restant)</numerusform>
                <numerusform>Transmise ; signature attendue jusqu'au %1 (%n jours restants)</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed on %1</source>
            <translation>Signée le %1</translation>
        </message>
        <message>
            <source>Refused on %1</source>
            <translation>Refusée le %1</translation>
        </message>
        <message>
            <source>Refused: no signature within %1 days (since %2)</source>
            <translation>Refusée : pas de signature dans les %1 jours (depuis le %2)</translation>
        </message>
    </context>
    <context>
        <name>AppLock</name>
        <message>
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%n more character(s)</source>
            <translation>
                <numerusform>%n caractère de plus</numerusform>
                <numerusform>%n caractères de plus</numerusform>
            </translation>
        </message>
        <message>
            <source>a lower-case letter</source>
            <translation>une minuscule</translation>
        </message>
        <message>
            <source>an upper-case letter</source>
            <translation>une majuscule</translation>
        </message>
        <message>
            <source>a digit</source>
            <translation>un chiffre</translation>
        </message>
        <message>
            <source>a symbol</source>
            <translation>un symbole</translation>
        </message>
        <message>
            <source>Too weak: add %1. A strong password has 12 characters or more of four kinds (lower case, upper case, digits, symbols), or 14 or more of three kinds, or is a passphrase of 7 words.</source>
            <translation>Trop faible : ajoutez %1. Un mot de passe robuste a 12 caractères ou plus de quatre sortes (minuscules, majuscules, chiffres, symboles), ou 14 ou plus de trois sortes, ou c’est une phrase de passe de 7 mots.</translation>
        </message>
        <message numerus="yes">
            <source>Wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Patientez %n seconde avant de réessayer.</numerusform>
                <numerusform>Patientez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. Wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Mot de passe incorrect. Patientez %n seconde avant de réessayer.</numerusform>
                <numerusform>Mot de passe incorrect. Patientez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Mot de passe incorrect.</translation>
        </message>
        <message>
            <source>Type the current password.</source>
            <translation>Tapez le mot de passe actuel.</translation>
        </message>
        <message>
            <source>The cryptography library could not start.</source>
            <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>Pas assez de mémoire pour protéger le mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>AppearanceSettingsPage</name>
        <message>
            <source>&amp;Dark colours</source>
            <translation>Couleurs &amp;sombres</translation>
        </message>
        <message>
            <source>Applied at once and at every start: Parcours cannot read the desktop's dark mode by itself.</source>
            <translation>Appliquées tout de suite et à chaque démarrage : Parcours ne peut pas lire seul le mode sombre du bureau.</translation>
        </message>
        <message>
            <source>Parcours shows its text at the size chosen for your desktop: to make it larger, enlarge the display in your desktop's settings (the user guide explains how). Its colours can be dark.</source>
            <translation>Parcours affiche son texte à la taille choisie pour votre bureau : pour l'agrandir, agrandissez l'affichage dans les paramètres de votre bureau (le guide d'utilisation explique comment). Ses couleurs peuvent être sombres.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSheet</name>
        <message>
            <source>Session %1 was %2: there is no attendance to sign.</source>
            <translation>La séance %1 a été %2 : il n'y a pas de présence à signer.</translation>
        </message>
        <message>
            <source>Session %1 is not a session of bilan no. %2.</source>
            <translation>La séance %1 n'appartient pas au bilan n° %2.</translation>
        </message>
        <message>
            <source>Bilan no. %1 has no session to sign for yet.</source>
            <translation>Le bilan n° %1 n'a encore aucune séance à émarger.</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Feuille d'émargement</translation>
        </message>
        <message>
            <source>Bilan de compétences</source>
            <translation>Bilan de compétences</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Bilan</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>no. %1, funded by: %2</source>
            <translation>n° %1, financement : %2</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>The beneficiary and the consultant sign at the end of each session. For a session held remotely, the consultant attests it and the beneficiary confirms it in writing or returns this sheet signed.</source>
            <translation>Le bénéficiaire et le consultant signent à la fin de chaque séance. Pour une séance à distance, le consultant l'atteste et le bénéficiaire la confirme par écrit ou renvoie cette feuille signée.</translation>
        </message>
        <message>
            <source>Beneficiary's signature</source>
            <translation>Signature du bénéficiaire</translation>
        </message>
        <message>
            <source>Consultant's signature</source>
            <translation>Signature du consultant</translation>
        </message>
        <message>
            <source>Session of %1</source>
            <translation>Séance du %1</translation>
        </message>
        <message>
            <source>%1 to %2 (%3)</source>
            <translation>%1 à %2 (%3)</translation>
        </message>
        <message>
            <source>at the office</source>
            <translation>au cabinet</translation>
        </message>
        <message>
            <source>remotely</source>
            <translation>à distance</translation>
        </message>
        <message>
            <source>Bilan no. %1</source>
            <translation>Bilan n° %1</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>entry %1 is missing</source>
            <translation>l'entrée %1 manque</translation>
        </message>
        <message>
            <source>entries %1 to %2 are missing</source>
            <translation>les entrées %1 à %2 manquent</translation>
        </message>
        <message>
            <source>the purge of %1 removed entries younger than %2 months</source>
            <translation>la purge du %1 a retiré des entrées de moins de %2 mois</translation>
        </message>
        <message>
            <source>entry %1 is out of order</source>
            <translation>l'entrée %1 n'est pas à sa place</translation>
        </message>
        <message>
            <source>entry %1 does not follow the entry before it</source>
            <translation>l'entrée %1 ne suit pas l'entrée précédente</translation>
        </message>
        <message>
            <source>entry %1 was changed after it was written</source>
            <translation>l'entrée %1 a été modifiée après son écriture</translation>
        </message>
        <message>
            <source>entry %1 is not the last one recorded</source>
            <translation>l'entrée %1 n'est pas la dernière enregistrée</translation>
        </message>
    </context>
    <context>
        <name>AuditExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>AuditService</name>
        <message>
            <source>Only a manager or the cabinet's administrator reads every entry of the audit log and can verify it.</source>
            <translation>Seuls un responsable ou l'administrateur du cabinet lisent toutes les entrées du journal des accès et peuvent le vérifier.</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsPage</name>
        <message>
            <source>Parcours copies your database into a folder beside it, checks each copy, and keeps a few of them.</source>
            <translation>Parcours copie votre base dans un dossier à côté d'elle, vérifie chaque copie et en garde quelques-unes.</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>&amp;Back up on the first start of each day</source>
            <translation>&amp;Sauvegarder au premier démarrage de chaque jour</translation>
        </message>
        <message>
            <source>&amp;Daily backups kept:</source>
            <translation>Sauvegardes &amp;quotidiennes gardées :</translation>
        </message>
        <message>
            <source>&amp;Weekly backups kept:</source>
            <translation>Sauvegardes &amp;hebdomadaires gardées :</translation>
        </message>
        <message>
            <source>&amp;Monthly backups kept:</source>
            <translation>Sauvegardes &amp;mensuelles gardées :</translation>
        </message>
        <message>
            <source>Backups made by hand and those made before an update or a restore are never removed by the rotation. Keep a copy elsewhere too (an external disk).</source>
            <translation>Les sauvegardes faites à la main, et celles faites avant une mise à jour ou une restauration, ne sont jamais effacées par la rotation. Gardez aussi une copie ailleurs (un disque externe).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>À la demande</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Avant une mise à jour</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <source>Backups of a PostgreSQL database are not available in Parcours yet; use pg_dump meanwhile.</source>
            <translation>Les sauvegardes d'une base PostgreSQL ne sont pas encore disponibles dans Parcours ; utilisez pg_dump en attendant.</translation>
        </message>
        <message>
            <source>Cannot create the backups folder %1.</source>
            <translation>Impossible de créer le dossier des sauvegardes %1.</translation>
        </message>
        <message>
            <source>Cannot make the backups folder %1 private.</source>
            <translation>Impossible de rendre privé le dossier des sauvegardes %1.</translation>
        </message>
        <message>
            <source>A backup cannot be written over the database itself.</source>
            <translation>Une sauvegarde ne peut pas remplacer la base elle-même.</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name for the backup.</source>
            <translation>%1 est un dossier ; donnez un nom de fichier pour la sauvegarde.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Le dossier %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Cannot move %1 to %2: %3</source>
            <translation>Impossible de déplacer %1 vers %2 : %3</translation>
        </message>
        <message>
            <source>The database is in use by another program.</source>
            <translation>La base est utilisée par un autre programme.</translation>
        </message>
        <message>
            <source>This file cannot be restored: %1 Nothing was changed.</source>
            <translation>Ce fichier ne peut pas être restauré : %1 Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This file is the database itself; choose a backup. Nothing was changed.</source>
            <translation>Ce fichier est la base elle-même ; choisissez une sauvegarde. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>%1 still has changes in %2 (it was copied while in use). Open it once with Parcours, then restore it. Nothing was changed.</source>
            <translation>%1 a encore des modifications dans %2 (il a été copié pendant son utilisation). Ouvrez-le une fois avec Parcours, puis restaurez-le. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The folder %1 is read-only: the database cannot be replaced. Nothing was changed.</source>
            <translation>Le dossier %1 est en lecture seule : la base ne peut pas être remplacée. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Cannot copy %1 beside the database. Nothing was changed.</source>
            <translation>Impossible de copier %1 à côté de la base. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database is read-only (%1): it cannot be replaced. Nothing was changed.</source>
            <translation>La base est en lecture seule (%1) : elle ne peut pas être remplacée. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The current database could not be backed up, so it was not replaced: %1</source>
            <translation>La base actuelle n'a pas pu être sauvegardée, elle n'a donc pas été remplacée : %1</translation>
        </message>
        <message>
            <source>The database is in use by another program (parcours-cli?): close it, then restore again. Your current data were backed up to %1.</source>
            <translation>La base est utilisée par un autre programme (parcours-cli ?) : fermez-le, puis restaurez de nouveau. Vos données actuelles ont été sauvegardées dans %1.</translation>
        </message>
        <message>
            <source>The current database cannot be opened to back it up, so it was not replaced: %1</source>
            <translation>La base actuelle ne peut pas être ouverte pour la sauvegarder, elle n'a donc pas été remplacée : %1</translation>
        </message>
        <message>
            <source>The database is in use by another program: close it, then restore again.</source>
            <translation>La base est utilisée par un autre programme : fermez-le, puis restaurez de nouveau.</translation>
        </message>
        <message>
            <source>%1 is damaged (SQLite reports: %2).</source>
            <translation>%1 est endommagé (SQLite signale : %2).</translation>
        </message>
        <message>
            <source>%1 is not a complete Parcours database (%2).</source>
            <translation>%1 n'est pas une base Parcours complète (%2).</translation>
        </message>
        <message>
            <source>%1 is not a Parcours backup: it is an SQLite database of another program.</source>
            <translation>%1 n'est pas une sauvegarde Parcours : c'est une base SQLite d'un autre programme.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Parcours (schema %2; this version knows up to %3). Update Parcours to use it.</source>
            <translation>%1 a été écrit par une version plus récente de Parcours (schéma %2 ; cette version connaît jusqu'au %3). Mettez Parcours à jour pour l'utiliser.</translation>
        </message>
        <message>
            <source>%1 is not a Parcours backup: it holds no data.</source>
            <translation>%1 n'est pas une sauvegarde Parcours : il ne contient aucune donnée.</translation>
        </message>
        <message>
            <source>records point to records that do not exist</source>
            <translation>des fiches renvoient à des fiches qui n'existent pas</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 n'existe pas.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 n'est pas un fichier.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a Parcours backup: it is not an SQLite database.</source>
            <translation>%1 n'est pas une sauvegarde Parcours : ce n'est pas une base SQLite.</translation>
        </message>
        <message>
            <source>Cannot write %1 to disk: %2</source>
            <translation>Impossible d'écrire %1 sur le disque : %2</translation>
        </message>
        <message>
            <source>Backups of a PostgreSQL database are not available in Parcours yet.</source>
            <translation>Les sauvegardes d'une base PostgreSQL ne sont pas encore disponibles dans Parcours.</translation>
        </message>
        <message>
            <source>A backup cannot be made in the middle of a change.</source>
            <translation>Une sauvegarde ne peut pas être faite au milieu d'une modification.</translation>
        </message>
        <message>
            <source>The backup could not be written to %1: %2</source>
            <translation>La sauvegarde n'a pas pu être écrite dans %1 : %2</translation>
        </message>
        <message>
            <source>The backup copy failed its check, so it was not kept: %1</source>
            <translation>La copie de sauvegarde n'a pas passé sa vérification, elle n'a donc pas été gardée : %1</translation>
        </message>
        <message>
            <source>Cannot make a temporary folder for the backup.</source>
            <translation>Impossible de créer un dossier temporaire pour la sauvegarde.</translation>
        </message>
        <message>
            <source>%1 is encrypted: its passphrase is needed to restore it. Nothing was changed.</source>
            <translation>%1 est chiffré : sa phrase de passe est nécessaire pour le restaurer. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Cannot make a temporary folder to decrypt %1. Nothing was changed.</source>
            <translation>Impossible de créer un dossier temporaire pour déchiffrer %1. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>%1 Nothing was changed.</source>
            <translation>%1 Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Parcours backs your data up every day on the first start, before every update and before every restore. Each backup is a complete copy, checked when it is made.</source>
            <translation>Parcours sauvegarde vos données chaque jour au premier démarrage, avant chaque mise à jour et avant chaque restauration. Chaque sauvegarde est une copie complète, vérifiée au moment où elle est faite.</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore the selected backup…</source>
            <translation>&amp;Restaurer la sauvegarde choisie…</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurer depuis un &amp;fichier…</translation>
        </message>
        <message>
            <source>Open the &amp;folder</source>
            <translation>Ouvrir le &amp;dossier</translation>
        </message>
        <message>
            <source>&amp;Encrypted copy…</source>
            <translation>Copie &amp;chiffrée…</translation>
        </message>
        <message>
            <source>Writes a backup sealed by a passphrase, to take elsewhere (an external disk)</source>
            <translation>Écrit une sauvegarde protégée par une phrase de passe, à emporter ailleurs (un disque externe)</translation>
        </message>
    </context>
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
        <name>BilanEndService</name>
        <message>
            <source>Bilan no. %1 is already closed.</source>
            <translation>Le bilan n° %1 est déjà clôturé.</translation>
        </message>
        <message>
            <source>Bilan no. %1 was already abandoned.</source>
            <translation>Le bilan n° %1 a déjà été abandonné.</translation>
        </message>
        <message>
            <source>The end of a bilan cannot be dated in the future.</source>
            <translation>La fin d'un bilan ne peut pas être datée dans le futur.</translation>
        </message>
        <message>
            <source>The end cannot come before the start of the bilan (%1).</source>
            <translation>La fin ne peut pas précéder le début du bilan (%1).</translation>
        </message>
        <message>
            <source>A session took place after that day (%1).</source>
            <translation>Une séance a eu lieu après ce jour (%1).</translation>
        </message>
        <message>
            <source>Say why the bilan was abandoned.</source>
            <translation>Indiquez pourquoi le bilan a été abandonné.</translation>
        </message>
    </context>
    <context>
        <name>BilanService</name>
        <message>
            <source>%1 already has a bilan in progress (no. %2); close it before opening another.</source>
            <translation>%1 a déjà un bilan en cours (n° %2) ; clôturez-le avant d'en ouvrir un autre.</translation>
        </message>
        <message numerus="yes">
            <source>Bilan no. %1 has %n logged session(s): deleting it would destroy their attendance records. Mark it abandoned instead, or confirm the deletion.</source>
            <translation>
                <numerusform>Le bilan n° %1 a %n séance consignée : le supprimer détruirait sa trace de présence. Marquez-le plutôt abandonné, ou confirmez la suppression.</numerusform>
                <numerusform>Le bilan n° %1 a %n séances consignées : le supprimer détruirait leur trace de présence. Marquez-le plutôt abandonné, ou confirmez la suppression.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bilan no. %1 was invoiced: invoices are kept ten years, so the bilan cannot be deleted. Mark it abandoned instead.</source>
            <translation>Le bilan n° %1 a été facturé : les factures sont conservées dix ans, le bilan ne peut donc pas être supprimé. Marquez-le plutôt comme abandonné.</translation>
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
        <name>BillingDocument</name>
        <message>
            <source>Total excluding VAT</source>
            <translation>Total HT</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>TVA</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Règlement</translation>
        </message>
        <message>
            <source>Payment due by %1.</source>
            <translation>Paiement à effectuer au plus tard le %1.</translation>
        </message>
        <message>
            <source>Bank details:</source>
            <translation>Coordonnées bancaires :</translation>
        </message>
        <message>
            <source>Late payment: penalties at three times the French legal interest rate, due from the day after the due date without a reminder (article L441-10 of the Code de commerce).</source>
            <translation>Retard de paiement : pénalités au taux de trois fois le taux d'intérêt légal, exigibles dès le lendemain de la date d'échéance sans qu'un rappel soit nécessaire (article L441-10 du Code de commerce).</translation>
        </message>
        <message>
            <source>Professional customers: a fixed indemnity of %1 for recovery costs is due on late payment (articles L441-10 and D441-5 of the Code de commerce). No discount for early payment.</source>
            <translation>Clients professionnels : une indemnité forfaitaire pour frais de recouvrement de %1 est due en cas de retard de paiement (articles L441-10 et D441-5 du Code de commerce). Pas d'escompte pour paiement anticipé.</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>Avoir</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>N° %1</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Date d'émission</translation>
        </message>
        <message>
            <source>Corrects invoice</source>
            <translation>Facture rectifiée</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 du %2</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Date d'échéance</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Credit on invoice %1 (bilan de compétences of %2)</source>
            <translation>Avoir sur la facture %1 (bilan de compétences de %2)</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <source>Bilan de compétences of %1</source>
            <translation>Bilan de compétences de %1</translation>
        </message>
        <message>
            <source>Share of the price of %1</source>
            <translation>Part du prix de %1</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Désignation</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Amount excluding VAT</source>
            <translation>Montant HT</translation>
        </message>
        <message>
            <source>Total credited</source>
            <translation>Total de l'avoir</translation>
        </message>
        <message>
            <source>Total due</source>
            <translation>Net à payer</translation>
        </message>
        <message>
            <source>Of which %1 is the beneficiary's flat co-payment, paid on Mon Compte Formation.</source>
            <translation>Dont %1 de participation forfaitaire du titulaire, réglée sur Mon Compte Formation.</translation>
        </message>
        <message>
            <source>This credit note takes %1 off invoice %2.</source>
            <translation>Cet avoir déduit %1 de la facture %2.</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Devis</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valable jusqu'au</translation>
        </message>
        <message>
            <source>The service</source>
            <translation>La prestation</translation>
        </message>
        <message>
            <source>A bilan de compétences (articles L6313-1, L6313-4 and R6313-4 of the Code du travail), in individual sessions: a preliminary phase, an investigation phase and a conclusion phase, ending with a synthesis document handed to the beneficiary alone.</source>
            <translation>Un bilan de compétences (articles L6313-1, L6313-4 et R6313-4 du Code du travail), en entretiens individuels : une phase préliminaire, une phase d'investigation et une phase de conclusion, jusqu'au document de synthèse remis au seul bénéficiaire.</translation>
        </message>
        <message>
            <source>Preliminary phase %1, investigation %2, conclusion %3</source>
            <translation>Phase préliminaire %1, investigation %2, conclusion %3</translation>
        </message>
        <message>
            <source>Bilan de compétences</source>
            <translation>Bilan de compétences</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>To be named</source>
            <translation>À préciser</translation>
        </message>
        <message>
            <source>fixed amount</source>
            <translation>montant fixe</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Financeur</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>The CPF share includes the beneficiary's flat co-payment of %1, paid on Mon Compte Formation when registering.</source>
            <translation>La part du CPF comprend la participation forfaitaire du titulaire de %1, réglée sur Mon Compte Formation à l'inscription.</translation>
        </message>
        <message>
            <source>Agreed: the beneficiary (date and signature)</source>
            <translation>Bon pour accord : le bénéficiaire (date et signature)</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Le prestataire</translation>
        </message>
        <message>
            <source>Payment within %1 days of the invoice's date.</source>
            <translation>Paiement à %1 jours de la date de facture.</translation>
        </message>
        <message>
            <source>Payment on receipt of the invoice.</source>
            <translation>Paiement à réception de la facture.</translation>
        </message>
    </context>
    <context>
        <name>BillingDocumentService</name>
        <message>
            <source>This bilan has no price: set its price, or a default price in the settings, first.</source>
            <translation>Ce bilan n'a pas de prix : indiquez d'abord son prix, ou un prix par défaut dans les paramètres.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>BillingRules</name>
        <message>
            <source>Name at least one funder.</source>
            <translation>Indiquez au moins un financeur.</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>Un montant ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>A share is more than 0 % and at most 100 %.</source>
            <translation>Une part est de plus de 0 % et d'au plus 100 %.</translation>
        </message>
        <message>
            <source>The name is too long (%1 characters at most).</source>
            <translation>Le nom est trop long (%1 caractères au plus).</translation>
        </message>
        <message>
            <source>The address is too long (%1 characters at most).</source>
            <translation>L'adresse est trop longue (%1 caractères au plus).</translation>
        </message>
        <message>
            <source>The CPF can be only one of the funders.</source>
            <translation>Le CPF ne peut figurer qu'une fois parmi les financeurs.</translation>
        </message>
        <message>
            <source>The percentages add up to %1 %: they must make 100 %.</source>
            <translation>Les pourcentages font %1 % au total : ils doivent faire 100 %.</translation>
        </message>
        <message>
            <source>The fixed amounts (%1) are more than the price (%2).</source>
            <translation>Les montants fixes (%1) dépassent le prix (%2).</translation>
        </message>
        <message>
            <source>The fixed amounts leave %1 of the price to nobody: give that to a funder.</source>
            <translation>Les montants fixes laissent %1 du prix à personne : attribuez-les à un financeur.</translation>
        </message>
        <message>
            <source>Give the date of issue.</source>
            <translation>Indiquez la date d'émission.</translation>
        </message>
        <message>
            <source>A document cannot be dated in the future (%1).</source>
            <translation>Un document ne peut pas être daté dans le futur (%1).</translation>
        </message>
        <message>
            <source>The financial year of %1 is closed: no new document can be dated in it.</source>
            <translation>L'exercice du %1 est clôturé : aucun nouveau document ne peut y être daté.</translation>
        </message>
        <message>
            <source>Numbers follow the dates: the last document of this series is dated %1, so a new one cannot be dated earlier.</source>
            <translation>Les numéros suivent les dates : le dernier document de cette série est daté du %1, un nouveau ne peut donc pas être daté d'avant.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Le montant doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Payments are recorded against invoices, not credit notes.</source>
            <translation>Les règlements s'enregistrent sur des factures, pas sur des avoirs.</translation>
        </message>
        <message>
            <source>Give the date of the payment.</source>
            <translation>Indiquez la date du règlement.</translation>
        </message>
        <message>
            <source>A payment cannot be dated in the future (%1).</source>
            <translation>Un règlement ne peut pas être daté dans le futur (%1).</translation>
        </message>
        <message>
            <source>The payment is dated before its invoice (%1).</source>
            <translation>Le règlement est daté d'avant sa facture (%1).</translation>
        </message>
        <message>
            <source>The financial year of %1 is closed: no payment can be dated in it.</source>
            <translation>L'exercice du %1 est clôturé : aucun règlement ne peut y être daté.</translation>
        </message>
        <message>
            <source>The payment (%1) is more than what invoice %2 still owes (%3).</source>
            <translation>Le règlement (%1) dépasse ce qui reste dû sur la facture %2 (%3).</translation>
        </message>
        <message>
            <source>A credit note corrects an invoice, not another credit note.</source>
            <translation>Un avoir rectifie une facture, pas un autre avoir.</translation>
        </message>
        <message>
            <source>The credit note (%1) is more than what is left of invoice %2 (%3).</source>
            <translation>L'avoir (%1) dépasse ce qui reste de la facture %2 (%3).</translation>
        </message>
    </context>
    <context>
        <name>BillingService</name>
        <message>
            <source>This funding plan belongs to another bilan.</source>
            <translation>Ce plan de financement appartient à un autre bilan.</translation>
        </message>
        <message>
            <source>An invoice names its seller: set your name, address and SIRET number in the settings first.</source>
            <translation>Une facture nomme son émetteur : indiquez d'abord votre nom, votre adresse et votre numéro SIRET dans les paramètres.</translation>
        </message>
        <message numerus="yes">
            <source>There is no funder no. %1: this bilan has %n funder(s).</source>
            <translation>
                <numerusform>Il n'y a pas de financeur n° %1 : ce bilan a %n financeur.</numerusform>
                <numerusform>Il n'y a pas de financeur n° %1 : ce bilan a %n financeurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Several funders share this bilan: say which one this amount is for.</source>
            <translation>Plusieurs financeurs se partagent ce bilan : précisez celui à qui ce montant est facturé.</translation>
        </message>
        <message>
            <source>Every share of this bilan is already invoiced.</source>
            <translation>Toutes les parts de ce bilan sont déjà facturées.</translation>
        </message>
        <message>
            <source>This bilan has no price: set its price, or a default price in the settings, or give the amount.</source>
            <translation>Ce bilan n'a pas de prix : indiquez son prix, ou un prix par défaut dans les paramètres, ou le montant.</translation>
        </message>
        <message>
            <source>The share of %1 is already invoiced.</source>
            <translation>La part de « %1 » est déjà facturée.</translation>
        </message>
        <message>
            <source>%1 is more than what is left to invoice to this funder (%2).</source>
            <translation>%1 dépasse ce qui reste à facturer à ce financeur (%2).</translation>
        </message>
        <message>
            <source>Who is invoiced? Give the name of the funder (%1) in the bilan's funding.</source>
            <translation>À qui facturer ? Indiquez le nom du financeur (%1) dans le financement du bilan.</translation>
        </message>
        <message>
            <source>Say why the invoice is corrected.</source>
            <translation>Indiquez pourquoi la facture est rectifiée.</translation>
        </message>
        <message>
            <source>The reason is too long (500 characters at most).</source>
            <translation>Le motif est trop long (500 caractères au plus).</translation>
        </message>
        <message>
            <source>The reference is too long (200 characters at most).</source>
            <translation>La référence est trop longue (200 caractères au plus).</translation>
        </message>
        <message>
            <source>This payment is dated in a closed financial year: it stays as it is.</source>
            <translation>Ce règlement est daté dans un exercice clôturé : il reste tel quel.</translation>
        </message>
        <message>
            <source>The financial year %1 is not over yet (it ends on %2).</source>
            <translation>L'exercice %1 n'est pas terminé (il finit le %2).</translation>
        </message>
        <message>
            <source>The financial year %1 is already closed.</source>
            <translation>L'exercice %1 est déjà clôturé.</translation>
        </message>
    </context>
    <context>
        <name>BillingSettingsPage</name>
        <message>
            <source>&amp;Default price of a bilan (€):</source>
            <translation>&amp;Prix par défaut d'un bilan (€) :</translation>
        </message>
        <message>
            <source>e.g. 1 800,00</source>
            <translation>par exemple 1 800,00</translation>
        </message>
        <message>
            <source>&amp;Days to pay an invoice:</source>
            <translation>&amp;Délai de paiement :</translation>
        </message>
        <message>
            <source>&amp;VAT mention:</source>
            <translation>Mention de &amp;TVA :</translation>
        </message>
        <message>
            <source>&amp;Bank details:</source>
            <translation>&amp;Coordonnées bancaires :</translation>
        </message>
        <message>
            <source>IBAN and BIC, printed on invoices</source>
            <translation>IBAN et BIC, imprimés sur les factures</translation>
        </message>
        <message>
            <source>CPF &amp;co-payment (€):</source>
            <translation>Participation &amp;forfaitaire CPF (€) :</translation>
        </message>
        <message>
            <source>Financial year &amp;starts in:</source>
            <translation>L'&amp;exercice commence en :</translation>
        </message>
        <message>
            <source>Invoices keep a copy of these mentions as they were on the day they were issued. Training can be exempt from VAT under article 261-4-4° a of the CGI; the flat co-payment of the CPF changes over the years: check the current amount.</source>
            <translation>Les factures gardent une copie de ces mentions telles qu'elles étaient le jour de leur émission. La formation peut être exonérée de TVA au titre de l'article 261-4-4° a du CGI ; la participation forfaitaire du CPF évolue au fil des ans : vérifiez le montant en vigueur.</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <source>change the price and funders</source>
            <translation>modifier le prix et les financeurs</translation>
        </message>
    </context>
    <context>
        <name>Bpf</name>
        <message>
            <source>Not classified: the trainee's status is missing</source>
            <translation>Non classés : le statut du stagiaire manque</translation>
        </message>
        <message>
            <source>Employees of private employers (apprentices excluded)</source>
            <translation>Salariés d'employeurs privés hors apprentis</translation>
        </message>
        <message>
            <source>Job seekers</source>
            <translation>Personnes en recherche d'emploi</translation>
        </message>
        <message>
            <source>Individuals at their own expense</source>
            <translation>Particuliers à leurs propres frais</translation>
        </message>
        <message>
            <source>Other trainees</source>
            <translation>Autres stagiaires</translation>
        </message>
        <message>
            <source>Companies, for the training of their employees</source>
            <translation>Entreprises, pour la formation de leurs salariés</translation>
        </message>
        <message>
            <source>Funds managers: personal training account (CPF)</source>
            <translation>Organismes gestionnaires des fonds : compte personnel de formation (CPF)</translation>
        </message>
        <message>
            <source>Funds managers (OPCO): skills development plan or other schemes</source>
            <translation>Organismes gestionnaires des fonds (OPCO) : plan de développement des compétences ou autres dispositifs</translation>
        </message>
        <message>
            <source>France Travail (formerly Pôle emploi)</source>
            <translation>France Travail (ex-Pôle emploi)</translation>
        </message>
        <message>
            <source>Contracts with individuals at their own expense</source>
            <translation>Contrats conclus avec des personnes à titre individuel et à leurs frais</translation>
        </message>
        <message>
            <source>Other income from vocational training</source>
            <translation>Autres produits au titre de la formation professionnelle</translation>
        </message>
        <message>
            <source>Persons of the organisation who gave the sessions (the consultant)</source>
            <translation>Personnes de l'organisme ayant dispensé les séances (le consultant)</translation>
        </message>
        <message>
            <source>Bilans de compétences</source>
            <translation>Bilans de compétences</translation>
        </message>
        <message>
            <source>The SIRET number is not in the settings (frame A).</source>
            <translation>Le numéro SIRET ne figure pas dans les paramètres (cadre A).</translation>
        </message>
        <message>
            <source>The training provider declaration number is not in the settings (frame A).</source>
            <translation>Le numéro de déclaration d'activité ne figure pas dans les paramètres (cadre A).</translation>
        </message>
        <message>
            <source>Bilan of %1: the beneficiary's status (employee, job seeker, individual…) is not recorded (frame F-1).</source>
            <translation>Bilan de %1 : le statut du bénéficiaire (salarié, demandeur d'emploi, particulier…) n'est pas renseigné (cadre F-1).</translation>
        </message>
        <message>
            <source>Bilan of %1: sessions in the year but no invoice, so its income is missing from frame C.</source>
            <translation>Bilan de %1 : des séances dans l'exercice mais aucune facture, ses produits manquent donc au cadre C.</translation>
        </message>
    </context>
    <context>
        <name>BpfDocument</name>
        <message>
            <source>BPF figures %1</source>
            <translation>Chiffres du BPF %1</translation>
        </message>
        <message>
            <source>Bilan pédagogique et financier (Cerfa 10443), financial year from %1 to %2</source>
            <translation>Bilan pédagogique et financier (Cerfa 10443), exercice du %1 au %2</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>Frame A: the provider</source>
            <translation>Cadre A : l'organisme</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <source>Declaration number</source>
            <translation>Numéro de déclaration d'activité</translation>
        </message>
        <message>
            <source>Frame C: income from vocational training, excluding VAT</source>
            <translation>Cadre C : produits de la formation professionnelle, hors taxes</translation>
        </message>
        <message>
            <source>Total of frame C</source>
            <translation>Total du cadre C</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Invoices issued in the financial year, less their credit notes, by who was invoiced.</source>
            <translation>Factures émises dans l'exercice, déduction faite des avoirs, selon le client facturé.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Frame E: people who gave the training</source>
            <translation>Cadre E : personnes ayant dispensé la formation</translation>
        </message>
        <message>
            <source>Frame F: trainees and hours</source>
            <translation>Cadre F : stagiaires et heures</translation>
        </message>
        <message>
            <source>Each beneficiary counts once; hours are the face-to-face hours done in the financial year in the preliminary, investigation and conclusion phases, rounded to the hour.</source>
            <translation>Chaque bénéficiaire compte une fois ; les heures sont celles des entretiens réalisés dans l'exercice en phases préliminaire, d'investigation et de conclusion, arrondies à l'heure.</translation>
        </message>
        <message>
            <source>What the records lack</source>
            <translation>Ce qui manque aux dossiers</translation>
        </message>
        <message>
            <source>Nothing: every figure comes from complete records.</source>
            <translation>Rien : chaque chiffre vient de dossiers complets.</translation>
        </message>
        <message>
            <source>Before filing</source>
            <translation>Avant de déclarer</translation>
        </message>
        <message>
            <source>These figures follow the BPF as Parcours knows it: check each line against the notice of the current Cerfa 10443 before copying it into Mon Activité Formation. Frames B, D (charges) and G (training subcontracted) are not computed: they come from your accounts.</source>
            <translation>Ces chiffres suivent le BPF tel que Parcours le connaît : vérifiez chaque ligne avec la notice du Cerfa 10443 en vigueur avant de la recopier dans Mon Activité Formation. Les cadres B, D (charges) et G (formations sous-traitées) ne sont pas calculés : ils viennent de votre comptabilité.</translation>
        </message>
        <message>
            <source>frame</source>
            <translation>cadre</translation>
        </message>
        <message>
            <source>line</source>
            <translation>ligne</translation>
        </message>
        <message>
            <source>label</source>
            <translation>libellé</translation>
        </message>
        <message>
            <source>number</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>heures</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
    </context>
    <context>
        <name>CabinetDialog</name>
        <message>
            <source>Connect to a cabinet</source>
            <translation>Se connecter à un cabinet</translation>
        </message>
        <message>
            <source>A cabinet keeps its beneficiaries on one shared PostgreSQL server. Ask whoever runs it for the address, the database and your login.</source>
            <translation>Un cabinet garde ses bénéficiaires sur un serveur PostgreSQL partagé. Demandez à la personne qui l'administre son adresse, le nom de la base et votre identifiant.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>serveur.cabinet.fr or 192.168.1.10</source>
            <translation>serveur.cabinet.fr ou 192.168.1.10</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>parcours</source>
            <translation>parcours</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Identifiant :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>The password is kept in memory until Parcours closes, never written in its settings. To avoid typing it at each start, put it in the file ~/.pgpass (one line host:port:database:login:password, readable by you only).</source>
            <translation>Le mot de passe reste en mémoire jusqu'à la fermeture de Parcours ; il n'est jamais écrit dans ses réglages. Pour ne pas le retaper à chaque démarrage, mettez-le dans le fichier ~/.pgpass (une ligne serveur:port:base:identifiant:mot de passe, lisible par vous seul).</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Back to my &amp;local data</source>
            <translation>Revenir à mes données &amp;locales</translation>
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
        <name>ClientImport</name>
        <message>
            <source>(ignored)</source>
            <translation>(ignorée)</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
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
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>Two columns are chosen for the field "%1" (columns %2 and %3).</source>
            <translation>Deux colonnes sont choisies pour le champ « %1 » (colonnes %2 et %3).</translation>
        </message>
        <message>
            <source>No column is chosen for the field "%1".</source>
            <translation>Aucune colonne n'est choisie pour le champ « %1 ».</translation>
        </message>
        <message>
            <source>The file has a header line but no beneficiary.</source>
            <translation>Le fichier a une ligne d'en-tête mais aucun bénéficiaire.</translation>
        </message>
        <message>
            <source>This line has more cells than the header (%1 instead of %2): is a separator missing its quotes?</source>
            <translation>Cette ligne a plus de cellules que l'en-tête (%1 au lieu de %2) : un séparateur manque-t-il de guillemets ?</translation>
        </message>
        <message>
            <source>"%1" is not a date (expected dd/mm/yyyy).</source>
            <translation>« %1 » n'est pas une date (jj/mm/aaaa attendu).</translation>
        </message>
    </context>
    <context>
        <name>ClientImportDialog</name>
        <message>
            <source>Import beneficiaries</source>
            <translation>Importer des bénéficiaires</translation>
        </message>
        <message>
            <source>Save your spreadsheet as CSV (Excel: "CSV (separator: semicolon)"; LibreOffice: "Text CSV"), then choose it. Nothing is recorded until you click Import, and then either every new beneficiary is recorded or none is.</source>
            <translation>Enregistrez votre tableur au format CSV (Excel : « CSV (séparateur : point-virgule) » ; LibreOffice : « Texte CSV »), puis choisissez le fichier. Rien n'est enregistré avant que vous cliquiez sur Importer, et alors soit tous les nouveaux bénéficiaires sont enregistrés, soit aucun.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Choisir un fichier…</translation>
        </message>
        <message>
            <source>1. Columns of the file</source>
            <translation>1. Colonnes du fichier</translation>
        </message>
        <message>
            <source>Check which field of Parcours each column holds.</source>
            <translation>Vérifiez quel champ de Parcours contient chaque colonne.</translation>
        </message>
        <message>
            <source>2. Preview</source>
            <translation>2. Aperçu</translation>
        </message>
        <message>
            <source>Preview of the beneficiaries to import</source>
            <translation>Aperçu des bénéficiaires à importer</translation>
        </message>
    </context>
    <context>
        <name>ClientImportService</name>
        <message numerus="yes">
            <source>The file has %n problem(s); nothing was imported. First: line %1: %2</source>
            <translation>
                <numerusform>Le fichier a %n problème ; rien n'a été importé. Ligne %1 : %2</numerusform>
                <numerusform>Le fichier a %n problèmes ; rien n'a été importé. Premier, ligne %1 : %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
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
            <source>PARCOURS_TODAY must be a date YYYY-MM-DD, or a date and a start time YYYY-MM-DDTHH:MM, not '%1'.</source>
            <translation>PARCOURS_TODAY doit être une date AAAA-MM-JJ, ou une date et une heure de début AAAA-MM-JJTHH:MM, pas « %1 ».</translation>
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
        <name>ComplianceRules</name>
        <message>
            <source>Each of the three phases has a session done</source>
            <translation>Chacune des trois phases a une séance réalisée</translation>
        </message>
        <message>
            <source>The bilan was abandoned.</source>
            <translation>Le bilan a été abandonné.</translation>
        </message>
        <message>
            <source>Preliminary, investigation and conclusion each have a session done.</source>
            <translation>Préliminaire, investigation et conclusion ont chacune une séance réalisée.</translation>
        </message>
        <message>
            <source>Still to hold: %1.</source>
            <translation>Reste à tenir : %1.</translation>
        </message>
        <message>
            <source>The bilan ended with no session done in: %1.</source>
            <translation>Le bilan s’est terminé sans séance réalisée en : %1.</translation>
        </message>
        <message>
            <source>Preliminary, investigation and conclusion within 24 hours</source>
            <translation>Préliminaire, investigation et conclusion dans les 24 heures</translation>
        </message>
        <message>
            <source>%1 over the 24 h cap (sessions %2, personal work %3).</source>
            <translation>%1 au-delà des 24 h (séances %2, travail personnel %3).</translation>
        </message>
        <message>
            <source>Tripartite agreement signed before the first session, within its 10 days</source>
            <translation>Convention tripartite signée avant la première séance, dans ses 10 jours</translation>
        </message>
        <message>
            <source>No tripartite agreement for this funding (%1).</source>
            <translation>Pas de convention tripartite pour ce financement (%1).</translation>
        </message>
        <message>
            <source>Signed on %1, after the 10 days that ended on %2.</source>
            <translation>Signée le %1, après les 10 jours échus le %2.</translation>
        </message>
        <message>
            <source>A session took place on %1, before the signature on %2.</source>
            <translation>Une séance a eu lieu le %1, avant la signature du %2.</translation>
        </message>
        <message>
            <source>A session took place on %1 without a signed agreement (%2).</source>
            <translation>Une séance a eu lieu le %1 sans convention signée (%2).</translation>
        </message>
        <message>
            <source>The first session is planned on %1.</source>
            <translation>La première séance est prévue le %1.</translation>
        </message>
        <message>
            <source>CPF entry and exit declared within 3 working days</source>
            <translation>Entrée et sortie CPF déclarées sous 3 jours ouvrés</translation>
        </message>
        <message>
            <source>Not funded by the CPF (%1).</source>
            <translation>Pas financé par le CPF (%1).</translation>
        </message>
        <message>
            <source>%1 declared on %2</source>
            <translation>%1 déclarée le %2</translation>
        </message>
        <message>
            <source>%1 not declared; it was due by %2</source>
            <translation>%1 non déclarée ; elle était due au plus tard le %2</translation>
        </message>
        <message>
            <source>%1 to declare by %2</source>
            <translation>%1 à déclarer au plus tard le %2</translation>
        </message>
        <message>
            <source>Synthesis finalised and its handover receipt recorded</source>
            <translation>Synthèse finalisée et récépissé de remise enregistré</translation>
        </message>
        <message>
            <source>No version of the synthesis is final yet.</source>
            <translation>Aucune version de la synthèse n’est encore définitive.</translation>
        </message>
        <message>
            <source>The synthesis is final; the beneficiary's receipt is not recorded.</source>
            <translation>La synthèse est définitive ; le récépissé du bénéficiaire n’est pas enregistré.</translation>
        </message>
        <message>
            <source>Version %1 handed over, receipt signed on %2.</source>
            <translation>Version %1 remise, récépissé signé le %2.</translation>
        </message>
        <message>
            <source>Follow-up interview planned</source>
            <translation>Entretien de suivi prévu</translation>
        </message>
        <message>
            <source>Held on %1.</source>
            <translation>Tenu le %1.</translation>
        </message>
        <message>
            <source>Planned on %1.</source>
            <translation>Prévu le %1.</translation>
        </message>
        <message>
            <source>No follow-up session is planned (about six months after the end).</source>
            <translation>Aucun entretien de suivi n’est prévu (environ six mois après la fin).</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) to fix</source>
            <translation>
                <numerusform>%n point à corriger</numerusform>
                <numerusform>%n points à corriger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In order so far; %n point(s) still to come</source>
            <translation>
                <numerusform>En ordre pour l’instant ; %n point à venir</numerusform>
                <numerusform>En ordre pour l’instant ; %n points à venir</numerusform>
            </translation>
        </message>
        <message>
            <source>All checks met</source>
            <translation>Tous les contrôles sont respectés</translation>
        </message>
        <message>
            <source>Entry: to declare once the first session is done</source>
            <translation>Entrée : à déclarer une fois la première séance réalisée</translation>
        </message>
        <message>
            <source>Exit: to declare once the bilan ends</source>
            <translation>Sortie : à déclarer à la fin du bilan</translation>
        </message>
        <message>
            <source>%1 done or planned of 24 h, personal work included; %2 done.</source>
            <translation>%1 faites ou prévues sur 24 h, travail personnel compris ; %2 faites.</translation>
        </message>
        <message>
            <source>%1 declared late, on %2 (due by %3)</source>
            <translation>%1 déclarée en retard, le %2 (à faire au plus tard le %3)</translation>
        </message>
        <message>
            <source>Recorded: %1.</source>
            <translation>Noté : %1.</translation>
        </message>
        <message>
            <source>Due on %1; no follow-up session is planned yet.</source>
            <translation>Dû le %1 ; aucune séance de suivi n’est encore prévue.</translation>
        </message>
        <message>
            <source>Due since %1; no follow-up session is planned and no outcome is recorded.</source>
            <translation>Dû depuis le %1 ; aucune séance de suivi n’est prévue et aucune issue n’est notée.</translation>
        </message>
        <message numerus="yes">
            <source>All checks done, %n of them late</source>
            <translation>
                <numerusform>Tout est fait, dont %n point en retard</numerusform>
                <numerusform>Tout est fait, dont %n points en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Past sessions logged</source>
            <translation>Séances passées consignées</translation>
        </message>
        <message>
            <source>No past session is left unlogged.</source>
            <translation>Aucune séance passée ne reste à consigner.</translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) to log (held, no-show, cancelled or moved): %1.</source>
            <translation>
                <numerusform>%n séance passée à consigner (réalisée, absence, annulée ou déplacée) : %1.</numerusform>
                <numerusform>%n séances passées à consigner (réalisées, absences, annulées ou déplacées) : %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictPrompt</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu'un d'autre</translation>
        </message>
        <message>
            <source>Someone else changed %1 since you opened it (another consultant, or you on another computer). Your changes are not saved yet.</source>
            <translation>Quelqu'un d'autre a modifié %1 depuis que vous l'avez ouvert (un ou une collègue, ou vous-même sur un autre poste). Vos modifications ne sont pas encore enregistrées.</translation>
        </message>
        <message>
            <source>Reload: drop your changes and show theirs.
Overwrite: save yours over theirs.
Keep a copy: copy your text to the clipboard, then show theirs.</source>
            <translation>Recharger : abandonner vos modifications et afficher les siennes.
Écraser : enregistrer les vôtres à la place des siennes.
Garder une copie : copier votre texte dans le presse-papiers, puis afficher les siennes.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <source>Keep a copy</source>
            <translation>Garder une copie</translation>
        </message>
    </context>
    <context>
        <name>ConnectionCheck</name>
        <message>
            <source>The server %1 asks for a password: type it, or put it in ~/.pgpass.</source>
            <translation>Le serveur %1 demande un mot de passe : saisissez-le, ou mettez-le dans ~/.pgpass.</translation>
        </message>
        <message>
            <source>The server %1 refused the login “%2” with this password: check both (capitals count).</source>
            <translation>Le serveur %1 a refusé l'identifiant « %2 » avec ce mot de passe : vérifiez les deux (majuscules comprises).</translation>
        </message>
        <message>
            <source>The server %1 knows no login “%2”: ask whoever runs the cabinet's server to create it.</source>
            <translation>Le serveur %1 ne connaît pas l'identifiant « %2 » : demandez à la personne qui administre le serveur du cabinet de le créer.</translation>
        </message>
        <message>
            <source>The server %1 has no database named “%2”: check its name, or ask whoever runs the server to create it.</source>
            <translation>Le serveur %1 n'a aucune base nommée « %2 » : vérifiez son nom, ou demandez à la personne qui administre le serveur de la créer.</translation>
        </message>
        <message>
            <source>The server %1 does not accept connections from this computer for “%2”: whoever runs it must allow it (pg_hba.conf).</source>
            <translation>Le serveur %1 n'accepte pas les connexions de cet ordinateur pour « %2 » : la personne qui l'administre doit l'autoriser (pg_hba.conf).</translation>
        </message>
        <message>
            <source>No server is known by the name %1: check the address.</source>
            <translation>Aucun serveur ne porte le nom %1 : vérifiez l'adresse.</translation>
        </message>
        <message>
            <source>The server %1 cannot be reached: check the address and the port, that this computer is on the cabinet's network, and that the server is running (it said: %2).</source>
            <translation>Le serveur %1 est injoignable : vérifiez l'adresse et le port, que cet ordinateur est sur le réseau du cabinet et que le serveur est en marche (réponse : %2).</translation>
        </message>
        <message>
            <source>Only a PostgreSQL server is tested here; a file needs no connection.</source>
            <translation>Seul un serveur PostgreSQL se teste ici ; un fichier n'a pas besoin de connexion.</translation>
        </message>
        <message>
            <source>This database was set up by a newer version of Parcours (schema %1; this one knows up to %2): update Parcours on this computer first.</source>
            <translation>Cette base a été préparée par une version plus récente de Parcours (schéma %1 ; celle-ci connaît jusqu'au %2) : mettez d'abord Parcours à jour sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The database “%1” holds tables of another program, not Parcours: choose another database.</source>
            <translation>La base « %1 » contient les tables d'un autre programme, pas de Parcours : choisissez une autre base.</translation>
        </message>
        <message>
            <source>Nothing answers at %1: check the port, and that the cabinet's server is running.</source>
            <translation>Rien ne répond à l'adresse %1 : vérifiez le port, et que le serveur du cabinet est démarré.</translation>
        </message>
    </context>
    <context>
        <name>ConsentRules</name>
        <message>
            <source>This consent was already withdrawn on %1.</source>
            <translation>Cet accord a déjà été retiré le %1.</translation>
        </message>
        <message>
            <source>The withdrawal is dated between the consent's signature and today.</source>
            <translation>Le retrait est daté entre la signature de l’accord et aujourd’hui.</translation>
        </message>
    </context>
    <context>
        <name>CpfStep</name>
        <message>
            <source>Entry</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Sortie</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <source>Issue a credit note</source>
            <translation>Émettre un avoir</translation>
        </message>
        <message>
            <source>&amp;Amount credited (€):</source>
            <translation>&amp;Montant de l'avoir (€) :</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>M&amp;otif :</translation>
        </message>
        <message>
            <source>e.g. wrong price, session not held</source>
            <translation>par exemple erreur de prix, séance non réalisée</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <source>A line has more than %1 columns.</source>
            <translation>Une ligne a plus de %1 colonnes.</translation>
        </message>
        <message>
            <source>The file has more than %1 lines.</source>
            <translation>Le fichier a plus de %1 lignes.</translation>
        </message>
        <message>
            <source>Unexpected text after the closing quote of a cell.</source>
            <translation>Texte inattendu après le guillemet fermant d'une cellule.</translation>
        </message>
        <message>
            <source>A quoted cell is never closed (a quote is missing).</source>
            <translation>Une cellule entre guillemets n'est jamais fermée (il manque un guillemet).</translation>
        </message>
        <message>
            <source>The file is too large for an import (%1 MB at most).</source>
            <translation>Le fichier est trop gros pour un import (%1 Mo au plus).</translation>
        </message>
        <message>
            <source>This is not a text file; save the spreadsheet as CSV.</source>
            <translation>Ce n'est pas un fichier texte ; enregistrez le tableur au format CSV.</translation>
        </message>
    </context>
    <context>
        <name>DataInventory</name>
        <message>
            <source>Session notes</source>
            <translation>Notes des séances</translation>
        </message>
        <message>
            <source>Professional history</source>
            <translation>Parcours professionnel</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Values and motivations</source>
            <translation>Valeurs et motivations</translation>
        </message>
        <message>
            <source>Feedback from others</source>
            <translation>Retours de l’entourage</translation>
        </message>
        <message>
            <source>Test results and their files</source>
            <translation>Résultats des tests et leurs fichiers</translation>
        </message>
        <message>
            <source>Career options</source>
            <translation>Pistes professionnelles</translation>
        </message>
        <message>
            <source>Field inquiries</source>
            <translation>Enquêtes de terrain</translation>
        </message>
        <message>
            <source>Documentary research</source>
            <translation>Recherches documentaires</translation>
        </message>
        <message>
            <source>Synthesis and observations</source>
            <translation>Synthèse et observations</translation>
        </message>
        <message>
            <source>Follow-up interview notes</source>
            <translation>Notes de l’entretien de suivi</translation>
        </message>
        <message>
            <source>Comments on the satisfaction questionnaires</source>
            <translation>Commentaires des questionnaires de satisfaction</translation>
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
        <message>
            <source>The database %1 does not exist.</source>
            <translation>La base %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Cannot create the database in %1: the folder is read-only.</source>
            <translation>Impossible de créer la base dans %1 : le dossier est en lecture seule.</translation>
        </message>
        <message>
            <source>Cannot read %1: permission denied.</source>
            <translation>Impossible de lire %1 : accès refusé.</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>le fichier est en lecture seule</translation>
        </message>
        <message>
            <source>its folder is read-only</source>
            <translation>son dossier est en lecture seule</translation>
        </message>
        <message>
            <source>Cannot open %1: its folder is read-only and its last changes are still in %2, which can only be read from a folder Parcours may write to. Copy both files to such a folder, or make this one writable.</source>
            <translation>Impossible d'ouvrir %1 : son dossier est en lecture seule et ses dernières modifications sont encore dans %2, qui ne peut être lu que depuis un dossier où Parcours peut écrire. Copiez les deux fichiers dans un tel dossier, ou rendez celui-ci modifiable.</translation>
        </message>
        <message>
            <source>The database %1 is damaged (SQLite reports: %2). Nothing was changed in it.</source>
            <translation>La base %1 est endommagée (SQLite signale : %2). Rien n'y a été modifié.</translation>
        </message>
        <message>
            <source>This database is open read-only (%1): the change was not saved.</source>
            <translation>Cette base est ouverte en lecture seule (%1) : la modification n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>at your request</source>
            <translation>à votre demande</translation>
        </message>
        <message>
            <source>%1 was not closed properly and can only be opened where Parcours may write: make its folder writable, or copy it with its -wal and -shm files to such a folder (SQLite reports: %2).</source>
            <translation>%1 n'a pas été fermé correctement et ne peut être ouvert que là où Parcours peut écrire : rendez son dossier modifiable, ou copiez-le avec ses fichiers -wal et -shm dans un tel dossier (SQLite signale : %2).</translation>
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
        <name>DateDialog</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>DestructionCertificate</name>
        <message>
            <source>Session notes</source>
            <translation>Notes d'entretien</translation>
        </message>
        <message>
            <source>Professional history</source>
            <translation>Parcours professionnel</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Values and motivations</source>
            <translation>Valeurs et motivations</translation>
        </message>
        <message>
            <source>Feedback from others</source>
            <translation>Regard des autres</translation>
        </message>
        <message>
            <source>Test results and their files</source>
            <translation>Résultats de tests et leurs fichiers</translation>
        </message>
        <message>
            <source>Career options</source>
            <translation>Pistes professionnelles</translation>
        </message>
        <message>
            <source>Field inquiries</source>
            <translation>Enquêtes terrain</translation>
        </message>
        <message>
            <source>Documentary research</source>
            <translation>Recherches documentaires</translation>
        </message>
        <message>
            <source>Synthesis and observations</source>
            <translation>Synthèse et observations</translation>
        </message>
        <message>
            <source>Certificate of destruction</source>
            <translation>Attestation de destruction</translation>
        </message>
        <message>
            <source>Bilan de compétences documents (article R6313-7 of the Code du travail)</source>
            <translation>Documents du bilan de compétences (article R6313-7 du Code du travail)</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Bilan begun on</source>
            <translation>Bilan commencé le</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>Détruits le</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Entrée du journal</translation>
        </message>
        <message>
            <source>What was destroyed</source>
            <translation>Ce qui a été détruit</translation>
        </message>
        <message>
            <source>Kind of content</source>
            <translation>Nature du contenu</translation>
        </message>
        <message>
            <source>Records deleted</source>
            <translation>Enregistrements supprimés</translation>
        </message>
        <message>
            <source>The records were deleted from the database and their space overwritten. The administrative proof of the action (identity, agreement, attendance, invoices, handover receipt) is kept as the law requires. Copies made outside the software (exported or printed documents) are to be destroyed by the provider.</source>
            <translation>Les enregistrements ont été supprimés de la base de données et leur emplacement effacé. Les justificatifs administratifs de l'action (identité, convention, présence, factures, récépissé de remise) sont conservés comme la loi l'exige. Les copies faites hors du logiciel (documents exportés ou imprimés) sont à détruire par le prestataire.</translation>
        </message>
        <message>
            <source>Issued on %1</source>
            <translation>Fait le %1</translation>
        </message>
        <message>
            <source>Follow-up interview notes</source>
            <translation>Notes de l’entretien de suivi</translation>
        </message>
        <message>
            <source>Comments on the satisfaction questionnaires</source>
            <translation>Commentaires des questionnaires de satisfaction</translation>
        </message>
    </context>
    <context>
        <name>DigestWriter</name>
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
            <source>Other competences</source>
            <translation>Autres compétences</translation>
        </message>
        <message>
            <source>Transferable: </source>
            <translation>Transférables : </translation>
        </message>
        <message>
            <source>Competences by domain</source>
            <translation>Compétences par domaine</translation>
        </message>
        <message>
            <source>Options kept</source>
            <translation>Pistes retenues</translation>
        </message>
        <message>
            <source>desire %1/5</source>
            <translation>envie %1/5</translation>
        </message>
        <message>
            <source>feasibility %1/5</source>
            <translation>faisabilité %1/5</translation>
        </message>
        <message>
            <source>plan B</source>
            <translation>plan B</translation>
        </message>
        <message>
            <source>Favourable aspects</source>
            <translation>Aspects favorables</translation>
        </message>
        <message>
            <source>Unfavourable aspects</source>
            <translation>Aspects défavorables</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <source>Essential criteria</source>
            <translation>Critères fondamentaux</translation>
        </message>
        <message>
            <source>Open to compromise</source>
            <translation>Zone de concession</translation>
        </message>
    </context>
    <context>
        <name>DisclosureConsentDialog</name>
        <message>
            <source>Consent to send results</source>
            <translation>Accord de transmission</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>&amp;Destinataire :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Transitions Pro, the employer's name…</source>
            <translation>Transitions Pro, le nom de l’employeur…</translation>
        </message>
        <message>
            <source>What may be sent:</source>
            <translation>Peut recevoir :</translation>
        </message>
        <message>
            <source>The s&amp;ynthesis</source>
            <translation>La s&amp;ynthèse</translation>
        </message>
        <message>
            <source>The &amp;test results</source>
            <translation>Les résultats des &amp;tests</translation>
        </message>
        <message>
            <source>&amp;Signed on:</source>
            <translation>&amp;Signé le :</translation>
        </message>
    </context>
    <context>
        <name>DisclosureRules</name>
        <message>
            <source>CEP operator</source>
            <translation>Opérateur du CEP</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Financeur</translation>
        </message>
        <message>
            <source>Other third party</source>
            <translation>Autre tiers</translation>
        </message>
        <message>
            <source>Synthesis</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Test results</source>
            <translation>Résultats des tests</translation>
        </message>
        <message>
            <source>Name the recipient the results may be sent to.</source>
            <translation>Nommez le destinataire à qui les résultats peuvent être transmis.</translation>
        </message>
        <message>
            <source>The recipient's name is 200 characters at most.</source>
            <translation>Le nom du destinataire fait 200 caractères au plus.</translation>
        </message>
        <message>
            <source>Say what may be sent: the synthesis, the test results or both.</source>
            <translation>Indiquez ce qui peut être transmis : la synthèse, les résultats des tests ou les deux.</translation>
        </message>
        <message>
            <source>Give the date of the beneficiary's written consent.</source>
            <translation>Indiquez la date de l’accord écrit du bénéficiaire.</translation>
        </message>
        <message>
            <source>The consent cannot be dated in the future.</source>
            <translation>L’accord ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>Nothing is sent to a third party without the beneficiary's written consent: record it first.</source>
            <translation>Rien n’est transmis à un tiers sans l’accord écrit du bénéficiaire : enregistrez-le d’abord.</translation>
        </message>
        <message>
            <source>This consent was given for another bilan.</source>
            <translation>Cet accord a été donné pour un autre bilan.</translation>
        </message>
        <message>
            <source>The beneficiary withdrew this consent on %1: nothing more may be sent under it.</source>
            <translation>Le bénéficiaire a retiré cet accord le %1 : plus rien ne peut être transmis à ce titre.</translation>
        </message>
        <message>
            <source>This consent is dated after today.</source>
            <translation>Cet accord est daté d’après aujourd’hui.</translation>
        </message>
        <message>
            <source>This consent does not cover what you want to send (%1); it covers: %2.</source>
            <translation>Cet accord ne couvre pas ce que vous voulez transmettre (%1) ; il couvre : %2.</translation>
        </message>
    </context>
    <context>
        <name>DisclosureSection</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>DisclosureSendDialog</name>
        <message>
            <source>Send to a third party</source>
            <translation>Transmettre à un tiers</translation>
        </message>
        <message>
            <source>&amp;Under the consent:</source>
            <translation>&amp;Accord :</translation>
        </message>
        <message>
            <source>&amp;Send:</source>
            <translation>&amp;Transmettre :</translation>
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
        <message>
            <source>from %1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>on %1</source>
            <translation>le %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Preview: %1</source>
            <translation>Aperçu : %1</translation>
        </message>
        <message>
            <source>Print: %1</source>
            <translation>Imprimer : %1</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved. %1</source>
            <translation>Le PDF n'a pas été enregistré. %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>DocumentService</name>
        <message>
            <source>This version belongs to another bilan.</source>
            <translation>Cette version appartient à un autre bilan.</translation>
        </message>
        <message>
            <source>The synthesis of this bilan is not started yet.</source>
            <translation>La synthèse de ce bilan n'est pas encore commencée.</translation>
        </message>
        <message>
            <source>The synthesis has no final version yet: the receipt is printed for a final version.</source>
            <translation>La synthèse n'a pas encore de version définitive : l'accusé de remise s'imprime pour une version définitive.</translation>
        </message>
        <message>
            <source>No session of this bilan is done yet: there is nothing to certify.</source>
            <translation>Aucune séance de ce bilan n'est encore réalisée : il n'y a rien à certifier.</translation>
        </message>
        <message>
            <source>This entry of the journal is not the destruction of a bilan's content.</source>
            <translation>Cette entrée du journal n'est pas la destruction du contenu d'un bilan.</translation>
        </message>
        <message>
            <source>No content of this bilan was destroyed yet: there is nothing to certify.</source>
            <translation>Aucun contenu de ce bilan n'a encore été détruit : il n'y a rien à attester.</translation>
        </message>
        <message>
            <source>The synthesis has no final version: only a final version is sent to a third party.</source>
            <translation>La synthèse n’a pas de version finale : seule une version finale est transmise à un tiers.</translation>
        </message>
        <message>
            <source>No test result is stored for this bilan: there is nothing to send.</source>
            <translation>Aucun résultat de test n’est enregistré pour ce bilan : il n’y a rien à transmettre.</translation>
        </message>
        <message>
            <source>Funding: %1. A tripartite agreement is made only when an employer or France Travail funds the bilan.</source>
            <translation>Financement : %1. Une convention tripartite ne s'établit que quand un employeur ou France Travail finance le bilan.</translation>
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
        <name>EncryptedFile</name>
        <message>
            <source>The passphrase is empty.</source>
            <translation>La phrase de passe est vide.</translation>
        </message>
        <message>
            <source>The cryptography library could not start.</source>
            <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Not enough memory to derive the key from the passphrase.</source>
            <translation>Pas assez de mémoire pour dériver la clé de la phrase de passe.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not an encrypted Parcours file.</source>
            <translation>%1 n’est pas un fichier chiffré de Parcours.</translation>
        </message>
        <message>
            <source>%1 is truncated: it ends inside its header.</source>
            <translation>%1 est tronqué : il s’arrête dans son en-tête.</translation>
        </message>
        <message>
            <source>%1 was encrypted by a newer Parcours (format %2).</source>
            <translation>%1 a été chiffré par une version plus récente de Parcours (format %2).</translation>
        </message>
        <message>
            <source>%1 is damaged: its header is not valid.</source>
            <translation>%1 est abîmé : son en-tête n’est pas valide.</translation>
        </message>
        <message>
            <source>Wrong passphrase for %1 (or its header is damaged).</source>
            <translation>Phrase de passe incorrecte pour %1 (ou son en-tête est abîmé).</translation>
        </message>
        <message>
            <source>%1 is truncated: its end is missing.</source>
            <translation>%1 est tronqué : sa fin manque.</translation>
        </message>
        <message>
            <source>%1 is damaged or was altered: a part of it fails its check.</source>
            <translation>%1 est abîmé ou a été modifié : une partie ne passe pas sa vérification.</translation>
        </message>
        <message>
            <source>%1 is damaged: data follows its end.</source>
            <translation>%1 est abîmé : des données suivent sa fin.</translation>
        </message>
    </context>
    <context>
        <name>ErasureService</name>
        <message>
            <source>Identity (name)</source>
            <translation>Identité (nom)</translation>
        </message>
        <message>
            <source>Bilans (funding, dates, hours)</source>
            <translation>Bilans (financement, dates, heures)</translation>
        </message>
        <message>
            <source>Sessions (date, phase, length, attendance)</source>
            <translation>Séances (date, phase, durée, présence)</translation>
        </message>
        <message>
            <source>Session records (place, attendance signed, handouts)</source>
            <translation>Comptes rendus de séance (lieu, émargement, documents remis)</translation>
        </message>
        <message>
            <source>Signed attendance sheets</source>
            <translation>Feuilles d'émargement signées</translation>
        </message>
        <message>
            <source>CPF declarations</source>
            <translation>Déclarations CPF</translation>
        </message>
        <message>
            <source>Tripartite agreement</source>
            <translation>Convention tripartite</translation>
        </message>
        <message>
            <source>Synthesis handover receipt</source>
            <translation>Attestation de remise de la synthèse</translation>
        </message>
        <message>
            <source>Contacts (kind and day)</source>
            <translation>Contacts (type et jour)</translation>
        </message>
        <message>
            <source>Retention consents</source>
            <translation>Consentements de conservation</translation>
        </message>
        <message>
            <source>Reason of an abandonment</source>
            <translation>Motif d'abandon</translation>
        </message>
        <message>
            <source>Follow-up (due day, outcome)</source>
            <translation>Suivi (échéance, issue)</translation>
        </message>
        <message>
            <source>Follow-up attempts</source>
            <translation>Tentatives de suivi</translation>
        </message>
        <message>
            <source>Funding plan</source>
            <translation>Plan de financement</translation>
        </message>
        <message>
            <source>Funders' shares</source>
            <translation>Parts des financeurs</translation>
        </message>
        <message>
            <source>Invoices and credit notes</source>
            <translation>Factures et avoirs</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Règlements</translation>
        </message>
        <message>
            <source>Satisfaction questionnaires answered</source>
            <translation>Questionnaires de satisfaction remplis</translation>
        </message>
        <message>
            <source>Anonymous satisfaction scores</source>
            <translation>Notes de satisfaction anonymes</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>courriel</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>birth date</source>
            <translation>date de naissance</translation>
        </message>
        <message>
            <source>A bilan of this person is still open: close it or record its abandonment first.</source>
            <translation>Un bilan de cette personne est encore ouvert : clôturez-le ou enregistrez son abandon d'abord.</translation>
        </message>
        <message>
            <source>This person has invoices, which the law requires to be kept for ten years: erase all but the administrative proof instead.</source>
            <translation>Cette personne a des factures, que la loi impose de garder dix ans : effacez plutôt tout sauf la preuve administrative.</translation>
        </message>
        <message>
            <source>any PDF or export you made of this person (synthesis, certificates, exported folder)</source>
            <translation>tout PDF ou export que vous avez fait de cette personne (synthèse, attestations, dossier exporté)</translation>
        </message>
        <message>
            <source>any copy of a test's report file you saved outside Parcours</source>
            <translation>toute copie d'un compte rendu de test enregistrée hors de Parcours</translation>
        </message>
    </context>
    <context>
        <name>EvaluationQuestionnaire</name>
        <message>
            <source>Your opinion on your bilan</source>
            <translation>Votre avis sur votre bilan</translation>
        </message>
        <message>
            <source>Six months after your bilan</source>
            <translation>Six mois après votre bilan</translation>
        </message>
        <message>
            <source>Satisfaction questionnaire at the end of the bilan</source>
            <translation>Questionnaire de satisfaction en fin de bilan</translation>
        </message>
        <message>
            <source>Satisfaction questionnaire six months later</source>
            <translation>Questionnaire de satisfaction à six mois</translation>
        </message>
        <message>
            <source>Your bilan de compétences is coming to an end. Your answers help us improve how we accompany the people who come after you. They are anonymous: do not write your name.</source>
            <translation>Votre bilan de compétences s’achève. Vos réponses nous aident à mieux accompagner les personnes qui viendront après vous. Elles sont anonymes : n’inscrivez pas votre nom.</translation>
        </message>
        <message>
            <source>Six months have passed since your bilan de compétences. Tell us what it has become for you: your answers help us improve our work. They are anonymous: do not write your name.</source>
            <translation>Six mois ont passé depuis votre bilan de compétences. Dites-nous ce qu’il est devenu pour vous : vos réponses nous aident à améliorer notre travail. Elles sont anonymes : n’inscrivez pas votre nom.</translation>
        </message>
        <message>
            <source>For each statement, tick one box: 1 = not at all, 2 = a little, 3 = fairly, 4 = largely, 5 = completely.</source>
            <translation>Pour chaque affirmation, cochez une case : 1 = pas du tout, 2 = un peu, 3 = moyennement, 4 = largement, 5 = tout à fait.</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Affirmation</translation>
        </message>
        <message>
            <source>Anything you would like to add, in your own words</source>
            <translation>Ce que vous souhaitez ajouter, avec vos propres mots</translation>
        </message>
        <message>
            <source>Thank you. Questionnaire version %1: please hand it back to your consultant or leave it in the box provided.</source>
            <translation>Merci. Questionnaire version %1 : remettez-le à votre consultant ou déposez-le dans la boîte prévue à cet effet.</translation>
        </message>
        <message>
            <source>Anonymous questionnaire</source>
            <translation>Questionnaire anonyme</translation>
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
        <name>FirstRunWizard</name>
        <message>
            <source>Welcome to Parcours</source>
            <translation>Bienvenue dans Parcours</translation>
        </message>
        <message>
            <source>A few questions to set Parcours up; every answer can be changed later in File &gt; Settings.</source>
            <translation>Quelques questions pour préparer Parcours ; chaque réponse se change ensuite dans Fichier &gt; Paramètres.</translation>
        </message>
        <message>
            <source>Parcours keeps your beneficiaries, their bilans and your sessions in one file on this computer. Nothing leaves it unless you send it.</source>
            <translation>Parcours garde vos bénéficiaires, leurs bilans et vos séances dans un seul fichier sur cet ordinateur. Rien n'en sort sans que vous l'envoyiez.</translation>
        </message>
        <message>
            <source>&amp;Where your data are kept:</source>
            <translation>&amp;Emplacement de vos données :</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choisir…</translation>
        </message>
        <message>
            <source>Your identity and letterhead</source>
            <translation>Votre identité et votre en-tête</translation>
        </message>
        <message>
            <source>Printed at the top of agreements, syntheses and certificates. Leave blank what you do not know yet.</source>
            <translation>Imprimés en haut des conventions, synthèses et attestations. Laissez vide ce que vous ne savez pas encore.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>C'est prêt</translation>
        </message>
        <message>
            <source>Start with your own data, or try Parcours first on invented beneficiaries.</source>
            <translation>Commencez avec vos propres données, ou essayez d'abord Parcours sur des bénéficiaires inventés.</translation>
        </message>
        <message>
            <source>Start with &amp;my own data</source>
            <translation>Commencer avec &amp;mes données</translation>
        </message>
        <message>
            <source>&amp;Try Parcours on a demonstration database</source>
            <translation>&amp;Essayer Parcours sur une base de démonstration</translation>
        </message>
        <message>
            <source>The demonstration is a separate file holding a few invented beneficiaries at different stages of their bilan: change anything, nothing touches your own data. Your own database opens at the next start.</source>
            <translation>La démonstration est un fichier à part, avec quelques bénéficiaires inventés à différentes étapes de leur bilan : modifiez ce que vous voulez, vos propres données n'en sont pas touchées. Votre base à vous s'ouvrira au prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Done</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Could not be reached</source>
            <translation>Injoignable</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>SMS</translation>
        </message>
    </context>
    <context>
        <name>FollowUpOutcomeDialog</name>
        <message>
            <source>Six-month follow-up</source>
            <translation>Suivi à six mois</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Résultat :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>Attempts to reach the beneficiary:</source>
            <translation>Tentatives pour joindre le bénéficiaire :</translation>
        </message>
        <message>
            <source>&amp;Add the attempt</source>
            <translation>&amp;Ajouter la tentative</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
    </context>
    <context>
        <name>FollowUpService</name>
        <message>
            <source>Bilan no. %1 was abandoned: it has no follow-up.</source>
            <translation>Le bilan n° %1 a été abandonné : il n'a pas de suivi.</translation>
        </message>
        <message>
            <source>Bilan no. %1 is not closed yet: its follow-up comes after its end.</source>
            <translation>Le bilan n° %1 n'est pas encore clôturé : son suivi vient après sa fin.</translation>
        </message>
        <message>
            <source>The follow-up of bilan no. %1 is already recorded (%2).</source>
            <translation>Le suivi du bilan n° %1 est déjà enregistré (%2).</translation>
        </message>
        <message>
            <source>The follow-up must come after the end of the bilan (%1).</source>
            <translation>Le suivi doit venir après la fin du bilan (%1).</translation>
        </message>
        <message>
            <source>An attempt cannot be dated in the future.</source>
            <translation>Une tentative ne peut pas être datée dans le futur.</translation>
        </message>
        <message>
            <source>An attempt cannot come before the end of the bilan (%1).</source>
            <translation>Une tentative ne peut pas précéder la fin du bilan (%1).</translation>
        </message>
        <message>
            <source>The follow-up cannot be dated in the future.</source>
            <translation>Le suivi ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>The follow-up cannot come before the end of the bilan (%1).</source>
            <translation>Le suivi ne peut pas précéder la fin du bilan (%1).</translation>
        </message>
        <message>
            <source>The follow-up of bilan no. %1 was changed by someone else since you opened it.</source>
            <translation>Le suivi du bilan n° %1 a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert.</translation>
        </message>
    </context>
    <context>
        <name>FunderKind</name>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>OPCO</source>
            <translation>OPCO</translation>
        </message>
        <message>
            <source>France Travail</source>
            <translation>France Travail</translation>
        </message>
        <message>
            <source>The beneficiary</source>
            <translation>Le bénéficiaire</translation>
        </message>
        <message>
            <source>Other funder</source>
            <translation>Autre financeur</translation>
        </message>
        <message>
            <source>CPF</source>
            <translation>CPF</translation>
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
        <name>FundingDialog</name>
        <message>
            <source>Price and funders</source>
            <translation>Prix et financeurs</translation>
        </message>
        <message>
            <source>&amp;Price of the bilan (€):</source>
            <translation>&amp;Prix du bilan (€) :</translation>
        </message>
        <message>
            <source>&amp;Who pays: a percentage (60 %) or an amount (1 500,00) for each funder; the percentages share what the amounts leave.</source>
            <translation>&amp;Qui paie : un pourcentage (60 %) ou un montant (1 500,00) pour chaque financeur ; les pourcentages se partagent ce que laissent les montants.</translation>
        </message>
        <message>
            <source>&amp;Add a funder</source>
            <translation>&amp;Ajouter un financeur</translation>
        </message>
        <message>
            <source>&amp;Remove the funder</source>
            <translation>&amp;Retirer le financeur</translation>
        </message>
        <message>
            <source>The beneficiary is &amp;exempt from the CPF flat co-payment (job seeker, employer top-up…)</source>
            <translation>Le bénéficiaire est &amp;dispensé de la participation forfaitaire CPF (demandeur d'emploi, abondement de l'employeur…)</translation>
        </message>
        <message>
            <source>Beneficiary's &amp;status (BPF):</source>
            <translation>&amp;Statut du bénéficiaire (BPF) :</translation>
        </message>
    </context>
    <context>
        <name>Holidays</name>
        <message>
            <source>New Year's Day</source>
            <translation>Jour de l'an</translation>
        </message>
        <message>
            <source>Easter Monday</source>
            <translation>Lundi de Pâques</translation>
        </message>
        <message>
            <source>Labour Day</source>
            <translation>Fête du Travail</translation>
        </message>
        <message>
            <source>Victory in Europe Day</source>
            <translation>Victoire 1945</translation>
        </message>
        <message>
            <source>Ascension Day</source>
            <translation>Ascension</translation>
        </message>
        <message>
            <source>Whit Monday</source>
            <translation>Lundi de Pentecôte</translation>
        </message>
        <message>
            <source>Bastille Day</source>
            <translation>Fête nationale</translation>
        </message>
        <message>
            <source>Assumption Day</source>
            <translation>Assomption</translation>
        </message>
        <message>
            <source>All Saints' Day</source>
            <translation>Toussaint</translation>
        </message>
        <message>
            <source>Armistice Day</source>
            <translation>Armistice 1918</translation>
        </message>
        <message>
            <source>Christmas Day</source>
            <translation>Noël</translation>
        </message>
        <message>
            <source>Good Friday</source>
            <translation>Vendredi saint</translation>
        </message>
        <message>
            <source>St Stephen's Day</source>
            <translation>Saint-Étienne</translation>
        </message>
    </context>
    <context>
        <name>Horizon</name>
        <message>
            <source>Short term</source>
            <translation>Court terme</translation>
        </message>
        <message>
            <source>Medium term</source>
            <translation>Moyen terme</translation>
        </message>
        <message>
            <source>Long term</source>
            <translation>Long terme</translation>
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
        <message>
            <source>This would bring the bilan to %1 of sessions plus %2 of personal work, over the legal cap of %3 (%4 of sessions already committed).</source>
            <translation>Le bilan atteindrait %1 de séances plus %2 de travail personnel, au-delà du plafond légal de %3 (%4 de séances déjà engagées).</translation>
        </message>
        <message>
            <source>%1: %2 of sessions for a budget of %3.</source>
            <translation>%1 : %2 de séances pour un budget de %3.</translation>
        </message>
        <message>
            <source>The sessions held (%1) and the personal work (%2) would reach %3, over the legal cap of %4.</source>
            <translation>Les séances faites (%1) et le travail personnel (%2) atteindraient %3, au-delà du plafond légal de %4.</translation>
        </message>
        <message>
            <source>Declare %1 less personal work, or correct the length of the sessions logged.</source>
            <translation>Déclarez %1 de travail personnel en moins, ou corrigez la durée des séances consignées.</translation>
        </message>
        <message>
            <source>With this personal work, this session can be logged for %1 at most; otherwise lower the personal work declared.</source>
            <translation>Avec ce travail personnel, cette séance peut être consignée pour %1 au plus ; sinon, réduisez le travail personnel déclaré.</translation>
        </message>
        <message>
            <source>Lower the personal work declared, or correct the length of the sessions already logged.</source>
            <translation>Réduisez le travail personnel déclaré, ou corrigez la durée des séances déjà consignées.</translation>
        </message>
        <message>
            <source>The sessions still planned no longer fit under the legal cap of %1: %2 too many. To shorten or cancel: %3.</source>
            <translation>Les séances encore prévues ne tiennent plus dans le plafond légal de %1 : %2 de trop. À raccourcir ou annuler : %3.</translation>
        </message>
    </context>
    <context>
        <name>ICalendar</name>
        <message>
            <source>Bilan %1 — %2</source>
            <translation>Bilan %1 — %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Six-month follow-up to arrange — %1</source>
            <translation>Suivi à six mois à organiser — %1</translation>
        </message>
    </context>
    <context>
        <name>ImprovementActionDialog</name>
        <message>
            <source>Improvement action</source>
            <translation>Action d’amélioration</translation>
        </message>
        <message>
            <source>&amp;Decided on:</source>
            <translation>&amp;Décidée le :</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Origine :</translation>
        </message>
        <message>
            <source>A complaint, an evaluation, an audit…</source>
            <translation>Une réclamation, une évaluation, un audit…</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action :</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Qui :</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>É&amp;tat :</translation>
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
        <name>LetterheadSettingsPage</name>
        <message>
            <source>These details head every document you print: the synthesis, the agreement, the handover receipt and the certificate.</source>
            <translation>Ces informations figurent en tête de chaque document imprimé : la synthèse, la convention, l'accusé de remise et le certificat.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>as printed on documents</source>
            <translation>tel qu'imprimé sur les documents</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>e.g. psychologist, career counsellor</source>
            <translation>ex. psychologue du travail, conseillère en bilan</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>Adr&amp;esse :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Téléph&amp;one :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;SIRET:</source>
            <translation>S&amp;IRET :</translation>
        </message>
        <message>
            <source>14 digits</source>
            <translation>14 chiffres</translation>
        </message>
        <message>
            <source>&amp;Declaration no.:</source>
            <translation>N° de &amp;déclaration :</translation>
        </message>
        <message>
            <source>training provider, 11 digits</source>
            <translation>déclaration d'activité, 11 chiffres</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo :</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Documents in:</source>
            <translation>Documents en :</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Parcours is locked</source>
            <translation>Parcours est verrouillé</translation>
        </message>
        <message>
            <source>Type your password to go back to your work.</source>
            <translation>Tapez votre mot de passe pour reprendre votre travail.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
    </context>
    <context>
        <name>LockSettingsPage</name>
        <message>
            <source>Parcours can ask for a password when it starts and after a while without use, so that nobody reads your beneficiaries' files on a computer left open. Only a fingerprint of the password is kept.</source>
            <translation>Parcours peut demander un mot de passe à son ouverture et après un temps sans utilisation, pour que personne ne lise les dossiers de vos bénéficiaires sur un ordinateur resté ouvert. Seule une empreinte du mot de passe est conservée.</translation>
        </message>
        <message>
            <source>&amp;Lock Parcours with a password</source>
            <translation>&amp;Verrouiller Parcours par un mot de passe</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Mot de passe &amp;actuel :</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>Con&amp;firm:</source>
            <translation>Con&amp;firmation :</translation>
        </message>
        <message>
            <source>Lock &amp;after:</source>
            <translation>Verrouiller a&amp;près :</translation>
        </message>
        <message>
            <source>If you forget this password, nobody can tell it to you. The lock protects Parcours while it is open; it does not encrypt the files on the disk.</source>
            <translation>Si vous oubliez ce mot de passe, personne ne pourra vous le redonner. Le verrouillage protège Parcours ouvert ; il ne chiffre pas les fichiers sur le disque.</translation>
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
        <name>Money</name>
        <message>
            <source>'%1' is not an amount in euros (for example 1 234,50).</source>
            <translation>« %1 » n'est pas un montant en euros (par exemple 1 234,50).</translation>
        </message>
        <message>
            <source>'%1' is ambiguous: a thousands separator or a decimal mark? Write 1234,50 or 1 234 instead.</source>
            <translation>« %1 » est ambigu : séparateur de milliers ou virgule décimale ? Écrivez plutôt 1234,50 ou 1 234.</translation>
        </message>
        <message>
            <source>'%1' has more than two decimals.</source>
            <translation>« %1 » a plus de deux décimales.</translation>
        </message>
        <message>
            <source>'%1' is too large an amount.</source>
            <translation>« %1 » est un montant trop élevé.</translation>
        </message>
    </context>
    <context>
        <name>ObservationsDialog</name>
        <message>
            <source>The beneficiary's observations</source>
            <translation>Observations du bénéficiaire</translation>
        </message>
        <message>
            <source>What the beneficiary said or wrote after reading the synthesis. They are printed at its end, in their own section.</source>
            <translation>Ce que le bénéficiaire a dit ou écrit après avoir lu la synthèse. Ses observations sont imprimées à la fin, dans une rubrique à part.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase de passe :</translation>
        </message>
        <message>
            <source>Con&amp;firm:</source>
            <translation>Con&amp;firmation :</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Enregistrer un règlement</translation>
        </message>
        <message>
            <source>Received &amp;on:</source>
            <translation>Reçu &amp;le :</translation>
        </message>
        <message>
            <source>&amp;Amount (€):</source>
            <translation>&amp;Montant (€) :</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>Mo&amp;de :</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>cheque number, transfer label…</source>
            <translation>numéro de chèque, libellé du virement…</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethod</name>
        <message>
            <source>Bank transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Chèque</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
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
        <message>
            <source>The document could not be printed.</source>
            <translation>Le document n'a pas pu être imprimé.</translation>
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
        <name>Place</name>
        <message>
            <source>At the office</source>
            <translation>Au cabinet</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>À distance</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Plan the sessions</source>
            <translation>Planifier les séances</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>À &amp;partir du :</translation>
        </message>
        <message>
            <source>&amp;Every:</source>
            <translation>&amp;Chaque :</translation>
        </message>
        <message>
            <source>a&amp;t</source>
            <translation>à</translation>
        </message>
        <message>
            <source>&amp;Sessions:</source>
            <translation>&amp;Séances :</translation>
        </message>
        <message>
            <source>of &amp;length</source>
            <translation>de &amp;durée</translation>
        </message>
        <message>
            <source>Double-click a date, a time, a phase or a length to change it. Tick "2 weeks" to leave a fortnight before a session. Changing the settings above proposes the plan again.</source>
            <translation>Double-cliquez une date, une heure, une phase ou une durée pour la modifier. Cochez « 2 sem. » pour laisser quinze jours avant une séance. Changer les réglages ci-dessus propose à nouveau le planning.</translation>
        </message>
        <message>
            <source>Proposed sessions</source>
            <translation>Séances proposées</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>%1 does not exist on %2 in the %3 time zone: the clocks go forward that night. Choose another time.</source>
            <translation>%1 n'existe pas le %2 dans le fuseau %3 : on avance les horloges cette nuit-là. Choisissez une autre heure.</translation>
        </message>
        <message numerus="yes">
            <source>%1 sessions of %2 do not fit the phase budgets: the bilan can still take %3, that is %n session(s) at most. Plan fewer or shorter sessions, or change the budgets.</source>
            <translation>
                <numerusform>%1 séances de %2 ne tiennent pas dans les heures des phases : le bilan peut encore prendre %3, soit %n séance au plus. Prévoyez moins de séances ou des séances plus courtes, ou modifiez les heures des phases.</numerusform>
                <numerusform>%1 séances de %2 ne tiennent pas dans les heures des phases : le bilan peut encore prendre %3, soit %n séances au plus. Prévoyez moins de séances ou des séances plus courtes, ou modifiez les heures des phases.</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan between 1 and %1 sessions.</source>
            <translation>Prévoyez entre 1 et %1 séances.</translation>
        </message>
        <message>
            <source>A planned session lasts between %1 and %2.</source>
            <translation>Une séance planifiée dure entre %1 et %2.</translation>
        </message>
        <message>
            <source>Moved a week later: %1 is a public holiday (%2).</source>
            <translation>Décalée d'une semaine : le %1 est férié (%2).</translation>
        </message>
        <message>
            <source>Moved a week later: you are away on %1.</source>
            <translation>Décalée d'une semaine : vous êtes absent·e le %1.</translation>
        </message>
        <message>
            <source>Moved a week later: you are away on %1 (%2).</source>
            <translation>Décalée d'une semaine : vous êtes absent·e le %1 (%2).</translation>
        </message>
        <message>
            <source>Public holiday (%1).</source>
            <translation>Jour férié (%1).</translation>
        </message>
        <message>
            <source>You are away that day.</source>
            <translation>Vous êtes absent·e ce jour-là.</translation>
        </message>
        <message>
            <source>You are away that day (%1).</source>
            <translation>Vous êtes absent·e ce jour-là (%1).</translation>
        </message>
        <message>
            <source>Overlaps another proposed session.</source>
            <translation>Chevauche une autre séance proposée.</translation>
        </message>
        <message>
            <source>Overlaps the session of %1 at %2.</source>
            <translation>Chevauche la séance de %1 à %2.</translation>
        </message>
        <message>
            <source>Outside your working hours.</source>
            <translation>En dehors de vos horaires de travail.</translation>
        </message>
        <message>
            <source>%1 is planned beyond its budget.</source>
            <translation>%1 : prévu au-delà de ses heures.</translation>
        </message>
        <message>
            <source>Every session needs a date and a time.</source>
            <translation>Chaque séance demande une date et une heure.</translation>
        </message>
        <message>
            <source>The session of %1 at %2 would end after midnight: a session ends on the day it starts.</source>
            <translation>La séance du %1 à %2 finirait après minuit : une séance finit le jour où elle commence.</translation>
        </message>
        <message>
            <source>These sessions would bring the bilan to %1 (%2 already committed, sessions and personal work, plus %3 proposed), over the legal cap of %4.</source>
            <translation>Ces séances porteraient le bilan à %1 (%2 déjà engagées, séances et travail personnel, plus %3 proposées), au-delà du plafond légal de %4.</translation>
        </message>
        <message>
            <source>Choose the date to start from.</source>
            <translation>Choisissez la date de départ.</translation>
        </message>
        <message>
            <source>Choose the time of the sessions.</source>
            <translation>Choisissez l'heure des séances.</translation>
        </message>
        <message>
            <source>No free week was found within a year.</source>
            <translation>Aucune semaine libre n'a été trouvée dans l'année.</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2 (%n session(s))</source>
            <translation>
                <numerusform>%1 %2 (%n séance)</numerusform>
                <numerusform>%1 %2 (%n séances)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) of %1 make %2, but the bilan has only %3 left under the legal cap of %4 (%5 already committed).</source>
            <translation>
                <numerusform>%n séance de %1 fait %2, mais il ne reste au bilan que %3 sous le plafond légal de %4 (%5 déjà engagées).</numerusform>
                <numerusform>%n séances de %1 font %2, mais il ne reste au bilan que %3 sous le plafond légal de %4 (%5 déjà engagées).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanningService</name>
        <message>
            <source>Bilan no. %1 is %2: its sessions can no longer be planned.</source>
            <translation>Le bilan n° %1 est %2 : on ne peut plus planifier ses séances.</translation>
        </message>
        <message>
            <source>The plan has no session.</source>
            <translation>Le planning ne contient aucune séance.</translation>
        </message>
        <message>
            <source>This session was already moved to %1 (session %2); move that one instead.</source>
            <translation>Cette séance a déjà été déplacée au %1 (séance %2) ; déplacez plutôt celle-ci.</translation>
        </message>
        <message>
            <source>Only a planned session can be moved; this one is %1.</source>
            <translation>Seule une séance prévue peut être déplacée ; celle-ci est %1.</translation>
        </message>
        <message>
            <source>The new time is the session's current time.</source>
            <translation>La nouvelle date est celle de la séance.</translation>
        </message>
        <message>
            <source>The first day of the absence is required.</source>
            <translation>Le premier jour de l'absence est obligatoire.</translation>
        </message>
        <message>
            <source>The absence ends before it begins.</source>
            <translation>L'absence finit avant de commencer.</translation>
        </message>
        <message>
            <source>An absence lasts a year at most.</source>
            <translation>Une absence dure un an au plus.</translation>
        </message>
        <message>
            <source>The label is too long (100 characters at most).</source>
            <translation>Le libellé est trop long (100 caractères au plus).</translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>The period must have a start and an end, in order.</source>
            <translation>La période doit avoir un début et une fin, dans cet ordre.</translation>
        </message>
        <message>
            <source>These answers were changed by someone else since you opened them.</source>
            <translation>Ces réponses ont été modifiées par quelqu’un d’autre depuis que vous les avez ouvertes.</translation>
        </message>
        <message>
            <source>The answers cannot be dated in the future.</source>
            <translation>Les réponses ne peuvent pas être datées dans le futur.</translation>
        </message>
        <message>
            <source>End of the bilan</source>
            <translation>Fin du bilan</translation>
        </message>
        <message>
            <source>Six months later</source>
            <translation>Six mois après</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Réclamation</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Dysfonctionnement</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Give at least one score, such as q1=5.</source>
            <translation>Donnez au moins une note, par exemple q1=5.</translation>
        </message>
        <message>
            <source>'%1' is not a score: write the question's key, '=' and a score from 1 to 5.</source>
            <translation>« %1 » n’est pas une note : écrivez la clé de la question, « = » et une note de 1 à 5.</translation>
        </message>
        <message>
            <source>The questionnaire (version %1) has no question '%2'.</source>
            <translation>Le questionnaire (version %1) n’a pas de question « %2 ».</translation>
        </message>
        <message>
            <source>The score of %1 must be from 1 to 5, not %2.</source>
            <translation>La note de %1 doit aller de 1 à 5, pas %2.</translation>
        </message>
        <message>
            <source>Question %1 is scored twice.</source>
            <translation>La question %1 est notée deux fois.</translation>
        </message>
        <message>
            <source>Give at least one score.</source>
            <translation>Donnez au moins une note.</translation>
        </message>
        <message>
            <source>Give the date of the answers.</source>
            <translation>Indiquez la date des réponses.</translation>
        </message>
        <message>
            <source>A questionnaire needs at least one question.</source>
            <translation>Un questionnaire a besoin d’au moins une question.</translation>
        </message>
        <message>
            <source>A questionnaire has at most %1 questions.</source>
            <translation>Un questionnaire a au plus %1 questions.</translation>
        </message>
        <message>
            <source>The question "%1" is there twice.</source>
            <translation>La question « %1 » figure deux fois.</translation>
        </message>
        <message>
            <source>Give the date it was received or noticed.</source>
            <translation>Indiquez la date de réception ou de constat.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>La date ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>Say whom it comes from.</source>
            <translation>Indiquez de qui cela provient.</translation>
        </message>
        <message>
            <source>Describe what it is about.</source>
            <translation>Décrivez de quoi il s’agit.</translation>
        </message>
        <message>
            <source>It cannot be closed before it was received.</source>
            <translation>Elle ne peut pas être close avant d’avoir été reçue.</translation>
        </message>
        <message>
            <source>Say how it ended before closing it.</source>
            <translation>Indiquez l’issue avant de la clore.</translation>
        </message>
        <message>
            <source>Give the date the action was decided.</source>
            <translation>Indiquez la date à laquelle l’action a été décidée.</translation>
        </message>
        <message>
            <source>Say what prompted the action (a complaint, an evaluation, an audit…).</source>
            <translation>Indiquez l’origine de l’action (une réclamation, une évaluation, un audit…).</translation>
        </message>
        <message>
            <source>Describe the action.</source>
            <translation>Décrivez l’action.</translation>
        </message>
        <message>
            <source>Say who carries the action.</source>
            <translation>Indiquez qui porte l’action.</translation>
        </message>
        <message>
            <source>The due date cannot come before the action was decided.</source>
            <translation>L’échéance ne peut pas précéder la décision de l’action.</translation>
        </message>
    </context>
    <context>
        <name>QualityFigures</name>
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
            <source>Personal funds</source>
            <translation>Financement personnel</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <source>Bilans started</source>
            <translation>Bilans commencés</translation>
        </message>
        <message>
            <source>Bilans concluded</source>
            <translation>Bilans conclus</translation>
        </message>
        <message>
            <source>Bilans abandoned</source>
            <translation>Bilans abandonnés</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Taux d’achèvement</translation>
        </message>
        <message>
            <source>Abandonment rate</source>
            <translation>Taux d’abandon</translation>
        </message>
        <message>
            <source>Mean hours done (concluded bilans)</source>
            <translation>Heures réalisées en moyenne (bilans conclus)</translation>
        </message>
        <message>
            <source>Satisfaction at the end (out of 5)</source>
            <translation>Satisfaction en fin de bilan (sur 5)</translation>
        </message>
        <message>
            <source>Response rate at the end</source>
            <translation>Taux de réponse en fin de bilan</translation>
        </message>
        <message>
            <source>Satisfaction at six months (out of 5)</source>
            <translation>Satisfaction à six mois (sur 5)</translation>
        </message>
        <message>
            <source>Response rate at six months</source>
            <translation>Taux de réponse à six mois</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Entretiens de suivi dus</translation>
        </message>
        <message>
            <source>Follow-ups done</source>
            <translation>Entretiens de suivi réalisés</translation>
        </message>
        <message>
            <source>Follow-ups done on time (within 30 days)</source>
            <translation>Entretiens de suivi réalisés à temps (à 30 jours près)</translation>
        </message>
        <message>
            <source>Quality indicators</source>
            <translation>Indicateurs qualité</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>Du %1 au %2</translation>
        </message>
        <message>
            <source>Reason not given</source>
            <translation>Motif non précisé</translation>
        </message>
        <message>
            <source>Bilans started in the period give the number started and the funding; bilans concluded or abandoned in the period give the rates, hours, satisfaction and follow-ups. Satisfaction is the mean of the anonymous scores (1 to 5).</source>
            <translation>Les bilans commencés dans la période donnent le nombre de bilans commencés et leur financement ; les bilans conclus ou abandonnés dans la période donnent les taux, les heures, la satisfaction et les suivis. La satisfaction est la moyenne des notes anonymes (de 1 à 5).</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Funding of the bilans started</source>
            <translation>Financement des bilans commencés</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Bilans</source>
            <translation>Bilans</translation>
        </message>
        <message>
            <source>Reasons for abandonment</source>
            <translation>Motifs d’abandon</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Funding: %1</source>
            <translation>Financement : %1</translation>
        </message>
        <message>
            <source>Abandoned: %1</source>
            <translation>Abandon : %1</translation>
        </message>
    </context>
    <context>
        <name>QualityRegisters</name>
        <message>
            <source>Complaint</source>
            <translation>Réclamation</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Dysfonctionnement</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Close le</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>From %1 to %2</source>
            <translation>Du %1 au %2</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Depuis le %1</translation>
        </message>
        <message>
            <source>Up to %1</source>
            <translation>Jusqu’au %1</translation>
        </message>
        <message>
            <source>Every entry</source>
            <translation>Toutes les entrées</translation>
        </message>
        <message>
            <source>Quality registers</source>
            <translation>Registres qualité</translation>
        </message>
        <message>
            <source>Complaints and incidents</source>
            <translation>Réclamations et dysfonctionnements</translation>
        </message>
        <message>
            <source>Complaints received and incidents noticed, how they were handled and how they ended (Qualiopi indicator 31).</source>
            <translation>Réclamations reçues et dysfonctionnements constatés, leur traitement et leur issue (indicateur Qualiopi 31).</translation>
        </message>
        <message>
            <source>Nothing recorded in the period.</source>
            <translation>Rien d’enregistré dans la période.</translation>
        </message>
        <message>
            <source>Improvement actions</source>
            <translation>Actions d’amélioration</translation>
        </message>
        <message>
            <source>What was decided to improve the service, from complaints, evaluations and audits (Qualiopi indicator 32).</source>
            <translation>Ce qui a été décidé pour améliorer la prestation, à partir des réclamations, des évaluations et des audits (indicateur Qualiopi 32).</translation>
        </message>
        <message>
            <source>%1 (closed on %2)</source>
            <translation>%1 (close le %2)</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>En cours de traitement</translation>
        </message>
    </context>
    <context>
        <name>QuestionnaireDialog</name>
        <message>
            <source>Edit the questions</source>
            <translation>Modifier les questions</translation>
        </message>
        <message>
            <source>One statement per line, scored from 1 (not at all) to 5 (completely). Saving makes a new version of the questionnaire: answers already entered keep the questions they answered.</source>
            <translation>Une affirmation par ligne, notée de 1 (pas du tout) à 5 (tout à fait). Enregistrer crée une nouvelle version du questionnaire : les réponses déjà saisies gardent les questions auxquelles elles ont répondu.</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>“%1”</source>
            <translation>« %1 »</translation>
        </message>
        <message>
            <source>This record was deleted meanwhile.</source>
            <translation>Cette fiche a été supprimée entre-temps.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Parcours</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>&amp;Restore the selected backup</source>
            <translation>&amp;Restaurer la sauvegarde choisie</translation>
        </message>
        <message>
            <source>&amp;Choose a file…</source>
            <translation>&amp;Choisir un fichier…</translation>
        </message>
        <message>
            <source>&amp;Quit Parcours</source>
            <translation>&amp;Quitter Parcours</translation>
        </message>
    </context>
    <context>
        <name>RegisterEntryDialog</name>
        <message>
            <source>Register entry</source>
            <translation>Entrée du registre</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;De :</translation>
        </message>
        <message>
            <source>A beneficiary, an employer, a funder…</source>
            <translation>Un bénéficiaire, un employeur, un financeur…</translation>
        </message>
        <message>
            <source>&amp;Nature:</source>
            <translation>&amp;Nature :</translation>
        </message>
        <message>
            <source>&amp;Handling:</source>
            <translation>&amp;Traitement :</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Issue :</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation>&amp;Close le :</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Six-month follow-up</source>
            <translation>Suivi à six mois</translation>
        </message>
        <message>
            <source>Agreement not signed (silence means refusal)</source>
            <translation>Convention non signée (le silence vaut refus)</translation>
        </message>
        <message>
            <source>CPF entry to declare</source>
            <translation>Entrée en formation CPF à déclarer</translation>
        </message>
        <message>
            <source>CPF exit to declare</source>
            <translation>Sortie de formation CPF à déclarer</translation>
        </message>
        <message>
            <source>Retention date of the records</source>
            <translation>Date de fin de conservation des dossiers</translation>
        </message>
        <message>
            <source>Past sessions to log</source>
            <translation>Séances passées à consigner</translation>
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
        <name>RetentionConsentDialog</name>
        <message>
            <source>Consent to keep content</source>
            <translation>Consentement à la conservation</translation>
        </message>
        <message>
            <source>&amp;Content kept:</source>
            <translation>&amp;Contenus conservés :</translation>
        </message>
        <message>
            <source>&amp;Signed on:</source>
            <translation>&amp;Signé le :</translation>
        </message>
        <message>
            <source>&amp;What for:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>For the follow-up interview</source>
            <translation>Pour l’entretien de suivi</translation>
        </message>
        <message>
            <source>Kept &amp;until:</source>
            <translation>Conservés &amp;jusqu’au :</translation>
        </message>
    </context>
    <context>
        <name>RetentionRules</name>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Kept while the bilan runs.</source>
            <translation>Conservé tant que le bilan est en cours.</translation>
        </message>
        <message>
            <source>Kept until %1 with the beneficiary's written consent of %2 (%3).</source>
            <translation>Conservé jusqu’au %1 avec l’accord écrit du bénéficiaire du %2 (%3).</translation>
        </message>
        <message>
            <source>for the follow-up</source>
            <translation>pour le suivi</translation>
        </message>
        <message>
            <source>Kept until %1: the synthesis was sent to the CEP operator.</source>
            <translation>Conservé jusqu’au %1 : la synthèse a été transmise à l’opérateur du CEP.</translation>
        </message>
        <message>
            <source>Was kept until %1; to destroy now.</source>
            <translation>Conservé jusqu’au %1 ; à détruire maintenant.</translation>
        </message>
        <message>
            <source>To destroy since the end of the bilan on %1.</source>
            <translation>À détruire depuis la fin du bilan le %1.</translation>
        </message>
        <message>
            <source>Give the date of the beneficiary's written consent.</source>
            <translation>Indiquez la date de l’accord écrit du bénéficiaire.</translation>
        </message>
        <message>
            <source>The consent cannot be dated in the future.</source>
            <translation>L’accord ne peut pas être daté dans le futur.</translation>
        </message>
        <message>
            <source>Give the day until which the content is kept.</source>
            <translation>Indiquez jusqu’à quel jour le contenu est conservé.</translation>
        </message>
        <message>
            <source>The content is kept until a day after the consent.</source>
            <translation>Le contenu est conservé jusqu’à un jour postérieur à l’accord.</translation>
        </message>
        <message>
            <source>One year after the end of the bilan at most (%1), as R6313-7 allows.</source>
            <translation>Un an après la fin du bilan au plus (%1), comme le permet l’article R6313-7.</translation>
        </message>
        <message>
            <source>Say what the content is kept for in 200 characters at most.</source>
            <translation>Indiquez l’usage de la conservation en 200 caractères au plus.</translation>
        </message>
    </context>
    <context>
        <name>RetentionService</name>
        <message>
            <source>A contact is dated today or before.</source>
            <translation>Un contact est daté d'aujourd'hui ou d'avant.</translation>
        </message>
        <message>
            <source>any PDF you exported of this bilan (synthesis, investigation summary, certificates)</source>
            <translation>tout PDF de ce bilan que vous avez exporté (synthèse, résumé de l'investigation, attestations)</translation>
        </message>
        <message>
            <source>any copy of a test's report file you saved outside Parcours</source>
            <translation>toute copie du compte rendu d'un test enregistrée hors de Parcours</translation>
        </message>
        <message>
            <source>The bilan is still open: close it (or record its abandonment) before destroying its content.</source>
            <translation>Le bilan est encore ouvert : clôturez-le (ou enregistrez son abandon) avant d'en détruire le contenu.</translation>
        </message>
    </context>
    <context>
        <name>SaveFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEdits</name>
        <message>
            <source>log the session of %1</source>
            <translation>consigner la séance du %1</translation>
        </message>
        <message>
            <source>move the session of %1 to %2</source>
            <translation>déplacer la séance du %1 au %2</translation>
        </message>
        <message numerus="yes">
            <source>plan %n session(s)</source>
            <translation>
                <numerusform>planifier %n séance</numerusform>
                <numerusform>planifier %n séances</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionDefaultsSettingsPage</name>
        <message>
            <source>What a new session proposes at first; each session can then differ.</source>
            <translation>Ce que propose une nouvelle séance ; chaque séance peut ensuite différer.</translation>
        </message>
        <message>
            <source>&amp;Length:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Usual day:</source>
            <translation>&amp;Jour habituel :</translation>
        </message>
        <message>
            <source>Usual &amp;time:</source>
            <translation>&amp;Heure habituelle :</translation>
        </message>
        <message>
            <source>The planner starts a new bilan's sessions on this day at this time; later sessions follow the last one.</source>
            <translation>La planification place les séances d'un nouveau bilan ce jour-là, à cette heure-là ; les suivantes reprennent la dernière séance.</translation>
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
        <name>SessionLogDialog</name>
        <message>
            <source>Log the session</source>
            <translation>Consigner la séance</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>&amp;Ce qui s'est passé :</translation>
        </message>
        <message>
            <source>&amp;New date:</source>
            <translation>&amp;Nouvelle date :</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>La séance</translation>
        </message>
        <message>
            <source>&amp;Actual length:</source>
            <translation>Durée &amp;réelle :</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>The attendance sheet was &amp;signed</source>
            <translation>La feuille d'émargement a été &amp;signée</translation>
        </message>
        <message>
            <source>I &amp;attest the session took place remotely</source>
            <translation>J'&amp;atteste que la séance a eu lieu à distance</translation>
        </message>
        <message>
            <source>The beneficiary &amp;confirmed it in writing (e-mail…)</source>
            <translation>Le bénéficiaire l'a &amp;confirmée par écrit (courriel…)</translation>
        </message>
        <message>
            <source>Attach the signed sheet…</source>
            <translation>Joindre la feuille signée…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Between sessions</source>
            <translation>Entre les séances</translation>
        </message>
        <message>
            <source>&amp;Personal work since the last session:</source>
            <translation>&amp;Travail personnel depuis la dernière séance :</translation>
        </message>
        <message>
            <source>&amp;Documents handed over:</source>
            <translation>&amp;Documents remis :</translation>
        </message>
        <message>
            <source>One per line: questionnaires, lists, tests…</source>
            <translation>Un par ligne : questionnaires, listes, tests…</translation>
        </message>
        <message>
            <source>&amp;Notes (confidential, kept apart from the attendance records):</source>
            <translation>&amp;Notes (confidentielles, gardées à part de la trace de présence) :</translation>
        </message>
        <message>
            <source>What was worked on, what the beneficiary takes away</source>
            <translation>Ce qui a été travaillé, ce que le bénéficiaire en retient</translation>
        </message>
    </context>
    <context>
        <name>SessionLogService</name>
        <message>
            <source>Remote session: your attestation is missing.</source>
            <translation>Séance à distance : votre attestation manque.</translation>
        </message>
        <message>
            <source>Remote session: the beneficiary's confirmation or the signed sheet is missing.</source>
            <translation>Séance à distance : la confirmation du bénéficiaire ou la feuille signée manque.</translation>
        </message>
        <message>
            <source>The attendance sheet is not signed yet.</source>
            <translation>La feuille d'émargement n'est pas encore signée.</translation>
        </message>
        <message>
            <source>This session was moved: log the session planned in its place.</source>
            <translation>Cette séance a été déplacée : consignez la séance prévue à sa place.</translation>
        </message>
        <message>
            <source>Say who cancelled the session: the beneficiary or the consultant.</source>
            <translation>Précisez qui a annulé la séance : le bénéficiaire ou le consultant.</translation>
        </message>
        <message>
            <source>Personal work cannot be negative.</source>
            <translation>Le travail personnel ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Personal work is counted within the 24 hours of the bilan.</source>
            <translation>Le travail personnel compte dans les 24 heures du bilan.</translation>
        </message>
        <message>
            <source>The list of documents is too long (2,000 characters at most).</source>
            <translation>La liste des documents est trop longue (2 000 caractères au plus).</translation>
        </message>
        <message>
            <source>A scan of the signed sheet is for a remote session.</source>
            <translation>La feuille signée numérisée concerne une séance à distance.</translation>
        </message>
        <message>
            <source>The scan is empty.</source>
            <translation>Le fichier numérisé est vide.</translation>
        </message>
        <message>
            <source>The scan is too large (10 MB at most).</source>
            <translation>Le fichier numérisé est trop gros (10 Mo au plus).</translation>
        </message>
        <message>
            <source>The scan must be a PDF, PNG or JPEG file.</source>
            <translation>Le fichier numérisé doit être un PDF, un PNG ou un JPEG.</translation>
        </message>
        <message>
            <source>This session was changed by someone else since you opened it.</source>
            <translation>Cette séance a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.</translation>
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
            <translation>Non honorée</translation>
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
        <message>
            <source>Back up the database on the first start of each day (true or false)</source>
            <translation>Sauvegarder la base au premier démarrage de chaque jour (true ou false)</translation>
        </message>
        <message>
            <source>Backups kept: one per day for this many days</source>
            <translation>Sauvegardes gardées : une par jour pendant ce nombre de jours</translation>
        </message>
        <message>
            <source>Backups kept: one per week for this many weeks</source>
            <translation>Sauvegardes gardées : une par semaine pendant ce nombre de semaines</translation>
        </message>
        <message>
            <source>Backups kept: one per month for this many months</source>
            <translation>Sauvegardes gardées : une par mois pendant ce nombre de mois</translation>
        </message>
        <message>
            <source>Expected a whole number from 0 to 999.</source>
            <translation>Un nombre entier de 0 à 999 est attendu.</translation>
        </message>
        <message>
            <source>The logo is too large (%1 MB at most).</source>
            <translation>Le logo est trop volumineux (%1 Mo au plus).</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>Le logo doit être une image PNG ou JPEG.</translation>
        </message>
        <message>
            <source>Alsace-Moselle public holidays (Good Friday, 26 December)</source>
            <translation>Jours fériés d'Alsace-Moselle (Vendredi saint, 26 décembre)</translation>
        </message>
        <message>
            <source>Full names in exported calendar events (initials otherwise)</source>
            <translation>Noms complets dans les rendez-vous exportés (initiales sinon)</translation>
        </message>
        <message>
            <source>Usual length of a session, in minutes</source>
            <translation>Durée habituelle d'une séance, en minutes</translation>
        </message>
        <message>
            <source>Usual place of a session (office or remote)</source>
            <translation>Lieu habituel d'une séance (office = au cabinet, remote = à distance)</translation>
        </message>
        <message>
            <source>Usual time of a bilan's sessions</source>
            <translation>Heure habituelle des séances d'un bilan</translation>
        </message>
        <message>
            <source>A day of the week is one of mon, tue, wed, thu, fri, sat, sun.</source>
            <translation>Un jour de la semaine s'écrit mon, tue, wed, thu, fri, sat ou sun.</translation>
        </message>
        <message>
            <source>A session takes place at the office or remote.</source>
            <translation>Une séance a lieu au cabinet (office) ou à distance (remote).</translation>
        </message>
        <message>
            <source>A session lasts from 15 to 480 minutes.</source>
            <translation>Une séance dure de 15 à 480 minutes.</translation>
        </message>
        <message>
            <source>Dark colours for the interface (true or false)</source>
            <translation>Couleurs sombres pour l'interface (true ou false)</translation>
        </message>
        <message>
            <source>Usual day of the week of a bilan's sessions (mon to sun; unset: the bilan's first day)</source>
            <translation>Jour habituel des séances d'un bilan (mon à sun ; vide : le premier jour du bilan)</translation>
        </message>
        <message>
            <source>Price of a bilan unless set for the bilan, in euros</source>
            <translation>Prix d'un bilan, sauf prix propre au bilan, en euros</translation>
        </message>
        <message>
            <source>Days to pay an invoice from its date</source>
            <translation>Délai de paiement d'une facture à compter de sa date, en jours</translation>
        </message>
        <message>
            <source>VAT mention printed on quotes and invoices</source>
            <translation>Mention de TVA imprimée sur les devis et les factures</translation>
        </message>
        <message>
            <source>Bank details printed on invoices (IBAN, BIC)</source>
            <translation>Coordonnées bancaires imprimées sur les factures (IBAN, BIC)</translation>
        </message>
        <message>
            <source>CPF flat co-payment of the beneficiary, in euros (check the current amount)</source>
            <translation>Participation forfaitaire CPF du titulaire, en euros (vérifiez le montant en vigueur)</translation>
        </message>
        <message>
            <source>First month of the financial year (1 = January)</source>
            <translation>Premier mois de l'exercice comptable (1 = janvier)</translation>
        </message>
        <message>
            <source>An amount cannot be negative.</source>
            <translation>Un montant ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Expected a month number from 1 (January) to 12 (December).</source>
            <translation>Attendu : un numéro de mois de 1 (janvier) à 12 (décembre).</translation>
        </message>
        <message>
            <source>Minutes without use before Parcours locks itself, when a lock password is set (0: never)</source>
            <translation>Minutes sans utilisation avant que Parcours se verrouille, si un mot de passe de verrouillage est défini (0 : jamais)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Pages des paramètres</translation>
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
        <message>
            <source>agreement</source>
            <translation>convention</translation>
        </message>
        <message>
            <source>handover receipt</source>
            <translation>accusé de remise</translation>
        </message>
        <message>
            <source>synthesis version</source>
            <translation>version de synthèse</translation>
        </message>
        <message>
            <source>section</source>
            <translation>rubrique</translation>
        </message>
        <message>
            <source>template</source>
            <translation>modèle</translation>
        </message>
        <message>
            <source>The calendar identity is missing.</source>
            <translation>L'identité du calendrier manque.</translation>
        </message>
        <message>
            <source>This session was logged by someone else since you opened it.</source>
            <translation>Cette séance a été consignée par quelqu'un d'autre depuis que vous l'avez ouverte.</translation>
        </message>
        <message>
            <source>absence</source>
            <translation>absence</translation>
        </message>
        <message>
            <source>register entry</source>
            <translation>entrée du registre</translation>
        </message>
        <message>
            <source>improvement action</source>
            <translation>action d’amélioration</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>questionnaire</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>funding plan</source>
            <translation>plan de financement</translation>
        </message>
        <message>
            <source>A document number is taken only inside the transaction that stores the document.</source>
            <translation>Un numéro de document ne se prend que dans la transaction qui enregistre le document.</translation>
        </message>
        <message>
            <source>The numbering counter is missing.</source>
            <translation>Le compteur de numérotation manque.</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>facture</translation>
        </message>
        <message>
            <source>payment</source>
            <translation>règlement</translation>
        </message>
        <message>
            <source>abandonment</source>
            <translation>abandon</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>suivi</translation>
        </message>
        <message>
            <source>Cannot write the destruction journal %1: nothing was destroyed.</source>
            <translation>Impossible d'écrire le journal des destructions %1 : rien n'a été détruit.</translation>
        </message>
        <message>
            <source>Cannot read the destruction journal %1.</source>
            <translation>Impossible de lire le journal des destructions %1.</translation>
        </message>
        <message>
            <source>No retention consent has this number.</source>
            <translation>Aucun consentement de conservation ne porte ce numéro.</translation>
        </message>
        <message>
            <source>This consent was changed by someone else since you opened it.</source>
            <translation>Ce consentement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert.</translation>
        </message>
        <message>
            <source>No entry of the destruction journal has this number.</source>
            <translation>Aucune entrée du journal des destructions ne porte ce numéro.</translation>
        </message>
        <message>
            <source>The connection to the database server is lost: nothing was read or saved.</source>
            <translation>La connexion au serveur de la base est perdue : rien n'a été lu ni enregistré.</translation>
        </message>
        <message>
            <source>No consent to send results has this number.</source>
            <translation>Aucun accord de transmission ne porte ce numéro.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>%1 needs an update of its structure for this version of Parcours, which cannot be made while it is read-only (%2). Copy it to a folder you can write to, or make it writable.</source>
            <translation>%1 doit être mise à jour pour cette version de Parcours, ce qui est impossible tant qu'elle est en lecture seule (%2). Copiez-la dans un dossier où vous pouvez écrire, ou rendez-la modifiable.</translation>
        </message>
        <message>
            <source>This database needs an update of its structure, and the backup made before it failed, so nothing was changed: %1</source>
            <translation>Cette base doit être mise à jour, et la sauvegarde faite avant a échoué ; rien n'a donc été modifié : %1</translation>
        </message>
    </context>
    <context>
        <name>SynthesisDocument</name>
        <message>
            <source>Final version no. %1 of %2</source>
            <translation>Version définitive n° %1 du %2</translation>
        </message>
        <message>
            <source>Version no. %1, submitted for your observations on %2</source>
            <translation>Version n° %1, soumise à vos observations le %2</translation>
        </message>
        <message>
            <source>Working draft no. %1 of %2 — not handed over</source>
            <translation>Version de travail n° %1 du %2 — non remise</translation>
        </message>
        <message>
            <source>Synthesis document</source>
            <translation>Document de synthèse</translation>
        </message>
        <message>
            <source>Bilan de compétences</source>
            <translation>Bilan de compétences</translation>
        </message>
        <message>
            <source>Bilan carried out %1</source>
            <translation>Bilan réalisé %1</translation>
        </message>
        <message>
            <source>Bilan started %1</source>
            <translation>Bilan commencé %1</translation>
        </message>
        <message>
            <source>With %1</source>
            <translation>Accompagnement : %1</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <source>This document is confidential. You are its sole recipient, as you are of the detailed results of your bilan (article L6313-4 of the Code du travail): no one else may receive it, in whole or in part, without your agreement. The provider and the consultant are bound by professional secrecy.</source>
            <translation>Ce document est confidentiel. Vous en êtes le seul destinataire, comme des résultats détaillés de votre bilan (article L6313-4 du Code du travail) : nul ne peut le recevoir, en tout ou en partie, sans votre accord. Le prestataire et la personne qui vous a accompagné sont tenus au secret professionnel.</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Contact or resource</source>
            <translation>Contact ou ressource</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <source>Synthesis document — %1</source>
            <translation>Document de synthèse — %1</translation>
        </message>
        <message>
            <source>To be written.</source>
            <translation>À rédiger.</translation>
        </message>
        <message>
            <source>The beneficiary's observations</source>
            <translation>Observations du bénéficiaire</translation>
        </message>
        <message>
            <source>Written on %1.</source>
            <translation>Rédigé le %1.</translation>
        </message>
        <message>
            <source>Written on %1 by %2, under the provider's responsibility.</source>
            <translation>Rédigé le %1 par %2, sous la responsabilité du prestataire.</translation>
        </message>
        <message>
            <source>confidential, for the beneficiary only</source>
            <translation>confidentiel, pour le seul bénéficiaire</translation>
        </message>
        <message>
            <source>Receipt of the synthesis document</source>
            <translation>Accusé de remise du document de synthèse</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Bilan</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Bilan de compétences, %1</source>
            <translation>Bilan de compétences, %1</translation>
        </message>
        <message>
            <source>Document handed over</source>
            <translation>Document remis</translation>
        </message>
        <message>
            <source>Synthesis document, final version no. %1 of %2</source>
            <translation>Document de synthèse, version définitive n° %1 du %2</translation>
        </message>
        <message>
            <source>Consultant</source>
            <translation>Consultant(e)</translation>
        </message>
        <message>
            <source>I, the undersigned, %1, acknowledge that I have received the synthesis document of my bilan de compétences, in the final version named above.</source>
            <translation>Je soussigné(e), %1, reconnais avoir reçu le document de synthèse de mon bilan de compétences, dans la version définitive indiquée ci-dessus.</translation>
        </message>
        <message>
            <source>I have been told that I am its sole recipient: it may be given to anyone else only with my agreement (article L6313-4 of the Code du travail).</source>
            <translation>J'ai été informé(e) que j'en suis le seul destinataire : il ne peut être communiqué à quiconque qu'avec mon accord (article L6313-4 du Code du travail).</translation>
        </message>
        <message>
            <source>Signed at ____________________, on %1</source>
            <translation>Fait à ____________________, le %1</translation>
        </message>
        <message>
            <source>The beneficiary</source>
            <translation>Le bénéficiaire</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Le prestataire</translation>
        </message>
        <message>
            <source>This receipt holds nothing of the synthesis itself: it is the proof, kept by the provider, that the document was handed over.</source>
            <translation>Cet accusé ne contient rien de la synthèse elle-même : il est la preuve, conservée par le prestataire, que le document a été remis.</translation>
        </message>
    </context>
    <context>
        <name>SynthesisEdits</name>
        <message>
            <source>typing in “%1”</source>
            <translation>saisie dans « %1 »</translation>
        </message>
        <message>
            <source>change the sections</source>
            <translation>modification des rubriques</translation>
        </message>
        <message>
            <source>change the action plan</source>
            <translation>modification du plan d'action</translation>
        </message>
        <message>
            <source>record the beneficiary's observations</source>
            <translation>enregistrement des observations du bénéficiaire</translation>
        </message>
    </context>
    <context>
        <name>SynthesisRules</name>
        <message>
            <source>'%1' is not a section key (lower-case letters, digits and dashes, 40 at most).</source>
            <translation>« %1 » n'est pas une clé de rubrique (minuscules, chiffres et tirets, 40 au plus).</translation>
        </message>
        <message>
            <source>The section '%1' appears twice.</source>
            <translation>La rubrique « %1 » figure deux fois.</translation>
        </message>
        <message>
            <source>A section title is one line of %1 characters at most.</source>
            <translation>Le titre d'une rubrique tient sur une ligne de %1 caractères au plus.</translation>
        </message>
        <message>
            <source>The section '%1' cannot be removed; hide it instead.</source>
            <translation>La rubrique « %1 » ne peut pas être supprimée ; masquez-la plutôt.</translation>
        </message>
        <message>
            <source>A section holds %1 characters at most.</source>
            <translation>Une rubrique contient %1 caractères au plus.</translation>
        </message>
        <message>
            <source>Action %1 has no step.</source>
            <translation>L'action %1 n'a pas d'étape.</translation>
        </message>
        <message>
            <source>Action %1 is too long (%2 characters at most).</source>
            <translation>L'action %1 est trop longue (%2 caractères au plus).</translation>
        </message>
        <message>
            <source>The beneficiary's observations are recorded once the synthesis has been submitted to them, before it is final.</source>
            <translation>Les observations du bénéficiaire s'enregistrent une fois la synthèse soumise à sa lecture, avant qu'elle soit définitive.</translation>
        </message>
        <message>
            <source>The observations are too long.</source>
            <translation>Les observations sont trop longues.</translation>
        </message>
        <message>
            <source>This version of the synthesis is final and can no longer change; start a new draft.</source>
            <translation>Cette version de la synthèse est définitive et ne peut plus changer ; commencez une nouvelle version.</translation>
        </message>
        <message>
            <source>This version was already submitted to the beneficiary.</source>
            <translation>Cette version a déjà été soumise au bénéficiaire.</translation>
        </message>
        <message>
            <source>A version goes forward only: draft, submitted, final.</source>
            <translation>Une version ne fait qu'avancer : brouillon, soumise, définitive.</translation>
        </message>
    </context>
    <context>
        <name>SynthesisSection</name>
        <message>
            <source>Circumstances of the bilan and expectations at the start</source>
            <translation>Circonstances du bilan et attentes de départ</translation>
        </message>
        <message>
            <source>Professional path and competences</source>
            <translation>Parcours professionnel et compétences</translation>
        </message>
        <message>
            <source>Personal characteristics: values, motivations, criteria</source>
            <translation>Caractéristiques personnelles : valeurs, motivations, critères</translation>
        </message>
        <message>
            <source>Options explored</source>
            <translation>Pistes explorées</translation>
        </message>
        <message>
            <source>The project: strengths and points of vigilance</source>
            <translation>Le projet : points forts et points de vigilance</translation>
        </message>
        <message>
            <source>Plan B</source>
            <translation>Plan B</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Conclusion</translation>
        </message>
    </context>
    <context>
        <name>SynthesisService</name>
        <message>
            <source>There is no template %1.</source>
            <translation>Il n'y a pas de modèle %1.</translation>
        </message>
        <message>
            <source>The synthesis of this bilan is already started.</source>
            <translation>La synthèse de ce bilan est déjà commencée.</translation>
        </message>
        <message>
            <source>This synthesis has no section '%1'.</source>
            <translation>Cette synthèse n'a pas de rubrique « %1 ».</translation>
        </message>
        <message>
            <source>The synthesis of this bilan is not started yet.</source>
            <translation>La synthèse de ce bilan n'est pas encore commencée.</translation>
        </message>
        <message>
            <source>The latest version is not final yet: keep working on it.</source>
            <translation>La dernière version n'est pas encore définitive : continuez à la rédiger.</translation>
        </message>
        <message>
            <source>A template needs a name of 80 characters at most.</source>
            <translation>Un modèle a besoin d'un nom de 80 caractères au plus.</translation>
        </message>
        <message>
            <source>The synthesis has no final version yet: finalise it before handing it over.</source>
            <translation>La synthèse n'a pas encore de version définitive : rendez-la définitive avant de la remettre.</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>Cette date est dans le futur.</translation>
        </message>
        <message>
            <source>The receipt cannot be signed before the synthesis was final.</source>
            <translation>L'accusé ne peut pas être signé avant que la synthèse soit définitive.</translation>
        </message>
        <message>
            <source>Another template is already called %1.</source>
            <translation>Un autre modèle s'appelle déjà %1.</translation>
        </message>
        <message>
            <source>This template no longer exists.</source>
            <translation>Ce modèle n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>SynthesisStatus</name>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Submitted for observations</source>
            <translation>Soumise pour observations</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Définitive</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>Save as my template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <source>The template keeps the sections' order, titles and what is hidden; none of this synthesis's text.</source>
            <translation>Le modèle garde l'ordre des rubriques, leurs titres et ce qui est masqué ; aucun texte de cette synthèse.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Use it for new syntheses</source>
            <translation>&amp;L'utiliser pour les nouvelles synthèses</translation>
        </message>
    </context>
    <context>
        <name>TemplatesSettingsPage</name>
        <message>
            <source>Your synthèse templates (sections, titles and order, never a beneficiary's text). Save one from the Synthèse tab.</source>
            <translation>Vos modèles de synthèse (rubriques, titres et ordre, jamais le texte d'un bénéficiaire). Enregistrez-en un depuis l'onglet Synthèse.</translation>
        </message>
        <message>
            <source>Synthèse templates</source>
            <translation>Modèles de synthèse</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Renommer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
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
        <name>TestResultsDocument</name>
        <message>
            <source>Test results</source>
            <translation>Résultats des tests</translation>
        </message>
        <message>
            <source>Bilan de compétences</source>
            <translation>Bilan de compétences</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Bilan</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Transmis à</translation>
        </message>
        <message>
            <source>Taken on %1</source>
            <translation>Passé le %1</translation>
        </message>
        <message>
            <source>No summary was written for this test.</source>
            <translation>Aucune synthèse n’a été rédigée pour ce test.</translation>
        </message>
        <message>
            <source>Sent with the beneficiary's written consent. Confidential: for the recipient named above only.</source>
            <translation>Transmis avec l’accord écrit du bénéficiaire. Confidentiel : réservé au seul destinataire nommé ci-dessus.</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>Imprimé le %1</translation>
        </message>
    </context>
    <context>
        <name>TraineeStatus</name>
        <message>
            <source>Employee of a private employer</source>
            <translation>Salarié d'un employeur privé</translation>
        </message>
        <message>
            <source>Job seeker</source>
            <translation>Demandeur d'emploi</translation>
        </message>
        <message>
            <source>Individual at their own expense</source>
            <translation>Particulier à ses propres frais</translation>
        </message>
        <message>
            <source>Other (public employee, self-employed…)</source>
            <translation>Autre (agent public, travailleur indépendant…)</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>The user guide was not found; Parcours looked for it in %1.</source>
            <translation>Le guide d'utilisation est introuvable ; Parcours l'a cherché dans %1.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>The user guide is in %1, but no program opened it: install the xdg-utils package, or open its file index.md yourself.</source>
            <translation>Le guide d'utilisation est dans %1, mais aucun programme ne l'a ouvert : installez le paquet xdg-utils, ou ouvrez vous-même son fichier index.md.</translation>
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
        <message>
            <source>The session would end after midnight: a session ends on the day it starts.</source>
            <translation>La séance finirait après minuit : une séance finit le jour où elle commence.</translation>
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
        <name>WorkingHoursSettingsPage</name>
        <message>
            <source>Your working days and hours: the planner proposes sessions inside them and the agenda shows them.</source>
            <translation>Vos jours et heures de travail : la planification y propose les séances et l'agenda les affiche.</translation>
        </message>
        <message>
            <source>Working days:</source>
            <translation>Jours travaillés :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>D&amp;e :</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;à</translation>
        </message>
        <message>
            <source>&amp;Alsace-Moselle public holidays (Good Friday, 26 December)</source>
            <translation>Jours fériés d'Alsace-&amp;Moselle (Vendredi saint, 26 décembre)</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message numerus="yes">
            <source>%n bilan(s)</source>
            <translation>
                <numerusform>%n bilan</numerusform>
                <numerusform>%n bilans</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AbandonDialog</name>
        <message>
            <source>Record the abandonment</source>
            <translation>Enregistrer l'abandon</translation>
        </message>
    </context>
    <context>
        <name>parcours::AbsencesDialog</name>
        <message>
            <source>from %1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>No absence declared.</source>
            <translation>Aucune absence déclarée.</translation>
        </message>
        <message>
            <source>%1 at %2 (%3)</source>
            <translation>%1 à %2 (%3)</translation>
        </message>
        <message numerus="yes">
            <source>%n planned session(s) fall in this absence: %1. Move or cancel them from the agenda.</source>
            <translation>
                <numerusform>%n séance prévue tombe pendant cette absence : %1. Déplacez-la ou annulez-la depuis l’agenda.</numerusform>
                <numerusform>%n séances prévues tombent pendant cette absence : %1. Déplacez-les ou annulez-les depuis l’agenda.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::ActionPlanModel</name>
        <message>
            <source>A date written dd/mm/yyyy, or empty</source>
            <translation>Une date écrite jj/mm/aaaa, ou rien</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Contact or resource</source>
            <translation>Contact ou ressource</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date visée</translation>
        </message>
        <message>
            <source>“%1” is not a date: write it dd/mm/yyyy, for example 15/04/2026.</source>
            <translation>« %1 » n'est pas une date : écrivez-la jj/mm/aaaa, par exemple 15/04/2026.</translation>
        </message>
    </context>
    <context>
        <name>parcours::AgendaModel</name>
        <message>
            <source>Overlaps %1 (%2)</source>
            <translation>Chevauche %1 (%2)</translation>
        </message>
        <message>
            <source>Overlaps another session</source>
            <translation>Chevauche une autre séance</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Déplacée</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>À distance</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horaire</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarques</translation>
        </message>
        <message numerus="yes">
            <source>and %n other overlapping session(s)</source>
            <translation>
                <numerusform>et %n autre séance en même temps</numerusform>
                <numerusform>et %n autres séances en même temps</numerusform>
            </translation>
        </message>
        <message>
            <source>During an absence</source>
            <translation>Pendant une absence</translation>
        </message>
    </context>
    <context>
        <name>parcours::AgendaWeekView</name>
        <message>
            <source>Week of the agenda</source>
            <translation>Semaine de l'agenda</translation>
        </message>
        <message>
            <source>Away</source>
            <translation>Absent·e</translation>
        </message>
        <message>
            <source>Away: %1</source>
            <translation>Absent·e : %1</translation>
        </message>
        <message>
            <source>⚠ Overlap</source>
            <translation>⚠ Chevauchement</translation>
        </message>
        <message>
            <source>%1, %2 – %3
%4 · %5</source>
            <translation>%1, %2 – %3
%4 · %5</translation>
        </message>
        <message>
            <source>Overlaps another session.</source>
            <translation>Chevauche une autre séance.</translation>
        </message>
        <message>
            <source>%1 at %2: %3, %4</source>
            <translation>%1 à %2 : %3, %4</translation>
        </message>
        <message>
            <source>overlaps another session</source>
            <translation>chevauche une autre séance</translation>
        </message>
        <message>
            <source>No session this week.</source>
            <translation>Aucune séance cette semaine.</translation>
        </message>
        <message>
            <source>⚠ During an absence</source>
            <translation>⚠ Pendant une absence</translation>
        </message>
        <message>
            <source>Planned during one of your absences: move or cancel it.</source>
            <translation>Prévue pendant une de vos absences : déplacez-la ou annulez-la.</translation>
        </message>
        <message>
            <source>during an absence</source>
            <translation>pendant une absence</translation>
        </message>
    </context>
    <context>
        <name>parcours::AgendaWindow</name>
        <message>
            <source>Agenda — Parcours</source>
            <translation>Agenda — Parcours</translation>
        </message>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ Semaine précédente</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>Semaine suivante ▶</translation>
        </message>
        <message>
            <source>&amp;Absences…</source>
            <translation>A&amp;bsences…</translation>
        </message>
        <message>
            <source>Days you are away: the planner moves sessions off them</source>
            <translation>Vos jours d'absence : la planification en écarte les séances</translation>
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation>Séances du jour</translation>
        </message>
        <message>
            <source>Week %1 · %2 – %3</source>
            <translation>Semaine %1 · %2 – %3</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n session(s) overlap this week</source>
            <translation>
                <numerusform>⚠ %n séance en chevauche une autre cette semaine</numerusform>
                <numerusform>⚠ %n séances se chevauchent cette semaine</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — no session</source>
            <translation>%1 — aucune séance</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n session(s)</source>
            <translation>
                <numerusform>%1 — %n séance</numerusform>
                <numerusform>%1 — %n séances</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AgreementDialog</name>
        <message>
            <source>Tripartite agreement</source>
            <translation>Convention tripartite</translation>
        </message>
        <message>
            <source>Write the price in euros, for example 1 800,00.</source>
            <translation>Écrivez le prix en euros, par exemple 1 800,00.</translation>
        </message>
        <message>
            <source>the tripartite agreement</source>
            <translation>la convention tripartite</translation>
        </message>
    </context>
    <context>
        <name>parcours::AppController</name>
        <message>
            <source>Your data as they were just before are kept in the backup of %1 (File &gt; Backups…).</source>
            <translation>Vos données telles qu'elles étaient juste avant sont gardées dans la sauvegarde du %1 (Fichier &gt; Sauvegardes…).</translation>
        </message>
        <message>
            <source>The damaged file was kept as %1.</source>
            <translation>Le fichier endommagé est conservé sous %1.</translation>
        </message>
        <message>
            <source>Parcours is already open</source>
            <translation>Parcours est déjà ouvert</translation>
        </message>
        <message>
            <source>Parcours is already open on %1, in another window.

One window at a time works on a database, so that nothing is written twice.</source>
            <translation>Parcours est déjà ouvert sur %1, dans une autre fenêtre.

Une seule fenêtre à la fois travaille sur une base, pour que rien ne soit écrit deux fois.</translation>
        </message>
        <message>
            <source>Show that window</source>
            <translation>Afficher cette fenêtre</translation>
        </message>
        <message>
            <source>The other Parcours window does not answer. If it is frozen, close it, then start Parcours again.</source>
            <translation>L'autre fenêtre de Parcours ne répond pas. Si elle est bloquée, fermez-la, puis relancez Parcours.</translation>
        </message>
        <message>
            <source>Backups of a PostgreSQL database are not available in Parcours yet.</source>
            <translation>Les sauvegardes d'une base PostgreSQL ne sont pas encore disponibles dans Parcours.</translation>
        </message>
        <message>
            <source>Parcours (read-only)</source>
            <translation>Parcours (lecture seule)</translation>
        </message>
        <message>
            <source>The daily backup could not be made: %1 Your data are intact; Parcours tries again in an hour.</source>
            <translation>La sauvegarde du jour n'a pas pu être faite : %1 Vos données sont intactes ; Parcours réessaie dans une heure.</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Aucune base n'est ouverte.</translation>
        </message>
        <message>
            <source>Read-only (%1). You can consult your data; no change can be saved.</source>
            <translation>Lecture seule (%1). Vous pouvez consulter vos données ; aucune modification ne peut être enregistrée.</translation>
        </message>
        <message>
            <source>This is the demonstration database (%1): its beneficiaries are invented, try anything. Your own database (%2) opens at the next start of Parcours.</source>
            <translation>Vous êtes dans la base de démonstration (%1) : ses bénéficiaires sont inventés, essayez tout ce que vous voulez. Votre propre base (%2) s'ouvrira au prochain démarrage de Parcours.</translation>
        </message>
        <message>
            <source>Parcours (demonstration)</source>
            <translation>Parcours (démonstration)</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>le fichier est endommagé</translation>
        </message>
        <message>
            <source>%1 Parcours saves nothing more into it: restore your latest backup (File › Backups…).</source>
            <translation>%1 Parcours n'y enregistre plus rien : restaurez votre dernière sauvegarde (Fichier › Sauvegardes…).</translation>
        </message>
        <message>
            <source>Parcours is already open on %1, in another window.</source>
            <translation>Parcours est déjà ouvert sur %1, dans une autre fenêtre.</translation>
        </message>
        <message>
            <source>Connected to the cabinet's database %1.</source>
            <translation>Connecté à la base du cabinet %1.</translation>
        </message>
        <message>
            <source>Back to your own data (%1).</source>
            <translation>Retour à vos propres données (%1).</translation>
        </message>
        <message>
            <source>The connection to the cabinet's server is back; you can go on.</source>
            <translation>La connexion au serveur du cabinet est rétablie ; vous pouvez continuer.</translation>
        </message>
        <message>
            <source>Cabinet &amp;connection…</source>
            <translation>&amp;Connexion au cabinet…</translation>
        </message>
        <message>
            <source>The access log could not be purged: %1</source>
            <translation>Le journal des accès n'a pas pu être purgé : %1</translation>
        </message>
        <message>
            <source>The access log could not be written, so no copy was made. %1</source>
            <translation>Le journal des accès n'a pas pu être écrit, aucune copie n'a donc été faite. %1</translation>
        </message>
        <message numerus="yes">
            <source>Backup restored: %n beneficiary(ies), %1.</source>
            <translation>
                <numerusform>Sauvegarde restaurée : %n bénéficiaire, %1.</numerusform>
                <numerusform>Sauvegarde restaurée : %n bénéficiaires, %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup made and checked: %n beneficiary(ies), %1.</source>
            <translation>
                <numerusform>Sauvegarde faite et vérifiée : %n bénéficiaire, %1.</numerusform>
                <numerusform>Sauvegarde faite et vérifiée : %n bénéficiaires, %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::AppearanceSettingsPage</name>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
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
        <name>parcours::AuditLogWindow</name>
        <message>
            <source>Read of content</source>
            <translation>Lecture du contenu</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Print or PDF</source>
            <translation>Impression ou PDF</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>Destruction</translation>
        </message>
        <message>
            <source>Restore of a backup</source>
            <translation>Restauration d'une sauvegarde</translation>
        </message>
        <message>
            <source>Purge of the log</source>
            <translation>Purge du journal</translation>
        </message>
        <message>
            <source>Beneficiary no. %1</source>
            <translation>Bénéficiaire n° %1</translation>
        </message>
        <message>
            <source>Bilan no. %1</source>
            <translation>Bilan n° %1</translation>
        </message>
        <message>
            <source>Session no. %1</source>
            <translation>Séance n° %1</translation>
        </message>
        <message>
            <source>Destruction no. %1</source>
            <translation>Destruction n° %1</translation>
        </message>
        <message>
            <source>Access log — Parcours</source>
            <translation>Journal des accès — Parcours</translation>
        </message>
        <message>
            <source>Who read a bilan's content, exported, printed, deleted, destroyed or restored what, and when. Records are named by their number only; the log holds no content. Entries are kept 12 months.</source>
            <translation>Qui a lu le contenu d'un bilan, exporté, imprimé, supprimé, détruit ou restauré quoi, et quand. Les fiches n'y sont désignées que par leur numéro ; le journal ne contient aucun contenu. Les entrées sont conservées 12 mois.</translation>
        </message>
        <message>
            <source>&amp;Bilan:</source>
            <translation>&amp;Bilan :</translation>
        </message>
        <message>
            <source>all bilans</source>
            <translation>tous les bilans</translation>
        </message>
        <message>
            <source>&amp;Verify integrity</source>
            <translation>&amp;Vérifier l'intégrité</translation>
        </message>
        <message>
            <source>Export as C&amp;SV…</source>
            <translation>Exporter en C&amp;SV…</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Opération</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>bilan no. %1 · %2</source>
            <translation>bilan n° %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies).</source>
            <translation>
                <numerusform>%n entrée.</numerusform>
                <numerusform>%n entrées.</numerusform>
            </translation>
        </message>
        <message>
            <source>The log has been tampered with: %1 (entry no. %2). Keep this window and the database as they are, and tell whoever is responsible for the data.</source>
            <translation>Le journal a été altéré : %1 (entrée n° %2). Laissez cette fenêtre et la base de données en l'état et prévenez la personne responsable des données.</translation>
        </message>
        <message numerus="yes">
            <source>The log is intact: %n entry(ies) checked, each one chained to the one before.</source>
            <translation>
                <numerusform>Le journal est intact : %n entrée vérifiée, chaînée à la précédente.</numerusform>
                <numerusform>Le journal est intact : %n entrées vérifiées, chacune chaînée à la précédente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>access-log.csv</source>
            <translation>journal-des-acces.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV file was not saved. %1</source>
            <translation>Le fichier CSV n'a pas été enregistré. %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>attendance sheet</source>
            <translation>feuille d’émargement</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>sauvegarde</translation>
        </message>
        <message>
            <source>the bilan's record</source>
            <translation>fiche du bilan</translation>
        </message>
        <message>
            <source>the bilan's content</source>
            <translation>contenu du bilan</translation>
        </message>
        <message>
            <source>yearly BPF figures</source>
            <translation>chiffres du BPF</translation>
        </message>
        <message>
            <source>certificate of completion</source>
            <translation>attestation de fin de bilan</translation>
        </message>
        <message>
            <source>destruction certificate</source>
            <translation>certificat de destruction</translation>
        </message>
        <message>
            <source>synthèse sent to a third party</source>
            <translation>synthèse transmise à un tiers</translation>
        </message>
        <message>
            <source>test results sent to a third party</source>
            <translation>résultats de tests transmis à un tiers</translation>
        </message>
        <message>
            <source>encrypted copy</source>
            <translation>copie chiffrée</translation>
        </message>
        <message>
            <source>evaluations</source>
            <translation>évaluations</translation>
        </message>
        <message>
            <source>calendar (iCalendar)</source>
            <translation>agenda (iCalendar)</translation>
        </message>
        <message>
            <source>field inquiry guide</source>
            <translation>guide d’enquête métier</translation>
        </message>
        <message>
            <source>investigation</source>
            <translation>investigation</translation>
        </message>
        <message>
            <source>investigation (JSON)</source>
            <translation>investigation (JSON)</translation>
        </message>
        <message>
            <source>invoice</source>
            <translation>facture</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>devis</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>peer feedback questionnaire</source>
            <translation>questionnaire du regard des autres</translation>
        </message>
        <message>
            <source>erasure of the person</source>
            <translation>effacement de la personne</translation>
        </message>
        <message>
            <source>reduction to the administrative proof</source>
            <translation>réduction à la preuve administrative</translation>
        </message>
        <message>
            <source>export of all their data</source>
            <translation>export de toutes ses données</translation>
        </message>
        <message>
            <source>print preview</source>
            <translation>aperçu avant impression</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impression</translation>
        </message>
        <message>
            <source>quality registers</source>
            <translation>registres qualité</translation>
        </message>
        <message>
            <source>session notes</source>
            <translation>notes de séance</translation>
        </message>
        <message>
            <source>synthèse</source>
            <translation>synthèse</translation>
        </message>
        <message>
            <source>synthèse (HTML)</source>
            <translation>synthèse (HTML)</translation>
        </message>
    </context>
    <context>
        <name>parcours::BackupListModel</name>
        <message>
            <source>%1 (unreadable)</source>
            <translation>%1 (illisible)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <source>Bilans</source>
            <translation>Bilans</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
    </context>
    <context>
        <name>parcours::BackupSettingsPage</name>
        <message>
            <source>No backups: the database is on a PostgreSQL server.</source>
            <translation>Pas de sauvegardes : la base est sur un serveur PostgreSQL.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
    </context>
    <context>
        <name>parcours::BackupsDialog</name>
        <message>
            <source>Folder: %1</source>
            <translation>Dossier : %1</translation>
        </message>
        <message>
            <source>No backup yet.</source>
            <translation>Aucune sauvegarde pour l'instant.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message numerus="yes">
            <source>the backup of %1 (%n beneficiary(ies))</source>
            <translation>
                <numerusform>la sauvegarde du %1 (%n bénéficiaire)</numerusform>
                <numerusform>la sauvegarde du %1 (%n bénéficiaires)</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace your current data by %1?

Your current data are backed up first, so this can be undone by restoring that backup.</source>
            <translation>Remplacer vos données actuelles par %1 ?

Vos données actuelles sont d'abord sauvegardées : vous pourrez revenir en arrière en restaurant cette sauvegarde.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Parcours backups (*.sqlite *.parcours);;All files (*)</source>
            <translation>Sauvegardes de Parcours (*.sqlite *.parcours);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 is encrypted. Type the passphrase it was made with.</source>
            <translation>%1 est chiffré. Tapez la phrase de passe choisie pour cette copie.</translation>
        </message>
        <message>
            <source>Encrypted copy</source>
            <translation>Copie chiffrée</translation>
        </message>
        <message>
            <source>parcours-backup.parcours</source>
            <translation>parcours-sauvegarde.parcours</translation>
        </message>
        <message>
            <source>Encrypted Parcours backups (*.parcours)</source>
            <translation>Sauvegardes chiffrées de Parcours (*.parcours)</translation>
        </message>
        <message>
            <source>Choose a passphrase for this copy. Without it, nobody (you included) can ever read the copy again: keep it somewhere safe.</source>
            <translation>Choisissez une phrase de passe pour cette copie. Sans elle, personne (vous compris) ne pourra plus jamais la lire : gardez-la en lieu sûr.</translation>
        </message>
        <message numerus="yes">
            <source>Backup made: %n beneficiary(ies), %1, checked.</source>
            <translation>
                <numerusform>Sauvegarde faite : %n bénéficiaire, %1, vérifiée.</numerusform>
                <numerusform>Sauvegarde faite : %n bénéficiaires, %1, vérifiée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Encrypted copy written to %1: %n beneficiary(ies), %2.</source>
            <translation>
                <numerusform>Copie chiffrée écrite dans %1 : %n bénéficiaire, %2.</numerusform>
                <numerusform>Copie chiffrée écrite dans %1 : %n bénéficiaires, %2.</numerusform>
            </translation>
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
        <message>
            <source>bilan no. %1</source>
            <translation>le bilan n° %1</translation>
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
            <source>next session: %1, %2</source>
            <translation>prochaine séance : %1, %2</translation>
        </message>
        <message>
            <source>Mana&amp;gement</source>
            <translation>&amp;Gestion</translation>
        </message>
        <message>
            <source>Bilan: %1 done of %2; %3 done or planned, personal work included</source>
            <translation>Bilan : %1 faites sur %2 ; %3 faites ou prévues, travail personnel compris</translation>
        </message>
    </context>
    <context>
        <name>parcours::BillingSettingsPage</name>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
    </context>
    <context>
        <name>parcours::BillingTab</name>
        <message>
            <source>Price and funders…</source>
            <translation>Prix et financeurs…</translation>
        </message>
        <message>
            <source>Issue the invoices…</source>
            <translation>Émettre les factures…</translation>
        </message>
        <message>
            <source>Record a payment…</source>
            <translation>Enregistrer un règlement…</translation>
        </message>
        <message>
            <source>Credit note…</source>
            <translation>Avoir…</translation>
        </message>
        <message>
            <source>Remove the payment…</source>
            <translation>Supprimer le règlement…</translation>
        </message>
        <message>
            <source>Issue, numbered and dated today, the invoices of every funder's share not invoiced yet</source>
            <translation>Émettre, numérotées et datées d'aujourd'hui, les factures des parts de financeurs pas encore facturées</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Price and funders</source>
            <translation>Prix et financeurs</translation>
        </message>
        <message>
            <source>Quote:</source>
            <translation>Devis :</translation>
        </message>
        <message>
            <source>Invoices and credit notes</source>
            <translation>Factures et avoirs</translation>
        </message>
        <message>
            <source>&amp;Billing</source>
            <translation>&amp;Facturation</translation>
        </message>
        <message>
            <source>No bilan selected.</source>
            <translation>Aucun bilan sélectionné.</translation>
        </message>
        <message>
            <source>No price yet: set one, or a default price in the settings.</source>
            <translation>Pas encore de prix : indiquez-en un, ou un prix par défaut dans les paramètres.</translation>
        </message>
        <message>
            <source>Price: %1 (the default price of the settings)</source>
            <translation>Prix : %1 (le prix par défaut des paramètres)</translation>
        </message>
        <message>
            <source>Price: %1</source>
            <translation>Prix : %1</translation>
        </message>
        <message>
            <source>%1 of sessions</source>
            <translation>%1 d'entretiens</translation>
        </message>
        <message>
            <source>CPF co-payment of the beneficiary: %1</source>
            <translation>Participation forfaitaire CPF du bénéficiaire : %1</translation>
        </message>
        <message>
            <source>BPF: %1</source>
            <translation>BPF : %1</translation>
        </message>
        <message>
            <source>BPF: the beneficiary's status is missing</source>
            <translation>BPF : le statut du bénéficiaire manque</translation>
        </message>
        <message>
            <source>(name to give)</source>
            <translation>(nom à indiquer)</translation>
        </message>
        <message>
            <source>%1. %2 (%3)</source>
            <translation>%1. %2 (%3)</translation>
        </message>
        <message>
            <source>%1 to invoice</source>
            <translation>%1 à facturer</translation>
        </message>
        <message>
            <source>invoiced</source>
            <translation>facturé</translation>
        </message>
        <message>
            <source>Payments of %1:</source>
            <translation>Règlements de %1 :</translation>
        </message>
        <message>
            <source>%1 — %2 — %3</source>
            <translation>%1 — %2 — %3</translation>
        </message>
        <message>
            <source>No payment received for %1 yet.</source>
            <translation>Aucun règlement reçu pour %1 à ce jour.</translation>
        </message>
        <message>
            <source>A credit note takes no payment.</source>
            <translation>Un avoir ne reçoit pas de règlement.</translation>
        </message>
        <message>
            <source>Select an invoice to see its payments.</source>
            <translation>Sélectionnez une facture pour voir ses règlements.</translation>
        </message>
        <message>
            <source>Issue the invoices</source>
            <translation>Émettre les factures</translation>
        </message>
        <message numerus="yes">
            <source>Issue %n invoice(s), %1 in all, numbered and dated today? An issued invoice can be neither changed nor deleted: it is corrected with a credit note.</source>
            <translation>
                <numerusform>Émettre %n facture, %1 au total, numérotée et datée d'aujourd'hui ? Une facture émise ne peut être ni modifiée ni supprimée : elle se rectifie par un avoir.</numerusform>
                <numerusform>Émettre %n factures, %1 au total, numérotées et datées d'aujourd'hui ? Une facture émise ne peut être ni modifiée ni supprimée : elle se rectifie par un avoir.</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Émettre</translation>
        </message>
        <message>
            <source>Issued: %1.</source>
            <translation>Émise(s) : %1.</translation>
        </message>
        <message>
            <source>Remove the payment</source>
            <translation>Supprimer le règlement</translation>
        </message>
        <message>
            <source>Remove the payment “%1”? Do so only for a payment recorded by mistake.</source>
            <translation>Supprimer le règlement « %1 » ? À faire seulement pour un règlement enregistré par erreur.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Payments received</source>
            <translation>Paiements reçus</translation>
        </message>
        <message>
            <source>Selected invoice:</source>
            <translation>Facture sélectionnée :</translation>
        </message>
    </context>
    <context>
        <name>parcours::BillingWindow</name>
        <message>
            <source>Frame C</source>
            <translation>Cadre C</translation>
        </message>
        <message>
            <source>Income excluding VAT</source>
            <translation>Produits hors taxes</translation>
        </message>
        <message>
            <source>Total of frame C</source>
            <translation>Total du cadre C</translation>
        </message>
        <message>
            <source>Frames E and F</source>
            <translation>Cadres E et F</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Close the year…</source>
            <translation>Clôturer l'exercice…</translation>
        </message>
        <message>
            <source>Billing of the year</source>
            <translation>Facturation de l'exercice</translation>
        </message>
        <message>
            <source>&amp;Financial year:</source>
            <translation>&amp;Exercice :</translation>
        </message>
        <message>
            <source>&amp;Invoices of the year</source>
            <translation>&amp;Factures de l'exercice</translation>
        </message>
        <message>
            <source>&amp;Unpaid (all years)</source>
            <translation>&amp;Impayés (tous exercices)</translation>
        </message>
        <message>
            <source>What the records lack for the form:</source>
            <translation>Ce qui manque aux dossiers pour le formulaire :</translation>
        </message>
        <message>
            <source>Check each line against the notice of the current Cerfa 10443 before copying it into Mon Activité Formation. Frames B, D and G come from your accounts.</source>
            <translation>Vérifiez chaque ligne avec la notice du Cerfa 10443 en vigueur avant de la recopier dans Mon Activité Formation. Les cadres B, D et G viennent de votre comptabilité.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export as CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>&amp;BPF</source>
            <translation>&amp;BPF</translation>
        </message>
        <message>
            <source>from %1 to %2%3</source>
            <translation>du %1 au %2%3</translation>
        </message>
        <message>
            <source> (closed)</source>
            <translation> (clôturé)</translation>
        </message>
        <message>
            <source>Invoiced %1 · credit notes %2 · net %3 · received on these invoices %4</source>
            <translation>Facturé %1 · avoirs %2 · net %3 · reçu sur ces factures %4</translation>
        </message>
        <message numerus="yes">
            <source>Still owed: %1 on %n invoice(s)</source>
            <translation>
                <numerusform>Reste dû : %1 sur %n facture</numerusform>
                <numerusform>Reste dû : %1 sur %n factures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing: every figure comes from complete records.</source>
            <translation>Rien : chaque chiffre vient de dossiers complets.</translation>
        </message>
        <message>
            <source>Export the BPF figures</source>
            <translation>Exporter les chiffres du BPF</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The BPF figures were saved in %1.</source>
            <translation>Les chiffres du BPF ont été enregistrés dans %1.</translation>
        </message>
        <message>
            <source>Close the financial year</source>
            <translation>Clôturer l'exercice</translation>
        </message>
        <message>
            <source>Close the financial year %1? No invoice, credit note or payment can be dated in it afterwards, and this cannot be undone.</source>
            <translation>Clôturer l'exercice %1 ? Aucune facture, aucun avoir ni règlement ne pourra plus y être daté, et cela ne peut pas être annulé.</translation>
        </message>
        <message>
            <source>Close the year</source>
            <translation>Clôturer l'exercice</translation>
        </message>
    </context>
    <context>
        <name>parcours::CabinetDialog</name>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Type the server's name or address.</source>
            <translation>Saisissez le nom ou l'adresse du serveur.</translation>
        </message>
        <message>
            <source>Type the name of the cabinet's database.</source>
            <translation>Saisissez le nom de la base du cabinet.</translation>
        </message>
        <message>
            <source>Type your login on the server.</source>
            <translation>Saisissez votre identifiant sur le serveur.</translation>
        </message>
        <message>
            <source>Trying to connect to %1…</source>
            <translation>Tentative de connexion à %1…</translation>
        </message>
        <message>
            <source>Connected. The database is empty: Parcours will set it up when you connect.</source>
            <translation>Connexion réussie. La base est vide : Parcours la préparera quand vous vous connecterez.</translation>
        </message>
        <message>
            <source>Connected. The database was set up by an earlier version of Parcours (schema %1): it will be updated to schema %2 when you connect, and every computer of the cabinet will then need this version of Parcours.</source>
            <translation>Connexion réussie. La base a été préparée par une version antérieure de Parcours (schéma %1) : elle sera mise à jour vers le schéma %2 à la connexion, et chaque poste du cabinet devra ensuite utiliser cette version de Parcours.</translation>
        </message>
        <message>
            <source>Connected: a Parcours database, up to date.</source>
            <translation>Connexion réussie : une base Parcours à jour.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
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
        <message>
            <source>the record of %1</source>
            <translation>la fiche de %1</translation>
        </message>
    </context>
    <context>
        <name>parcours::ClientImportDialog</name>
        <message>
            <source>semicolon</source>
            <translation>point-virgule</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>virgule</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Première valeur</translation>
        </message>
        <message>
            <source>Field in Parcours</source>
            <translation>Champ dans Parcours</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Choose the spreadsheet saved as CSV</source>
            <translation>Choisir le tableur enregistré en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Cannot read the file: %1</source>
            <translation>Impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <source>The file is too large for an import (%1 MB at most).</source>
            <translation>Le fichier est trop gros pour un import (%1 Mo au plus).</translation>
        </message>
        <message>
            <source>Read as %1, separator: %2.</source>
            <translation>Lu en %1, séparateur : %2.</translation>
        </message>
        <message>
            <source>(column %1)</source>
            <translation>(colonne %1)</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Line %1, column %2: %3</source>
            <translation>Ligne %1, colonne %2 : %3</translation>
        </message>
        <message numerus="yes">
            <source>%n beneficiary(ies) to create</source>
            <translation>
                <numerusform>%n bénéficiaire à créer</numerusform>
                <numerusform>%n bénéficiaires à créer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n duplicate(s) not created</source>
            <translation>
                <numerusform>, %n doublon non créé</numerusform>
                <numerusform>, %n doublons non créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to correct first: nothing is imported until then.</source>
            <translation>
                <numerusform>%n problème à corriger d'abord : rien n'est importé d'ici là.</numerusform>
                <numerusform>%n problèmes à corriger d'abord : rien n'est importé d'ici là.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beneficiary(ies) imported</source>
            <translation>
                <numerusform>%n bénéficiaire importé</numerusform>
                <numerusform>%n bénéficiaires importés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n duplicate(s) left out</source>
            <translation>
                <numerusform>, %n doublon écarté</numerusform>
                <numerusform>, %n doublons écartés</numerusform>
            </translation>
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
        <message>
            <source>Compliance: the points to fix in the current bilan</source>
            <translation>Conformité : les points à corriger du bilan en cours</translation>
        </message>
        <message>
            <source>Compl.</source>
            <comment>abbreviation of Compliance</comment>
            <translation>Conf.</translation>
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
        <name>parcours::ClientRights</name>
        <message>
            <source>E&amp;xport all their data…</source>
            <translation>E&amp;xporter toutes ses données…</translation>
        </message>
        <message>
            <source>E&amp;rase the person…</source>
            <translation>Effacer la &amp;personne…</translation>
        </message>
        <message>
            <source>The right of access: a folder with everything about this person, the PDFs and files</source>
            <translation>Le droit d'accès : un dossier avec tout ce qui concerne cette personne, les PDF et les fichiers</translation>
        </message>
        <message>
            <source>The right to erasure: everything, or all but the administrative proof</source>
            <translation>Le droit à l'effacement : tout, ou tout sauf la preuve administrative</translation>
        </message>
        <message>
            <source>Where to put the export</source>
            <translation>Où enregistrer l'export</translation>
        </message>
        <message>
            <source>The export could not be written: %1</source>
            <translation>L'export n'a pas pu être écrit : %1</translation>
        </message>
        <message numerus="yes">
            <source>All the data of %1 was exported to %2 (%n document(s)).</source>
            <translation>
                <numerusform>Toutes les données de %1 ont été exportées dans %2 (%n document).</numerusform>
                <numerusform>Toutes les données de %1 ont été exportées dans %2 (%n documents).</numerusform>
            </translation>
        </message>
        <message>
            <source>The person was erased.</source>
            <translation>La personne a été effacée.</translation>
        </message>
        <message>
            <source>The person was reduced to the administrative proof.</source>
            <translation>La personne a été réduite à la preuve administrative.</translation>
        </message>
        <message>
            <source>The same export as one file locked by a passphrase, to send by e-mail or on a USB key; give the passphrase another way</source>
            <translation>Le même export en un seul fichier fermé par une phrase secrète, à envoyer par courriel ou sur une clé USB ; donnez la phrase secrète par un autre moyen</translation>
        </message>
        <message>
            <source>Save the encrypted export</source>
            <translation>Enregistrer l’export chiffré</translation>
        </message>
        <message>
            <source>Encrypted Parcours export (*.parcours-chiffre)</source>
            <translation>Export Parcours chiffré (*.parcours-chiffre)</translation>
        </message>
        <message>
            <source>Choose the passphrase that will open this file. Give it to the recipient another way than the file (by phone, on paper): without it, nobody can open the export.</source>
            <translation>Choisissez la phrase secrète qui ouvrira ce fichier. Donnez-la au destinataire par un autre moyen que le fichier (par téléphone, sur papier) : sans elle, personne ne peut ouvrir l’export.</translation>
        </message>
        <message>
            <source>All the data of %1 was exported, encrypted, to %2.</source>
            <translation>Toutes les données de %1 ont été exportées, chiffrées, dans %2.</translation>
        </message>
        <message>
            <source>Export their data, encr&amp;ypted…</source>
            <translation>Exporter ses données c&amp;hiffrées…</translation>
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
        <name>parcours::ComplianceTab</name>
        <message>
            <source>Met</source>
            <translation>Respecté</translation>
        </message>
        <message>
            <source>To come</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>To fix</source>
            <translation>À corriger</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Go to sessions</source>
            <translation>Aller aux séances</translation>
        </message>
        <message>
            <source>Go to hours</source>
            <translation>Aller aux heures</translation>
        </message>
        <message>
            <source>Go to CPF declarations</source>
            <translation>Aller aux déclarations CPF</translation>
        </message>
        <message>
            <source>Go to the agreement</source>
            <translation>Aller à la convention</translation>
        </message>
        <message>
            <source>Go to the synthesis</source>
            <translation>Aller à la synthèse</translation>
        </message>
        <message>
            <source>Go to the receipt</source>
            <translation>Aller au récépissé</translation>
        </message>
        <message>
            <source>Co&amp;mpliance</source>
            <translation>Confor&amp;mité</translation>
        </message>
        <message>
            <source>No bilan is shown.</source>
            <translation>Aucun bilan n’est affiché.</translation>
        </message>
        <message>
            <source>Compliance checks</source>
            <translation>Points de conformité</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Fait en retard</translation>
        </message>
    </context>
    <context>
        <name>parcours::ConflictBanner</name>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <source>Keep a copy</source>
            <translation>Garder une copie</translation>
        </message>
        <message>
            <source>Drop your changes and show theirs.</source>
            <translation>Abandonner vos modifications et afficher les siennes.</translation>
        </message>
        <message>
            <source>Save yours over theirs.</source>
            <translation>Enregistrer les vôtres à la place des siennes.</translation>
        </message>
        <message>
            <source>Copy your text to the clipboard, then show theirs.</source>
            <translation>Copier votre texte dans le presse-papiers, puis afficher le sien.</translation>
        </message>
        <message>
            <source>Someone else changed %1 since you opened it (another consultant, or you on another computer). What you type is kept but not saved until you choose.</source>
            <translation>Quelqu'un d'autre a modifié %1 depuis que vous l'avez ouvert (un ou une collègue, ou vous-même sur un autre poste). Ce que vous tapez est gardé, mais n'est enregistré qu'une fois votre choix fait.</translation>
        </message>
    </context>
    <context>
        <name>parcours::ConnectionWatcher</name>
        <message>
            <source>Try again now</source>
            <translation>Réessayer maintenant</translation>
        </message>
        <message numerus="yes">
            <source>The connection to the cabinet's server is lost; trying again in %n second(s). What you type is kept and saved once the link is back.</source>
            <translation>
                <numerusform>La connexion au serveur du cabinet est perdue ; nouvelle tentative dans %n seconde. Ce que vous saisissez est gardé et sera enregistré au retour de la connexion.</numerusform>
                <numerusform>La connexion au serveur du cabinet est perdue ; nouvelle tentative dans %n secondes. Ce que vous saisissez est gardé et sera enregistré au retour de la connexion.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::CreditNoteDialog</name>
        <message>
            <source>Issue a credit note</source>
            <translation>Émettre un avoir</translation>
        </message>
        <message>
            <source>An issued invoice is never changed: a credit note takes all or part of it back. Invoice %1 to %2, %3 not credited yet.</source>
            <translation>Une facture émise n'est jamais modifiée : un avoir en annule tout ou partie. Facture %1 à %2 : au plus %3 peuvent encore être crédités.</translation>
        </message>
    </context>
    <context>
        <name>parcours::DisclosureConsentDialog</name>
        <message>
            <source>Record the consent</source>
            <translation>Enregistrer l’accord</translation>
        </message>
    </context>
    <context>
        <name>parcours::DisclosureSection</name>
        <message>
            <source>Sending to third parties</source>
            <translation>Transmissions à des tiers</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>May receive</source>
            <translation>Peut recevoir</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Retiré le</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Transmis le</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Record a consent to send…</source>
            <translation>Enregistrer un accord de transmission…</translation>
        </message>
        <message>
            <source>Withdraw the consent…</source>
            <translation>Retirer l’accord…</translation>
        </message>
        <message>
            <source>Send to a third party…</source>
            <translation>Transmettre à un tiers…</translation>
        </message>
        <message>
            <source>The synthesis and the test results go to a third party (CEP operator, employer, funder) only with the beneficiary's written consent, recorded here. Each sending is logged.</source>
            <translation>La synthèse et les résultats des tests ne sont transmis à un tiers (opérateur du CEP, employeur, financeur) qu’avec l’accord écrit du bénéficiaire, enregistré ici. Chaque transmission est consignée.</translation>
        </message>
        <message>
            <source>Writes the final synthesis or the test results as PDF for a recipient who may receive them</source>
            <translation>Enregistre en PDF la synthèse finale ou les résultats des tests pour un destinataire autorisé à les recevoir</translation>
        </message>
        <message>
            <source>Sent:</source>
            <translation>Transmissions :</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>The written consent of %1 to send results of the bilan to a third party:</source>
            <translation>L’accord écrit de %1 pour transmettre des résultats du bilan à un tiers :</translation>
        </message>
        <message>
            <source>Withdrawal of a consent</source>
            <translation>Retrait d’un accord</translation>
        </message>
        <message>
            <source>Day %1 withdrew the consent to send results to %2:</source>
            <translation>Jour où %1 a retiré son accord de transmission à %2 :</translation>
        </message>
        <message>
            <source>Nothing is sent to a third party without the beneficiary's written consent: record it first with « Record a consent to send… ».</source>
            <translation>Rien n’est transmis à un tiers sans l’accord écrit du bénéficiaire : enregistrez-le d’abord avec « Enregistrer un accord de transmission… ».</translation>
        </message>
        <message>
            <source>What to send, and under which consent of %1:</source>
            <translation>Quoi transmettre, et au titre de quel accord de %1 :</translation>
        </message>
        <message>
            <source>Send to a third party</source>
            <translation>Transmettre à un tiers</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Nothing was sent. %1</source>
            <translation>Rien n’a été transmis. %1</translation>
        </message>
        <message>
            <source>Saved for sending and recorded in the log: %1</source>
            <translation>Enregistré pour transmission et consigné : %1</translation>
        </message>
        <message>
            <source>Consents to send to third parties</source>
            <translation>Consentements à la transmission à des tiers</translation>
        </message>
        <message>
            <source>Sendings to third parties</source>
            <translation>Transmissions à des tiers</translation>
        </message>
    </context>
    <context>
        <name>parcours::DisclosureSendDialog</name>
        <message>
            <source>%1, signed on %2</source>
            <translation>%1, signé le %2</translation>
        </message>
        <message>
            <source>Choose the file…</source>
            <translation>Choisir le fichier…</translation>
        </message>
    </context>
    <context>
        <name>parcours::DocumentsTab</name>
        <message>
            <source>Terms and dates…</source>
            <translation>Conditions et dates…</translation>
        </message>
        <message>
            <source>Record the signature…</source>
            <translation>Enregistrer la signature…</translation>
        </message>
        <message>
            <source>Tripartite agreement (R6313-8)</source>
            <translation>Convention tripartite (R6313-8)</translation>
        </message>
        <message>
            <source>Receipt of the synthesis</source>
            <translation>Accusé de remise de la synthèse</translation>
        </message>
        <message>
            <source>Certificate of completion</source>
            <translation>Certificat de réalisation</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>Documen&amp;ts</translation>
        </message>
        <message>
            <source>Signed on %1 for the final version no. %2 of %3.</source>
            <translation>Signé le %1 pour la version définitive n° %2 du %3.</translation>
        </message>
        <message>
            <source>Final version no. %1 of %2: print the receipt for the beneficiary to sign, then record the day they signed it.</source>
            <translation>Version définitive n° %1 du %2 : imprimez l'accusé pour que le bénéficiaire le signe, puis enregistrez le jour de la signature.</translation>
        </message>
        <message>
            <source>The synthesis has no final version yet.</source>
            <translation>La synthèse n'a pas encore de version définitive.</translation>
        </message>
        <message>
            <source>%1 of sessions done, to certify.</source>
            <translation>%1 de séances réalisées, à certifier.</translation>
        </message>
        <message>
            <source>No session done yet.</source>
            <translation>Aucune séance réalisée pour l'instant.</translation>
        </message>
        <message>
            <source>Day %1 signed the receipt of the synthesis:</source>
            <translation>Jour où %1 a signé l'accusé de remise de la synthèse :</translation>
        </message>
        <message>
            <source>Funding: %1. No tripartite agreement: it is made when an employer or France Travail funds the bilan.</source>
            <translation>Financement : %1. Pas de convention tripartite : elle s'établit quand un employeur ou France Travail finance le bilan.</translation>
        </message>
    </context>
    <context>
        <name>parcours::ErasureDialog</name>
        <message>
            <source>Erase &amp;everything about this person</source>
            <translation>Tout &amp;effacer de cette personne</translation>
        </message>
        <message>
            <source>&amp;Keep only the administrative proof the law requires</source>
            <translation>&amp;Garder seulement la preuve administrative exigée par la loi</translation>
        </message>
        <message>
            <source>Erase the person</source>
            <translation>Effacer la personne</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>E&amp;ffacer</translation>
        </message>
        <message>
            <source>The right to erasure: choose what goes. Nothing is deleted before you confirm.</source>
            <translation>Le droit à l'effacement : choisissez ce qui part. Rien n'est supprimé avant votre confirmation.</translation>
        </message>
        <message>
            <source>Will be deleted:</source>
            <translation>Sera supprimé :</translation>
        </message>
        <message>
            <source>Will be cleared from the identity: %1.</source>
            <translation>Sera retiré de l'identité : %1.</translation>
        </message>
        <message>
            <source>Nothing is kept but the destruction journal (numbers and counts, no name).</source>
            <translation>Rien n'est gardé, sauf le journal des destructions (numéros et nombres, aucun nom).</translation>
        </message>
        <message>
            <source>Kept, as the law requires it (administrative proof):</source>
            <translation>Gardé, comme la loi l'exige (preuve administrative) :</translation>
        </message>
        <message>
            <source>Delete by hand, outside Parcours:</source>
            <translation>À supprimer vous-même, hors de Parcours :</translation>
        </message>
    </context>
    <context>
        <name>parcours::EvaluationTab</name>
        <message>
            <source>Enter new answers</source>
            <translation>Saisir de nouvelles réponses</translation>
        </message>
        <message>
            <source>&amp;Save the answers</source>
            <translation>&amp;Enregistrer les réponses</translation>
        </message>
        <message>
            <source>Edit the &amp;questions…</source>
            <translation>Modifier les &amp;questions…</translation>
        </message>
        <message>
            <source>&amp;Blank questionnaire (PDF)…</source>
            <translation>Questionnaire &amp;vierge (PDF)…</translation>
        </message>
        <message>
            <source>&amp;Questionnaire:</source>
            <translation>&amp;Questionnaire :</translation>
        </message>
        <message>
            <source>Answers (1 = not at all, 5 = completely)</source>
            <translation>Réponses (1 = pas du tout, 5 = tout à fait)</translation>
        </message>
        <message>
            <source>Answered &amp;on:</source>
            <translation>Répondu &amp;le :</translation>
        </message>
        <message>
            <source>&amp;Comment:</source>
            <translation>&amp;Commentaire :</translation>
        </message>
        <message>
            <source>E&amp;valuations</source>
            <translation>É&amp;valuations</translation>
        </message>
        <message>
            <source>These answers were given to version %1 of the questionnaire, shown with its own questions. New answers will use version %2.</source>
            <translation>Ces réponses portent sur la version %1 du questionnaire, affichée avec ses propres questions. De nouvelles réponses utiliseront la version %2.</translation>
        </message>
        <message>
            <source>Questionnaire version %1, answered.</source>
            <translation>Questionnaire version %1, répondu.</translation>
        </message>
        <message>
            <source>Questionnaire version %1, not answered yet.</source>
            <translation>Questionnaire version %1, pas encore répondu.</translation>
        </message>
        <message>
            <source>New answers to version %1 of the questionnaire; saving replaces the old ones.</source>
            <translation>Nouvelles réponses à la version %1 du questionnaire ; les enregistrer remplace les anciennes.</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Answers saved.</source>
            <translation>Réponses enregistrées.</translation>
        </message>
        <message>
            <source>satisfaction-end-of-bilan.pdf</source>
            <translation>satisfaction-fin-de-bilan.pdf</translation>
        </message>
        <message>
            <source>satisfaction-six-months.pdf</source>
            <translation>satisfaction-six-mois.pdf</translation>
        </message>
        <message>
            <source>Blank questionnaire</source>
            <translation>Questionnaire vierge</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved. %1</source>
            <translation>Le PDF n’a pas été enregistré. %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>these answers</source>
            <translation>ces réponses</translation>
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
        <name>parcours::FirstRunWizard</name>
        <message>
            <source>Welcome to Parcours</source>
            <translation>Bienvenue dans Parcours</translation>
        </message>
        <message>
            <source>&amp;Skip</source>
            <translation>P&amp;asser</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>The proposed folder is your own data folder. Choose another one now if you wish (an encrypted disk, for example): the file is created when you finish.</source>
            <translation>Le dossier proposé est votre dossier de données personnel. Choisissez-en un autre maintenant si vous le souhaitez (un disque chiffré, par exemple) : le fichier sera créé à la fin.</translation>
        </message>
        <message>
            <source>This database was chosen when Parcours was started.</source>
            <translation>Cette base a été choisie au lancement de Parcours.</translation>
        </message>
        <message>
            <source>Where to keep your data</source>
            <translation>Où garder vos données</translation>
        </message>
        <message>
            <source>Parcours database (*.sqlite)</source>
            <translation>Base Parcours (*.sqlite)</translation>
        </message>
        <message>
            <source>Say where your data are to be kept.</source>
            <translation>Indiquez où garder vos données.</translation>
        </message>
        <message>
            <source>A file of this name already exists: choose a new name, or start Parcours with --database to open it.</source>
            <translation>Un fichier de ce nom existe déjà : choisissez un autre nom, ou lancez Parcours avec --database pour l'ouvrir.</translation>
        </message>
        <message>
            <source>This folder cannot be written.</source>
            <translation>Ce dossier n'est pas accessible en écriture.</translation>
        </message>
    </context>
    <context>
        <name>parcours::FollowUpOutcomeDialog</name>
        <message>
            <source>Attempts to reach the beneficiary</source>
            <translation>Tentatives pour joindre le bénéficiaire</translation>
        </message>
        <message>
            <source>Day of the attempt</source>
            <translation>Jour de la tentative</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>this follow-up</source>
            <translation>ce suivi</translation>
        </message>
    </context>
    <context>
        <name>parcours::FollowUpPanel</name>
        <message>
            <source>&amp;Plan…</source>
            <translation>&amp;Planifier…</translation>
        </message>
        <message>
            <source>Do&amp;ne</source>
            <translation>&amp;Réalisé</translation>
        </message>
        <message>
            <source>Not &amp;reached…</source>
            <translation>&amp;Non joint…</translation>
        </message>
        <message>
            <source>Follow-ups and reminders</source>
            <translation>Suivis et rappels</translation>
        </message>
        <message>
            <source>Plan the follow-up session in the agenda</source>
            <translation>Planifier l'entretien de suivi dans l'agenda</translation>
        </message>
        <message>
            <source>The follow-up took place today</source>
            <translation>Le suivi a eu lieu aujourd'hui</translation>
        </message>
        <message>
            <source>The beneficiary declined or could not be reached: record the attempts</source>
            <translation>Le bénéficiaire a refusé ou n'a pas pu être joint : enregistrez les tentatives</translation>
        </message>
        <message>
            <source>Next ones</source>
            <translation>Prochains</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>en retard depuis le %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>prévu le %1</translation>
        </message>
        <message>
            <source>%1
%2, %3</source>
            <translation>%1
%2, %3</translation>
        </message>
        <message>
            <source>Nothing due in the next 30 days.</source>
            <translation>Rien à faire dans les 30 prochains jours.</translation>
        </message>
        <message>
            <source>Follow-ups (%1)</source>
            <translation>Suivis (%1)</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suivis</translation>
        </message>
        <message>
            <source>Bilan content to destroy</source>
            <translation>Contenu du bilan à détruire</translation>
        </message>
        <message>
            <source>Prospect to delete (3 years without contact)</source>
            <translation>Prospect à supprimer (3 ans sans contact)</translation>
        </message>
        <message>
            <source>session planned on %1</source>
            <translation>séance prévue le %1</translation>
        </message>
        <message>
            <source>Already planned on %1: move it from the Sessions tab or the agenda</source>
            <translation>Déjà prévu le %1 : déplacez la séance depuis l’onglet Séances ou l’agenda</translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) to log</source>
            <translation>
                <numerusform>%n séance passée à consigner</numerusform>
                <numerusform>%n séances passées à consigner</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::FollowUps</name>
        <message>
            <source>&amp;Close the bilan…</source>
            <translation>&amp;Clôturer le bilan…</translation>
        </message>
        <message>
            <source>Bilan a&amp;bandoned…</source>
            <translation>Bilan aban&amp;donné…</translation>
        </message>
        <message>
            <source>The bilan is over: its six-month follow-up becomes due</source>
            <translation>Le bilan est terminé : son suivi à six mois devient dû</translation>
        </message>
        <message>
            <source>The beneficiary stopped the bilan: record why (no follow-up)</source>
            <translation>Le bénéficiaire a arrêté le bilan : notez pourquoi (pas de suivi)</translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) to do, %1 overdue</source>
            <translation>
                <numerusform>%n suivi à faire, dont %1 en retard</numerusform>
                <numerusform>%n suivis à faire, dont %1 en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) to do</source>
            <translation>
                <numerusform>%n suivi à faire</numerusform>
                <numerusform>%n suivis à faire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due within 30 days, %1 of them overdue: see the Follow-ups panel.</source>
            <translation>
                <numerusform>%n rappel dans les 30 jours, dont %1 en retard : voir le panneau Suivis.</numerusform>
                <numerusform>%n rappels dans les 30 jours, dont %1 en retard : voir le panneau Suivis.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminder(s) due within 30 days: see the Follow-ups panel.</source>
            <translation>
                <numerusform>%n rappel dans les 30 jours : voir le panneau Suivis.</numerusform>
                <numerusform>%n rappels dans les 30 jours : voir le panneau Suivis.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the bilan</source>
            <translation>Clôturer le bilan</translation>
        </message>
        <message>
            <source>Last day of bilan no. %1 of %2 (its follow-up will be due six months later):</source>
            <translation>Dernier jour du bilan n° %1 de %2 (son suivi sera dû six mois plus tard) :</translation>
        </message>
        <message>
            <source>Close bilan no. %1 of %2 on %3? Its follow-up will be due on %4.</source>
            <translation>Clôturer le bilan n° %1 de %2 au %3 ? Son suivi sera dû le %4.</translation>
        </message>
        <message>
            <source>Bilan no. %1 closed on %2; its follow-up is due on %3.</source>
            <translation>Bilan n° %1 clôturé le %2 ; son suivi est dû le %3.</translation>
        </message>
        <message>
            <source>Bilan no. %1 of %2 stopped before its end.</source>
            <translation>Le bilan n° %1 de %2 s'est arrêté avant son terme.</translation>
        </message>
        <message>
            <source>Say why the bilan was abandoned.</source>
            <translation>Indiquez pourquoi le bilan a été abandonné.</translation>
        </message>
        <message>
            <source>Record that bilan no. %1 of %2 was abandoned on %3? It will have no follow-up.</source>
            <translation>Enregistrer l'abandon du bilan n° %1 de %2 au %3 ? Il n'aura pas de suivi.</translation>
        </message>
        <message>
            <source>Bilan abandoned</source>
            <translation>Bilan abandonné</translation>
        </message>
        <message>
            <source>Record the abandonment</source>
            <translation>Enregistrer l'abandon</translation>
        </message>
        <message>
            <source>Bilan no. %1 recorded as abandoned.</source>
            <translation>Abandon du bilan n° %1 enregistré.</translation>
        </message>
        <message>
            <source>Follow-up of %1 recorded as done today.</source>
            <translation>Suivi de %1 enregistré comme réalisé aujourd'hui.</translation>
        </message>
        <message>
            <source>Follow-up of %1 (bilan no. %2), due on %3.</source>
            <translation>Suivi de %1 (bilan n° %2), dû le %3.</translation>
        </message>
        <message>
            <source>since %1, the end of the bilan</source>
            <translation>depuis le %1, fin du bilan</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>Without a written consent of %1 to keep it for the follow-up, the content of the bilan (%2) is to be destroyed %3 (article R6313-7 of the Code du travail).

Open the Retention tab now to record the consent or destroy the content?</source>
            <translation>Sans consentement écrit de %1 à le conserver pour le suivi, le contenu du bilan (%2) est à détruire %3 (article R6313-7 du Code du travail).

Ouvrir maintenant l’onglet Conservation pour enregistrer le consentement ou détruire le contenu ?</translation>
        </message>
        <message>
            <source>Content of the bilan</source>
            <translation>Contenu du bilan</translation>
        </message>
        <message>
            <source>Open the Retention tab</source>
            <translation>Ouvrir l’onglet Conservation</translation>
        </message>
        <message>
            <source>since %1, the day the bilan stopped</source>
            <translation>depuis le %1, jour de l’arrêt du bilan</translation>
        </message>
        <message>
            <source>Without a written consent of %1 to keep it, the content of the abandoned bilan (%2) is to be destroyed %3 (article R6313-7 of the Code du travail).

Open the Retention tab now to record the consent or destroy the content?</source>
            <translation>Sans consentement écrit de %1 à le conserver, le contenu du bilan abandonné (%2) est à détruire %3 (article R6313-7 du Code du travail).

Ouvrir maintenant l’onglet Conservation pour enregistrer le consentement ou détruire le contenu ?</translation>
        </message>
        <message numerus="yes">
            <source>%n past session(s) to log.</source>
            <translation>
                <numerusform>%n séance passée à consigner.</numerusform>
                <numerusform>%n séances passées à consigner.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::FundingDialog</name>
        <message>
            <source>Price and funders</source>
            <translation>Prix et financeurs</translation>
        </message>
        <message>
            <source>Funder</source>
            <translation>Financeur</translation>
        </message>
        <message>
            <source>Invoiced to</source>
            <translation>Facturé à</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Not recorded (worked out from the funding when it can be)</source>
            <translation>Non renseigné (déduit du financement quand c'est possible)</translation>
        </message>
        <message>
            <source>Left empty: the default price of the settings, %1.</source>
            <translation>Laissé vide : le prix par défaut des paramètres, %1.</translation>
        </message>
        <message>
            <source>No default price is set (File ▸ Settings ▸ Billing).</source>
            <translation>Aucun prix par défaut n'est défini (Fichier ▸ Paramètres ▸ Facturation).</translation>
        </message>
        <message>
            <source>60 % or 1 500,00</source>
            <translation>60 % ou 1 500,00</translation>
        </message>
        <message>
            <source>the agreement's employer</source>
            <translation>l'employeur de la convention</translation>
        </message>
        <message>
            <source>name to print on the invoice</source>
            <translation>nom à imprimer sur la facture</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>Un prix ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>Funder %1: write a percentage (60 %) or an amount (1 500,00).</source>
            <translation>Financeur %1 : écrivez un pourcentage (60 %) ou un montant (1 500,00).</translation>
        </message>
        <message>
            <source>Funder %1: %2</source>
            <translation>Financeur %1 : %2</translation>
        </message>
        <message>
            <source>No price: nothing to share yet.</source>
            <translation>Pas de prix : rien à partager pour l'instant.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Each pays: %1.</source>
            <translation>Chacun paie : %1.</translation>
        </message>
        <message>
            <source>the funding of this bilan</source>
            <translation>le financement de ce bilan</translation>
        </message>
    </context>
    <context>
        <name>parcours::HoursTab</name>
        <message>
            <source>first session on %1</source>
            <translation>première séance le %1</translation>
        </message>
        <message>
            <source>bilan ended on %1</source>
            <translation>bilan terminé le %1</translation>
        </message>
        <message>
            <source>declared on %1 (%2)</source>
            <translation>déclarée le %1 (%2)</translation>
        </message>
        <message>
            <source>to declare, late since %1 (%2)</source>
            <translation>à déclarer, en retard depuis le %1 (%2)</translation>
        </message>
        <message>
            <source>to declare by %1 (%2)</source>
            <translation>à déclarer au plus tard le %1 (%2)</translation>
        </message>
        <message>
            <source>CPF declarations (Mon Compte Formation)</source>
            <translation>Déclarations CPF (Mon Compte Formation)</translation>
        </message>
        <message>
            <source>Entry declared</source>
            <translation>Entrée déclarée</translation>
        </message>
        <message>
            <source>Exit declared</source>
            <translation>Sortie déclarée</translation>
        </message>
        <message>
            <source>The declaration was made on Mon Compte Formation today</source>
            <translation>La déclaration a été faite aujourd'hui sur Mon Compte Formation</translation>
        </message>
        <message>
            <source>Entry:</source>
            <translation>Entrée :</translation>
        </message>
        <message>
            <source>Exit:</source>
            <translation>Sortie :</translation>
        </message>
        <message>
            <source>&amp;Hours and deadlines</source>
            <translation>&amp;Heures et échéances</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifié</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Reste</translation>
        </message>
        <message>
            <source>Bilan (24 h at most)</source>
            <translation>Bilan (24 h au plus)</translation>
        </message>
        <message>
            <source>* Outside the 24 hours. Remaining: the budget less the sessions committed (done as done, planned as planned) and the personal work declared.</source>
            <translation>* Hors des 24 heures. Reste : les heures prévues, moins les séances engagées (réalisées ou planifiées) et le travail personnel déclaré.</translation>
        </message>
        <message>
            <source>Completion rate for the CPF: %1 % (%2 done of %3 planned, face to face)</source>
            <translation>Taux de réalisation pour le CPF : %1 % (%2 réalisées sur %3 planifiées, en face-à-face)</translation>
        </message>
        <message>
            <source>Attendance proof: complete for every session done.</source>
            <translation>Preuve de présence : complète pour chaque séance réalisée.</translation>
        </message>
        <message>
            <source>once the first session has taken place</source>
            <translation>une fois la première séance réalisée</translation>
        </message>
        <message>
            <source>once the bilan has ended</source>
            <translation>une fois le bilan terminé</translation>
        </message>
        <message>
            <source>Hours and deadlines</source>
            <translation>Heures et échéances</translation>
        </message>
        <message>
            <source>Budget</source>
            <comment>column of the hours table: two lines at most</comment>
            <translation>Prévu
au bilan</translation>
        </message>
        <message>
            <source>Personal
work</source>
            <translation>Travail
personnel</translation>
        </message>
        <message>
            <source>• %1 — %2</source>
            <translation>• %1 — %2</translation>
        </message>
        <message>
            <source>Attendance proof missing:
%1</source>
            <translation>Preuve de présence manquante :
%1</translation>
        </message>
    </context>
    <context>
        <name>parcours::ImportPreviewModel</name>
        <message>
            <source>To create</source>
            <translation>À créer</translation>
        </message>
        <message>
            <source>Already recorded: not created</source>
            <translation>Déjà enregistré : pas créé</translation>
        </message>
        <message>
            <source>Same as line %1: not created</source>
            <translation>Comme la ligne %1 : pas créé</translation>
        </message>
        <message>
            <source>To correct</source>
            <translation>À corriger</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui sera fait</translation>
        </message>
    </context>
    <context>
        <name>parcours::ImprovementActionDialog</name>
        <message>
            <source>Improvement action</source>
            <translation>Action d’amélioration</translation>
        </message>
        <message>
            <source>New improvement action</source>
            <translation>Nouvelle action d’amélioration</translation>
        </message>
        <message>
            <source>this improvement action</source>
            <translation>cette action d'amélioration</translation>
        </message>
    </context>
    <context>
        <name>parcours::ImprovementActionModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
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
        <message>
            <source>Parts of the investigation</source>
            <translation>Parties de l'investigation</translation>
        </message>
    </context>
    <context>
        <name>parcours::InvoiceTableModel</name>
        <message>
            <source>Credit note of %1</source>
            <translation>Avoir sur %1</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>En retard de %n jour</numerusform>
                <numerusform>En retard de %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Overpaid: %1 to refund</source>
            <translation>Trop-perçu : %1 à rembourser</translation>
        </message>
        <message>
            <source>Cancelled by credit note</source>
            <translation>Annulée par avoir</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Réglée</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Réglée en partie</translation>
        </message>
        <message>
            <source>To be paid</source>
            <translation>À régler</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Émise le</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Reste dû</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>parcours::JournalledDeletion</name>
        <message>
            <source>Nothing was deleted: the access log could not be written (an auditor must be able to trust it). %1</source>
            <translation>Rien n’a été supprimé : le journal des accès n’a pas pu être écrit (un auditeur doit pouvoir s’y fier). %1</translation>
        </message>
    </context>
    <context>
        <name>parcours::LetterheadSettingsPage</name>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>Choose the logo</source>
            <translation>Choisir le logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Letterhead</source>
            <translation>Papier à en-tête</translation>
        </message>
        <message>
            <source>This file cannot be read as an image (PNG or JPEG).</source>
            <translation>Ce fichier ne peut pas être lu comme une image (PNG ou JPEG).</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>pas de logo</translation>
        </message>
    </context>
    <context>
        <name>parcours::LockDialog</name>
        <message>
            <source>Parcours is locked</source>
            <translation>Parcours est verrouillé</translation>
        </message>
        <message>
            <source>Parcours</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. Wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Mot de passe incorrect. Patientez %n seconde avant de réessayer.</numerusform>
                <numerusform>Mot de passe incorrect. Patientez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong password.</source>
            <translation>Mot de passe incorrect.</translation>
        </message>
    </context>
    <context>
        <name>parcours::LockSettingsPage</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouillage</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>Leave empty to keep the present password.</source>
            <translation>Laissez vide pour garder le mot de passe actuel.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Assez robuste.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message>
            <source>Type the current password.</source>
            <translation>Tapez le mot de passe actuel.</translation>
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
            <translation>Re&amp;chercher un bénéficiaire</translation>
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
            <translation>Aid&amp;e</translation>
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
        <message>
            <source>&amp;Import beneficiaries (CSV)…</source>
            <translation>&amp;Importer des bénéficiaires (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back&amp;ups…</source>
            <translation>Sau&amp;vegardes…</translation>
        </message>
        <message>
            <source>Make a checked copy of all your data now</source>
            <translation>Faire maintenant une copie vérifiée de toutes vos données</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guide d'utilisation</translation>
        </message>
        <message>
            <source>&amp;Quality</source>
            <translation>&amp;Qualité</translation>
        </message>
        <message>
            <source>Quality &amp;dashboard…</source>
            <translation>&amp;Tableau de bord qualité…</translation>
        </message>
        <message>
            <source>Complaints and improvement &amp;registers…</source>
            <translation>&amp;Registres des réclamations et des améliorations…</translation>
        </message>
        <message>
            <source>B&amp;illing</source>
            <translation>Fact&amp;uration</translation>
        </message>
        <message>
            <source>Invoices, unpaid and BPF of the year…</source>
            <translation>Factures, impayés et BPF de l'exercice…</translation>
        </message>
        <message>
            <source>Connect to a &amp;cabinet…</source>
            <translation>Se connecter à un &amp;cabinet…</translation>
        </message>
        <message>
            <source>Work on a cabinet's shared PostgreSQL database, or go back to your own file</source>
            <translation>Travailler sur la base PostgreSQL partagée d'un cabinet, ou revenir à votre propre fichier</translation>
        </message>
        <message>
            <source>&amp;Access log…</source>
            <translation>&amp;Journal des accès…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Side column (this week, follow-ups)</source>
            <translation>&amp;Colonne latérale (cette semaine, suivis)</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Rétablir : %1</translation>
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
        <name>parcours::ObservationsDialog</name>
        <message>
            <source>The beneficiary's observations</source>
            <translation>Observations du bénéficiaire</translation>
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
        <name>parcours::PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>Phrase de passe</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Assez robuste.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases de passe diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>parcours::PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Enregistrer un règlement</translation>
        </message>
        <message>
            <source>Invoice %1 to %2, of %3: %4 still owed.</source>
            <translation>Facture %1 à %2, du %3 : %4 reste dû.</translation>
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
        <name>parcours::PlanDialog</name>
        <message>
            <source>Save the sessions</source>
            <translation>Enregistrer les séances</translation>
        </message>
        <message>
            <source>Sessions of %1, bilan no. %2. The proposal follows the phase budgets and skips public holidays and your absences.</source>
            <translation>Séances de %1, bilan n° %2. La proposition respecte les heures prévues par phase et évite les jours fériés et vos absences.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s), %1 face to face</source>
            <translation>
                <numerusform>%n séance, %1 en face-à-face</numerusform>
                <numerusform>%n séances, %1 en face-à-face</numerusform>
            </translation>
        </message>
        <message>
            <source>the bilan would then reach %1 of the %2 (personal work included)</source>
            <translation>le bilan atteindrait alors %1 sur %2 (travail personnel compris)</translation>
        </message>
        <message numerus="yes">
            <source>%n overlap(s) with other sessions: kept only if you save them so</source>
            <translation>
                <numerusform>%n chevauchement avec d'autres séances : gardé seulement si vous enregistrez ainsi</numerusform>
                <numerusform>%n chevauchements avec d'autres séances : gardés seulement si vous enregistrez ainsi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) planned.</source>
            <translation>
                <numerusform>%n séance planifiée.</numerusform>
                <numerusform>%n séances planifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 left for personal work</source>
            <translation>reste %1 pour le travail personnel</translation>
        </message>
        <message>
            <source>no time left for personal work</source>
            <translation>plus de temps pour le travail personnel</translation>
        </message>
    </context>
    <context>
        <name>parcours::PlanProposalModel</name>
        <message>
            <source>Two weeks after the previous session, rather than one</source>
            <translation>Deux semaines après la séance précédente, au lieu d'une</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>2 weeks</source>
            <translation>2 sem.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>To know</source>
            <translation>À savoir</translation>
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
        <name>parcours::QualityCharts</name>
        <message>
            <source>How the bilans ended</source>
            <translation>Issue des bilans</translation>
        </message>
        <message>
            <source>Concluded</source>
            <translation>Conclus</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonnés</translation>
        </message>
        <message>
            <source>%1 concluded, %2 abandoned</source>
            <translation>%1 conclus, %2 abandonnés</translation>
        </message>
        <message>
            <source>Satisfaction (out of 5)</source>
            <translation>Satisfaction (sur 5)</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>Note moyenne</translation>
        </message>
        <message>
            <source>Funding of the bilans started</source>
            <translation>Financement des bilans commencés</translation>
        </message>
        <message>
            <source>At the end</source>
            <translation>En fin de bilan</translation>
        </message>
        <message>
            <source>At 6 months</source>
            <translation>À 6 mois</translation>
        </message>
    </context>
    <context>
        <name>parcours::QualityDashboardWindow</name>
        <message>
            <source>Quality dashboard — Parcours</source>
            <translation>Tableau de bord qualité — Parcours</translation>
        </message>
        <message>
            <source>Year %1</source>
            <translation>Année %1</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Export as C&amp;SV…</source>
            <translation>Exporter en C&amp;SV…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <source>Bilans started:</source>
            <translation>Bilans commencés :</translation>
        </message>
        <message>
            <source>Bilans concluded:</source>
            <translation>Bilans conclus :</translation>
        </message>
        <message>
            <source>Bilans abandoned:</source>
            <translation>Bilans abandonnés :</translation>
        </message>
        <message>
            <source>Completion rate:</source>
            <translation>Taux d’achèvement :</translation>
        </message>
        <message>
            <source>Abandonment rate:</source>
            <translation>Taux d’abandon :</translation>
        </message>
        <message>
            <source>Mean hours done:</source>
            <translation>Heures réalisées en moyenne :</translation>
        </message>
        <message>
            <source>Satisfaction at the end:</source>
            <translation>Satisfaction en fin de bilan :</translation>
        </message>
        <message>
            <source>Satisfaction at six months:</source>
            <translation>Satisfaction à six mois :</translation>
        </message>
        <message>
            <source>Follow-ups done on time:</source>
            <translation>Suivis réalisés à temps :</translation>
        </message>
        <message>
            <source>Reasons for abandonment:</source>
            <translation>Motifs d’abandon :</translation>
        </message>
        <message>
            <source>Bilans started in the period give the number started and the funding; those concluded or abandoned in it give the rates, hours, satisfaction and follow-ups. A follow-up is on time when done within 30 days of its due date.</source>
            <translation>Les bilans commencés dans la période donnent le nombre de bilans commencés et le financement ; ceux conclus ou abandonnés dans la période donnent les taux, les heures, la satisfaction et les suivis. Un suivi est à temps s’il a lieu à 30 jours près de sa date prévue.</translation>
        </message>
        <message>
            <source>%1 (%2 of %3 due)</source>
            <translation>%1 (%2 sur %3 dus)</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non précisé</translation>
        </message>
        <message>
            <source>Export the figures</source>
            <translation>Exporter les chiffres</translation>
        </message>
        <message>
            <source>quality-indicators.pdf</source>
            <translation>indicateurs-qualite.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved. %1</source>
            <translation>Le PDF n’a pas été enregistré. %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>quality-indicators.csv</source>
            <translation>indicateurs-qualite.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV file was not saved. %1</source>
            <translation>Le fichier CSV n’a pas été enregistré. %1</translation>
        </message>
        <message>
            <source>%1 (answers: %2, %3 of %4)</source>
            <translation>%1 (réponses : %2, %3 sur %4)</translation>
        </message>
        <message>
            <source>%1 / 5</source>
            <translation>%1 / 5</translation>
        </message>
    </context>
    <context>
        <name>parcours::QualityRegistersWindow</name>
        <message>
            <source>Quality registers — Parcours</source>
            <translation>Registres qualité — Parcours</translation>
        </message>
        <message>
            <source>&amp;Complaints and incidents</source>
            <translation>&amp;Réclamations et dysfonctionnements</translation>
        </message>
        <message>
            <source>&amp;Improvement actions</source>
            <translation>&amp;Actions d’amélioration</translation>
        </message>
        <message>
            <source>Complaints received, incidents noticed and what was done about them (Qualiopi indicator 31); the improvement actions decided from them, from evaluations and audits (indicator 32). Double-click a line to edit it.</source>
            <translation>Les réclamations reçues, les dysfonctionnements constatés et leur traitement (indicateur Qualiopi 31) ; les actions d’amélioration décidées à partir d’eux, des évaluations et des audits (indicateur 32). Double-cliquez sur une ligne pour la modifier.</translation>
        </message>
        <message>
            <source>New &amp;complaint or incident…</source>
            <translation>Nouvelle &amp;réclamation ou nouveau dysfonctionnement…</translation>
        </message>
        <message>
            <source>New &amp;action…</source>
            <translation>Nouvelle &amp;action…</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <source>Export as C&amp;SV…</source>
            <translation>Exporter en C&amp;SV…</translation>
        </message>
        <message>
            <source>Export the registers</source>
            <translation>Exporter les registres</translation>
        </message>
        <message>
            <source>quality-registers.pdf</source>
            <translation>registres-qualite.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF was not saved. %1</source>
            <translation>Le PDF n’a pas été enregistré. %1</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Enregistré : %1</translation>
        </message>
        <message>
            <source>Export as CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>improvement-actions.csv</source>
            <translation>actions-amelioration.csv</translation>
        </message>
        <message>
            <source>complaints-register.csv</source>
            <translation>registre-reclamations.csv</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The CSV file was not saved. %1</source>
            <translation>Le fichier CSV n’a pas été enregistré. %1</translation>
        </message>
    </context>
    <context>
        <name>parcours::QuestionnaireDialog</name>
        <message>
            <source>Questions: %1 (version %2)</source>
            <translation>Questions : %1 (version %2)</translation>
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
        <name>parcours::RecoveryDialog</name>
        <message>
            <source>Parcours: your data</source>
            <translation>Parcours : vos données</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Parcours backups (*.sqlite);;All files (*)</source>
            <translation>Sauvegardes Parcours (*.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Your database cannot be read</source>
            <translation>Votre base de données est illisible</translation>
        </message>
        <message>
            <source>Parcours cannot open your database</source>
            <translation>Parcours ne peut pas ouvrir votre base de données</translation>
        </message>
        <message>
            <source>No usable backup of this database was found in %1. If you keep a copy elsewhere (an external drive, another computer), choose it with "Choose a file…".</source>
            <translation>Aucune sauvegarde utilisable de cette base n'a été trouvée dans %1. Si vous en gardez une copie ailleurs (disque externe, autre ordinateur), choisissez-la avec « Choisir un fichier… ».</translation>
        </message>
        <message numerus="yes">
            <source>The latest good backup is from %1 (%n beneficiary(ies), %2). Restoring it puts it in place of the damaged file, which is kept in the backups folder, never deleted.</source>
            <translation>
                <numerusform>La dernière sauvegarde valide date du %1 (%n bénéficiaire, %2). La restaurer la met à la place du fichier endommagé, qui est gardé dans le dossier des sauvegardes, jamais supprimé.</numerusform>
                <numerusform>La dernière sauvegarde valide date du %1 (%n bénéficiaires, %2). La restaurer la met à la place du fichier endommagé, qui est gardé dans le dossier des sauvegardes, jamais supprimé.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::RegisterEntryDialog</name>
        <message>
            <source>Register entry</source>
            <translation>Entrée du registre</translation>
        </message>
        <message>
            <source>New complaint or incident</source>
            <translation>Nouvelle réclamation ou nouveau dysfonctionnement</translation>
        </message>
        <message>
            <source>this register entry</source>
            <translation>cette entrée du registre</translation>
        </message>
    </context>
    <context>
        <name>parcours::RegisterEntryModel</name>
        <message>
            <source>being handled</source>
            <translation>en cours de traitement</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Close le</translation>
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
        <name>parcours::RetentionConsentDialog</name>
        <message>
            <source>Record the consent</source>
            <translation>Enregistrer le consentement</translation>
        </message>
        <message>
            <source>Tick the content the beneficiary agreed to keep.</source>
            <translation>Cochez le contenu que le bénéficiaire a accepté de conserver.</translation>
        </message>
    </context>
    <context>
        <name>parcours::RetentionTab</name>
        <message>
            <source>Record a consent to keep…</source>
            <translation>Enregistrer un consentement…</translation>
        </message>
        <message>
            <source>Withdraw the consent…</source>
            <translation>Retirer le consentement…</translation>
        </message>
        <message>
            <source>Destroy the content…</source>
            <translation>Détruire le contenu…</translation>
        </message>
        <message>
            <source>Certificate of destruction (PDF)…</source>
            <translation>Attestation de destruction (PDF)…</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <source>What for</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Kept until</source>
            <translation>Conservé jusqu’au</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>Retiré le</translation>
        </message>
        <message>
            <source>Deletes the bilan's content for good; the administrative proof stays</source>
            <translation>Supprime définitivement le contenu du bilan ; la preuve administrative reste</translation>
        </message>
        <message>
            <source>Content of the bilan</source>
            <translation>Contenu du bilan</translation>
        </message>
        <message>
            <source>Consents to keep content for the follow-up</source>
            <translation>Consentements à la conservation pour le suivi</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>Destruction</translation>
        </message>
        <message>
            <source>&amp;Retention</source>
            <translation>&amp;Conservation</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Kept until %1 under a consent</source>
            <translation>Conservé jusqu’au %1 sous consentement</translation>
        </message>
        <message>
            <source>Kept until %1 (sent to the CEP operator)</source>
            <translation>Conservé jusqu’au %1 (transmise à l’opérateur du CEP)</translation>
        </message>
        <message>
            <source>Nothing</source>
            <translation>Rien</translation>
        </message>
        <message>
            <source>Content destroyed on %1 by %2 (journal entry %3).</source>
            <translation>Contenu détruit le %1 par %2 (entrée %3 du journal).</translation>
        </message>
        <message>
            <source>the consultant</source>
            <translation>le consultant</translation>
        </message>
        <message>
            <source>Destruction deletes the content for good, in one action. The administrative proof (identity, agreement, attendance, invoices, receipt) stays, as the law requires.</source>
            <translation>La destruction supprime définitivement le contenu, en une seule action. La preuve administrative (identité, convention, émargements, factures, reçu) reste, comme la loi l’exige.</translation>
        </message>
        <message>
            <source>No bilan is shown.</source>
            <translation>Aucun bilan n’est affiché.</translation>
        </message>
        <message>
            <source>The bilan is running: its content is kept until it ends. Then it is to be destroyed, except what the beneficiary agrees in writing to keep for the follow-up (one year at most, article R6313-7 of the Code du travail).</source>
            <translation>Le bilan est en cours : son contenu est conservé jusqu’à sa fin. Il sera alors à détruire, sauf ce que le bénéficiaire accepte par écrit de conserver pour le suivi (un an au plus, article R6313-7 du Code du travail).</translation>
        </message>
        <message>
            <source>The bilan ended on %1. Its content is to be destroyed, except what the beneficiary agreed in writing to keep for the follow-up, until %2 at the latest.</source>
            <translation>Le bilan a pris fin le %1. Son contenu est à détruire, sauf ce que le bénéficiaire a accepté par écrit de conserver pour le suivi, jusqu’au %2 au plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>The written consent of %1 to keep content of the bilan for the follow-up, one year after its end at most (%2):</source>
            <translation>Le consentement écrit de %1 à conserver du contenu du bilan pour le suivi, un an après sa fin au plus (%2) :</translation>
        </message>
        <message>
            <source>Withdrawal of a consent</source>
            <translation>Retrait d’un consentement</translation>
        </message>
        <message>
            <source>Day %1 withdrew the consent to keep « %2 »:</source>
            <translation>Jour où %1 a retiré son consentement à conserver « %2 » :</translation>
        </message>
        <message>
            <source>The content of the bilan of %1 will be deleted for good:</source>
            <translation>Le contenu du bilan de %1 sera définitivement supprimé :</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n record(s)</source>
            <translation>
                <numerusform>%1 : %n élément</numerusform>
                <numerusform>%1 : %n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>(kept under a consent until %1: destroyed before that day)</source>
            <translation>(conservé sous consentement jusqu’au %1 : détruit avant ce jour)</translation>
        </message>
        <message>
            <source>The administrative proof stays: identity, agreement, attendance, invoices, handover receipt, consents. A certificate of destruction can then be saved.</source>
            <translation>La preuve administrative reste : identité, convention, émargements, factures, reçu de remise, consentements. Une attestation de destruction pourra ensuite être enregistrée.</translation>
        </message>
        <message>
            <source>Delete by hand, outside Parcours:</source>
            <translation>À supprimer vous-même, hors de Parcours :</translation>
        </message>
        <message>
            <source>%1, until %2</source>
            <translation>%1, jusqu’au %2</translation>
        </message>
        <message>
            <source>Kept under the beneficiary's consent, destroyed once it ends:</source>
            <translation>Conservé avec le consentement du bénéficiaire, détruit à son terme :</translation>
        </message>
        <message>
            <source>The bilan is still running: close it (or record its abandonment) before destroying its content.</source>
            <translation>Le bilan est encore en cours : clôturez-le (ou enregistrez son abandon) avant d’en détruire le contenu.</translation>
        </message>
        <message>
            <source>No content of this bilan is stored: there is nothing to destroy.</source>
            <translation>Aucun contenu de ce bilan n’est enregistré : il n’y a rien à détruire.</translation>
        </message>
        <message>
            <source>Destroy the content</source>
            <translation>Détruire le contenu</translation>
        </message>
        <message>
            <source>Destroy for good</source>
            <translation>Détruire définitivement</translation>
        </message>
        <message>
            <source>Nothing was destroyed. %1</source>
            <translation>Rien n’a été détruit. %1</translation>
        </message>
        <message>
            <source>Content destroyed (journal entry %1). Remember the copies made outside Parcours; the certificate of destruction is in the Retention tab.</source>
            <translation>Contenu détruit (entrée %1 du journal). Pensez aux copies faites hors de Parcours ; l’attestation de destruction est dans l’onglet Conservation.</translation>
        </message>
        <message numerus="yes">
            <source>%1, to destroy in %n day(s)</source>
            <translation>
                <numerusform>%1, à détruire dans %n jour</numerusform>
                <numerusform>%1, à détruire dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>To destroy today</source>
            <translation>À détruire aujourd’hui</translation>
        </message>
        <message>
            <source>Late: to destroy since %1</source>
            <translation>En retard : à détruire depuis le %1</translation>
        </message>
    </context>
    <context>
        <name>parcours::Scheduling</name>
        <message>
            <source>&amp;Plan the sessions…</source>
            <translation>&amp;Planifier les séances…</translation>
        </message>
        <message>
            <source>&amp;Attendance sheet of the bilan…</source>
            <translation>&amp;Feuille d'émargement du bilan…</translation>
        </message>
        <message>
            <source>Attendance sheet of the &amp;session…</source>
            <translation>Feuille d'émar&amp;gement de la séance…</translation>
        </message>
        <message>
            <source>E&amp;xport the bilan's sessions (iCalendar)…</source>
            <translation>E&amp;xporter les séances du bilan (iCalendar)…</translation>
        </message>
        <message>
            <source>&amp;Export the agenda (iCalendar)…</source>
            <translation>&amp;Exporter l'agenda (iCalendar)…</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>Your &amp;absences…</source>
            <translation>&amp;Vos absences…</translation>
        </message>
        <message>
            <source>&amp;Delete the bilan…</source>
            <translation>&amp;Supprimer le bilan…</translation>
        </message>
        <message>
            <source>Plan the bilan's sessions in one step, week after week (Ctrl+Shift+P)</source>
            <translation>Planifier les séances du bilan en une fois, semaine après semaine (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <source>Every session of the week, all beneficiaries (Ctrl+G)</source>
            <translation>Toutes les séances de la semaine, tous bénéficiaires (Ctrl+G)</translation>
        </message>
        <message>
            <source>Initials and phase only: nothing confidential leaves Parcours</source>
            <translation>Initiales et phase seulement : rien de confidentiel ne sort de Parcours</translation>
        </message>
        <message>
            <source>attendance-%1-bilan-%2.pdf</source>
            <translation>emargement-%1-bilan-%2.pdf</translation>
        </message>
        <message>
            <source>Save the attendance sheet</source>
            <translation>Enregistrer la feuille d'émargement</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Attendance sheet saved: %1</source>
            <translation>Feuille d'émargement enregistrée : %1</translation>
        </message>
        <message>
            <source>parcours-agenda.ics</source>
            <translation>agenda-parcours.ics</translation>
        </message>
        <message>
            <source>sessions-%1.ics</source>
            <translation>seances-%1.ics</translation>
        </message>
        <message>
            <source>Export to a calendar</source>
            <translation>Exporter vers un agenda</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) exported to %1. Import the file again after a change: the events are updated, not duplicated.</source>
            <translation>
                <numerusform>%n rendez-vous exporté dans %1. Importez à nouveau le fichier après un changement : les rendez-vous sont mis à jour, pas dupliqués.</numerusform>
                <numerusform>%n rendez-vous exportés dans %1. Importez à nouveau le fichier après un changement : les rendez-vous sont mis à jour, pas dupliqués.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete bilan no. %1 of %2 with its %n session(s)?</source>
            <translation>
                <numerusform>Supprimer le bilan n° %1 de %2 avec sa %n séance ?</numerusform>
                <numerusform>Supprimer le bilan n° %1 de %2 avec ses %n séances ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) were logged: their attendance records, notes and scans will be destroyed too. If the bilan stopped, marking it abandoned keeps them.</source>
            <translation>
                <numerusform>%n séance a été consignée : sa trace de présence, ses notes et ses documents numérisés seront détruits aussi. Si le bilan s'est arrêté, le marquer abandonné les conserve.</numerusform>
                <numerusform>%n séances ont été consignées : leur trace de présence, leurs notes et leurs documents numérisés seront détruits aussi. Si le bilan s'est arrêté, le marquer abandonné les conserve.</numerusform>
            </translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Cette suppression est définitive.</translation>
        </message>
        <message>
            <source>Delete a bilan</source>
            <translation>Supprimer un bilan</translation>
        </message>
        <message>
            <source>Delete the bilan</source>
            <translation>Supprimer le bilan</translation>
        </message>
        <message>
            <source>Bilan no. %1 deleted.</source>
            <translation>Bilan n° %1 supprimé.</translation>
        </message>
    </context>
    <context>
        <name>parcours::SectionEditor</name>
        <message>
            <source>Text of the section</source>
            <translation>Texte de la rubrique</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italique</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Subheading</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>Paragraphe</translation>
        </message>
        <message>
            <source>• List</source>
            <translation>• Liste</translation>
        </message>
        <message>
            <source>1. List</source>
            <translation>1. Liste</translation>
        </message>
        <message>
            <source>Indent</source>
            <translation>Retrait +</translation>
        </message>
        <message>
            <source>Outdent</source>
            <translation>Retrait −</translation>
        </message>
        <message>
            <source>Insert from the investigation</source>
            <translation>Insérer depuis l'investigation</translation>
        </message>
        <message>
            <source>Insert the competences, the options kept or the criteria, as text you can edit</source>
            <translation>Insérer les compétences, les pistes retenues ou les critères, en texte modifiable</translation>
        </message>
        <message>
            <source>Competences by domain</source>
            <translation>Compétences par domaine</translation>
        </message>
        <message>
            <source>Options kept</source>
            <translation>Pistes retenues</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Remove the step</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Steps of the action plan (printed as a table):</source>
            <translation>Étapes du plan d'action (imprimées en tableau) :</translation>
        </message>
        <message>
            <source>New step</source>
            <translation>Nouvelle étape</translation>
        </message>
        <message numerus="yes">
            <source>This section: %n word(s)</source>
            <translation>
                <numerusform>Cette rubrique : %n mot</numerusform>
                <numerusform>Cette rubrique : %n mots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synthesis: %n word(s)</source>
            <translation>
                <numerusform>Synthèse : %n mot</numerusform>
                <numerusform>Synthèse : %n mots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::SectionListModel</name>
        <message numerus="yes">
            <source>Hidden: not printed (%n word(s))</source>
            <translation>
                <numerusform>Masquée : non imprimée (%n mot)</numerusform>
                <numerusform>Masquée : non imprimée (%n mots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>parcours::SessionDefaultsSettingsPage</name>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>The bilan's first day</source>
            <translation>Le premier jour du bilan</translation>
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
        <message>
            <source>this session</source>
            <translation>cette séance</translation>
        </message>
        <message>
            <source>Check the length, or change the bilan's phase budgets.</source>
            <translation>Vérifiez la durée, ou changez les budgets des phases du bilan.</translation>
        </message>
    </context>
    <context>
        <name>parcours::SessionLogDialog</name>
        <message>
            <source>It took place</source>
            <translation>Elle a eu lieu</translation>
        </message>
        <message>
            <source>Cancelled by the beneficiary</source>
            <translation>Annulée par le bénéficiaire</translation>
        </message>
        <message>
            <source>Cancelled by me</source>
            <translation>Annulée par moi</translation>
        </message>
        <message>
            <source>The beneficiary did not come</source>
            <translation>Le bénéficiaire n'est pas venu</translation>
        </message>
        <message>
            <source>Moved, at the beneficiary's request</source>
            <translation>Déplacée, à la demande du bénéficiaire</translation>
        </message>
        <message>
            <source>Moved, at my request</source>
            <translation>Déplacée, à ma demande</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;, %2 – %3 · %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, %2 – %3 · %4</translation>
        </message>
        <message>
            <source>No scan attached</source>
            <translation>Aucune feuille numérisée jointe</translation>
        </message>
        <message>
            <source>The signed sheet came back</source>
            <translation>La feuille signée est revenue</translation>
        </message>
        <message>
            <source>The attendance sheet was signed</source>
            <translation>La feuille d'émargement a été signée</translation>
        </message>
        <message>
            <source>Attendance proof complete.</source>
            <translation>Preuve de présence complète.</translation>
        </message>
        <message>
            <source>Move the session</source>
            <translation>Déplacer la séance</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>The signed attendance sheet</source>
            <translation>La feuille d'émargement signée</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Documents numérisés (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The scan is too large (10 MB at most).</source>
            <translation>Le fichier numérisé est trop gros (10 Mo au plus).</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>The scan must be a PDF, PNG or JPEG file.</source>
            <translation>Le fichier numérisé doit être un PDF, un PNG ou un JPEG.</translation>
        </message>
        <message>
            <source>Session moved to %1.</source>
            <translation>Séance déplacée au %1.</translation>
        </message>
        <message>
            <source>Session moved to %1. %2</source>
            <translation>Séance déplacée au %1. %2</translation>
        </message>
        <message>
            <source>this session</source>
            <translation>cette séance</translation>
        </message>
        <message>
            <source>%1 It cannot be saved so.</source>
            <translation>%1 Impossible d’enregistrer ainsi.</translation>
        </message>
        <message>
            <source>Session logged. %1</source>
            <translation>Séance consignée. %1</translation>
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
        <message>
            <source>Moved</source>
            <translation>Déplacée</translation>
        </message>
        <message>
            <source>Cancelled by the beneficiary</source>
            <translation>Annulée (bénéficiaire)</translation>
        </message>
        <message>
            <source>Cancelled by you</source>
            <translation>Annulée (vous)</translation>
        </message>
        <message>
            <source>Done, remote</source>
            <translation>Faite, à distance</translation>
        </message>
        <message>
            <source>Planned (moved)</source>
            <translation>Prévue (reportée)</translation>
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
            <translation>C&amp;onsigner…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Supp&amp;rimer</translation>
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
            <translation>Séan&amp;ces</translation>
        </message>
    </context>
    <context>
        <name>parcours::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>parcours::SynthesisTab</name>
        <message>
            <source>Version shown</source>
            <translation>Version affichée</translation>
        </message>
        <message>
            <source>Start the synthesis</source>
            <translation>Commencer la synthèse</translation>
        </message>
        <message>
            <source>Submit…</source>
            <translation>Soumettre…</translation>
        </message>
        <message>
            <source>Mark this version as given to the beneficiary for their observations</source>
            <translation>Noter que cette version a été remise au bénéficiaire pour ses observations</translation>
        </message>
        <message>
            <source>Observations…</source>
            <translation>Observations…</translation>
        </message>
        <message>
            <source>Record the beneficiary's observations</source>
            <translation>Enregistrer les observations du bénéficiaire</translation>
        </message>
        <message>
            <source>Make final…</source>
            <translation>Rendre définitive…</translation>
        </message>
        <message>
            <source>Freeze this version: it can be printed and handed over, no longer changed</source>
            <translation>Figer cette version : elle peut être imprimée et remise, plus modifiée</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Nouvelle version</translation>
        </message>
        <message>
            <source>Start a new draft from the final version</source>
            <translation>Commencer un nouveau brouillon à partir de la version définitive</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Print preview of the synthesis</source>
            <translation>Aperçu avant impression de la synthèse</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add a section of your own</source>
            <translation>Ajouter une rubrique à vous</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove a section of your own (standard sections can be hidden)</source>
            <translation>Supprimer une rubrique à vous (les rubriques standard se masquent)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Save as my template…</source>
            <translation>Enregistrer comme modèle…</translation>
        </message>
        <message>
            <source>The synthesis of this bilan is not started yet. It starts with the standard sections, or with those of one of your templates; you can rename, hide and reorder them later.</source>
            <translation>La synthèse de ce bilan n'est pas encore commencée. Elle commence avec les rubriques standard, ou avec celles de l'un de vos modèles ; vous pourrez les renommer, les masquer et les réordonner ensuite.</translation>
        </message>
        <message>
            <source>&amp;Sections:</source>
            <translation>&amp;Rubriques :</translation>
        </message>
        <message>
            <source>Sections (ticked ones are printed):</source>
            <translation>Rubriques (celles cochées sont imprimées) :</translation>
        </message>
        <message>
            <source>Sections of the synthesis</source>
            <translation>Rubriques de la synthèse</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Apply a template</source>
            <translation>Appliquer un modèle</translation>
        </message>
        <message>
            <source>S&amp;ynthesis</source>
            <translation>S&amp;ynthèse</translation>
        </message>
        <message>
            <source>Version %1 — %2</source>
            <translation>Version %1 — %2</translation>
        </message>
        <message>
            <source>Version %1 became final on %2: it is read only. Print it or export it as PDF; “New version” starts a draft from it.</source>
            <translation>La version %1 est devenue définitive le %2 : elle est en lecture seule. Imprimez-la ou exportez-la en PDF ; « Nouvelle version » commence un brouillon à partir d'elle.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Pas commencée</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
        <message>
            <source>saved at %1</source>
            <translation>enregistrée à %1</translation>
        </message>
        <message>
            <source>Standard sections</source>
            <translation>Rubriques standard</translation>
        </message>
        <message>
            <source>The text could not be saved: %1</source>
            <translation>Le texte n'a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>The investigation holds nothing to take over yet for this part.</source>
            <translation>L'investigation ne contient encore rien à reprendre pour cette partie.</translation>
        </message>
        <message>
            <source>Make the synthesis final</source>
            <translation>Rendre la synthèse définitive</translation>
        </message>
        <message>
            <source>Version %1 of the synthesis of %2 will be frozen: it can then be printed and handed over, but no longer changed (a new version can start from it).</source>
            <translation>La version %1 de la synthèse de %2 sera figée : elle pourra être imprimée et remise, mais plus modifiée (une nouvelle version pourra partir d'elle).</translation>
        </message>
        <message>
            <source>Make final</source>
            <translation>Rendre définitive</translation>
        </message>
        <message>
            <source>Version %1 is final. Print it, or export it as PDF, to hand it over.</source>
            <translation>La version %1 est définitive. Imprimez-la ou exportez-la en PDF pour la remettre.</translation>
        </message>
        <message>
            <source>Version %1 is marked as submitted; record the beneficiary's observations when you have them.</source>
            <translation>La version %1 est notée comme soumise ; enregistrez les observations du bénéficiaire quand vous les aurez.</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Nouvelle rubrique</translation>
        </message>
        <message>
            <source>Remove the section</source>
            <translation>Supprimer la rubrique</translation>
        </message>
        <message>
            <source>The section “%1” and its text will be removed (Undo brings them back).</source>
            <translation>La rubrique « %1 » et son texte seront supprimés (Annuler les rétablit).</translation>
        </message>
        <message>
            <source>The synthesis is no longer there.</source>
            <translation>La synthèse n'existe plus.</translation>
        </message>
        <message>
            <source>Template “%1” saved.</source>
            <translation>Modèle « %1 » enregistré.</translation>
        </message>
        <message>
            <source>My sections</source>
            <translation>Mes rubriques</translation>
        </message>
        <message>
            <source>the section “%1” of the synthesis</source>
            <translation>la section « %1 » de la synthèse</translation>
        </message>
        <message>
            <source>Your text is on the clipboard; the section shows the saved one.</source>
            <translation>Votre texte est dans le presse-papiers ; la section affiche le texte enregistré.</translation>
        </message>
    </context>
    <context>
        <name>parcours::TemplateDialog</name>
        <message>
            <source>Save as my template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
    </context>
    <context>
        <name>parcours::TemplatesSettingsPage</name>
        <message>
            <source>Synthèse templates</source>
            <translation>Modèles de synthèse</translation>
        </message>
        <message>
            <source>%1 (used by default)</source>
            <translation>%1 (utilisé par défaut)</translation>
        </message>
        <message>
            <source>No template yet: save one from the Synthèse tab.</source>
            <translation>Aucun modèle pour l'instant : enregistrez-en un depuis l'onglet Synthèse.</translation>
        </message>
        <message>
            <source>Delete the template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete the template “%1”? Synthèses started from it keep their sections.</source>
            <translation>Supprimer le modèle « %1 » ? Les synthèses commencées avec lui gardent leurs rubriques.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
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
        <name>parcours::ThisWeekPanel</name>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>CPF declarations to make</source>
            <translation>Déclarations CPF à faire</translation>
        </message>
        <message>
            <source>Mark as &amp;declared</source>
            <translation>Marquer &amp;déclarée</translation>
        </message>
        <message>
            <source>This week's sessions</source>
            <translation>Séances de la semaine</translation>
        </message>
        <message>
            <source>The declaration was made on Mon Compte Formation today</source>
            <translation>La déclaration a été faite aujourd'hui sur Mon Compte Formation</translation>
        </message>
        <message>
            <source>This week (%1 – %2)</source>
            <translation>Cette semaine (%1 – %2)</translation>
        </message>
        <message>
            <source>to log</source>
            <translation>à consigner</translation>
        </message>
        <message>
            <source>overlap</source>
            <translation>chevauchement</translation>
        </message>
        <message>
            <source>No session this week.</source>
            <translation>Aucune séance cette semaine.</translation>
        </message>
        <message>
            <source>Entry of %1</source>
            <translation>Entrée : %1</translation>
        </message>
        <message>
            <source>Exit of %1</source>
            <translation>Sortie : %1</translation>
        </message>
        <message>
            <source>late since %1</source>
            <translation>en retard depuis le %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>avant le %1</translation>
        </message>
        <message>
            <source>To declare on Mon Compte Formation within 3 working days of %1.</source>
            <translation>À déclarer sur Mon Compte Formation dans les 3 jours ouvrés suivant le %1.</translation>
        </message>
        <message>
            <source>Nothing to declare.</source>
            <translation>Rien à déclarer.</translation>
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
    <context>
        <name>parcours::WideBilanMode</name>
        <message>
            <source>&amp;Bilan on the whole width</source>
            <translation>&amp;Bilan sur toute la largeur</translation>
        </message>
        <message>
            <source>Hides the list of beneficiaries and the side column: more room to write the synthèse. F8 brings them back.</source>
            <translation>Masque la liste des bénéficiaires et la colonne de droite : plus de place pour écrire la synthèse. F8 les fait revenir.</translation>
        </message>
    </context>
    <context>
        <name>parcours::WorkingHoursSettingsPage</name>
        <message>
            <source>Working hours and absences</source>
            <translation>Horaires et absences</translation>
        </message>
        <message>
            <source>Choose at least one working day.</source>
            <translation>Choisissez au moins un jour travaillé.</translation>
        </message>
        <message>
            <source>The working day ends after it starts.</source>
            <translation>La journée de travail finit après avoir commencé.</translation>
        </message>
    </context>
    <context>
        <name>parcours::Workspace</name>
        <message>
            <source>The access log could not be written: %1</source>
            <translation>Le journal des accès n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>Nothing was done: the access log could not be written, and an export or a print is only allowed once it is logged. %1</source>
            <translation>Rien n'a été fait : le journal des accès n'a pas pu être écrit, et un export ou une impression n'est permis qu'une fois inscrit au journal. %1</translation>
        </message>
    </context>
</TS>
