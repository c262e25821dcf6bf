<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
            <source>PARCOURS_TODAY must be a date YYYY-MM-DD, not '%1'.</source>
            <translation>PARCOURS_TODAY doit être une date AAAA-MM-JJ, pas « %1 ».</translation>
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
        <name>SaveFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
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
        <name>parcours::AppController</name>
        <message numerus="yes">
            <source>Backup restored: %n beneficiary(ies), %1 bilan(s).</source>
            <translation>
                <numerusform>Sauvegarde restaurée : %n bénéficiaire, %1 bilan(s).</numerusform>
                <numerusform>Sauvegarde restaurée : %n bénéficiaires, %1 bilan(s).</numerusform>
            </translation>
        </message>
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
        <message numerus="yes">
            <source>Backup made and checked: %n beneficiary(ies), %1 bilan(s).</source>
            <translation>
                <numerusform>Sauvegarde faite et vérifiée : %n bénéficiaire, %1 bilan(s).</numerusform>
                <numerusform>Sauvegarde faite et vérifiée : %n bénéficiaires, %1 bilan(s).</numerusform>
            </translation>
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
        <name>parcours::BackupsDialog</name>
        <message>
            <source>Folder: %1</source>
            <translation>Dossier : %1</translation>
        </message>
        <message>
            <source>No backup yet.</source>
            <translation>Aucune sauvegarde pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>Backup made: %n beneficiary(ies), %1 bilan(s), checked.</source>
            <translation>
                <numerusform>Sauvegarde faite : %n bénéficiaire, %1 bilan(s), vérifiée.</numerusform>
                <numerusform>Sauvegarde faite : %n bénéficiaires, %1 bilan(s), vérifiée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Parcours backups (*.sqlite);;All files (*)</source>
            <translation>Sauvegardes Parcours (*.sqlite);;Tous les fichiers (*)</translation>
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
            <source>The latest good backup is from %1 (%n beneficiary(ies), %2 bilan(s)). Restoring it puts it in place of the damaged file, which is kept in the backups folder, never deleted.</source>
            <translation>
                <numerusform>La dernière sauvegarde valide date du %1 (%n bénéficiaire, %2 bilan(s)). La restaurer la met à la place du fichier endommagé, qui est gardé dans le dossier des sauvegardes, jamais supprimé.</numerusform>
                <numerusform>La dernière sauvegarde valide date du %1 (%n bénéficiaires, %2 bilan(s)). La restaurer la met à la place du fichier endommagé, qui est gardé dans le dossier des sauvegardes, jamais supprimé.</numerusform>
            </translation>
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
</TS>
