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
        <translation>&amp;Financement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
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
        <translation>Entretien &amp;préalable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preliminary:</source>
        <translation>Phase pré&amp;liminaire&#xa0;:</translation>
    </message>
    <message>
        <source>In&amp;vestigation:</source>
        <translation>Phase d&apos;in&amp;vestigation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>Phase de &amp;conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation>Entretien de &amp;suivi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BilanService</name>
    <message>
        <source>%1 already has a bilan in progress (no. %2); close it before opening another.</source>
        <translation>%1 a déjà un bilan en cours (n° %2)&#xa0;; clôturez-le avant d&apos;en ouvrir un autre.</translation>
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
    <name>ClientDialog</name>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de n&amp;aissance&#xa0;:</translation>
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
        <source>PARCOURS_TODAY must be a date YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>PARCOURS_TODAY doit être une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
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
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Parcours database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n&apos;est pas une base Parcours (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The Qt %1 driver is not installed (Debian package %2).</source>
        <translation>Le pilote Qt %1 n&apos;est pas installé (paquet Debian %2).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 ne peut pas être lu comme une base de données&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Parcours database. It was left untouched.</source>
        <translation>%1 est une base SQLite d&apos;un autre programme, pas une base Parcours. Elle n&apos;a pas été modifiée.</translation>
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
        <translation>L&apos;emplacement de la base est vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL of the form postgresql://user@host:port/dbname.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL de la forme postgresql://utilisateur@hôte:port/base.</translation>
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
        <translation>Déclaration d&apos;activité n° %1</translation>
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
        <translation>Les heures d&apos;une phase ne peuvent pas être négatives.</translation>
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
    <name>Migrator</name>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Impossible de lire l&apos;étape de schéma %1.</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence.</source>
        <translation>L&apos;étape de schéma %1 n&apos;est pas dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Parcours (schema %1; this version knows up to %2). Update Parcours to open it; nothing was changed.</source>
        <translation>Cette base a été écrite par une version plus récente de Parcours (schéma %1&#xa0;; cette version connaît jusqu&apos;au schéma %2). Mettez Parcours à jour pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>L&apos;étape de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
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
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>Durée &amp;prévue&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Actual length:</source>
        <translation>Durée &amp;réelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
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
        <translation>Ce bilan a été abandonné&#xa0;: ses séances ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This bilan is closed: only its follow-up can still be planned.</source>
        <translation>Ce bilan est clos&#xa0;: seul l&apos;entretien de suivi peut encore être planifié.</translation>
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
        <source>Consultant&apos;s name, as printed on documents</source>
        <translation>Nom du consultant, tel qu&apos;imprimé sur les documents</translation>
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
        <translation>Numéro de déclaration d&apos;activité (11 chiffres)</translation>
    </message>
    <message>
        <source>Time zone of the sessions&apos; times</source>
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
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>Paramètre inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The value is too long (500 characters at most).</source>
        <translation>La valeur est trop longue (500 caractères au plus).</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse de courriel n&apos;est pas valide.</translation>
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
        <translation>Un numéro de déclaration d&apos;activité compte 11 chiffres.</translation>
    </message>
    <message>
        <source>A time is written HH:MM, for example 09:30.</source>
        <translation>Une heure s&apos;écrit HH:MM, par exemple 09:30.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos; (for example Europe/Paris).</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;» (par exemple Europe/Paris).</translation>
    </message>
    <message>
        <source>Working days are listed as mon,tue,wed,thu,fri,sat,sun.</source>
        <translation>Les jours travaillés s&apos;écrivent mon,tue,wed,thu,fri,sat,sun.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Valeur attendue&#xa0;: true ou false.</translation>
    </message>
    <message>
        <source>Language of printed documents (fr or en)</source>
        <translation>Langue des documents imprimés (fr ou en)</translation>
    </message>
    <message>
        <source>Documents are written in fr (French) or en (English).</source>
        <translation>Les documents s&apos;écrivent en fr (français) ou en (anglais).</translation>
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
        <translation>Introuvable&#xa0;: %1 n° %2.</translation>
    </message>
    <message>
        <source>This %1 was changed by someone else since you opened it.</source>
        <translation>Cet enregistrement (%1) a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>bénéficiaire</translation>
    </message>
    <message>
        <source>The database did not return the new record&apos;s id.</source>
        <translation>La base n&apos;a pas renvoyé l&apos;identifiant du nouvel enregistrement.</translation>
    </message>
    <message>
        <source>The database refused the change (%1).</source>
        <translation>La base a refusé la modification (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
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
        <translation>Cette adresse de courriel n&apos;est pas valide.</translation>
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
        <translation>La date et l&apos;heure de la séance sont obligatoires.</translation>
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
        <translation>Préliminaire + investigation + conclusion&#xa0;: %1 sur %2 au maximum.</translation>
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
        <translation>Pas encore de bilan&#xa0;: cette personne est un prospect. Ouvrez un bilan quand elle a décidé de s&apos;engager et que le financement est connu.</translation>
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
        <translation>Bilan&#xa0;: %1 faites sur %2 (%3 prévues)</translation>
    </message>
    <message>
        <source>next session: %1, %2</source>
        <translation>prochaine séance&#xa0;: %1, %2</translation>
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
        <translation>Bénéficiaire&#xa0;: %1</translation>
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
        <translation>Base&#xa0;: %1</translation>
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
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;The workbench of the bilan de compétences: beneficiaries, sessions, investigation, synthesis and follow-up, kept on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Le poste de travail du bilan de compétences&#xa0;: bénéficiaires, séances, investigation, synthèse et suivi, conservés sur votre ordinateur.&lt;/p&gt;</translation>
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
    <name>parcours::PhaseTimeline</name>
    <message>
        <source>Phase timeline</source>
        <translation>Frise des phases</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 done of %3, %n session(s) done</source>
        <translation>
            <numerusform>%1&#xa0;: %2 faites sur %3, %n séance faite</numerusform>
            <numerusform>%1&#xa0;: %2 faites sur %3, %n séances faites</numerusform>
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
        <translation>Phase en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
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
        <translation>Pas encore de bilan&#xa0;: cette personne est un prospect.</translation>
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
        <translation>Consigner ce qui s&apos;est passé lors de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>No session yet. Plan the first one with “New session…”.</source>
        <translation>Aucune séance pour l&apos;instant. Planifiez la première avec «&#xa0;Nouvelle séance…&#xa0;».</translation>
    </message>
    <message>
        <source>Delete the session of %1?</source>
        <translation>Supprimer la séance du %1&#xa0;?</translation>
    </message>
    <message>
        <source>It has already been logged (%1); its notes will be deleted with it.</source>
        <translation>Elle a déjà été consignée (%1)&#xa0;; ses notes seront supprimées avec elle.</translation>
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
</TS>
