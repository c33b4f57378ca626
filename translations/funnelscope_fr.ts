<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Funnelscope::AnnotateCommand</name>
    <message>
        <source>Mark days with campaigns, site and tracking changes (shown on every time axis).</source>
        <translation>Marquer des jours de campagnes, de changements du site ou du suivi (montrés sur chaque axe du temps).</translation>
    </message>
    <message>
        <source>add, list or remove ID.</source>
        <translation>add, list ou remove ID.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The day annotated (YYYY-MM-DD, workspace time zone).</source>
        <translation>Le jour annoté (AAAA-MM-JJ, fuseau de l’espace de travail).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>The last day of a range, included.</source>
        <translation>Le dernier jour d’une plage, inclus.</translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation>Ce qui s’est passé, en quelques mots.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>campaign, site_change, tracking_change or other (default).</source>
        <translation>campaign, site_change, tracking_change ou other (par défaut).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>A colour of its own, #RRGGBB.</source>
        <translation>Une couleur propre, #RRGGBB.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>list: print the annotations as JSON on standard output.</source>
        <translation>list : écrire les annotations en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>l’espace de travail</translation>
    </message>
    <message>
        <source>say add, list or remove ID (not “%1”).</source>
        <translation>indiquez add, list ou remove ID (pas « %1 »).</translation>
    </message>
    <message>
        <source>remove: name the annotation&apos;s number (annotate list shows them), not “%1”.</source>
        <translation>remove : indiquez le numéro de l’annotation (annotate list les montre), pas « %1 ».</translation>
    </message>
    <message>
        <source>remove: there is no annotation %1.</source>
        <translation>remove : il n’y a pas d’annotation %1.</translation>
    </message>
    <message>
        <source>Removed annotation %1.</source>
        <translation>Annotation %1 supprimée.</translation>
    </message>
    <message>
        <source>--date is required: the day annotated.</source>
        <translation>--date est requis : le jour annoté.</translation>
    </message>
    <message>
        <source>--to: %1 comes before --date %2.</source>
        <translation>--to : %1 précède --date %2.</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ce qui s’est passé</translation>
    </message>
    <message>
        <source>Added annotation %1.</source>
        <translation>Annotation %1 ajoutée.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AnnotationDialog</name>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Ajouter une annotation</translation>
    </message>
    <message>
        <source>e.g. Summer sale email, new checkout page</source>
        <translation>p. ex. e-mail des soldes d’été, nouvelle page de paiement</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s’est passé :</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Annotations</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Site change</source>
        <translation>Changement du site</translation>
    </message>
    <message>
        <source>Tracking change</source>
        <translation>Changement du suivi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>an annotation needs a text.</source>
        <translation>une annotation a besoin d’un texte.</translation>
    </message>
    <message>
        <source>an annotation&apos;s text is short: at most 200 characters, not %1.</source>
        <translation>le texte d’une annotation est court : 200 caractères au plus, pas %1.</translation>
    </message>
    <message>
        <source>an annotation&apos;s last day cannot come before its first.</source>
        <translation>le dernier jour d’une annotation ne peut précéder le premier.</translation>
    </message>
    <message>
        <source>“%1” is not a category (%2).</source>
        <translation>« %1 » n’est pas une catégorie (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a colour (write #RRGGBB).</source>
        <translation>« %1 » n’est pas une couleur (écrivez #RRGGBB).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AssessCommand</name>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write the radar of current against target as PNG (2x).</source>
        <translation>Écrire le radar (actuel contre cible) en PNG (2x).</translation>
    </message>
    <message>
        <source>Write the radar as SVG.</source>
        <translation>Écrire le radar en SVG.</translation>
    </message>
    <message>
        <source>Micro-journey tracking maturity · %1 · %2</source>
        <translation>Maturité du suivi des micro-parcours · %1 · %2</translation>
    </message>
    <message>
        <source>Assessment of %1 by %2: overall %3 of %4, weakest: %5.</source>
        <translation>Évaluation du %1 par %2 : global %3 sur %4, point le plus faible : %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the scores, with the data&apos;s hints</source>
        <translation>les scores, avec les indices des données</translation>
    </message>
    <message>
        <source>Fill in or export the maturity self-assessment (set a dimension, import the CSV, export scores and radar).</source>
        <translation>Remplir ou exporter l&apos;auto-évaluation de maturité (régler une dimension, importer le CSV, exporter les scores et le radar).</translation>
    </message>
    <message>
        <source>What to do: export, set, or import FILE.csv.</source>
        <translation>Que faire : export, set ou import FICHIER.csv.</translation>
    </message>
    <message>
        <source>set: the dimension&apos;s id (data_collection, identity, analytics, activation, experimentation, decision_making).</source>
        <translation>set : l&apos;identifiant de la dimension (data_collection, identity, analytics, activation, experimentation, decision_making).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>set: the stage the team is at (1 to 3, half steps allowed).</source>
        <translation>set : le stade où en est l&apos;équipe (1 à 3, demi-pas permis).</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stade</translation>
    </message>
    <message>
        <source>set: the stage the team aims for (default: as it was, at least the current).</source>
        <translation>set : le stade visé par l&apos;équipe (par défaut : comme avant, au moins l&apos;actuel).</translation>
    </message>
    <message>
        <source>set: a note on this dimension.</source>
        <translation>set : une note sur cette dimension.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>set: what shows this stage (a report, a tool, a link).</source>
        <translation>set : ce qui prouve ce stade (un rapport, un outil, un lien).</translation>
    </message>
    <message>
        <source>set, import: who answers (default: the OS user).</source>
        <translation>set, import : qui répond (par défaut : l&apos;utilisateur du système).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>import: name the CSV to read: “funnelscope assess import FILE.csv --workspace W”.</source>
        <translation>import : indiquez le CSV à lire : « funnelscope assess import FICHIER.csv --workspace W ».</translation>
    </message>
    <message>
        <source>say what to do: export, set or import (“funnelscope assess export --workspace W --csv F”).</source>
        <translation>dites quoi faire : export, set ou import (« funnelscope assess export --workspace W --csv F »).</translation>
    </message>
    <message>
        <source>the workspace of the assessment</source>
        <translation>l&apos;espace de travail de l&apos;évaluation</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Saved the assessment of %1 by %2: overall %3 of %4.</source>
        <translation>Évaluation du %1 par %2 enregistrée : global %3 sur %4.</translation>
    </message>
    <message>
        <source>the dimension to set</source>
        <translation>la dimension à régler</translation>
    </message>
    <message>
        <source>--dimension: “%1” is no dimension (the dimensions: %2).</source>
        <translation>--dimension : « %1 » n&apos;est pas une dimension (les dimensions : %2).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a stage from 1 to %3 in half steps.</source>
        <translation>--%1 : « %2 » n&apos;est pas un stade de 1 à %3 par demi-pas.</translation>
    </message>
    <message>
        <source>no assessment is saved in “%1” yet: fill one in on the Maturity page or with “assess set”.</source>
        <translation>aucune évaluation n&apos;est encore enregistrée dans « %1 » : remplissez-en une sur la page Maturité ou avec « assess set ».</translation>
    </message>
    <message>
        <source>export: print the latest assessment as JSON on standard output.</source>
        <translation>export : afficher la dernière évaluation en JSON sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AssessmentExport</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1, line 1: there is no “%2” column (the columns of an exported assessment: dimension, current_stage, target_stage, note, evidence).</source>
        <translation>%1, ligne 1 : il n&apos;y a pas de colonne « %2 » (les colonnes d&apos;une évaluation exportée : dimension, current_stage, target_stage, note, evidence).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is no dimension of the matrix (its dimensions: %4).</source>
        <translation>%1, ligne %2 : « %3 » n&apos;est pas une dimension de la matrice (ses dimensions : %4).</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is there twice.</source>
        <translation>%1, ligne %2 : « %3 » y figure deux fois.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 “%4” is not a stage from 1 to %5 in half steps.</source>
        <translation>%1, ligne %2 : %3 « %4 » n&apos;est pas un stade de 1 à %5 par demi-pas.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLog</name>
    <message>
        <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation>L&apos;entrée %1 manque : le journal saute de %2 à %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry before it was changed, removed or inserted.</source>
        <translation>L&apos;entrée %1 ne suit pas l&apos;entrée %2 : une entrée antérieure a été modifiée, supprimée ou insérée.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3, %4) was changed after it was written.</source>
        <translation>L&apos;entrée %1 (%2 %3, %4) a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but the workspace recorded entry %2 as the newest: entries at the end were removed or replaced.</source>
        <translation>Le journal s&apos;arrête à l&apos;entrée %1, mais l&apos;espace de travail a enregistré l&apos;entrée %2 comme la plus récente : des entrées de fin ont été supprimées ou remplacées.</translation>
    </message>
    <message>
        <source>The entries check out, but the store&apos;s guards against changing the log were removed.</source>
        <translation>Les entrées sont cohérentes, mais les protections du stockage contre la modification du journal ont été supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>The change log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Le journal des modifications est intact : %n entrée, chaînée à la précédente.</numerusform>
            <numerusform>Le journal des modifications est intact : %n entrées, chacune chaînée à la précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>“%1” is not a change log receipt (it looks like “funnelscope-change-log 1 entries=N sha256=…”).</source>
        <translation>« %1 » n’est pas un reçu du journal des modifications (il ressemble à « funnelscope-change-log 1 entries=N sha256=… »).</translation>
    </message>
    <message>
        <source>The receipt covers %1 entries, but the log holds only %2: entries were removed.</source>
        <translation>Le reçu couvre %1 entrées, mais le journal n’en contient que %2 : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the receipt&apos;s entries were removed or renumbered.</source>
        <translation>L’entrée %1 manque : des entrées du reçu ont été supprimées ou renumérotées.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones the receipt covers: entries were changed, removed or inserted since.</source>
        <translation>Les %1 premières entrées du journal ne sont pas celles du reçu : des entrées ont été modifiées, supprimées ou insérées depuis.</translation>
    </message>
    <message>
        <source>The log still holds the %1 entries of the receipt, unchanged (%2 entries since).</source>
        <translation>Le journal contient toujours les %1 entrées du reçu, inchangées (%2 entrées depuis).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLogModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Event or parameter</source>
        <translation>Événement ou paramètre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseBackend</name>
    <message>
        <source>insights</source>
        <translation>insights</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>friction</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseConnectDialog</name>
    <message>
        <source>Connect to ClickHouse</source>
        <translation>Se connecter à ClickHouse</translation>
    </message>
    <message>
        <source>clickhouse://[user@]host[:port]/database for one server; add ?cluster=NAME for a cluster of the server&apos;s remote_servers; clickhouses:// for HTTPS</source>
        <translation>clickhouse://[utilisateur@]hôte[:port]/base pour un serveur ; ajoutez ?cluster=NOM pour un cluster des remote_servers du serveur ; clickhouses:// pour HTTPS</translation>
    </message>
    <message>
        <source>from FUNNELSCOPE_CLICKHOUSE_PASSWORD</source>
        <translation>depuis FUNNELSCOPE_CLICKHOUSE_PASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Reports on a ClickHouse server are computed by the server: only their figures come here. Once connected, File ▸ Import Events… sends events to it.</source>
        <translation>Les rapports sur un serveur ClickHouse sont calculés par le serveur ; seuls leurs chiffres arrivent ici. Une fois connecté, Fichier ▸ Importer des événements… lui envoie des événements.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>celles du système</translation>
    </message>
    <message>
        <source>For clickhouses://: a PEM file of the certificate authority that signed the server&apos;s certificate, when the system does not know it (your company&apos;s own)</source>
        <translation>Pour clickhouses:// : un fichier PEM de l’autorité de certification qui a signé le certificat du serveur, quand le système ne la connaît pas (celle de votre entreprise)</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Autorité de &amp;certification :</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Kept in memory while the window is open; saved only in the system keychain, when asked</source>
        <translation>Gardé en mémoire tant que la fenêtre est ouverte ; enregistré seulement dans le trousseau du système, si demandé</translation>
    </message>
    <message>
        <source>GNOME Keyring or KWallet keeps it for this user and server, so Open Recent connects without asking; untick to remove it from there</source>
        <translation>GNOME Keyring ou KWallet le garde pour cet utilisateur et ce serveur, ainsi Ouvrir récent se connecte sans demander ; décochez pour l’y retirer</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseConnection</name>
    <message>
        <source>The ClickHouse server %1 does not answer: %2.</source>
        <translation>Le serveur ClickHouse %1 ne répond pas : %2.</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 refused a query: %2</source>
        <translation>Le serveur ClickHouse %1 a refusé une requête : %2</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 does not answer over HTTPS: no TLS handshake within %2 s. If port %3 speaks plain HTTP, the address starts with clickhouse://.</source>
        <translation>Le serveur ClickHouse %1 ne répond pas en HTTPS : aucune négociation TLS en %2 s. Si le port %3 parle HTTP simple, l’adresse commence par clickhouse://.</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 is not trusted: %2 (with the certificate authorities of “%3” too).</source>
        <translation>Le serveur ClickHouse %1 n’est pas de confiance : %2 (même avec les autorités de certification de « %3 »).</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 is not trusted: %2. If its certificate comes from your own certificate authority, add ca=FILE (that authority&apos;s PEM file) to the address: %3</source>
        <translation>Le serveur ClickHouse %1 n’est pas de confiance : %2. Si son certificat vient de votre propre autorité de certification, ajoutez ca=FICHIER (le fichier PEM de cette autorité) à l’adresse : %3</translation>
    </message>
    <message>
        <source> If port %1 speaks plain HTTP, the address starts with clickhouse://.</source>
        <translation> Si le port %1 parle HTTP simple, l’adresse commence par clickhouse://.</translation>
    </message>
    <message>
        <source> If port %1 speaks HTTPS, the address starts with clickhouses://.</source>
        <translation> Si le port %1 parle HTTPS, l’adresse commence par clickhouses://.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>in ca=FILE of an address</comment>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 refused the user “%2”: wrong password or unknown user (the password comes from FUNNELSCOPE_CLICKHOUSE_PASSWORD, the Connect dialog or the system keychain).</source>
        <translation>Le serveur ClickHouse %1 a refusé l’utilisateur « %2 » : mot de passe erroné ou utilisateur inconnu (le mot de passe vient de FUNNELSCOPE_CLICKHOUSE_PASSWORD, de la boîte de connexion ou du trousseau du système).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseFunnel</name>
    <message>
        <source>steps in any order where one “%1” event passes the filters of two steps (%2 and %3)</source>
        <translation>des étapes dans n’importe quel ordre où un même événement « %1 » passe les filtres de deux étapes (%2 et %3)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseImporter</name>
    <message>
        <source>“%1” was already imported into %2 (import %3, as “%4”). To import it again anyway use --allow-duplicate-file.</source>
        <translation>« %1 » a déjà été importé dans %2 (import %3, en tant que « %4 »). Pour l’importer quand même à nouveau, utilisez --allow-duplicate-file.</translation>
    </message>
    <message>
        <source>No temporary folder for the import: %1</source>
        <translation>Pas de dossier temporaire pour l’import : %1</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseTables</name>
    <message>
        <source>Someone else saved changes to the dictionary, assessments, saved reports or annotations of the ClickHouse workspace %1 since you opened it, so yours were not saved. Open it again to see theirs, then make yours again.</source>
        <translation>Quelqu’un d’autre a enregistré des modifications du dictionnaire, des évaluations, des rapports enregistrés ou des annotations de l’espace de travail ClickHouse %1 depuis que vous l’avez ouvert ; les vôtres n’ont donc pas été enregistrées. Rouvrez-le pour voir les siennes, puis refaites les vôtres.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseUrl</name>
    <message>
        <source>“%1” is not a ClickHouse address such as clickhouse://host:8123/database.</source>
        <translation>« %1 » n’est pas une adresse ClickHouse comme clickhouse://hôte:8123/base.</translation>
    </message>
    <message>
        <source>“%1”: a password does not go into the address; set FUNNELSCOPE_CLICKHOUSE_PASSWORD instead.</source>
        <translation>« %1 » : un mot de passe ne va pas dans l’adresse ; définissez plutôt FUNNELSCOPE_CLICKHOUSE_PASSWORD.</translation>
    </message>
    <message>
        <source>“%1” names no server (clickhouse://host:8123/database).</source>
        <translation>« %1 » ne nomme aucun serveur (clickhouse://hôte:8123/base).</translation>
    </message>
    <message>
        <source>“%1”: the database should be a name of letters, digits and _ after the server, such as clickhouse://host:8123/shop.</source>
        <translation>« %1 » : après le serveur vient la base, un nom fait de lettres, chiffres et _, comme clickhouse://hôte:8123/shop.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a cluster name.</source>
        <translation>« %1 » : « %2 » n’est pas un nom de cluster.</translation>
    </message>
    <message>
        <source>“%1”: unknown option “%2” (only cluster=NAME, and ca=FILE with clickhouses://).</source>
        <translation>« %1 » : option inconnue « %2 » (seulement cluster=NOM et, avec clickhouses://, ca=FICHIER).</translation>
    </message>
    <message>
        <source>“%1”: ca=FILE is for HTTPS; the address should start with clickhouses://.</source>
        <translation>« %1 » : ca=FICHIER est pour HTTPS ; l’adresse devrait commencer par clickhouses://.</translation>
    </message>
    <message>
        <source>“%1”: cannot read the certificate authority file “%2”: %3.</source>
        <translation>« %1 » : impossible de lire le fichier de l’autorité de certification « %2 » : %3.</translation>
    </message>
    <message>
        <source>no file named</source>
        <translation>aucun fichier indiqué</translation>
    </message>
    <message>
        <source>“%1”: the certificate authority file “%2” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>« %1 » : le fichier de l’autorité de certification « %2 » ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseWorkspace</name>
    <message>
        <source>The ClickHouse server %1 has no cluster “%2” in its remote_servers.</source>
        <translation>Le serveur ClickHouse %1 n’a pas de cluster « %2 » dans ses remote_servers.</translation>
    </message>
    <message>
        <source>The database “%1” on the ClickHouse server %2 is no Funnelscope workspace (it has no table “%3”); import into it first.</source>
        <translation>La base « %1 » du serveur ClickHouse %2 n’est pas un espace de travail Funnelscope (elle n’a pas de table « %3 ») ; importez-y d’abord.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 cannot compute %2 yet.</source>
        <translation>L’espace de travail ClickHouse %1 ne sait pas encore calculer %2.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 holds events imported before Funnelscope sent prices and revenue to the server. To filter, break down or sum by them, import those files again into a new database.</source>
        <translation>L’espace de travail ClickHouse %1 contient des événements importés avant que Funnelscope n’envoie les prix et le chiffre d’affaires au serveur. Pour filtrer, ventiler ou additionner selon ces valeurs, importez de nouveau ces fichiers dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 holds events imported before Funnelscope sent their source properties to the server, so it cannot filter or break down by “%2”. Import those files again into a new database.</source>
        <translation>L’espace de travail ClickHouse %1 contient des événements importés avant que Funnelscope n’envoie leurs propriétés sources au serveur ; il ne peut donc pas filtrer ni ventiler par « %2 ». Importez de nouveau ces fichiers dans une nouvelle base de données.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortCommand</name>
    <message>
        <source>Compute a cohort grid: retention or revenue by acquisition day, week or month.</source>
        <translation>Calculer une grille de cohortes : rétention ou chiffre d&apos;affaires par jour, semaine ou mois d&apos;acquisition.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>day, week (default; ISO, from Monday) or month.</source>
        <translation>day, week (par défaut ; ISO, à partir du lundi) ou month.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort, or any (default).</source>
        <translation>L&apos;événement qui place un utilisateur dans une cohorte, ou any (par défaut).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>The event that counts as a return, or any (default).</source>
        <translation>L&apos;événement qui compte comme un retour, ou any (par défaut).</translation>
    </message>
    <message>
        <source>on (default): a return in that period; on-or-after: in that period or later.</source>
        <translation>on (par défaut) : un retour dans cette période ; on-or-after : dans cette période ou plus tard.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>How many periods (columns; default 12).</source>
        <translation>Combien de périodes (colonnes ; 12 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>retention (default) or revenue (per user, cumulative).</source>
        <translation>retention (par défaut) ou revenue (par utilisateur, cumulé).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>One grid per value of this property of the start event.</source>
        <translation>Une grille par valeur de cette propriété de l&apos;événement de départ.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <source>Breakdown values before “other” (default 5).</source>
        <translation>Valeurs de ventilation avant « autre » (5 par défaut).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Garder les événements où PROPRIÉTÉ OP VALEUR (OP : = != &gt; &gt;= &lt; &lt;= ~) ; répétable.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>Time zone of the periods (default: the workspace&apos;s).</source>
        <translation>Fuseau horaire des périodes (par défaut : celui de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Write the heatmap as PNG (2x).</source>
        <translation>Écrire la carte de chaleur en PNG (2x).</translation>
    </message>
    <message>
        <source>Write the heatmap as SVG.</source>
        <translation>Écrire la carte de chaleur en SVG.</translation>
    </message>
    <message>
        <source>Print the grid as JSON on standard output.</source>
        <translation>Afficher la grille en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>--period: “%1” is not day, week or month.</source>
        <translation>--period : « %1 » n&apos;est ni day, ni week, ni month.</translation>
    </message>
    <message>
        <source>--mode: “%1” is not on or on-or-after.</source>
        <translation>--mode : « %1 » n&apos;est ni on ni on-or-after.</translation>
    </message>
    <message>
        <source>--metric: “%1” is not retention or revenue.</source>
        <translation>--metric : « %1 » n&apos;est ni retention ni revenue.</translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>--timezone : « %1 » n&apos;est pas un fuseau horaire (utilisez un nom IANA comme Europe/Paris, ou UTC).</translation>
    </message>
    <message>
        <source>the grid (counts and percentages)</source>
        <translation>la grille (effectifs et pourcentages)</translation>
    </message>
    <message>
        <source>Computing the cohorts…</source>
        <translation>Calcul des cohortes…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortEngine</name>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation>il n&apos;y a pas d&apos;événement « %1 » dans cet espace de travail (ses événements : %2).</translation>
    </message>
    <message>
        <source>the number of periods must be between 1 and %1.</source>
        <translation>le nombre de périodes doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortHeatmap</name>
    <message>
        <source>Cumulative revenue per user</source>
        <translation>Chiffre d&apos;affaires cumulé par utilisateur</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Chiffre d&apos;affaires par utilisateur</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation> · %1 = %2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>0 – %1 · * incomplete period (hatched) · blank: no data yet</source>
        <translation>0 – %1 · * période incomplète (hachurée) · vide : pas encore de données</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 (net of refunds)</source>
        <translation>%1 (net des remboursements)</translation>
    </message>
    <message>
        <source>cohorts by the day of their first event</source>
        <translation>cohortes par jour de leur premier événement</translation>
    </message>
    <message>
        <source>cohorts by the day of their first %1</source>
        <translation>cohortes par jour de leur premier %1</translation>
    </message>
    <message>
        <source>cohorts by the week of their first event</source>
        <translation>cohortes par semaine de leur premier événement</translation>
    </message>
    <message>
        <source>cohorts by the week of their first %1</source>
        <translation>cohortes par semaine de leur premier %1</translation>
    </message>
    <message>
        <source>cohorts by the month of their first event</source>
        <translation>cohortes par mois de leur premier événement</translation>
    </message>
    <message>
        <source>cohorts by the month of their first %1</source>
        <translation>cohortes par mois de leur premier %1</translation>
    </message>
    <message>
        <source>a return is any event in that period or later</source>
        <translation>un retour est un événement quelconque dans cette période ou après</translation>
    </message>
    <message>
        <source>a return is %1 in that period or later</source>
        <translation>un retour est %1 dans cette période ou après</translation>
    </message>
    <message>
        <source>a return is any event in that period</source>
        <translation>un retour est un événement quelconque dans cette période</translation>
    </message>
    <message>
        <source>a return is %1 in that period</source>
        <translation>un retour est %1 dans cette période</translation>
    </message>
    <message>
        <source>Cohort grid</source>
        <translation>Grille des cohortes</translation>
    </message>
    <message numerus="yes">
        <source>Average of %Ln people</source>
        <translation>
            <numerusform>Moyenne de %Ln personne</numerusform>
            <numerusform>Moyenne de %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %1, %Ln people</source>
        <translation>
            <numerusform>Cohorte du %1, %Ln personne</numerusform>
            <numerusform>Cohorte du %1, %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2: no data yet</source>
        <translation>%1 ; %2 : pas encore de données</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 personnes)</translation>
    </message>
    <message>
        <source>%1, the period is not over</source>
        <translation>%1, la période n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>%1; %2: %3</source>
        <translation>%1 ; %2 : %3</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortPage</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>in that period</source>
        <translation>dans cette période</translation>
    </message>
    <message>
        <source>in that period or later</source>
        <translation>dans cette période ou plus tard</translation>
    </message>
    <message>
        <source>Retention, %</source>
        <translation>Rétention, %</translation>
    </message>
    <message>
        <source>Retention, users</source>
        <translation>Rétention, utilisateurs</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Chiffre d&apos;affaires par utilisateur</translation>
    </message>
    <message>
        <source>Cumulative revenue per user</source>
        <translation>Chiffre d&apos;affaires cumulé par utilisateur</translation>
    </message>
    <message>
        <source>e.g. channel = email; Quantity &gt; 0</source>
        <translation>p. ex. channel = email; Quantity &gt; 0</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG or SVG (with the curves as PNG), or the grid as CSV</source>
        <translation>Enregistrer la carte de chaleur en PNG ou SVG (avec les courbes en PNG), ou la grille en CSV</translation>
    </message>
    <message>
        <source>Cohorts by</source>
        <translation>Cohortes par</translation>
    </message>
    <message>
        <source>of first</source>
        <translation>du premier</translation>
    </message>
    <message>
        <source>returning with</source>
        <translation>retour avec</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Périodes :</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>tout événement</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>everybody</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Revenue per user by period (click cohorts in the grid to add them)</source>
        <translation>Chiffre d&apos;affaires par utilisateur et par période (cliquez sur des cohortes dans la grille pour les ajouter)</translation>
    </message>
    <message>
        <source>Retention curve (click cohorts in the grid to add them)</source>
        <translation>Courbe de rétention (cliquez sur des cohortes dans la grille pour les ajouter)</translation>
    </message>
    <message>
        <source>Average (weighted)</source>
        <translation>Moyenne (pondérée)</translation>
    </message>
    <message>
        <source>Periods since the cohort&apos;s start</source>
        <translation>Périodes depuis le début de la cohorte</translation>
    </message>
    <message>
        <source>There is no cohort grid to export yet.</source>
        <translation>Il n&apos;y a pas encore de grille de cohortes à exporter.</translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation>Exporter les cohortes</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>cohortes.png</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg, .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>Retention curves</source>
        <translation>Courbes de rétention</translation>
    </message>
    <message>
        <source>Cumulative revenue per user by period (click cohorts in the grid to add them)</source>
        <translation>Chiffre d&apos;affaires cumulé par utilisateur et par période (cliquez sur des cohortes dans la grille pour les ajouter)</translation>
    </message>
    <message>
        <source>%1 · no complete period yet</source>
        <translation>%1 · pas encore de période complète</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortText</name>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Cohort · %1</source>
        <translation>Cohorte · %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>* The period is not over in the data yet: its figure can still grow.</source>
        <translation>* La période n&apos;est pas encore terminée dans les données : son chiffre peut encore augmenter.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Command</name>
    <message>
        <source>--%1 is required: %2.</source>
        <translation>--%1 est obligatoire : %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number from %3 to %4.</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (write YYYY-MM-DD).</source>
        <translation>--%1 : « %2 » n&apos;est pas une date (écrivez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a duration from %3 to %4 (write 30m, 12h, 7d or 2w).</source>
        <translation>--%1 : « %2 » n&apos;est pas une durée de %3 à %4 (écrivez 30m, 12h, 7d ou 2w).</translation>
    </message>
    <message>
        <source>Write %1 as CSV.</source>
        <translation>Écrire %1 en CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write %1 as an Excel workbook (typed numbers and dates).</source>
        <translation>Écrire %1 en classeur Excel (nombres et dates typés).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark, so Excel shows accents and other scripts correctly.</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets UTF-8, pour qu&apos;Excel affiche correctement les accents et les autres écritures.</translation>
    </message>
    <message>
        <source>--bom: it applies to --csv, which is not given.</source>
        <translation>--bom : s&apos;applique à --csv, qui n&apos;est pas donné.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CommandLine</name>
    <message>
        <source>
Run “funnelscope COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 a bad argument or input, 2 an internal failure.
</source>
        <translation>
« funnelscope COMMANDE --help » affiche les options d&apos;une commande.
Codes de sortie : 0 succès, 1 argument ou entrée incorrects, 2 erreur interne.
</translation>
    </message>
    <message>
        <source>funnelscope: unknown command “%1”. Run “funnelscope --help” for the list.</source>
        <translation>funnelscope : commande inconnue « %1 ». « funnelscope --help » affiche la liste.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <source>Waiting for another import or edit of %1 to finish…</source>
        <translation>En attente de la fin d’un autre import ou d’une autre modification de %1…</translation>
    </message>
    <message>
        <source>Usage: funnelscope [WORKSPACE.funnelscope] [--workspace FILE] [--import FILE]
       funnelscope COMMAND [options]

Without a command, opens the window on the workspace named (created when --import is given and it does not exist), else on the last one (or the demo shop).

Commands:
</source>
        <translation>Usage : funnelscope [ESPACE.funnelscope] [--workspace FICHIER] [--import FICHIER]
       funnelscope COMMANDE [options]

Sans commande, ouvre la fenêtre sur l&apos;espace de travail nommé (créé si --import est donné et qu&apos;il n&apos;existe pas), sinon sur le dernier (ou la boutique de démonstration).

Commandes :
</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Condition</name>
    <message>
        <source>“%1” is not a filter: write PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (for example device=mobile).</source>
        <translation>« %1 » n&apos;est pas un filtre : écrivez PROPRIÉTÉ OP VALEUR avec OP parmi = != &gt; &gt;= &lt; &lt;= ~ (par exemple device=mobile).</translation>
    </message>
    <message>
        <source>“%1” names no property before its operator.</source>
        <translation>« %1 » ne nomme aucune propriété avant son opérateur.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Connection</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>“%1” is busy: another import or edit has been writing to it for %2 seconds. Try again when it has finished.</source>
        <translation>« %1 » est occupé : un autre import ou une autre modification y écrit depuis %2 secondes. Réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” (%2) is full, or refuses a file this large: %3 free. Free some space and try again; the workspace is as it was.</source>
        <translation>Le disque qui contient « %1 » (%2) est plein, ou refuse un fichier aussi gros : %3 libres. Libérez de la place et réessayez ; l’espace de travail est tel qu’avant.</translation>
    </message>
    <message>
        <source>“%1” could not be read or written (%2): the disk or the file system refused it.</source>
        <translation>« %1 » n’a pas pu être lu ou écrit (%2) : le disque ou le système de fichiers l’a refusé.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the first line is longer than %1 MiB: this does not look like a CSV file with a header</source>
        <translation>la première ligne dépasse %1 Mio : cela ne ressemble pas à un fichier CSV avec en-tête</translation>
    </message>
    <message>
        <source>the first line is empty; it should name the columns</source>
        <translation>la première ligne est vide ; elle devrait nommer les colonnes</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>il n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>Impossible d&apos;importer « %1 » : %2.</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again</source>
        <translation>la ligne %1 n&apos;est pas de l&apos;UTF-8 valide. Enregistrez le fichier en UTF-8 (dans un tableur : « CSV UTF-8 ») et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 never ends (a &quot; is missing)</source>
        <translation>le champ entre guillemets qui commence à la ligne %1 ne se termine jamais (il manque un &quot;)</translation>
    </message>
    <message>
        <source>it contains binary data (a NUL byte on line %1), so it is not a CSV file</source>
        <translation>il contient des données binaires (un octet NUL à la ligne %1), ce n&apos;est donc pas un fichier CSV</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>ligne de plus de %1 Mio</translation>
    </message>
    <message>
        <source>wrong number of fields (expected %1, found %2)</source>
        <translation>nombre de champs incorrect (attendu %1, trouvé %2)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataPage</name>
    <message>
        <source>Import events…</source>
        <translation>Importer des événements…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Événements par type</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>Données de %1</translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation>Supprimer l&apos;importation…</translation>
    </message>
    <message>
        <source>Remove the selected import with all its events</source>
        <translation>Supprimer l&apos;importation sélectionnée avec tous ses événements</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>Save the selected import&apos;s rejected rows, with their line and reason, as CSV</source>
        <translation>Enregistrer les lignes rejetées de l&apos;importation sélectionnée, avec leur ligne et leur motif, en CSV</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Supprimer l&apos;importation</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 events from this workspace? Reports will no longer include them.</source>
        <translation>Supprimer « %1 » et ses %2 événements de cet espace de travail ? Les rapports ne les incluront plus.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejetees</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Known users</source>
        <translation>Utilisateurs connus</translation>
    </message>
    <message>
        <source>Anonymous ids</source>
        <translation>Identifiants anonymes</translation>
    </message>
    <message>
        <source>Linked to a known user</source>
        <translation>Liés à un utilisateur</translation>
    </message>
    <message>
        <source>Shared devices</source>
        <translation>Appareils partagés</translation>
    </message>
    <message>
        <source>Anonymous ids seen with several known users (a family laptop): each stays a person of its own</source>
        <translation>Identifiants anonymes vus avec plusieurs utilisateurs connus (un ordinateur familial) : chacun reste une personne à part</translation>
    </message>
    <message>
        <source>Events joined to a person</source>
        <translation>Événements rattachés à une personne</translation>
    </message>
    <message>
        <source>Events carrying an anonymous id that now count for the known user it was linked to</source>
        <translation>Événements portant un identifiant anonyme qui comptent désormais pour l’utilisateur connu auquel il a été lié</translation>
    </message>
    <message>
        <source>Reports count people: a known user together with every anonymous id linked to them, before and after they logged in; an anonymous id never linked is a person of its own. Turn this off in Preferences to count ids instead.</source>
        <translation>Les rapports comptent des personnes : un utilisateur connu avec tous les identifiants anonymes qui lui sont liés, avant et après sa connexion ; un identifiant anonyme jamais lié est une personne à part. Désactivez ceci dans les Préférences pour compter les identifiants.</translation>
    </message>
    <message>
        <source>Identity stitching is off (Preferences): every id counts as a person of its own, anonymous visits apart from the logins they led to.</source>
        <translation>Le rapprochement d’identités est désactivé (Préférences) : chaque identifiant compte comme une personne à part, les visites anonymes séparément des connexions qui ont suivi.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Add Annotation…</source>
        <translation>Ajouter une annotation…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataQuality</name>
    <message>
        <source>%1 on %2, against a median of %3</source>
        <translation>%1 le %2, contre une médiane de %3</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataQualityModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoCommand</name>
    <message>
        <source>Create a workspace with the sample shop&apos;s events.</source>
        <translation>Créer un espace de travail avec les événements de la boutique exemple.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Le fichier d&apos;espace de travail à créer.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>How many shoppers (default 20000).</source>
        <translation>Combien de clients (20000 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same shop (default 42).</source>
        <translation>Graine aléatoire ; la même graine donne la même boutique (42 par défaut).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Replace the workspace file if it exists.</source>
        <translation>Remplacer le fichier d&apos;espace de travail s&apos;il existe.</translation>
    </message>
    <message>
        <source>the workspace file to create</source>
        <translation>le fichier d&apos;espace de travail à créer</translation>
    </message>
    <message>
        <source>--workspace: “%1” is a folder.</source>
        <translation>--workspace : « %1 » est un dossier.</translation>
    </message>
    <message>
        <source>Created %1: %2 users, %3 sessions, %4 events from %5 over %6 weeks.</source>
        <translation>%1 créé : %2 utilisateurs, %3 sessions, %4 événements à partir du %5 sur %6 semaines.</translation>
    </message>
    <message>
        <source>Write the events as a shop&apos;s CSV export instead of a workspace (12 columns).</source>
        <translation>Écrire les événements sous forme d&apos;export CSV d&apos;une boutique au lieu d&apos;un espace de travail (12 colonnes).</translation>
    </message>
    <message>
        <source>Write the events as NDJSON instead of a workspace.</source>
        <translation>Écrire les événements en NDJSON au lieu d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events of %3 users.</source>
        <translation>%1 écrit : %2 événements de %3 utilisateurs.</translation>
    </message>
    <message>
        <source>As the window&apos;s first start has it: the starter dictionary adopted, a change log, a saved assessment, a saved funnel and annotations.</source>
        <translation>Comme au premier démarrage de la fenêtre : le dictionnaire de départ adopté, un journal des modifications, une évaluation enregistrée, un entonnoir enregistré et des annotations.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoGenerationDialog</name>
    <message>
        <source>Demo shop</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <source>Creating the demo shop with %1 shoppers…</source>
        <translation>Création de la boutique de démonstration avec %1 clients…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoShop</name>
    <message>
        <source>Cannot move the demo workspace into place at “%1”.</source>
        <translation>Impossible de mettre l&apos;espace de travail de démonstration en place à « %1 ».</translation>
    </message>
    <message>
        <source>Demo shop (%1 users, seed %2)</source>
        <translation>Boutique de démonstration (%1 utilisateurs, graine %2)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Équipe de démo</translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation>Dictionnaire de départ adopté</translation>
    </message>
    <message>
        <source>Checkout squad</source>
        <translation>Équipe paiement</translation>
    </message>
    <message>
        <source>The checkout squad owns the order events</source>
        <translation>L&apos;équipe paiement est responsable des événements de commande</translation>
    </message>
    <message>
        <source>A core micro-conversion: it predicts a purchase</source>
        <translation>Une micro-conversion clé : elle prédit un achat</translation>
    </message>
    <message>
        <source>Reviewed after the search box outage</source>
        <translation>Revu après la panne du champ de recherche</translation>
    </message>
    <message>
        <source>Checkout funnel</source>
        <translation>Entonnoir de paiement</translation>
    </message>
    <message>
        <source>Summer sale</source>
        <translation>Soldes d&apos;été</translation>
    </message>
    <message>
        <source>App 3.2 release</source>
        <translation>Version 3.2 de l&apos;app</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryChange</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Ajouter l&apos;événement %1</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Supprimer l&apos;événement %1</translation>
    </message>
    <message>
        <source>Add parameter %1.%2</source>
        <translation>Ajouter le paramètre %1.%2</translation>
    </message>
    <message>
        <source>Delete parameter %1.%2</source>
        <translation>Supprimer le paramètre %1.%2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>Déprécier %1</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>Mettre %1 de %2 à %3</translation>
    </message>
    <message>
        <source>Rename parameter %1.%2 to %3</source>
        <translation>Renommer le paramètre %1.%2 en %3</translation>
    </message>
    <message>
        <source>Set %1 of %2.%3 to %4</source>
        <translation>Mettre %1 de %2.%3 à %4</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Impossible d’annuler « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryCommand</name>
    <message>
        <source>The plan to write (export) or read (import).</source>
        <translation>Le plan à écrire (export) ou à lire (import).</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>json (Funnelscope&apos;s own, every field), segment (a Segment Protocols tracking plan) or csv (one row per parameter). Default: from the file.</source>
        <translation>json (le format de Funnelscope, tous les champs), segment (un plan de marquage façon Segment Protocols) ou csv (une ligne par paramètre). Par défaut : d&apos;après le fichier.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>import: adopt the starter dictionary of e-commerce micro-conversions instead of a file.</source>
        <translation>import : adopter le dictionnaire de départ des micro-conversions e-commerce au lieu d&apos;un fichier.</translation>
    </message>
    <message>
        <source>import: also delete events and parameters the plan does not have.</source>
        <translation>import : supprimer aussi les événements et paramètres absents du plan.</translation>
    </message>
    <message>
        <source>import: print the differences, change nothing.</source>
        <translation>import : afficher les différences sans rien modifier.</translation>
    </message>
    <message>
        <source>The name the change log records (default: the preference, else the OS user).</source>
        <translation>Le nom inscrit dans le journal des modifications (par défaut : la préférence, sinon l&apos;utilisateur du système).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A reason the change log records with each change.</source>
        <translation>Un motif inscrit dans le journal avec chaque modification.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>--starter takes no file.</source>
        <translation>--starter ne prend pas de fichier.</translation>
    </message>
    <message>
        <source>name one file to %1, as in “funnelscope dictionary %1 --workspace W plan.json”.</source>
        <translation>indiquez un fichier pour %1, comme dans « funnelscope dictionary %1 --workspace W plan.json ».</translation>
    </message>
    <message>
        <source>check takes no file; use --csv F to write the findings.</source>
        <translation>check ne prend pas de fichier ; utilisez --csv F pour écrire les constats.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1 (%2).</source>
        <translation>
            <numerusform>%n événement écrit dans %1 (%2).</numerusform>
            <numerusform>%n événements écrits dans %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to change</source>
        <translation>l&apos;espace de travail à modifier</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist.</source>
        <translation>Impossible de lire « %1 » : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation>Dictionnaire de départ adopté</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>the plan cannot be applied: %1 Nothing was changed.</source>
        <translation>le plan ne peut pas être appliqué : %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes; nothing applied (--dry-run).</source>
        <translation>
            <numerusform>%n modification ; rien n&apos;est appliqué (--dry-run).</numerusform>
            <numerusform>%n modifications ; rien n&apos;est appliqué (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes, each in the change log.</source>
        <translation>
            <numerusform>%n modification appliquée, inscrite au journal.</numerusform>
            <numerusform>%n modifications appliquées, chacune inscrite au journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to check</source>
        <translation>l&apos;espace de travail à vérifier</translation>
    </message>
    <message>
        <source>The dictionary is empty: adopt the starter dictionary (dictionary import --starter) or import a plan.</source>
        <translation>Le dictionnaire est vide : adoptez le dictionnaire de départ (dictionary import --starter) ou importez un plan.</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Journal des modifications : %1</translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation>Journal des modifications ALTÉRÉ : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n constat.</numerusform>
            <numerusform>%n constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format “%1” is not a format; use json, segment or csv.</source>
        <translation>--format « %1 » n&apos;est pas un format ; utilisez json, segment ou csv.</translation>
    </message>
    <message>
        <source>Export, import or check the event dictionary (tracking plan); print its change log or a receipt of it.</source>
        <translation>Exporter, importer ou vérifier le dictionnaire d’événements (plan de suivi) ; afficher son journal des modifications ou un reçu de celui-ci.</translation>
    </message>
    <message>
        <source>export, import, check or log.</source>
        <translation>export, import, check ou log.</translation>
    </message>
    <message>
        <source>log: print a receipt of the change log to keep elsewhere. check --receipt RECEIPT: prove the log still holds the entries of that receipt, unchanged.</source>
        <translation>log : afficher un reçu du journal des modifications à conserver ailleurs. check --receipt REÇU : prouver que le journal contient toujours les entrées de ce reçu, inchangées.</translation>
    </message>
    <message>
        <source>--receipt: give the receipt to check, as in “funnelscope dictionary check --receipt &apos;funnelscope-change-log 1 entries=N sha256=…&apos; --workspace W”.</source>
        <translation>--receipt : donnez le reçu à vérifier, comme dans « funnelscope dictionary check --receipt &apos;funnelscope-change-log 1 entries=N sha256=…&apos; --workspace W ».</translation>
    </message>
    <message>
        <source>log takes no file.</source>
        <translation>log ne prend pas de fichier.</translation>
    </message>
    <message>
        <source>say what to do: export, import, check or log.</source>
        <translation>dites quoi faire : export, import, check ou log.</translation>
    </message>
    <message>
        <source>“%1” is not something the dictionary command does; use export, import, check or log.</source>
        <translation>« %1 » n’est pas une action de la commande dictionary ; utilisez export, import, check ou log.</translation>
    </message>
    <message>
        <source>the findings (check)</source>
        <translation>les constats (check)</translation>
    </message>
    <message>
        <source>check, log: print the findings or the change log as JSON on standard output.</source>
        <translation>check, log : afficher les constats ou le journal des modifications en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>--csv and --xlsx write data-quality findings, which a ClickHouse workspace (%1) cannot compute yet.</source>
        <translation>--csv et --xlsx écrivent les constats de qualité des données, qu’un espace de travail ClickHouse (%1) ne sait pas encore calculer.</translation>
    </message>
    <message>
        <source>Data quality is not checked on a ClickHouse workspace yet (it reads a workspace file&apos;s events); the change log is.</source>
        <translation>La qualité des données n’est pas encore vérifiée sur un espace de travail ClickHouse (elle lit les événements d’un fichier d’espace de travail) ; le journal des modifications l’est.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryModel</name>
    <message>
        <source>1 core</source>
        <translation>1 essentiel</translation>
    </message>
    <message>
        <source>2 diagnostic</source>
        <translation>2 diagnostic</translation>
    </message>
    <message>
        <source>never · due</source>
        <translation>jamais · à revoir</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation>%1 · à revoir</translation>
    </message>
    <message numerus="yes">
        <source>Not reviewed in the last %n days</source>
        <translation>
            <numerusform>Non revu depuis %n jour</numerusform>
            <numerusform>Non revu depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryPage</name>
    <message>
        <source>Funnelscope dictionary (*.json);;Segment tracking plan (*.json);;CSV, one row per parameter (*.csv)</source>
        <translation>Dictionnaire Funnelscope (*.json);;Plan de marquage Segment (*.json);;CSV, une ligne par paramètre (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Event dictionary&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;Dictionnaire d&apos;événements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The naming convention new event and parameter names must follow</source>
        <translation>La convention de nommage que doivent suivre les nouveaux noms d&apos;événements et de paramètres</translation>
    </message>
    <message>
        <source>The name the change log records for your edits</source>
        <translation>Le nom inscrit dans le journal pour vos modifications</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Record my changes as:</source>
        <translation>Inscrire mes modifications sous le nom :</translation>
    </message>
    <message>
        <source>Adopt Starter Dictionary…</source>
        <translation>Adopter le dictionnaire de départ…</translation>
    </message>
    <message>
        <source>Add the core e-commerce micro-conversions (product_view … purchase, newsletter_signup) with stages, tiers and parameters</source>
        <translation>Ajouter les micro-conversions e-commerce essentielles (product_view … purchase, newsletter_signup) avec étapes, niveaux et paramètres</translation>
    </message>
    <message>
        <source>Import Plan…</source>
        <translation>Importer un plan…</translation>
    </message>
    <message>
        <source>Export Plan…</source>
        <translation>Exporter le plan…</translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Data Quality (%1)</source>
        <translation>Qualité des données (%1)</translation>
    </message>
    <message>
        <source>No findings: the data follows the dictionary.</source>
        <translation>Aucun constat : les données suivent le dictionnaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings, %1 of them errors. Double-click one to open its event.</source>
        <translation>
            <numerusform>%n constat, dont %1 erreur(s). Double-cliquez pour ouvrir son événement.</numerusform>
            <numerusform>%n constats, dont %1 erreur(s). Double-cliquez sur l&apos;un d&apos;eux pour ouvrir son événement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>Filtrer les événements…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toute étape</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>Tier 1 · core</source>
        <translation>Niveau 1 · essentiel</translation>
    </message>
    <message>
        <source>Tier 2 · diagnostic</source>
        <translation>Niveau 2 · diagnostic</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Event name (%1):</source>
        <translation>Nom de l&apos;événement (%1) :</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n parameters from the dictionary? Deprecating keeps its history readable; Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer « %1 » et son %n paramètre du dictionnaire ? Le déprécier garde son historique lisible ; Annuler le rétablit.</numerusform>
            <numerusform>Supprimer « %1 » et ses %n paramètres du dictionnaire ? Le déprécier garde son historique lisible ; Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Naming:</source>
        <translation>Nommage :</translation>
    </message>
    <message>
        <source>This event only</source>
        <translation>Cet événement seulement</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Export Change Log</source>
        <translation>Exporter le journal des modifications</translation>
    </message>
    <message>
        <source>Wrote the change log to %1.</source>
        <translation>Journal des modifications écrit dans %1.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>Wrote the findings to %1.</source>
        <translation>Constats écrits dans %1.</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Appliquer %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes from %1; Undo takes them back.</source>
        <translation>
            <numerusform>%n modification de %1 appliquée ; Annuler la reprend.</numerusform>
            <numerusform>%n modifications de %1 appliquées ; Annuler les reprend.</numerusform>
        </translation>
    </message>
    <message>
        <source>the starter dictionary</source>
        <translation>le dictionnaire de départ</translation>
    </message>
    <message>
        <source>Export Dictionary</source>
        <translation>Exporter le dictionnaire</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tracking Plan</source>
        <translation>Importer un plan de marquage</translation>
    </message>
    <message>
        <source>Tracking plans (*.json *.csv);;All files (*)</source>
        <translation>Plans de marquage (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the data against the dictionary…</source>
        <translation>Vérification des données par rapport au dictionnaire…</translation>
    </message>
    <message>
        <source>Editing as %1</source>
        <translation>Modifié par %1</translation>
    </message>
    <message>
        <source>Copy Receipt</source>
        <translation>Copier le reçu</translation>
    </message>
    <message>
        <source>Copy a receipt of the change log as it is now, to keep outside the workspace (a ticket, an email, a commit)</source>
        <translation>Copier un reçu du journal tel qu’il est maintenant, à conserver hors de l’espace de travail (un ticket, un e-mail, un commit)</translation>
    </message>
    <message>
        <source>Copied the receipt of the change log: keep it outside the workspace. Check Receipt… proves later that the log still holds these entries, unchanged.</source>
        <translation>Reçu du journal copié : conservez-le hors de l’espace de travail. « Vérifier un reçu… » prouvera plus tard que le journal contient toujours ces entrées, inchangées.</translation>
    </message>
    <message>
        <source>Check Receipt…</source>
        <translation>Vérifier un reçu…</translation>
    </message>
    <message>
        <source>Prove that the change log still holds the entries of a receipt you kept, unchanged</source>
        <translation>Prouver que le journal contient toujours, inchangées, les entrées d’un reçu conservé</translation>
    </message>
    <message>
        <source>Check Receipt</source>
        <translation>Vérifier un reçu</translation>
    </message>
    <message>
        <source>The receipt you kept (funnelscope-change-log 1 entries=…):</source>
        <translation>Le reçu conservé (funnelscope-change-log 1 entries=…) :</translation>
    </message>
    <message>
        <source>The data could not be checked: %1</source>
        <translation>Les données n’ont pas pu être vérifiées : %1</translation>
    </message>
    <message>
        <source>Annotate This…</source>
        <translation>Annoter…</translation>
    </message>
    <message>
        <source>Mark the days of the selected volume alert as a tracking change, on every time axis</source>
        <translation>Marquer les jours de l’alerte de volume choisie comme changement du suivi, sur chaque axe du temps</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 en chute</translation>
    </message>
    <message>
        <source>%1 spiked</source>
        <translation>%1 en pic</translation>
    </message>
    <message>
        <source>Annotated: %1.</source>
        <translation>Annoté : %1.</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <source>Change log and data quality</source>
        <translation>Journal des modifications et qualité des données</translation>
    </message>
    <message>
        <source>Events of the dictionary</source>
        <translation>Événements du dictionnaire</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Data-quality findings</source>
        <translation>Constats de qualité des données</translation>
    </message>
    <message>
        <source>The data is not checked against the dictionary on a ClickHouse server yet: the checks read a workspace file&apos;s events.</source>
        <translation>Les données ne sont pas encore vérifiées par rapport au dictionnaire sur un serveur ClickHouse : les vérifications lisent les événements d’un fichier d’espace de travail.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryRules</name>
    <message>
        <source>snake_case (add_to_cart)</source>
        <translation>snake_case (add_to_cart)</translation>
    </message>
    <message>
        <source>camelCase (addToCart)</source>
        <translation>camelCase (addToCart)</translation>
    </message>
    <message>
        <source>Object Action (Product Added)</source>
        <translation>Object Action (Product Added)</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considération</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Déprécié</translation>
    </message>
    <message>
        <source>Every occurrence</source>
        <translation>Chaque occurrence</translation>
    </message>
    <message>
        <source>Once per session</source>
        <translation>Une fois par session</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Vrai/faux</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>A parameter name</source>
        <translation>Un nom de paramètre</translation>
    </message>
    <message>
        <source>An event name</source>
        <translation>Un nom d&apos;événement</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters; “%3…” has %4.</source>
        <translation>%1 peut avoir au plus %2 caractères ; « %3… » en a %4.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space.</source>
        <translation>« %1 » commence ou se termine par une espace.</translation>
    </message>
    <message>
        <source>lower-case letters, digits and single underscores, starting with a letter</source>
        <translation>lettres minuscules, chiffres et tirets bas simples, en commençant par une lettre</translation>
    </message>
    <message>
        <source>letters and digits, starting with a lower-case letter, each further word starting with a capital</source>
        <translation>lettres et chiffres, en commençant par une minuscule, chaque mot suivant commençant par une majuscule</translation>
    </message>
    <message>
        <source>two or more capitalised words separated by single spaces</source>
        <translation>deux mots ou plus avec majuscule initiale, séparés par des espaces simples</translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3.</source>
        <translation>« %1 » ne suit pas la convention %2 : utilisez %3.</translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3 (for example “%4”).</source>
        <translation>« %1 » ne suit pas la convention %2 : utilisez %3 (par exemple « %4 »).</translation>
    </message>
    <message>
        <source>An event name cannot be empty.</source>
        <translation>Un nom d&apos;événement ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The stage of “%1” must be one of %2, not “%3”.</source>
        <translation>L&apos;étape de « %1 » doit être l&apos;une de %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>The tier of “%1” must be 1 (core) or 2 (diagnostic), not %2.</source>
        <translation>Le niveau de « %1 » doit être 1 (essentiel) ou 2 (diagnostic), et non %2.</translation>
    </message>
    <message>
        <source>The status of “%1” must be one of %2, not “%3”.</source>
        <translation>Le statut de « %1 » doit être l&apos;un de %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>The counting rule of “%1” must be “every” or “once_per_session”, not “%2”.</source>
        <translation>La règle de comptage de « %1 » doit être « every » ou « once_per_session », et non « %2 ».</translation>
    </message>
    <message>
        <source>“%1” cannot have been reviewed in the future (%2).</source>
        <translation>« %1 » ne peut pas avoir été revu dans le futur (%2).</translation>
    </message>
    <message>
        <source>The tags of “%1” include an empty one.</source>
        <translation>Les étiquettes de « %1 » en contiennent une vide.</translation>
    </message>
    <message>
        <source>The tags of “%1” repeat a tag.</source>
        <translation>Les étiquettes de « %1 » répètent une étiquette.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>“%1” has two parameters called “%2”.</source>
        <translation>« %1 » a deux paramètres nommés « %2 ».</translation>
    </message>
    <message>
        <source>A parameter name cannot be empty.</source>
        <translation>Un nom de paramètre ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The type of “%1” must be one of %2, not “%3”.</source>
        <translation>Le type de « %1 » doit être l&apos;un de %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>The pattern of “%1” is not a valid regular expression: %2.</source>
        <translation>Le motif de « %1 » n&apos;est pas une expression régulière valide : %2.</translation>
    </message>
    <message>
        <source>The allowed value “%1” of “%2” is not a valid %3 value.</source>
        <translation>La valeur autorisée « %1 » de « %2 » n&apos;est pas une valeur valide de type %3.</translation>
    </message>
    <message>
        <source>The example of “%1”: %2</source>
        <translation>L&apos;exemple de « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value.</source>
        <translation>« %1 » n&apos;est pas une valeur valide de type %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>« %1 » ne fait pas partie des valeurs autorisées (%2).</translation>
    </message>
    <message>
        <source>“%1” does not match the pattern %2.</source>
        <translation>« %1 » ne correspond pas au motif %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DrawingExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire « %1 ».</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDefinition</name>
    <message>
        <source>“%1” must be %2</source>
        <translation>« %1 » doit être %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>“last_reviewed” must be a date like 2026-03-31, not “%1”</source>
        <translation>« last_reviewed » doit être une date comme 2026-03-31, et non « %1 »</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 ou 2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>each parameter must be an object</source>
        <translation>chaque paramètre doit être un objet</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>paramètre %1 : %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDictionary</name>
    <message>
        <source>The event “%1” is not in the workspace&apos;s dictionary.</source>
        <translation>L&apos;événement « %1 » n&apos;est pas dans le dictionnaire de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>An event called “%1” is already in the dictionary.</source>
        <translation>Un événement nommé « %1 » est déjà dans le dictionnaire.</translation>
    </message>
    <message>
        <source>There is no event called “%1” in the dictionary.</source>
        <translation>Il n&apos;y a pas d&apos;événement nommé « %1 » dans le dictionnaire.</translation>
    </message>
    <message>
        <source>The %1 of “%2” is “%3” now, not “%4”: it was changed meanwhile.</source>
        <translation>Le champ %1 de « %2 » vaut maintenant « %3 », et non « %4 » : il a été modifié entre-temps.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>« %1 » n&apos;est pas une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” already has a parameter called “%2”.</source>
        <translation>« %1 » a déjà un paramètre nommé « %2 ».</translation>
    </message>
    <message>
        <source>“%1” has no parameter called “%2”.</source>
        <translation>« %1 » n&apos;a pas de paramètre nommé « %2 ».</translation>
    </message>
    <message>
        <source>The %1 of “%2.%3” is “%4” now, not “%5”: it was changed meanwhile.</source>
        <translation>Le champ %1 de « %2.%3 » vaut maintenant « %4 », et non « %5 » : il a été modifié entre-temps.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reviewed Today</source>
        <translation>Revu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Add Parameter…</source>
        <translation>Ajouter un paramètre…</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Retirer le paramètre</translation>
    </message>
    <message>
        <source>1 · core</source>
        <translation>1 · essentiel</translation>
    </message>
    <message>
        <source>2 · diagnostic</source>
        <translation>2 · diagnostic</translation>
    </message>
    <message>
        <source>What it means and when it fires</source>
        <translation>Ce qu&apos;il signifie et quand il se déclenche</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>Déprécier %1</translation>
    </message>
    <message>
        <source>Why is it deprecated (for the change log)?</source>
        <translation>Pourquoi est-il déprécié (pour le journal) ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Dernière revue :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paramètres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;No event selected&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Aucun événement sélectionné&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>Add Parameter to %1</source>
        <translation>Ajouter un paramètre à %1</translation>
    </message>
    <message>
        <source>Parameter name:</source>
        <translation>Nom du paramètre :</translation>
    </message>
    <message>
        <source>Parameters of the event</source>
        <translation>Paramètres de l&apos;événement</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventRecords</name>
    <message>
        <source>%1: the events of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1 : les événements de l’import %2 ne peuvent pas être lus ; l’espace de travail est endommagé.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTable</name>
    <message>
        <source>This workspace holds more than 65,535 imports with events, more than a report can merge: remove older imports on the Data page.</source>
        <translation>Cet espace de travail contient plus de 65 535 importations avec des événements, plus qu’un rapport ne peut en fusionner : supprimez d’anciennes importations dans la page Données.</translation>
    </message>
    <message>
        <source>none yet; import an export first</source>
        <translation>aucun pour l’instant ; importez d’abord un export</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTexts</name>
    <message>
        <source>%1: the event ids of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1 : les identifiants d’événement de l’import %2 sont illisibles ; l’espace de travail est endommagé.</translation>
    </message>
    <message>
        <source>%1: the properties of the events of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1 : impossible de lire les propriétés des événements de l’import %2 ; l’espace de travail est endommagé.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTypesModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ExportPrompt</name>
    <message>
        <source>PNG image, 2x for slides (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG, 2x pour les diapositives (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, with a byte-order mark (*.csv)</source>
        <translation>CSV pour Excel, avec marque d&apos;ordre des octets (*.csv)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FieldMapping</name>
    <message>
        <source>--%1 “%2”: write it as FIELD=%3.</source>
        <translation>--%1 « %2 » : écrivez-le sous la forme CHAMP=%3.</translation>
    </message>
    <message>
        <source>--%1 “%2”: “%3” is not a field; the fields are %4.</source>
        <translation>--%1 « %2 » : « %3 » n&apos;est pas un champ ; les champs sont %4.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map « %1 » : le fichier n&apos;a pas de colonne « %2 » (ses colonnes : %3).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Figures</name>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::FolderWatcher</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>« %1 » n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>« %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>the same content was imported before</source>
        <translation>le même contenu a déjà été importé</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionCommand</name>
    <message>
        <source>Find friction: cart loops, search struggles, stalled checkouts, high-value carts left behind.</source>
        <translation>Trouver les frictions : boucles de panier, recherches infructueuses, paiements bloqués, paniers de valeur abandonnés.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Which events play a role: ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, remove_from_cart, checkout, purchase; repeatable.</source>
        <translation>Quels événements jouent un rôle : RÔLE=E1,E2 avec RÔLE parmi search, product_view, add_to_cart, remove_from_cart, checkout, purchase ; répétable.</translation>
    </message>
    <message>
        <source>role=events</source>
        <translation>rôle=événements</translation>
    </message>
    <message>
        <source>Without a session id, a longer pause ends the session (default 30m).</source>
        <translation>Sans identifiant de session, une pause plus longue termine la session (30m par défaut).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>A checkout step followed by nothing this long has stalled (default 5m).</source>
        <translation>Une étape de paiement suivie de rien pendant ce temps est bloquée (5m par défaut).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Garder les événements où PROPRIÉTÉ OP VALEUR (OP : = != &gt; &gt;= &lt; &lt;= ~) ; répétable.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>First day of the sessions (YYYY-MM-DD, workspace time zone).</source>
        <translation>Premier jour des sessions (AAAA-MM-JJ, fuseau de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the sessions, included.</source>
        <translation>Dernier jour des sessions, inclus.</translation>
    </message>
    <message>
        <source>Print the weeks and the sessions as JSON on standard output.</source>
        <translation>Afficher les semaines et les sessions en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>--role: “%1” is not ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, remove_from_cart, checkout, purchase.</source>
        <translation>--role : « %1 » n&apos;est pas RÔLE=E1,E2 avec RÔLE parmi search, product_view, add_to_cart, remove_from_cart, checkout, purchase.</translation>
    </message>
    <message>
        <source>No event plays %1: say which with --role.</source>
        <translation>Aucun événement ne joue %1 : indiquez-le avec --role.</translation>
    </message>
    <message>
        <source>every session with a signal (person, signal, times, detail)</source>
        <translation>chaque session avec un signal (personne, signal, heures, détail)</translation>
    </message>
    <message>
        <source>Looking for friction…</source>
        <translation>Recherche des frictions…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionEngine</name>
    <message>
        <source>a loop and a struggle need at least one add or search.</source>
        <translation>une boucle et une recherche infructueuse demandent au moins un ajout ou une recherche.</translation>
    </message>
    <message>
        <source>the high-value share must be above 0 and at most 1.</source>
        <translation>la part de grande valeur doit être au-dessus de 0 et au plus 1.</translation>
    </message>
    <message>
        <source>the stall must not be negative and the session gap at least a minute.</source>
        <translation>le blocage ne doit pas être négatif et la pause de session doit durer au moins une minute.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionExport</name>
    <message numerus="yes">
        <source>%Ln cart loops</source>
        <translation>
            <numerusform>%Ln boucle de panier</numerusform>
            <numerusform>%Ln boucles de panier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln search struggles</source>
        <translation>
            <numerusform>%Ln recherche laborieuse</numerusform>
            <numerusform>%Ln recherches laborieuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled checkouts</source>
        <translation>
            <numerusform>%Ln paiement bloqué</numerusform>
            <numerusform>%Ln paiements bloqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln high-value carts left behind</source>
        <translation>
            <numerusform>%Ln panier de grande valeur abandonné</numerusform>
            <numerusform>%Ln paniers de grande valeur abandonnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln sessions: %1.</source>
        <translation>
            <numerusform>Dans %Ln session : %1.</numerusform>
            <numerusform>Dans %Ln sessions : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionWeeksModel</name>
    <message>
        <source>Cart loops</source>
        <translation>Boucles de panier</translation>
    </message>
    <message>
        <source>Search struggles</source>
        <translation>Recherches infructueuses</translation>
    </message>
    <message>
        <source>Stalled checkouts</source>
        <translation>Paiements bloqués</translation>
    </message>
    <message>
        <source>High-value carts left</source>
        <translation>Paniers de valeur</translation>
    </message>
    <message>
        <source>%1 sessions of %2 persons in the week from %3</source>
        <translation>%1 sessions de %2 personnes dans la semaine du %3</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Sessions where one product went into the cart and out again at least three times</source>
        <translation>Sessions où un produit est entré dans le panier et en est ressorti au moins trois fois</translation>
    </message>
    <message>
        <source>Sessions with three or more searches and no product viewed after the last</source>
        <translation>Sessions avec trois recherches ou plus et aucun produit vu après la dernière</translation>
    </message>
    <message>
        <source>Sessions without a purchase where a checkout step was followed by nothing for five minutes</source>
        <translation>Sessions sans achat où une étape de paiement n&apos;a été suivie de rien pendant cinq minutes</translation>
    </message>
    <message>
        <source>Carts in the top 10 % by value that never reached a purchase</source>
        <translation>Paniers parmi les 10 % les plus chers qui n&apos;ont jamais abouti à un achat</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelChart</name>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>Funnel: %1 · within %2 · %3 · %4</source>
        <translation>Entonnoir : %1 · en %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · par %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;★ this segment converts differently from all the others (two-proportion test, p &amp;lt; 0.05)&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;★ ce segment convertit différemment de tous les autres (test de deux proportions, p &amp;lt; 0,05)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation>Ont atteint l&apos;étape</translation>
    </message>
    <message>
        <source>Dropped off since step 1</source>
        <translation>Abandons depuis l&apos;étape 1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, too few to test</source>
        <translation>, trop peu pour tester</translation>
    </message>
    <message>
        <source>Conversion from step 1</source>
        <translation>Conversion depuis l&apos;étape 1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source> · same %1</source>
        <translation> · même %1</translation>
    </message>
    <message>
        <source> · with step windows</source>
        <translation> · avec fenêtres par étape</translation>
    </message>
    <message>
        <source> · %1 – %2</source>
        <translation> · %1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>cette période</translation>
    </message>
    <message>
        <source>%1 (%2), before</source>
        <translation>%1 (%2), avant</translation>
    </message>
    <message>
        <source>Overall: %1 points; too few to test</source>
        <translation>Global : %1 points ; trop peu pour tester</translation>
    </message>
    <message>
        <source>Overall: %1 points, a real change (%2)</source>
        <translation>Global : %1 points, un vrai changement (%2)</translation>
    </message>
    <message>
        <source>Overall: %1 points, within chance (%2)</source>
        <translation>Global : %1 points, dans les limites du hasard (%2)</translation>
    </message>
    <message>
        <source>, %1 ★</source>
        <translation>, %1 ★</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelCommand</name>
    <message>
        <source>Compute a funnel: step conversion, drop-off, time to convert, breakdowns.</source>
        <translation>Calculer un entonnoir : conversion par étape, abandons, délai de conversion, ventilations.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The step events, in order (2 to 20).</source>
        <translation>Les événements des étapes, dans l&apos;ordre (2 à 20).</translation>
    </message>
    <message>
        <source>E1,E2,...</source>
        <translation>E1,E2,...</translation>
    </message>
    <message>
        <source>Conversion window: 30m, 12h, 7d, 2w (default 7d).</source>
        <translation>Fenêtre de conversion : 30m, 12h, 7d, 2w (7d par défaut).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>ordered (default), strict or any.</source>
        <translation>ordered (par défaut), strict ou any.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>users (default), sessions or totals.</source>
        <translation>users (par défaut), sessions ou totals.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Break down by a field, a source property, or new_vs_returning.</source>
        <translation>Ventiler par un champ, une propriété de la source ou new_vs_returning.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <source>Breakdown values shown before “other” (default 5).</source>
        <translation>Valeurs de ventilation affichées avant « autre » (5 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Garder les événements où PROPRIÉTÉ OP VALEUR (OP : = != &gt; &gt;= &lt; &lt;= ~) ; répétable.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>Stop chains that meet EVENT between step K and K+1; repeatable.</source>
        <translation>Arrêter les chaînes qui rencontrent ÉVÉNEMENT entre l&apos;étape K et K+1 ; répétable.</translation>
    </message>
    <message>
        <source>EVENT@K</source>
        <translation>ÉVÉNEMENT@K</translation>
    </message>
    <message>
        <source>First day of step 1 (YYYY-MM-DD, workspace time zone).</source>
        <translation>Premier jour de l&apos;étape 1 (AAAA-MM-JJ, fuseau de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of step 1, included.</source>
        <translation>Dernier jour de l&apos;étape 1, inclus.</translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation>Écrire le graphique en PNG (2x, pour les présentations).</translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation>Écrire le graphique en SVG.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Afficher le résultat en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>the step events, such as product_view,add_to_cart,purchase</source>
        <translation>les événements des étapes, par exemple product_view,add_to_cart,purchase</translation>
    </message>
    <message>
        <source>--order: “%1” is not ordered, strict or any.</source>
        <translation>--order : « %1 » n&apos;est ni ordered, ni strict, ni any.</translation>
    </message>
    <message>
        <source>--count: “%1” is not users, sessions or totals.</source>
        <translation>--count : « %1 » n&apos;est ni users, ni sessions, ni totals.</translation>
    </message>
    <message>
        <source>--exclude: “%1” should be EVENT@K, the event excluded between step K and K+1.</source>
        <translation>--exclude : « %1 » devrait être EVENT@K, l&apos;événement exclu entre l&apos;étape K et K+1.</translation>
    </message>
    <message>
        <source>Hold PROPERTY constant: every step&apos;s event has step 1&apos;s value (such as product_id); up to 3, repeatable or comma-separated.</source>
        <translation>Garder PROPRIÉTÉ constante : l’événement de chaque étape a la valeur de l’étape 1 (p. ex. product_id) ; jusqu’à 3, répétable ou séparées par des virgules.</translation>
    </message>
    <message>
        <source>Step K within DURATION after step K-1 (such as 3=30m); repeatable.</source>
        <translation>Étape K dans les DURÉE après l’étape K-1 (p. ex. 3=30m) ; répétable.</translation>
    </message>
    <message>
        <source>K=DURATION</source>
        <translation>K=DURÉE</translation>
    </message>
    <message>
        <source>Which event gives the breakdown value: step1 (default), first-touch, last-touch or step:K.</source>
        <translation>Quel événement donne la valeur de la ventilation : step1 (par défaut), first-touch, last-touch ou step:K.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Also the funnel of another period: previous (as long, just before --from..--to) or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>Aussi l’entonnoir d’une autre période : previous (aussi longue, juste avant --from..--to) ou AAAA-MM-JJ..AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Write the weekly trend with the workspace&apos;s annotations (PNG or SVG, by suffix).</source>
        <translation>Écrire la tendance hebdomadaire avec les annotations de l’espace de travail (PNG ou SVG, selon le suffixe).</translation>
    </message>
    <message>
        <source>--compare previous: name the period with --from and --to first.</source>
        <translation>--compare previous : indiquez d’abord la période avec --from et --to.</translation>
    </message>
    <message>
        <source>--compare: “%1” is neither previous nor a period such as 2024-01-01..2024-01-31.</source>
        <translation>--compare : « %1 » n’est ni previous ni une période comme 2024-01-01..2024-01-31.</translation>
    </message>
    <message>
        <source>--hold: at most %1 properties, not %2.</source>
        <translation>--hold : %1 propriétés au plus, pas %2.</translation>
    </message>
    <message>
        <source>--step-window: “%1” should be K=DURATION with K a step from 2 to %2.</source>
        <translation>--step-window : « %1 » devrait être K=DURÉE, K une étape de 2 à %2.</translation>
    </message>
    <message>
        <source>--step-window: “%1” is not a duration from 1m to 366d (such as 30m, 12h, 7d).</source>
        <translation>--step-window : « %1 » n’est pas une durée de 1m à 366d (p. ex. 30m, 12h, 7d).</translation>
    </message>
    <message>
        <source>--attribution: “%1” is not step1, first-touch, last-touch or step:K.</source>
        <translation>--attribution : « %1 » n’est ni step1, ni first-touch, ni last-touch, ni step:K.</translation>
    </message>
    <message>
        <source>Break a numeric property down in bins: PROPERTY=E1,E2,... (such as price=0,20,50,100) or PROPERTY=quartiles; repeatable.</source>
        <translation>Ventiler une propriété numérique par tranches : PROPRIÉTÉ=E1,E2,... (p. ex. price=0,20,50,100) ou PROPRIÉTÉ=quartiles ; répétable.</translation>
    </message>
    <message>
        <source>P=EDGES</source>
        <translation>P=BORNES</translation>
    </message>
    <message>
        <source>--bins: “%1” should be PROPERTY=E1,E2,... with rising numbers, or PROPERTY=quartiles.</source>
        <translation>--bins : « %1 » devrait être PROPRIÉTÉ=E1,E2,... avec des nombres croissants, ou PROPRIÉTÉ=quartiles.</translation>
    </message>
    <message>
        <source>Write the users who dropped off (user, last step, time) as CSV, or XLSX by the suffix.</source>
        <translation>Écrire les utilisateurs qui ont abandonné (utilisateur, dernière étape, heure) en CSV, ou en XLSX selon l&apos;extension.</translation>
    </message>
    <message>
        <source>every figure</source>
        <translation>tous les chiffres</translation>
    </message>
    <message>
        <source>Computing the funnel…</source>
        <translation>Calcul de l&apos;entonnoir…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelEngine</name>
    <message>
        <source>a funnel has %1 to %2 steps, not %3.</source>
        <translation>un entonnoir a de %1 à %2 étapes, et non %3.</translation>
    </message>
    <message>
        <source>the conversion window must be between 1 minute and 366 days.</source>
        <translation>la fenêtre de conversion doit être comprise entre 1 minute et 366 jours.</translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation>il n&apos;y a pas d&apos;événement « %1 » dans cet espace de travail (ses événements : %2).</translation>
    </message>
    <message>
        <source>an exclusion must lie between two steps (after step 1 to %1).</source>
        <translation>une exclusion doit se situer entre deux étapes (après l&apos;étape 1 jusqu&apos;à %1).</translation>
    </message>
    <message>
        <source>the breakdown needs at least one value (top N ≥ 1).</source>
        <translation>la ventilation a besoin d&apos;au moins une valeur (top N ≥ 1).</translation>
    </message>
    <message>
        <source>there is no event “%1” to exclude in this workspace (its events: %2).</source>
        <translation>il n’y a pas d’événement « %1 » à exclure dans cet espace de travail (ses événements : %2).</translation>
    </message>
    <message>
        <source>a funnel holds at most %1 properties constant, not %2.</source>
        <translation>un entonnoir garde au plus %1 propriétés constantes, pas %2.</translation>
    </message>
    <message>
        <source>no event has the property “%1” to hold constant.</source>
        <translation>aucun événement n’a la propriété « %1 » à garder constante.</translation>
    </message>
    <message>
        <source>the held properties have too many combinations of values.</source>
        <translation>les propriétés gardées constantes ont trop de combinaisons de valeurs.</translation>
    </message>
    <message>
        <source>steps in any order have no windows of their own; use the ordered or strict order.</source>
        <translation>des étapes dans n’importe quel ordre n’ont pas de fenêtre propre ; utilisez l’ordre ordonné ou strict.</translation>
    </message>
    <message>
        <source>step %1&apos;s window must be between 1 minute and 366 days.</source>
        <translation>la fenêtre de l’étape %1 doit être entre 1 minute et 366 jours.</translation>
    </message>
    <message>
        <source>steps in any order have no last step to attribute to; use step 1, or the ordered or strict order.</source>
        <translation>des étapes dans n’importe quel ordre n’ont pas de dernière étape à laquelle attribuer ; utilisez l’étape 1, ou l’ordre ordonné ou strict.</translation>
    </message>
    <message>
        <source>attribution to step %1: the funnel has steps 1 to %2.</source>
        <translation>attribution à l’étape %1 : l’entonnoir a les étapes 1 à %2.</translation>
    </message>
    <message>
        <source>comparing with the previous period needs a period: a first and a last day.</source>
        <translation>comparer à la période précédente demande une période : un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>the period to compare with must start before it ends.</source>
        <translation>la période de comparaison doit commencer avant de finir.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelPage</name>
    <message>
        <source>Saved funnels</source>
        <translation>Entonnoirs enregistrés</translation>
    </message>
    <message>
        <source>Drag steps to reorder them; double-click a step to filter it</source>
        <translation>Faites glisser les étapes pour les réordonner ; double-cliquez sur une étape pour la filtrer</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Strictly in a row</source>
        <translation>Strictement à la suite</translation>
    </message>
    <message>
        <source>In any order</source>
        <translation>Dans n&apos;importe quel ordre</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Every attempt (totals)</source>
        <translation>Chaque tentative (totaux)</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>e.g. country = DE; channel != email</source>
        <translation>p. ex. country = DE; channel != email</translation>
    </message>
    <message>
        <source>Keep only events that pass every filter: PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (contains), separated by semicolons</source>
        <translation>Ne garder que les événements qui passent tous les filtres : PROPRIÉTÉ OP VALEUR avec OP parmi = != &gt; &gt;= &lt; &lt;= ~ (contient), séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Only step 1 from</source>
        <translation>Étape 1 seulement du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>En :</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Compter :</translation>
    </message>
    <message>
        <source>Break down by:</source>
        <translation>Ventiler par :</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation>Enregistrer le graphique en PNG ou SVG, ou le tableau en CSV</translation>
    </message>
    <message>
        <source>Export Dropped Users…</source>
        <translation>Exporter les utilisateurs perdus…</translation>
    </message>
    <message>
        <source>Save who stopped before the last step, with their last step and its time, as CSV for remarketing</source>
        <translation>Enregistrer qui s&apos;est arrêté avant la dernière étape, avec sa dernière étape et son heure, en CSV pour le remarketing</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Time to Convert</source>
        <translation>Délai de conversion</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>new vs returning</source>
        <translation>nouveaux ou récurrents</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>%1 of %2 converted (%3).</source>
        <translation>%1 sur %2 ont converti (%3).</translation>
    </message>
    <message>
        <source>Time from %1 to %2, for those who converted</source>
        <translation>Temps de %1 à %2, pour ceux qui ont converti</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Converted within (each bar: longer than the bar before, up to this)</source>
        <translation>Convertis en (chaque barre : plus long que la précédente, jusqu&apos;à cette durée)</translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un entonnoir a au plus %1 étapes.</translation>
    </message>
    <message>
        <source>Filter Step</source>
        <translation>Filtrer l&apos;étape</translation>
    </message>
    <message>
        <source>Count “%1” only where (PROPERTY OP VALUE; several separated by semicolons):</source>
        <translation>Compter « %1 » seulement si (PROPRIÉTÉ OP VALEUR ; plusieurs séparés par des points-virgules) :</translation>
    </message>
    <message>
        <source>Save Funnel</source>
        <translation>Enregistrer l&apos;entonnoir</translation>
    </message>
    <message>
        <source>There is no funnel to export yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;entonnoir à exporter.</translation>
    </message>
    <message>
        <source>Export Funnel</source>
        <translation>Exporter l&apos;entonnoir</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>entonnoir.png</translation>
    </message>
    <message>
        <source>Export Dropped Users</source>
        <translation>Exporter les utilisateurs perdus</translation>
    </message>
    <message>
        <source>dropped-users.csv</source>
        <translation>utilisateurs-perdus.csv</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Each person once: a known user with every anonymous visit linked to them (identity stitching, in Preferences)</source>
        <translation>Chaque personne une fois : un utilisateur connu avec toutes les visites anonymes qui lui sont liées (rapprochement d’identités, dans les Préférences)</translation>
    </message>
    <message>
        <source>Ids (stitching off)</source>
        <translation>Identifiants (rapprochement désactivé)</translation>
    </message>
    <message>
        <source>Each user or anonymous id apart: identity stitching is off for this workspace (Preferences)</source>
        <translation>Chaque identifiant, utilisateur ou anonyme, à part : le rapprochement d’identités est désactivé pour cet espace de travail (Préférences)</translation>
    </message>
    <message>
        <source>Saved Funnels</source>
        <translation>Entonnoirs enregistrés</translation>
    </message>
    <message>
        <source>Click a step&apos;s bar to see where those who stopped there went (Journeys)</source>
        <translation>Cliquez sur la barre d&apos;une étape pour voir où sont allés ceux qui s&apos;y sont arrêtés (Parcours)</translation>
    </message>
    <message>
        <source>Window…</source>
        <translation>Fenêtre…</translation>
    </message>
    <message>
        <source>How long after the previous step this step may come, besides the funnel&apos;s window</source>
        <translation>Combien de temps après l’étape précédente cette étape peut venir, en plus de la fenêtre de l’entonnoir</translation>
    </message>
    <message>
        <source>Count a chain only when every step&apos;s event has step 1&apos;s value of this property: the same product from view to purchase</source>
        <translation>Ne compter une chaîne que si l’événement de chaque étape a la valeur de cette propriété de l’étape 1 : le même produit de la vue à l’achat</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Étape 1</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Which event gives a person&apos;s breakdown value: step 1 of their best chain, their first event with a value, or their last one up to the last step they reached</source>
        <translation>Quel événement donne la valeur de ventilation d’une personne : l’étape 1 de sa meilleure chaîne, son premier événement avec une valeur, ou son dernier jusqu’à la dernière étape atteinte</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Face à la période d’avant</translation>
    </message>
    <message>
        <source>The same funnel over the days just before, as many: the change per step and whether overall conversion differs (two-proportion test)</source>
        <translation>Le même entonnoir sur autant de jours juste avant : le changement par étape et si la conversion globale diffère (test de deux proportions)</translation>
    </message>
    <message>
        <source>Same value of:</source>
        <translation>Même valeur de :</translation>
    </message>
    <message>
        <source>Attribute to:</source>
        <translation>Attribuer à :</translation>
    </message>
    <message>
        <source>Right-click a week to annotate it</source>
        <translation>Clic droit sur une semaine pour l’annoter</translation>
    </message>
    <message>
        <source>Add Annotation on %1…</source>
        <translation>Ajouter une annotation le %1…</translation>
    </message>
    <message>
        <source>Any (not held)</source>
        <translation>Quelconque (non gardée)</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4 points; %5).</source>
        <translation>%1 – %2 : %3 (%4 points ; %5).</translation>
    </message>
    <message>
        <source>too few to test</source>
        <translation>trop peu pour tester</translation>
    </message>
    <message>
        <source>Step Window</source>
        <translation>Fenêtre d’étape</translation>
    </message>
    <message>
        <source>Choose a step after the first: its window counts from the step before it.</source>
        <translation>Choisissez une étape après la première : sa fenêtre compte depuis l’étape d’avant.</translation>
    </message>
    <message>
        <source>Step %1 (%2) within how long after step %3? Write 30m, 2h or 1d; leave empty for the funnel&apos;s window only.</source>
        <translation>Étape %1 (%2) dans quel délai après l’étape %3 ? Écrivez 30m, 2h ou 1d ; laissez vide pour la seule fenêtre de l’entonnoir.</translation>
    </message>
    <message>
        <source>“%1” is not a duration from 1 minute to 366 days (write 30m, 2h or 1d).</source>
        <translation>« %1 » n’est pas une durée de 1 minute à 366 jours (écrivez 30m, 2h ou 1d).</translation>
    </message>
    <message>
        <source>Within %1 after step %2</source>
        <translation>Dans les %1 après l’étape %2</translation>
    </message>
    <message>
        <source>session_channel (the session&apos;s first channel)</source>
        <translation>session_channel (premier canal de la session)</translation>
    </message>
    <message>
        <source>landing_page (the session&apos;s first page)</source>
        <translation>landing_page (première page de la session)</translation>
    </message>
    <message>
        <source>e.g. 0,20,50,100 or quartiles</source>
        <translation>p. ex. 0,20,50,100 ou quartiles</translation>
    </message>
    <message>
        <source>Cut a numeric breakdown into bins: rising edges separated by commas, or quartiles</source>
        <translation>Découper une ventilation numérique en tranches : bornes croissantes séparées par des virgules, ou quartiles</translation>
    </message>
    <message>
        <source>In bins:</source>
        <translation>Par tranches :</translation>
    </message>
    <message>
        <source>Bins: “%1” is neither rising numbers separated by commas (0,20,50) nor quartiles.</source>
        <translation>Tranches : « %1 » n’est ni une suite croissante séparée par des virgules (0,20,50) ni quartiles.</translation>
    </message>
    <message>
        <source>a real change, %1</source>
        <translation>un vrai changement, %1</translation>
    </message>
    <message>
        <source>within chance, %1</source>
        <translation>dans les limites du hasard, %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg, .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Dans l&apos;ordre</translation>
    </message>
    <message>
        <source>The steps in this order; other events may come between them</source>
        <translation>Les étapes dans cet ordre ; d&apos;autres événements peuvent s&apos;intercaler</translation>
    </message>
    <message>
        <source>The steps one right after the other, with no other event between</source>
        <translation>Les étapes l&apos;une juste après l&apos;autre, sans autre événement entre elles</translation>
    </message>
    <message>
        <source>Every step within the window, in any order</source>
        <translation>Chaque étape dans la fenêtre, dans n&apos;importe quel ordre</translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation>Graphique de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Funnel table</source>
        <translation>Tableau de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Time to convert chart</source>
        <translation>Graphique du délai de conversion</translation>
    </message>
    <message>
        <source>Conversion by week chart</source>
        <translation>Graphique de la conversion par semaine</translation>
    </message>
    <message>
        <source>Funnel results</source>
        <translation>Résultats de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>No events yet: import an export (File ▸ Import Events…) to build a funnel.</source>
        <translation>Pas encore d&apos;événements : importez un export (Fichier ▸ Importer des événements…) pour construire un entonnoir.</translation>
    </message>
    <message>
        <source>Not computed for a workspace on a ClickHouse server yet</source>
        <translation>Pas encore calculé pour un espace de travail sur un serveur ClickHouse</translation>
    </message>
    <message>
        <source>Count this step&apos;s event only where its properties pass a filter</source>
        <translation>Ne compter l&apos;événement de cette étape que là où ses propriétés passent un filtre</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <source>95% Wilson interval of the conversion from step 1</source>
        <translation>Intervalle de Wilson à 95 % de la conversion depuis l&apos;étape 1</translation>
    </message>
    <message>
        <source>Time from the previous step, among those who reached this one</source>
        <translation>Temps depuis l&apos;étape précédente, parmi ceux qui ont atteint celle-ci</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>25th pct.</source>
        <translation>25e cent.</translation>
    </message>
    <message>
        <source>75th pct.</source>
        <translation>75e cent.</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90e cent.</translation>
    </message>
    <message>
        <source>Median from step 1</source>
        <translation>Médiane depuis l&apos;étape 1</translation>
    </message>
    <message>
        <source>Against the rest</source>
        <translation>Contre le reste</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New or returning</source>
        <translation>Nouveau ou récurrent</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelText</name>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Against the others</source>
        <translation>Contre les autres</translation>
    </message>
    <message>
        <source>too few to test</source>
        <translation>trop peu pour tester</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Too few to test the change.</source>
        <translation>Trop peu pour tester le changement.</translation>
    </message>
    <message>
        <source>A real change in overall conversion (%1).</source>
        <translation>Un vrai changement de la conversion globale (%1).</translation>
    </message>
    <message>
        <source>Within chance (%1).</source>
        <translation>Dans les limites du hasard (%1).</translation>
    </message>
    <message>
        <source>other</source>
        <comment>the segment of every value beyond the top N</comment>
        <translation>autres</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>the segment of the units without a value</comment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a unit in the person&apos;s first session</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>returning</source>
        <comment>a unit in a later session of the person</comment>
        <translation>récurrent</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelTrendChart</name>
    <message>
        <source>Conversion by week of step 1 · %1</source>
        <translation>Conversion par semaine de l’étape 1 · %1</translation>
    </message>
    <message>
        <source>Conversion by week of step 1</source>
        <translation>Conversion par semaine de l’étape 1</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>Semaine (lundi)</translation>
    </message>
    <message>
        <source>Week not over yet</source>
        <translation>Semaine pas encore terminée</translation>
    </message>
</context>
<context>
    <name>Funnelscope::GzipDevice</name>
    <message>
        <source>zlib could not start</source>
        <translation>zlib n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>the compressed data ends too early (a cut-off .gz file)</source>
        <translation>les données compressées s’arrêtent trop tôt (un fichier .gz tronqué)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>les données compressées sont endommagées (%1)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::IdentitiesCommand</name>
    <message>
        <source>Show how ids become people: known users, anonymous ids linked to them, shared devices.</source>
        <translation>Montrer comment les identifiants deviennent des personnes : utilisateurs connus, identifiants anonymes liés, appareils partagés.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>on (default): reports count people; off: every id counts apart.</source>
        <translation>on (par défaut) : les rapports comptent des personnes ; off : chaque identifiant compte à part.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Print the figures as JSON on standard output.</source>
        <translation>Afficher les chiffres en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>--stitching: “%1” is not on or off.</source>
        <translation>--stitching : « %1 » n’est ni on ni off.</translation>
    </message>
    <message>
        <source>Identity stitching is on: reports count people.</source>
        <translation>Le rapprochement d’identités est activé : les rapports comptent des personnes.</translation>
    </message>
    <message>
        <source>Identity stitching is off: reports count every id apart.</source>
        <translation>Le rapprochement d’identités est désactivé : les rapports comptent chaque identifiant à part.</translation>
    </message>
    <message>
        <source>People (with events)</source>
        <translation>Personnes (avec événements)</translation>
    </message>
    <message>
        <source>Known users</source>
        <translation>Utilisateurs connus</translation>
    </message>
    <message>
        <source>Anonymous ids</source>
        <translation>Identifiants anonymes</translation>
    </message>
    <message>
        <source>Ids linked to one known user</source>
        <translation>Identifiants liés à un utilisateur connu</translation>
    </message>
    <message>
        <source>Shared devices (linked to several)</source>
        <translation>Appareils partagés (liés à plusieurs)</translation>
    </message>
    <message>
        <source>Events joined to a person</source>
        <translation>Événements rattachés à une personne</translation>
    </message>
    <message>
        <source>the identity summary</source>
        <translation>le résumé des identités</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportCommand</name>
    <message>
        <source>The workspace (created when it does not exist).</source>
        <translation>L&apos;espace de travail (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>auto (default), csv, json, ndjson, or a source: ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</source>
        <translation>auto (par défaut), csv, json, ndjson, ou une source : ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>CSV delimiter: , ; | or tab (default: detected).</source>
        <translation>Séparateur CSV : , ; | ou tab (par défaut : détecté).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>car</translation>
    </message>
    <message>
        <source>Time zone of times written without one (default UTC).</source>
        <translation>Fuseau horaire des heures écrites sans fuseau (UTC par défaut).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (repeatable; COLUMN may be a|b).</source>
        <translation>Lire CHAMP depuis COLONNE (répétable ; COLONNE peut être a|b).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>CHAMP=COLONNE</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE on every event (repeatable).</source>
        <translation>Mettre CHAMP à VALEUR sur chaque événement (répétable).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>Skip events with the same user, event and time (for sources without an event id).</source>
        <translation>Ignorer les événements de même utilisateur, même événement et même heure (pour les sources sans identifiant d&apos;événement).</translation>
    </message>
    <message>
        <source>Import a file even if the same file was imported before.</source>
        <translation>Importer un fichier même si le même fichier a déjà été importé.</translation>
    </message>
    <message>
        <source>Print the counts as JSON on standard output.</source>
        <translation>Afficher les effectifs en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to import into</source>
        <translation>l&apos;espace de travail où importer</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>indiquez au moins un fichier à importer.</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not one character (use , ; | or tab).</source>
        <translation>--delimiter : « %1 » n&apos;est pas un seul caractère (utilisez , ; | ou tab).</translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>--timezone : « %1 » n&apos;est pas un fuseau horaire (utilisez un nom IANA comme Europe/Paris, ou UTC).</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>Importation de %1 : %2</translation>
    </message>
    <message>
        <source>Import event files (CSV, JSON, NDJSON; .gz, .zip, folders, pipes) into a workspace.</source>
        <translation>Importer des fichiers d’événements (CSV, JSON, NDJSON ; .gz, .zip, dossiers, tubes) dans un espace de travail.</translation>
    </message>
    <message>
        <source>Event files to import: CSV, JSON or NDJSON, each maybe .gz; a .zip or a folder (every event file in it); - for standard input.</source>
        <translation>Fichiers d’événements à importer : CSV, JSON ou NDJSON, chacun éventuellement en .gz ; un .zip ou un dossier (chaque fichier d’événements qu’il contient) ; - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>The event whose revenue counts (repeatable; default: the source&apos;s order event, e.g. Segment&apos;s Order Completed); remembered by the workspace.</source>
        <translation>L’événement dont le chiffre d’affaires compte (répétable ; par défaut : l’événement de commande de la source, p. ex. Order Completed de Segment) ; retenu par l’espace de travail.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>--watch: %1</source>
        <translation>--watch : %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 events.</source>
        <translation>%1 importé : %2 événements.</translation>
    </message>
    <message>
        <source>Left %1 alone: %2.</source>
        <translation>%1 laissé de côté : %2.</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>Watching %1 for event files; each is imported into %2 once it is complete. Ctrl+C stops.</source>
        <translation>Surveillance de %1 : chaque fichier d&apos;événements est importé dans %2 une fois complet. Ctrl+C arrête.</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Surveillance de %1 arrêtée.</translation>
    </message>
    <message>
        <source>Keep importing the event files that land in FOLDER, each once, until stopped (Ctrl+C).</source>
        <translation>Importer au fil de l&apos;eau les fichiers d&apos;événements qui arrivent dans DOSSIER, chacun une fois, jusqu&apos;à l&apos;arrêt (Ctrl+C).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>--watch imports what lands in the folder: name no files with it.</source>
        <translation>--watch importe ce qui arrive dans le dossier : n&apos;indiquez pas de fichiers avec.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importation de %n fichier</numerusform>
            <numerusform>Importation de %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1 : %2 (%3 s)</translation>
    </message>
    <message>
        <source>--watch imports into a workspace file, not into a ClickHouse server yet.</source>
        <translation>--watch importe dans un fichier d’espace de travail, pas encore dans un serveur ClickHouse.</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Import dans %1</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON or NDJSON</source>
        <translation>JSON ou NDJSON</translation>
    </message>
    <message>
        <source>The time zone of times written without one</source>
        <translation>Le fuseau horaire des heures écrites sans fuseau</translation>
    </message>
    <message>
        <source>Skip repeated event ids</source>
        <translation>Ignorer les identifiants d&apos;événement répétés</translation>
    </message>
    <message>
        <source>Also skip the same user, event and time</source>
        <translation>Ignorer aussi même utilisateur, même événement et même heure</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <source>First rows as they will be read:</source>
        <translation>Premières lignes telles qu&apos;elles seront lues :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add the files to import: CSV, JSON or NDJSON exports from GA4, Segment, RudderStack, Mixpanel, Amplitude or your shop. You can also drop them here.</source>
        <translation>Ajoutez les fichiers à importer : exports CSV, JSON ou NDJSON de GA4, Segment, RudderStack, Mixpanel, Amplitude ou de votre boutique. Vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Lecture des premières lignes…</translation>
    </message>
    <message>
        <source> Here: type or pick the column under “From column” in the table below.</source>
        <translation> Ici : saisissez ou choisissez la colonne sous « Depuis la colonne » dans le tableau ci-dessous.</translation>
    </message>
    <message>
        <source>“%1” was imported before (import %2); you will be asked before it is imported again.</source>
        <translation>« %1 » a déjà été importé (importation %2) ; on vous le demandera avant de l&apos;importer à nouveau.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; see below.</source>
        <translation>Ce fichier ne peut pas être importé tel quel ; voir ci-dessous.</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · time zone for times without one: %4</source>
        <translation>%1 : %2 · %3 · fuseau pour les heures sans fuseau : %4</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>colonnes : %1</translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation>Importer à nouveau ?</translation>
    </message>
    <message>
        <source>%1 was imported into this workspace before. Import it again? Events with an event id are skipped as duplicates either way.</source>
        <translation>%1 a déjà été importé dans cet espace de travail. L&apos;importer à nouveau ? Les événements avec un identifiant sont de toute façon ignorés comme doublons.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Importation de %1 dans %2…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Cancelling: the workspace is being put back as it was…</source>
        <translation>Annulation : l&apos;espace de travail est remis dans son état précédent…</translation>
    </message>
    <message>
        <source> · %1 MB/s</source>
        <translation> · %1 Mo/s</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · reste %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejected rows are kept with their line and reason; export them from the Data page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les lignes rejetées sont conservées avec leur ligne et leur motif ; exportez-les depuis la page Données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importation arrêtée</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Drop event files here: CSV, JSON or NDJSON, maybe .gz, a .zip or a folder</source>
        <translation>Déposez ici des fichiers d’événements : CSV, JSON ou NDJSON, éventuellement en .gz, un .zip ou un dossier</translation>
    </message>
    <message>
        <source>Event exports (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;All files (*)</source>
        <translation>Exports d’événements (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Event Files</source>
        <translation>Importer un dossier de fichiers d’événements</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import cancelled.&lt;/b&gt; The workspace is as it was before: nothing of these files was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import annulé.&lt;/b&gt; L’espace de travail est tel qu’avant : rien de ces fichiers n’a été importé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import stopped.&lt;/b&gt; %1 The workspace is as it was before: nothing of these files was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import interrompu.&lt;/b&gt; %1 L’espace de travail est tel qu’avant : rien de ces fichiers n’a été importé.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln files into %1…</source>
        <translation>
            <numerusform>Importation de %Ln fichier dans %1…</numerusform>
            <numerusform>Importation de %Ln fichiers dans %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 : %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %Ln files&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fichier&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Les %Ln fichiers&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is being saved and can no longer be cancelled.</source>
        <translation>L’import est en cours d’enregistrement et ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportInput</name>
    <message>
        <source>Cannot import “%1”: it is a Parquet file. Export the events as CSV or NDJSON (for example with DuckDB: COPY (SELECT * FROM &apos;file.parquet&apos;) TO &apos;events.csv&apos;).</source>
        <translation>Impossible d’importer « %1 » : c’est un fichier Parquet. Exportez les événements en CSV ou NDJSON (par exemple avec DuckDB : COPY (SELECT * FROM &apos;file.parquet&apos;) TO &apos;events.csv&apos;).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is UTF-16 text (as Excel&apos;s “Unicode Text” writes). Save it as UTF-8 CSV (“CSV UTF-8” in Excel), or convert it with iconv -f UTF-16 -t UTF-8.</source>
        <translation>Impossible d’importer « %1 » : c’est du texte UTF-16 (comme l’écrit « Texte Unicode » d’Excel). Enregistrez-le en CSV UTF-8 (« CSV UTF-8 » dans Excel), ou convertissez-le avec iconv -f UTF-16 -t UTF-8.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an SQLite database, not an event export. To open a Funnelscope workspace use File ▸ Open; otherwise export its events as CSV.</source>
        <translation>Impossible d’importer « %1 » : c’est une base SQLite, pas un export d’événements. Pour ouvrir un espace de travail Funnelscope, utilisez Fichier ▸ Ouvrir ; sinon exportez ses événements en CSV.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is a PDF document. Export the events as CSV or NDJSON.</source>
        <translation>Impossible d’importer « %1 » : c’est un document PDF. Exportez les événements en CSV ou NDJSON.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is compressed with xz, bzip2, zstd or 7-Zip, which Funnelscope does not unpack. Unpack it first, or recompress it with gzip or zip.</source>
        <translation>Impossible d’importer « %1 » : il est compressé avec xz, bzip2, zstd ou 7-Zip, que Funnelscope ne décompresse pas. Décompressez-le d’abord, ou recompressez-le avec gzip ou zip.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an Avro file. Export the events as CSV or NDJSON.</source>
        <translation>Impossible d’importer « %1 » : c’est un fichier Avro. Exportez les événements en CSV ou NDJSON.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Cannot import standard input: %1.</source>
        <translation>Impossible d’importer l’entrée standard : %1.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>Impossible d’importer « %1 » : le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>Impossible d’importer « %1 » : %2.</translation>
    </message>
    <message>
        <source>Cannot import the folder “%1”: it holds no event files (.csv, .json, .ndjson, .jsonl, .tsv, .txt, their .gz, or .zip).</source>
        <translation>Impossible d’importer le dossier « %1 » : il ne contient aucun fichier d’événements (.csv, .json, .ndjson, .jsonl, .tsv, .txt, leurs .gz, ou .zip).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an Excel workbook (XLSX). Save the sheet as CSV (“CSV UTF-8” in Excel, or File ▸ Download ▸ CSV in Google Sheets) and import that.</source>
        <translation>Impossible d’importer « %1 » : c’est un classeur Excel (XLSX). Enregistrez la feuille en CSV (« CSV UTF-8 » dans Excel, ou Fichier ▸ Télécharger ▸ CSV dans Google Sheets) et importez celui-ci.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the zip archive holds no event files (.csv, .json, .ndjson, .jsonl, .tsv, .txt, or their .gz).</source>
        <translation>Impossible d’importer « %1 » : l’archive zip ne contient aucun fichier d’événements (.csv, .json, .ndjson, .jsonl, .tsv, .txt, ou leurs .gz).</translation>
    </message>
    <message>
        <source>“%1” holds %2 event files; import them together (funnelscope import %1).</source>
        <translation>« %1 » contient %2 fichiers d’événements ; importez-les ensemble (funnelscope import %1).</translation>
    </message>
    <message>
        <source>Cannot import “%1” again: a pipe can be read only once.</source>
        <translation>Impossible d’importer « %1 » une seconde fois : un tube ne se lit qu’une fois.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportPlan</name>
    <message>
        <source>CSV, %1-separated</source>
        <translation>CSV, séparateur %1</translation>
    </message>
    <message>
        <source>NDJSON, one object per line</source>
        <translation>NDJSON, un objet par ligne</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>columns matched by name</source>
        <translation>colonnes associées par nom</translation>
    </message>
    <message>
        <source>%1 (%2); times: %3, e.g. “%4”</source>
        <translation>%1 (%2) ; heures : %3, p. ex. « %4 »</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportProgress</name>
    <message>
        <source>Reading the workspace’s shoppers and sessions…</source>
        <translation>Lecture des acheteurs et des sessions de l’espace de travail…</translation>
    </message>
    <message>
        <source>Sorting the events for the reports…</source>
        <translation>Tri des événements pour les rapports…</translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>Enregistrement de l’espace de travail…</translation>
    </message>
    <message>
        <source>Sending the events to the server…</source>
        <translation>Envoi des événements au serveur…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejetée</numerusform>
            <numerusform>%Ln rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported</source>
        <translation>
            <numerusform>%Ln événement importé</numerusform>
            <numerusform>%Ln événements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates skipped</source>
        <translation>
            <numerusform>%Ln doublon ignoré</numerusform>
            <numerusform>%Ln doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportWriter</name>
    <message>
        <source>The events of import %1 could not be sorted: a temporary file in %2 could not be written (is the disk full?).</source>
        <translation>Les événements de l’import %1 n’ont pas pu être triés : un fichier temporaire dans %2 n’a pas pu être écrit (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>The events of import %1 could not be kept: the workspace gives a user, session or value an id past 2,147,483,647, more than Funnelscope counts. Import into a new workspace.</source>
        <translation>Les événements de l’import %1 n’ont pas pu être gardés : l’espace de travail donne à un utilisateur, une session ou une valeur un identifiant au-delà de 2 147 483 647, plus que ce que Funnelscope compte. Importez dans un nouvel espace de travail.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Importer</name>
    <message>
        <source>--format “%1” is not a format; use one of %2.</source>
        <translation>--format « %1 » n&apos;est pas un format ; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has a header but no rows.</source>
        <translation>Impossible d&apos;importer « %1 » : il a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it holds no events.</source>
        <translation>Impossible d&apos;importer « %1 » : il ne contient aucun événement.</translation>
    </message>
    <message>
        <source>--timezone “%1” is not a time zone; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>--timezone « %1 » n&apos;est pas un fuseau horaire ; utilisez un nom IANA comme Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column holds the time of each event. Name it with --map timestamp=COLUMN (columns: %2).</source>
        <translation>Impossible d&apos;importer « %1 » : aucune colonne ne contient l&apos;heure de chaque événement. Indiquez-la avec --map timestamp=COLONNE (colonnes : %2).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column names the event. Name it with --map event=COLUMN, or give every row the same event with --const event=NAME (for a table of orders: --const event=purchase).</source>
        <translation>Impossible d&apos;importer « %1 » : aucune colonne ne nomme l&apos;événement. Indiquez-la avec --map event=COLONNE, ou donnez le même événement à chaque ligne avec --const event=NOM (pour une table de commandes : --const event=purchase).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the timestamp column “%2” is empty in the first %3 rows.</source>
        <translation>Impossible d&apos;importer « %1 » : la colonne d&apos;horodatage « %2 » est vide dans les %3 premières lignes.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the column “%2” holds no timestamps Funnelscope can read (line %3: “%4”). Timestamps can be ISO 8601 (2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in seconds, milliseconds or microseconds; choose another column with --map timestamp=COLUMN.</source>
        <translation>Impossible d&apos;importer « %1 » : la colonne « %2 » ne contient aucun horodatage lisible par Funnelscope (ligne %3 : « %4 »). Les horodatages peuvent être en ISO 8601 (2024-03-01T10:15:00Z), « 2024-03-01 10:15:00 », ou en temps Unix en secondes, millisecondes ou microsecondes ; choisissez une autre colonne avec --map timestamp=COLONNE.</translation>
    </message>
    <message>
        <source>“%1” was already imported (import %2, on %3). To import it again anyway use --allow-duplicate-file; events with an event id are still skipped as duplicates.</source>
        <translation>« %1 » a déjà été importé (importation %2, le %3). Pour l&apos;importer quand même, utilisez --allow-duplicate-file ; les événements avec un identifiant restent ignorés comme doublons.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column identifies the user. Name it with --map user_id=COLUMN, or --map anonymous_id=COLUMN for a device or cookie id (columns: %2).</source>
        <translation>Impossible d’importer « %1 » : aucune colonne n’identifie l’utilisateur. Indiquez-la avec --map user_id=COLONNE, ou --map anonymous_id=COLONNE pour un identifiant d’appareil ou de cookie (colonnes : %2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: all %2 rows were rejected (%3). Nothing was recorded, so the corrected file can be imported.</source>
        <translation>Rien n’a été importé de « %1 » : les %2 lignes ont toutes été rejetées (%3). Rien n’a été enregistré, le fichier corrigé pourra donc être importé.</translation>
    </message>
    <message>
        <source>%1 Importing “%2” needs about %3 more (the size of its events).</source>
        <translation>%1 Importer « %2 » demande environ %3 de plus (la taille de ses événements).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille : %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Correspondance : %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire : %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Rows that only link ids (Segment identify, Mixpanel $identify): no events, so not counted as imported</source>
        <translation>Lignes qui ne font que lier des identifiants (Segment identify, Mixpanel $identify) : pas des événements, donc non comptées comme importées</translation>
    </message>
    <message>
        <source>Identity calls</source>
        <translation>Appels d’identité</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsChart</name>
    <message numerus="yes">
        <source>What predicts “%1” within %n days · %2 persons · %3</source>
        <translation>
            <numerusform>Ce qui prédit « %1 » en %n jour · %2 personnes · %3</numerusform>
            <numerusform>Ce qui prédit « %1 » en %n jours · %2 personnes · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate has enough persons to rank.</source>
        <translation>Aucun candidat n&apos;a assez de personnes pour être classé.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>★ significant (Holm-adjusted p &lt; %1)</source>
        <translation>★ significatif (p ajusté par Holm &lt; %1)</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <source>Bars: phi between doing it before converting and converting; blue goes with converting, orange against. Strong ≥ %1, moderate ≥ %2, weak ≥ %3 (Amplitude Compass&apos;s scale).</source>
        <translation>Barres : phi entre « fait avant de convertir » et « a converti » ; le bleu va avec la conversion, l&apos;orange à l&apos;encontre. Fort ≥ %1, modéré ≥ %2, faible ≥ %3 (échelle d&apos;Amplitude Compass).</translation>
    </message>
    <message>
        <source>Insights chart</source>
        <translation>Graphique des insights</translation>
    </message>
    <message>
        <source>%1: too few persons to say (%2)</source>
        <translation>%1 : trop peu de personnes pour conclure (%2)</translation>
    </message>
    <message>
        <source>%1: phi %2; %3 of the %4 persons who did it converted, %5 of the others; %6</source>
        <translation>%1 : phi %2 ; %3 des %4 personnes qui l&apos;ont fait ont converti, %5 des autres ; %6</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsCommand</name>
    <message>
        <source>Rank the events people do before converting by how well they predict it.</source>
        <translation>Classe les événements faits avant une conversion selon leur pouvoir de la prédire.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The conversion to predict (default purchase).</source>
        <translation>La conversion à prédire (purchase par défaut).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>Count only target events where PROPERTY OP VALUE; repeatable.</source>
        <translation>Ne compter que les événements cibles où PROPRIÉTÉ OP VALEUR ; répétable.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>Each person&apos;s first days that count, from their first event (default 30d).</source>
        <translation>Les premiers jours de chaque personne qui comptent, depuis son premier événement (30d par défaut).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Exposed: did the event at least this often before converting (default 1).</source>
        <translation>Exposé : a fait l’événement au moins ce nombre de fois avant de convertir (1 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also each event at 1, 2, 3, 5 and 10 times.</source>
        <translation>Aussi chaque événement à 1, 2, 3, 5 et 10 fois.</translation>
    </message>
    <message>
        <source>Also each event with each top value of this property; repeatable.</source>
        <translation>Aussi chaque événement avec chacune des principales valeurs de cette propriété ; répétable.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <source>Fewer exposed persons than this: listed as too few, not ranked (default 30).</source>
        <translation>Moins de personnes exposées que cela : listé comme trop peu, non classé (30 par défaut).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Garder les événements où PROPRIÉTÉ OP VALEUR (OP : = != &gt; &gt;= &lt; &lt;= ~) ; répétable.</translation>
    </message>
    <message>
        <source>First day of a person&apos;s first event (YYYY-MM-DD, workspace time zone).</source>
        <translation>Premier jour du premier événement d’une personne (AAAA-MM-JJ, fuseau de l’espace de travail).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of a person&apos;s first event, included.</source>
        <translation>Dernier jour du premier événement d’une personne, inclus.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Afficher le résultat en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>--within: “%1” is not a whole number of days from 1 to %2 (write 30d or 4w).</source>
        <translation>--within : « %1 » n’est pas un nombre entier de jours entre 1 et %2 (écrivez 30d ou 4w).</translation>
    </message>
    <message>
        <source>%1 of %2 persons did “%3” within %4 days.</source>
        <translation>%1 personnes sur %2 ont fait « %3 » en %4 jours.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation>Écrire le graphique en PNG (2x, pour les présentations).</translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation>Écrire le graphique en SVG.</translation>
    </message>
    <message>
        <source>every candidate</source>
        <translation>tous les candidats</translation>
    </message>
    <message>
        <source>Computing the insights…</source>
        <translation>Calcul des insights…</translation>
    </message>
    <message>
        <source>Did before</source>
        <translation>Fait avant</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Autres convertis</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>p ajusté</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsEngine</name>
    <message>
        <source>there is no event “%1” in this workspace to predict (its events: %2).</source>
        <translation>il n’y a pas d’événement « %1 » à prédire dans cet espace de travail (ses événements : %2).</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 days, not %2.</source>
        <translation>l’horizon doit être de 1 à %1 jours, pas %2.</translation>
    </message>
    <message>
        <source>an event counts from once (minimum times ≥ 1).</source>
        <translation>un événement compte dès une fois (minimum ≥ 1).</translation>
    </message>
    <message>
        <source>the minimum of persons cannot be negative, and a property needs at least one value.</source>
        <translation>le minimum de personnes ne peut pas être négatif, et une propriété exige au moins une valeur.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsModel</name>
    <message>
        <source>too few</source>
        <translation>trop peu</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>not predictive</source>
        <translation>non prédictif</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>%1 persons did it and converted, %2 did it and did not, %3 converted without it, %4 neither.</source>
        <translation>%1 personnes l&apos;ont fait et ont converti, %2 l&apos;ont fait sans convertir, %3 ont converti sans le faire, %4 ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test: %1; Holm-adjusted over every candidate: %2.</source>
        <translation>Test exact de Fisher : %1 ; ajusté par Holm sur tous les candidats : %2.</translation>
    </message>
    <message>
        <source>Mean revenue of converters who did it minus the others&apos;: %1 to %2 (Welch, 95 %).</source>
        <translation>Chiffre d&apos;affaires moyen des convertis qui l&apos;ont fait moins celui des autres : %1 à %2 (Welch, 95 %).</translation>
    </message>
    <message>
        <source>Did before converting</source>
        <translation>Fait avant de convertir</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Autres convertis</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Predicts</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Odds ratio (95 %)</source>
        <translation>Rapport de cotes (95 %)</translation>
    </message>
    <message>
        <source>Of converters</source>
        <translation>Part des convertis</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>p ajusté</translation>
    </message>
    <message>
        <source>Revenue per converter</source>
        <translation>CA par converti</translation>
    </message>
    <message>
        <source>The event (at least so many times, or with this value) before the person&apos;s first conversion</source>
        <translation>L&apos;événement (au moins tant de fois, ou avec cette valeur) avant la première conversion de la personne</translation>
    </message>
    <message>
        <source>Persons who did it before converting (or at all, if they never converted)</source>
        <translation>Personnes qui l&apos;ont fait avant de convertir (ou tout court, si elles n&apos;ont jamais converti)</translation>
    </message>
    <message>
        <source>Of those persons, the share who converted within the horizon</source>
        <translation>Parmi ces personnes, la part qui a converti dans l&apos;horizon</translation>
    </message>
    <message>
        <source>Of everybody else, the share who converted</source>
        <translation>Parmi tous les autres, la part qui a converti</translation>
    </message>
    <message>
        <source>Converted divided by others converted</source>
        <translation>Convertis divisé par autres convertis</translation>
    </message>
    <message>
        <source>Phi correlation between doing it and converting, from −1 to 1</source>
        <translation>Corrélation phi entre le faire et convertir, de −1 à 1</translation>
    </message>
    <message>
        <source>|phi| ≥ 0.4 strong, ≥ 0.3 moderate, ≥ 0.2 weak (Amplitude Compass&apos;s scale); ★ significant: Holm-adjusted p &lt; 0.05</source>
        <translation>|phi| ≥ 0,4 fort, ≥ 0,3 modéré, ≥ 0,2 faible (échelle d&apos;Amplitude Compass) ; ★ significatif : p ajusté par Holm &lt; 0,05</translation>
    </message>
    <message>
        <source>Odds of converting with it against without it, 0.5 added to every cell, Woolf&apos;s 95 % interval</source>
        <translation>Cote de conversion avec contre sans, 0,5 ajouté à chaque case, intervalle à 95 % de Woolf</translation>
    </message>
    <message>
        <source>Of the persons who converted, the share who did it first</source>
        <translation>Parmi les personnes qui ont converti, la part qui l&apos;a fait avant</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test, Holm-adjusted over every candidate of this run</source>
        <translation>Test exact de Fisher, ajusté par Holm sur tous les candidats de ce calcul</translation>
    </message>
    <message>
        <source>Mean revenue within the horizon of converters who did it against those who did not</source>
        <translation>CA moyen dans l&apos;horizon des convertis qui l&apos;ont fait contre ceux qui ne l&apos;ont pas fait</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 k</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsPage</name>
    <message>
        <source>also at 1, 2, 3, 5, 10 times</source>
        <translation>aussi 1, 2, 3, 5, 10 fois</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add as Funnel Step</source>
        <translation>Ajouter comme étape de l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Mark as Tier-One…</source>
        <translation>Marquer en niveau 1…</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting to compute again.</source>
        <translation>Annulé. Modifiez un réglage pour recalculer.</translation>
    </message>
    <message>
        <source>The conversion to predict</source>
        <translation>La conversion à prédire</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Each person&apos;s first days that count, from their first event</source>
        <translation>Les premiers jours de chaque personne qui comptent, depuis son premier événement</translation>
    </message>
    <message>
        <source>A person counts as having done an event when they did it at least this often before converting</source>
        <translation>Une personne compte comme ayant fait un événement si elle l&apos;a fait au moins aussi souvent avant de convertir</translation>
    </message>
    <message>
        <source>List each event at 1, 2, 3, 5 and 10 times too (as Amplitude Compass does)</source>
        <translation>Lister aussi chaque événement à 1, 2, 3, 5 et 10 fois (comme Amplitude Compass)</translation>
    </message>
    <message>
        <source>Also each event with each of the top values of this property, e.g. add_to_cart[category=Shoes]</source>
        <translation>Aussi chaque événement avec chacune des principales valeurs de cette propriété, p. ex. add_to_cart[category=Shoes]</translation>
    </message>
    <message>
        <source>e.g. channel = email; device != mobile</source>
        <translation>p. ex. channel = email; device != mobile</translation>
    </message>
    <message>
        <source>Candidates done by fewer persons are listed as too few, not ranked</source>
        <translation>Les candidats faits par moins de personnes sont listés « trop peu », sans classement</translation>
    </message>
    <message>
        <source>Saved insights</source>
        <translation>Insights enregistrés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or every candidate as CSV</source>
        <translation>Enregistrer le graphique en PNG ou SVG, ou tous les candidats en CSV</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <source>within</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Done at least</source>
        <translation>Fait au moins</translation>
    </message>
    <message>
        <source>times before converting,</source>
        <translation>fois avant de convertir,</translation>
    </message>
    <message>
        <source>Per value of</source>
        <translation>Par valeur de</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Rank from</source>
        <translation>Classer dès</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Open Funnels with this event as a step just before the conversion</source>
        <translation>Ouvrir les entonnoirs avec cet événement comme étape juste avant la conversion</translation>
    </message>
    <message>
        <source>Set this event&apos;s tier to 1 (core micro-conversion) in the dictionary, with this evidence in the change log</source>
        <translation>Passer le niveau de cet événement à 1 (micro-conversion clé) dans le dictionnaire, avec cette preuve dans le journal des modifications</translation>
    </message>
    <message>
        <source>Of the persons who did it so often: how many converted, and what share of all converters they are</source>
        <translation>Parmi les personnes qui l&apos;ont fait aussi souvent : combien ont converti, et quelle part de tous les convertis elles représentent</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 persons (%3 %) did “%4” within %n days of their first event.</source>
        <translation>
            <numerusform>%1 personnes sur %2 (%3 %) ont fait « %4 » dans les %n jour suivant leur premier événement.</numerusform>
            <numerusform>%1 personnes sur %2 (%3 %) ont fait « %4 » dans les %n jours suivant leur premier événement.</numerusform>
        </translation>
    </message>
    <message>
        <source>★ significant (Holm-adjusted p &lt; %1); done by fewer than %2 persons: too few, not ranked.</source>
        <translation>★ significatif (p ajusté par Holm &lt; %1) ; fait par moins de %2 personnes : trop peu, non classé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at 1, 2, 3, 5 and 10 times before converting</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; à 1, 2, 3, 5 et 10 fois avant de convertir</translation>
    </message>
    <message>
        <source>Choose an event in the table or the chart to see it at 1, 2, 3, 5 and 10 times.</source>
        <translation>Choisissez un événement dans le tableau ou le graphique pour le voir à 1, 2, 3, 5 et 10 fois.</translation>
    </message>
    <message>
        <source>There are no insights to export yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;insights à exporter.</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Exporter les insights</translation>
    </message>
    <message>
        <source>insights.png</source>
        <translation>insights.png</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>“%1” is not among the insights on screen.</source>
        <translation>« %1 » ne figure pas parmi les insights affichés.</translation>
    </message>
    <message>
        <source>“%1” is a tier-one micro-conversion already.</source>
        <translation>« %1 » est déjà une micro-conversion de niveau 1.</translation>
    </message>
    <message>
        <source>Mark %1 as tier one</source>
        <translation>Marquer %1 en niveau 1</translation>
    </message>
    <message>
        <source>Mark as Tier-One</source>
        <translation>Marquer en niveau 1</translation>
    </message>
    <message>
        <source>Mark “%1” as a tier-one (core) micro-conversion in the event dictionary?

The change log keeps this evidence as the reason:
%2</source>
        <translation>Marquer « %1 » comme micro-conversion de niveau 1 (clé) dans le dictionnaire d&apos;événements ?

Le journal des modifications garde cette preuve comme motif :
%2</translation>
    </message>
    <message>
        <source>“%1” is now a tier-one micro-conversion in the dictionary (Edit ▸ Undo takes it back).</source>
        <translation>« %1 » est désormais une micro-conversion de niveau 1 dans le dictionnaire (Édition ▸ Annuler l&apos;annule).</translation>
    </message>
    <message>
        <source>Saved Insights</source>
        <translation>Insights enregistrés</translation>
    </message>
    <message>
        <source>Save Insights</source>
        <translation>Enregistrer les insights</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg, .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>Insights table</source>
        <translation>Tableau des insights</translation>
    </message>
    <message>
        <source>How often: the drill-down</source>
        <translation>Combien de fois : le détail</translation>
    </message>
</context>
<context>
    <name>Funnelscope::JourneysPage</name>
    <message>
        <source>Back to Paths</source>
        <translation>Retour aux chemins</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Chronologie…</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting to compute again.</source>
        <translation>Annulé. Modifiez un réglage pour recalculer.</translation>
    </message>
    <message>
        <source>Paths after</source>
        <translation>Chemins après</translation>
    </message>
    <message>
        <source>Paths before</source>
        <translation>Chemins avant</translation>
    </message>
    <message>
        <source>Events shown at each step; the rest are “(other)”</source>
        <translation>Événements affichés à chaque étape ; le reste est « (autre) »</translation>
    </message>
    <message>
        <source>e.g. device = mobile; channel != email</source>
        <translation>p. ex. device = mobile; channel != email</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG, or its edges as CSV</source>
        <translation>Enregistrer le diagramme en PNG ou SVG, ou ses liens en CSV</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Top :</translation>
    </message>
    <message>
        <source>Per value of</source>
        <translation>Par valeur de</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source>Export Persons</source>
        <translation>Exporter les personnes</translation>
    </message>
    <message>
        <source>persons.csv</source>
        <translation>personnes.csv</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Where those who reached %1 and not %2 went (funnel %3)</source>
        <translation>Où sont allés ceux qui ont atteint %1 et pas %2 (entonnoir %3)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>%1 persons; every number is persons, and each node&apos;s persons go on to the next step or end there (their session ended). Click a node to list its persons.</source>
        <translation>%1 personnes ; chaque nombre compte des personnes, et celles de chaque nœud passent à l&apos;étape suivante ou s&apos;y arrêtent (leur session a pris fin). Cliquez sur un nœud pour lister ses personnes.</translation>
    </message>
    <message>
        <source>No event plays %1.</source>
        <translation>Aucun événement ne joue %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; à %2 : %n personne</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; à %2 : %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le départ</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>Click a node of the diagram to list its persons; double-click one for their timeline.</source>
        <translation>Cliquez sur un nœud pour lister ses personnes ; double-cliquez sur une personne pour sa chronologie.</translation>
    </message>
    <message>
        <source>There are no paths to export yet.</source>
        <translation>Il n&apos;y a pas encore de chemins à exporter.</translation>
    </message>
    <message>
        <source>Export Paths</source>
        <translation>Exporter les chemins</translation>
    </message>
    <message>
        <source>paths.png</source>
        <translation>chemins.png</translation>
    </message>
    <message>
        <source>Click a node first.</source>
        <translation>Cliquez d&apos;abord sur un nœud.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %</source>
        <translation>%1 %2 %3 %</translation>
    </message>
    <message>
        <source>Latest week against the four before: %1.</source>
        <translation>Dernière semaine par rapport aux quatre précédentes : %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; in the week from %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; dans la semaine du %2 : %n personne</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; dans la semaine du %2 : %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
    <message>
        <source>Click a number to list those persons (then Timeline… or Export Table…)</source>
        <translation>Cliquez sur un nombre pour lister ces personnes (puis Chronologie… ou Exporter le tableau…)</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg, .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Friction&lt;/b&gt;: %1 Hover a column for its rule.</source>
        <translation>&lt;b&gt;Friction&lt;/b&gt; : %1 Survolez une colonne pour voir sa règle.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Friction by week</source>
        <translation>Friction par semaine</translation>
    </message>
</context>
<context>
    <name>Funnelscope::JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it does not start with a JSON object or array (line %1)</source>
        <translation>il ne commence pas par un objet ou un tableau JSON (ligne %1)</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>Impossible d&apos;importer « %1 » : %2.</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>il n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>the JSON array is not closed: the file ends before its “]”</source>
        <translation>le tableau JSON n&apos;est pas fermé : le fichier se termine avant son « ] »</translation>
    </message>
    <message>
        <source>line %1 holds something other than a JSON object</source>
        <translation>la ligne %1 contient autre chose qu&apos;un objet JSON</translation>
    </message>
    <message>
        <source>the JSON ends in the middle of the record that starts on line %1</source>
        <translation>le JSON se termine au milieu de l&apos;enregistrement qui commence à la ligne %1</translation>
    </message>
    <message>
        <source>the record on line %1 is larger than %2 MiB</source>
        <translation>l&apos;enregistrement de la ligne %1 dépasse %2 Mio</translation>
    </message>
</context>
<context>
    <name>Funnelscope::LocalBackend</name>
    <message>
        <source>No event has a property “%1” (fields: %2; properties: %3).</source>
        <translation>Aucun événement n’a de propriété « %1 » (champs : %2 ; propriétés : %3).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MainWindow</name>
    <message>
        <source>Funnelscope workspaces (*.%1);;All files (*)</source>
        <translation>Espaces de travail Funnelscope (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Funnelscope</source>
        <translation>Funnelscope</translation>
    </message>
    <message>
        <source>%1 — Funnelscope</source>
        <translation>%1 — Funnelscope</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Dictionnaire</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Shop</source>
        <translation>Ouvrir la boutique de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>&amp;Importer des événements…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the chart or table of the current page</source>
        <translation>Exporter le graphique ou le tableau de la page affichée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Funnelscope</source>
        <translation>À &amp;propos de Funnelscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Aucun espace de travail ouvert</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>pas encore d&apos;événements</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>About Funnelscope</source>
        <translation>À propos de Funnelscope</translation>
    </message>
    <message>
        <source>Open or create a workspace first (File menu).</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail (menu Fichier).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>This page has nothing to export yet.</source>
        <translation>Cette page n&apos;a encore rien à exporter.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Calcul du rapport…</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 events · %2 people</source>
        <translation>%1 événements · %2 personnes</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>One PDF with the funnel, the cohorts, the insights, the maturity radar and the data quality</source>
        <translation>Un PDF avec l&apos;entonnoir, les cohortes, les insights, le radar de maturité et la qualité des données</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Surveiller un dossier…</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>Import the event files a scheduled export drops into a folder, as they land</source>
        <translation>Importer les fichiers d&apos;événements qu&apos;un export planifié dépose dans un dossier, dès leur arrivée</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Surveillance de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · last import: %2, %n events at %3</source>
        <translation>
            <numerusform>%1 · dernier import : %2, %n événement à %3</numerusform>
            <numerusform>%1 · dernier import : %2, %n événements à %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · left %2 alone: %3</source>
        <translation>%1 · %2 laissé de côté : %3</translation>
    </message>
    <message>
        <source>%1 · could not import %2: %3</source>
        <translation>%1 · impossible d&apos;importer %2 : %3</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Ajouter une annotation</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copier le &amp;graphique</translation>
    </message>
    <message>
        <source>This page shows no chart to copy yet.</source>
        <translation>Cette page n&apos;affiche pas encore de graphique à copier.</translation>
    </message>
    <message>
        <source>Copied the chart as an image.</source>
        <translation>Graphique copié comme image.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 copie.%2</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Enregistrement d&apos;une copie sous %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Micro-conversion analytics for e-commerce teams: funnels, cohorts, insights, journeys, a tracking maturity self-assessment and an event dictionary, on your own laptop, offline, with your own data.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Analyse des micro-conversions pour les équipes e-commerce : entonnoirs, cohortes, insights, parcours, une auto-évaluation de la maturité du tracking et un dictionnaire d&apos;événements, sur votre propre ordinateur, hors ligne, avec vos propres données.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence MIT.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation>Se connecter à &amp;ClickHouse…</translation>
    </message>
    <message>
        <source>Open a workspace on a ClickHouse server or cluster: reports computed there</source>
        <translation>Ouvrir un espace de travail sur un serveur ou cluster ClickHouse : les rapports y sont calculés</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Not shown for a workspace on a ClickHouse server yet</source>
        <translation>Pas encore disponible pour un espace de travail sur un serveur ClickHouse</translation>
    </message>
    <message>
        <source>Connecting to %1 with the password from the system keychain…</source>
        <translation>Connexion à %1 avec le mot de passe du trousseau du système…</translation>
    </message>
    <message>
        <source>The password of %1 is kept in the system keychain.</source>
        <translation>Le mot de passe de %1 est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the password of %1: %2</source>
        <translation>Le trousseau du système n’a pas gardé le mot de passe de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MappingModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From column</source>
        <translation>Depuis la colonne</translation>
    </message>
    <message>
        <source>Or the value</source>
        <translation>Ou la valeur</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityEvidence</name>
    <message>
        <source>Only page and purchase events are tracked (%1).</source>
        <translation>Seuls les événements de page et d&apos;achat sont suivis (%1).</translation>
    </message>
    <message>
        <source>Key micro-journey steps are tracked (%1), and %2 of events carry device or channel context.</source>
        <translation>Les étapes clés du micro-parcours sont suivies (%1), et %2 des événements portent un contexte d&apos;appareil ou de canal.</translation>
    </message>
    <message>
        <source>Micro-journey steps are tracked (%1), but only %2 of events carry device or channel context.</source>
        <translation>Les étapes du micro-parcours sont suivies (%1), mais seuls %2 des événements portent un contexte d&apos;appareil ou de canal.</translation>
    </message>
    <message>
        <source>No event carries an anonymous id, so visits cannot be stitched to people across devices.</source>
        <translation>Aucun événement ne porte d&apos;identifiant anonyme : les visites ne peuvent pas être reliées aux personnes d&apos;un appareil à l&apos;autre.</translation>
    </message>
    <message>
        <source>Anonymous ids are tracked but never linked to a known user id.</source>
        <translation>Des identifiants anonymes sont suivis mais jamais reliés à un identifiant utilisateur connu.</translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved in this workspace.</source>
        <translation>%1 entonnoirs et %2 rapports de cohortes sont enregistrés dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved: step reports exist, not yet both kinds.</source>
        <translation>%1 entonnoirs et %2 rapports de cohortes sont enregistrés : des rapports par étape existent, pas encore des deux sortes.</translation>
    </message>
    <message>
        <source>No funnel or cohort report is saved in this workspace yet.</source>
        <translation>Aucun rapport d&apos;entonnoir ou de cohortes n&apos;est encore enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Events carry experiment or variant properties: tests are being tracked.</source>
        <translation>Des événements portent des propriétés d&apos;expérience ou de variante : des tests sont suivis.</translation>
    </message>
    <message>
        <source>%1 of %2 known users have anonymous ids linked to them.</source>
        <translation>%1 des %2 utilisateurs connus ont des identifiants anonymes qui leur sont liés.</translation>
    </message>
    <message>
        <source>Insights into what predicts a conversion are used (saved insights: %1; events marked tier one from their evidence: %2).</source>
        <translation>Les insights sur ce qui prédit une conversion sont utilisés (insights enregistrés : %1 ; événements marqués niveau 1 sur leur preuve : %2).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityMatrix</name>
    <message>
        <source>Cannot read the matrix “%1”: %2.</source>
        <translation>Impossible de lire la matrice « %1 » : %2.</translation>
    </message>
    <message>
        <source>The matrix is not valid JSON: %1 (at character %2).</source>
        <translation>La matrice n&apos;est pas du JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The matrix must be a JSON object with “id”, “stages” and “dimensions”.</source>
        <translation>La matrice doit être un objet JSON avec « id », « stages » et « dimensions ».</translation>
    </message>
    <message>
        <source>The matrix has no “id”.</source>
        <translation>La matrice n&apos;a pas d&apos;« id ».</translation>
    </message>
    <message>
        <source>The matrix needs at least two “stages”; it has %1.</source>
        <translation>La matrice a besoin d&apos;au moins deux « stages » ; elle en a %1.</translation>
    </message>
    <message>
        <source>Stage %1 has no “name”.</source>
        <translation>Le stade %1 n&apos;a pas de « name ».</translation>
    </message>
    <message>
        <source>The matrix has no “dimensions”.</source>
        <translation>La matrice n&apos;a pas de « dimensions ».</translation>
    </message>
    <message>
        <source>Dimension %1 needs an “id” and a “name”.</source>
        <translation>La dimension %1 a besoin d&apos;un « id » et d&apos;un « name ».</translation>
    </message>
    <message>
        <source>Two dimensions have the id “%1”.</source>
        <translation>Deux dimensions ont l&apos;identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Dimension “%1” describes %2 stages, but the matrix has %3.</source>
        <translation>La dimension « %1 » décrit %2 stades, mais la matrice en a %3.</translation>
    </message>
    <message>
        <source>Dimension “%1” says nothing for stage %2.</source>
        <translation>La dimension « %1 » ne dit rien du stade %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityPage</name>
    <message>
        <source>Load Matrix…</source>
        <translation>Charger une matrice…</translation>
    </message>
    <message>
        <source>Use your own matrix definition (JSON)</source>
        <translation>Utiliser votre propre définition de matrice (JSON)</translation>
    </message>
    <message>
        <source>Save Assessment…</source>
        <translation>Enregistrer l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save Assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Réalisée par :</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 by %2 · overall %3</source>
        <translation>%1 par %2 · global %3</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Data suggests</source>
        <translation>Les données suggèrent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Click to choose this stage</source>
        <translation>Cliquez pour choisir ce stade</translation>
    </message>
    <message>
        <source>What shows this stage: a report, a tool, a link</source>
        <translation>Ce qui montre ce stade : un rapport, un outil, un lien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall %1 of %2&lt;/b&gt; · weakest: %3 · blue: where you are, orange: where you aim to be.</source>
        <translation>&lt;b&gt;Global %1 sur %2&lt;/b&gt; · point le plus faible : %3 · bleu : où vous en êtes, orange : où vous visez.</translation>
    </message>
    <message>
        <source>Click the stage that describes your team in each row; type a target (half steps such as 1.5 are fine) in the Target column.</source>
        <translation>Cliquez sur le stade qui décrit votre équipe dans chaque ligne ; saisissez une cible (les demi-pas comme 1,5 sont acceptés) dans la colonne Cible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;&lt;ol&gt;</source>
        <translation>&lt;b&gt;Prochaines étapes&lt;/b&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (stage %2): %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (stade %2) : %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the assessment of %1&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Depuis l&apos;évaluation du %1&lt;/b&gt; : </translation>
    </message>
    <message>
        <source>nothing moved.</source>
        <translation>rien n&apos;a bougé.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Overall score over time</source>
        <translation>Score global dans le temps</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Load Matrix</source>
        <translation>Charger une matrice</translation>
    </message>
    <message>
        <source>Matrix definitions (*.json)</source>
        <translation>Définitions de matrice (*.json)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>Exporter l&apos;évaluation</translation>
    </message>
    <message>
        <source>maturity.png</source>
        <translation>maturite.png</translation>
    </message>
    <message>
        <source>PNG image, 2x (*.png);;SVG image (*.svg);;CSV scores (*.csv)</source>
        <translation>Image PNG, 2x (*.png);;Image SVG (*.svg);;Scores CSV (*.csv)</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>L’espace de travail n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Choisissez un fichier se terminant par .png, .svg, .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>Not assessed yet: click a stage</source>
        <translation>Pas encore évalué : cliquez sur un stade</translation>
    </message>
    <message>
        <source>Maturity radar: current against target</source>
        <translation>Radar de maturité : actuel contre cible</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matrice de maturité</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityRadar</name>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(non évalué)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::OutputFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d’écrire « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ParameterModel</name>
    <message>
        <source>Comma-separated; empty allows any value</source>
        <translation>Séparées par des virgules ; vide autorise toute valeur</translation>
    </message>
    <message>
        <source>A regular expression the whole value must match</source>
        <translation>Une expression régulière à laquelle toute la valeur doit correspondre</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valeurs autorisées</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsChart</name>
    <message numerus="yes">
        <source>Paths before %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Chemins avant %1 · %n étape · %2 personnes · %3</numerusform>
            <numerusform>Chemins avant %1 · %n étapes · %2 personnes · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths after %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Chemins après %1 · %n étape · %2 personnes · %3</numerusform>
            <numerusform>Chemins après %1 · %n étapes · %2 personnes · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody did the start event in this range.</source>
        <translation>Personne n&apos;a fait l&apos;événement de départ sur cette période.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 avant</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>%1: %2 persons, %3 of the start. Click to list them.</source>
        <translation>%1 : %2 personnes, %3 du départ. Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 persons, %4 of %1</source>
        <translation>%1 → %2 : %3 personnes, %4 de %1</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>(autre)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(début)</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(fin)</translation>
    </message>
    <message>
        <source>Paths diagram</source>
        <translation>Diagramme des chemins</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 persons, %4 of the start</source>
        <translation>%1 : %2, %3 personnes, %4 du départ</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsCommand</name>
    <message>
        <source>Show what people did after or before an event, or after dropping off a funnel.</source>
        <translation>Montrer ce que les gens ont fait après ou avant un événement, ou après avoir quitté un entonnoir.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Start at each person&apos;s first EVENT and follow the session forward.</source>
        <translation>Partir du premier ÉVÉNEMENT de chaque personne et suivre la session.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>End at each person&apos;s first EVENT and look back through the session.</source>
        <translation>Finir au premier ÉVÉNEMENT de chaque personne et remonter la session.</translation>
    </message>
    <message>
        <source>The start or end event must pass PROPERTY OP VALUE; repeatable.</source>
        <translation>L&apos;événement de départ ou de fin doit vérifier PROPRIÉTÉ OP VALEUR ; répétable.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>With --dropped-after: a funnel&apos;s step events, in order.</source>
        <translation>Avec --dropped-after : les événements des étapes d&apos;un entonnoir, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Start at step K of those who reached step K and not K+1.</source>
        <translation>Partir de l&apos;étape K de ceux qui ont atteint K et pas K+1.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window (default 7d).</source>
        <translation>La fenêtre de conversion de l&apos;entonnoir (7d par défaut).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Steps after (or before) the start, 1 to 20 (default 5).</source>
        <translation>Étapes après (ou avant) le départ, 1 à 20 (5 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Events shown at each step before “(other)”, 1 to 20 (default 5).</source>
        <translation>Événements affichés à chaque étape avant « (autre) », 1 à 20 (5 par défaut).</translation>
    </message>
    <message>
        <source>Without a session id, a longer pause ends the session (default 30m).</source>
        <translation>Sans identifiant de session, une pause plus longue termine la session (30m par défaut).</translation>
    </message>
    <message>
        <source>A node is the event with this property&apos;s value.</source>
        <translation>Un nœud est l&apos;événement avec la valeur de cette propriété.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Garder les événements où PROPRIÉTÉ OP VALEUR (OP : = != &gt; &gt;= &lt; &lt;= ~) ; répétable.</translation>
    </message>
    <message>
        <source>First day of the start event (YYYY-MM-DD, workspace time zone).</source>
        <translation>Premier jour de l&apos;événement de départ (AAAA-MM-JJ, fuseau de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the start event, included.</source>
        <translation>Dernier jour de l&apos;événement de départ, inclus.</translation>
    </message>
    <message>
        <source>Write the diagram as PNG (2x, for slides).</source>
        <translation>Écrire le diagramme en PNG (2x, pour les présentations).</translation>
    </message>
    <message>
        <source>Write the diagram as SVG.</source>
        <translation>Écrire le diagramme en SVG.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Afficher le résultat en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>Say where the paths start: --from EVENT, --to EVENT, or --funnel E1,E2,... with --dropped-after K.</source>
        <translation>Indiquez où partent les chemins : --from ÉVÉNEMENT, --to ÉVÉNEMENT, ou --funnel E1,E2,... avec --dropped-after K.</translation>
    </message>
    <message>
        <source>--funnel needs --dropped-after K: the step whose drop-offs to follow.</source>
        <translation>--funnel demande --dropped-after K : l&apos;étape dont suivre les abandons.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>every edge (step, from, to, persons)</source>
        <translation>chaque arête (étape, de, vers, personnes)</translation>
    </message>
    <message>
        <source>Computing the paths…</source>
        <translation>Calcul des chemins…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsEngine</name>
    <message>
        <source>--dropped-after must name a step before the last, 1 to %1.</source>
        <translation>--dropped-after doit désigner une étape avant la dernière, 1 à %1.</translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace to start from (its events: %2).</source>
        <translation>il n&apos;y a pas d&apos;événement « %1 » dans cet espace de travail d&apos;où partir (ses événements : %2).</translation>
    </message>
    <message>
        <source>paths have 1 to %1 steps, not %2.</source>
        <translation>les chemins ont 1 à %1 étapes, pas %2.</translation>
    </message>
    <message>
        <source>each step shows 1 to %1 events, not %2.</source>
        <translation>chaque étape montre 1 à %1 événements, pas %2.</translation>
    </message>
    <message>
        <source>the session gap must be at least a minute.</source>
        <translation>la pause de session doit durer au moins une minute.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PersonTimeline</name>
    <message>
        <source>there is no person or id “%1” in this workspace.</source>
        <translation>il n&apos;y a ni personne ni identifiant « %1 » dans cet espace de travail.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PlanDiffDialog</name>
    <message>
        <source>Also &amp;delete events and parameters the plan does not have</source>
        <translation>&amp;Supprimer aussi les événements et paramètres absents du plan</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Appliquer %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>The dictionary already matches this plan: nothing to change.</source>
        <translation>Le dictionnaire correspond déjà à ce plan : rien à modifier.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed. Uncheck what you do not want; each applied change goes into the change log, and Undo takes the whole import back.</source>
        <translation>%1 ajoutés, %2 modifiés, %3 supprimés. Décochez ce que vous ne voulez pas ; chaque modification appliquée est inscrite au journal, et Annuler reprend toute l&apos;importation.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The name the dictionary&apos;s change log records for your edits</source>
        <translation>Le nom inscrit dans le journal du dictionnaire pour vos modifications</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Funnelscope starts again.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de Funnelscope.</translation>
    </message>
    <message>
        <source>Days, weeks and months of the open workspace&apos;s reports are counted in this time zone</source>
        <translation>Les jours, semaines et mois des rapports de l&apos;espace de travail ouvert sont comptés dans ce fuseau horaire</translation>
    </message>
    <message>
        <source>How many values a breakdown shows before “other”, for new funnels</source>
        <translation>Combien de valeurs une ventilation montre avant « autre », pour les nouveaux entonnoirs</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Workspace &amp;time zone:</source>
        <translation>&amp;Fuseau horaire de l&apos;espace de travail :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Breakdown shows the top:</source>
        <translation>La &amp;ventilation montre les premiers :</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as Europe/Berlin or UTC.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire ; choisissez-en un dans la liste, comme Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <source>Count &amp;people: join anonymous visits to the login they led to</source>
        <translation>Compter les &amp;personnes : rattacher les visites anonymes à la connexion qui a suivi</translation>
    </message>
    <message>
        <source>Identity stitching, for the open workspace: a known user and every anonymous or device id linked to them count as one person in every report. Off: every id counts apart (some teams count devices on purpose).</source>
        <translation>Rapprochement d’identités, pour l’espace de travail ouvert : un utilisateur connu et tous les identifiants anonymes ou d’appareil qui lui sont liés comptent comme une seule personne dans chaque rapport. Désactivé : chaque identifiant compte à part (certaines équipes comptent les appareils exprès).</translation>
    </message>
    <message>
        <source>A workspace on a ClickHouse server always counts people: each event is stored with its person when it is imported.</source>
        <translation>Un espace de travail sur un serveur ClickHouse compte toujours des personnes : chaque événement est enregistré avec sa personne lors de l’import.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreviewModel</name>
    <message>
        <source>“%1” is kept in each event&apos;s properties</source>
        <translation>« %1 » est conservé dans les propriétés de chaque événement</translation>
    </message>
    <message>
        <source>“%1” gives the field %2</source>
        <translation>« %1 » fournit le champ %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ProtectedFiles</name>
    <message>
        <source>“%1” is %2 of the open workspace “%3”: writing there would destroy the workspace. Choose another file.</source>
        <translation>« %1 » est %2 de l’espace de travail ouvert « %3 » : y écrire détruirait l’espace de travail. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>the %1 file</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
</context>
<context>
    <name>Funnelscope::QualityFinding</name>
    <message>
        <source>Unplanned event</source>
        <translation>Événement non prévu</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Jamais vu</translation>
    </message>
    <message>
        <source>Deprecated but sent</source>
        <translation>Déprécié mais envoyé</translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation>Paramètre obligatoire manquant</translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation>Type incorrect</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Valeur non autorisée</translation>
    </message>
    <message>
        <source>Volume drop</source>
        <translation>Chute de volume</translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation>Pic de volume</translation>
    </message>
    <message>
        <source>“%1” is in the data (%2 rows since %3) but not in the dictionary.</source>
        <translation>« %1 » est dans les données (%2 lignes depuis le %3) mais pas dans le dictionnaire.</translation>
    </message>
    <message>
        <source>“%1” is defined, but the data has none of it.</source>
        <translation>« %1 » est défini, mais les données n&apos;en contiennent aucun.</translation>
    </message>
    <message>
        <source>“%1” is deprecated, but the data still has %2 rows (since %3).</source>
        <translation>« %1 » est déprécié, mais les données en contiennent encore %2 lignes (depuis le %3).</translation>
    </message>
    <message>
        <source>“%1” lacks its required “%2” in %3 of %4 rows (%5%), since %6.</source>
        <translation>Il manque à « %1 » son paramètre obligatoire « %2 » dans %3 lignes sur %4 (%5 %), depuis le %6.</translation>
    </message>
    <message>
        <source>“%1.%2” has values of the wrong type in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation>« %1.%2 » a des valeurs du mauvais type dans %3 lignes sur %4 (%5 %), depuis le %6 ; par exemple « %7 ».</translation>
    </message>
    <message>
        <source>“%1.%2” has values outside its allowed values or pattern in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation>« %1.%2 » a des valeurs hors des valeurs autorisées ou du motif dans %3 lignes sur %4 (%5 %), depuis le %6 ; par exemple « %7 ».</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>“%1” fell to %2 a day %3, against a usual %4 a day.</source>
        <translation>« %1 » est tombé à %2 par jour %3, contre %4 par jour d&apos;habitude.</translation>
    </message>
    <message>
        <source>“%1” rose to %2 a day %3, against a usual %4 a day.</source>
        <translation>« %1 » est monté à %2 par jour %3, contre %4 par jour d&apos;habitude.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportCommand</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The funnel&apos;s step events (default: the first saved funnel, else the checkout funnel).</source>
        <translation>Les événements des étapes de l&apos;entonnoir (par défaut : le premier entonnoir enregistré, sinon l&apos;entonnoir de commande).</translation>
    </message>
    <message>
        <source>the workspace to report on</source>
        <translation>l&apos;espace de travail du rapport</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>--pdf: “%1” is a folder.</source>
        <translation>--pdf : « %1 » est un dossier.</translation>
    </message>
    <message>
        <source>Wrote the report on %1 to %2.</source>
        <translation>Rapport sur %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>--steps: %1</source>
        <translation>--steps : %1</translation>
    </message>
    <message>
        <source>Write the PDF report: funnel, cohorts, insights, maturity and data quality.</source>
        <translation>Écrire le rapport PDF : entonnoir, cohortes, insights, maturité et qualité des données.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>The workspace: a file, or a ClickHouse URL.</source>
        <translation>L’espace de travail : un fichier, ou une URL ClickHouse.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportContent</name>
    <message>
        <source>The workspace has too few kinds of events for a funnel.</source>
        <translation>L&apos;espace de travail a trop peu de types d&apos;événements pour un entonnoir.</translation>
    </message>
    <message>
        <source>The workspace has no events yet.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore d&apos;événements.</translation>
    </message>
    <message>
        <source>The events are not checked against the dictionary on a ClickHouse server yet: the checks read a workspace file&apos;s events.</source>
        <translation>Les événements ne sont pas encore vérifiés par rapport au dictionnaire sur un serveur ClickHouse : les vérifications lisent les événements d’un fichier d’espace de travail.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Tracking maturity</source>
        <translation>Maturité du suivi</translation>
    </message>
    <message>
        <source>No self-assessment is saved in this workspace yet: fill one in on the Maturity page.</source>
        <translation>Aucune auto-évaluation n&apos;est encore enregistrée dans cet espace de travail : remplissez-en une sur la page Maturité.</translation>
    </message>
    <message>
        <source>%1 · assessed on %2 by %3 · overall %4 of %5</source>
        <translation>%1 · évaluée le %2 par %3 · global %4 sur %5</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 events in the dictionary · %2 errors, %3 warnings, %4 notices</source>
        <translation>%1 événements dans le dictionnaire · %2 erreurs, %3 avertissements, %4 remarques</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Journal des modifications : %1</translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation>Journal des modifications ALTÉRÉ : %1</translation>
    </message>
    <message>
        <source>The dictionary is empty, so every event counts as unplanned; adopt the starter dictionary on the Dictionary page.</source>
        <translation>Le dictionnaire est vide : chaque événement compte donc comme non prévu ; adoptez le dictionnaire de départ sur la page Dictionnaire.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Funnelscope report · %1</source>
        <translation>Rapport Funnelscope · %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d&apos;écrire « %1 ».</translation>
    </message>
    <message>
        <source>Funnelscope · %1 · %2</source>
        <translation>Funnelscope · %1 · %2</translation>
    </message>
    <message>
        <source>Funnelscope report: %1</source>
        <translation>Rapport Funnelscope : %1</translation>
    </message>
    <message>
        <source>%1 events from %2 users, %3 to %4.</source>
        <translation>%1 événements de %2 utilisateurs, du %3 au %4.</translation>
    </message>
    <message>
        <source>The workspace has no events yet.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore d&apos;événements.</translation>
    </message>
    <message>
        <source>What predicts “%1”</source>
        <translation>Ce qui prédit « %1 »</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Did before converting</source>
        <translation>Fait avant de convertir</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Autres convertis</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Predicts</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>p ajusté</translation>
    </message>
    <message>
        <source>Contents: the funnel, the cohort grid, what predicts a conversion, the tracking maturity self-assessment, and the data&apos;s quality against the event dictionary.</source>
        <translation>Contenu : l&apos;entonnoir, la grille de cohortes, ce qui prédit une conversion, l&apos;auto-évaluation de la maturité du suivi et la qualité des données par rapport au dictionnaire d&apos;événements.</translation>
    </message>
    <message>
        <source>%1 events in the dictionary</source>
        <translation>%1 événements dans le dictionnaire</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SavedReportsBar</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SegmentPlan</name>
    <message>
        <source>property “%1” has the unknown type “%2”</source>
        <translation>la propriété « %1 » a le type inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1 is not a Segment tracking plan: it has no rules.events list.</source>
        <translation>%1 n&apos;est pas un plan de marquage Segment : il n&apos;a pas de liste rules.events.</translation>
    </message>
    <message>
        <source>%1: event rule %2 has no name.</source>
        <translation>%1 : la règle d&apos;événement %2 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>%1, event “%2”: %3.</source>
        <translation>%1, événement « %2 » : %3.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SourcePreset</name>
    <message>
        <source>REES46 e-commerce events</source>
        <translation>Événements e-commerce REES46</translation>
    </message>
    <message>
        <source>Retailrocket events</source>
        <translation>Événements Retailrocket</translation>
    </message>
    <message>
        <source>DIGINETICA item views</source>
        <translation>Vues d&apos;articles DIGINETICA</translation>
    </message>
    <message>
        <source>transactions (UCI Online Retail)</source>
        <translation>transactions (UCI Online Retail)</translation>
    </message>
    <message>
        <source>GA4 BigQuery export</source>
        <translation>Export BigQuery GA4</translation>
    </message>
    <message>
        <source>Mixpanel raw export</source>
        <translation>Export brut Mixpanel</translation>
    </message>
    <message>
        <source>Amplitude export</source>
        <translation>Export Amplitude</translation>
    </message>
    <message>
        <source>RudderStack events</source>
        <translation>Événements RudderStack</translation>
    </message>
    <message>
        <source>Segment track and page calls</source>
        <translation>Appels track et page Segment</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TerminalProgress</name>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::Theme</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineCommand</name>
    <message>
        <source>Show one person&apos;s events over all their ids, session by session (also for tracking QA).</source>
        <translation>Montrer les événements d&apos;une personne sur tous ses identifiants, session par session (aussi pour vérifier le suivi).</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>L&apos;espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A known user id or an anonymous id of the person.</source>
        <translation>Un identifiant d&apos;utilisateur connu ou un identifiant anonyme de la personne.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the timeline as JSON on standard output.</source>
        <translation>Afficher la chronologie en JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>l&apos;espace de travail à lire</translation>
    </message>
    <message>
        <source>whose timeline</source>
        <translation>la chronologie de qui</translation>
    </message>
    <message>
        <source>%1: %2 events in %3 sessions; ids: %4</source>
        <translation>%1 : %2 événements en %3 sessions ; identifiants : %4</translation>
    </message>
    <message>
        <source>a person&apos;s timeline</source>
        <translation>la chronologie d’une personne</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineDialog</name>
    <message>
        <source>Loading the timeline of %1…</source>
        <translation>Chargement de la chronologie de %1…</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Chronologie de %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>timeline-%1.csv</source>
        <translation>chronologie-%1.csv</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 events in %3 sessions. Ids that count for this person: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 événements en %3 sessions. Identifiants qui comptent pour cette personne : %4.</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 · %2 · %n events</source>
        <translation>
            <numerusform>Session %1 · %2 · %n événement</numerusform>
            <numerusform>Session %1 · %2 · %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimestampParser</name>
    <message>
        <source>ISO 8601 date and time with time zone</source>
        <translation>Date et heure ISO 8601 avec fuseau horaire</translation>
    </message>
    <message>
        <source>date and time without time zone</source>
        <translation>date et heure sans fuseau horaire</translation>
    </message>
    <message>
        <source>date without time</source>
        <translation>date sans heure</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>temps Unix en secondes</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>temps Unix en millisecondes</translation>
    </message>
    <message>
        <source>Unix time in microseconds</source>
        <translation>temps Unix en microsecondes</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlan</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1, ligne %2 : JSON non valide (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Funnelscope dictionary: it has no &quot;format&quot;: &quot;%2&quot; (use --format segment for a Segment tracking plan).</source>
        <translation>%1 n&apos;est pas un dictionnaire Funnelscope : il n&apos;a pas de &quot;format&quot;: &quot;%2&quot; (utilisez --format segment pour un plan de marquage Segment).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Funnelscope (dictionary format %2; this one reads %3).</source>
        <translation>%1 a été écrit par une version plus récente de Funnelscope (format de dictionnaire %2 ; cette version lit %3).</translation>
    </message>
    <message>
        <source>%1: unknown naming convention “%2”.</source>
        <translation>%1 : convention de nommage inconnue « %2 ».</translation>
    </message>
    <message>
        <source>%1, event %2 (%3): %4</source>
        <translation>%1, événement %2 (%3) : %4</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlanCsv</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>%1, line 1: there is no “event” column, so this is not a dictionary CSV.</source>
        <translation>%1, ligne 1 : il n&apos;y a pas de colonne « event », ce n&apos;est donc pas un CSV de dictionnaire.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1, line %2: the last_reviewed “%3” is not a date like 2026-03-31.</source>
        <translation>%1, ligne %2 : last_reviewed « %3 » n&apos;est pas une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>%1, line %2: the event column is empty.</source>
        <translation>%1, ligne %2 : la colonne event est vide.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is described differently than on line %4; the event columns must be the same on each of its rows.</source>
        <translation>%1, ligne %2 : « %3 » est décrit autrement qu&apos;à la ligne %4 ; les colonnes d&apos;événement doivent être identiques sur chacune de ses lignes.</translation>
    </message>
    <message>
        <source>%1 is empty: a dictionary CSV starts with a header line.</source>
        <translation>%1 est vide : un CSV de dictionnaire commence par une ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::WelcomePage</name>
    <message>
        <source>Open Workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open the Demo Shop</source>
        <translation>Ouvrir la boutique de démonstration</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>Reading what the workspace holds. A workspace from an older version of Funnelscope is brought up to date the first time, which takes a few seconds for millions of events.</source>
        <translation>Lecture du contenu de l&apos;espace de travail. Un espace de travail d&apos;une version antérieure de Funnelscope est mis à jour la première fois, ce qui prend quelques secondes pour des millions d&apos;événements.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aucun espace de travail n&apos;est ouvert&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workspace is one file that holds your events and everything made from them. Open one, create one and import an export into it, or look around the demo shop.</source>
        <translation>Un espace de travail est un fichier qui contient vos événements et tout ce qui en est tiré. Ouvrez-en un, créez-en un et importez-y un export, ou visitez la boutique de démonstration.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Worker</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Erreur interne.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Workspace</name>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation>« %1 » existe déjà. Choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>Impossible de créer « %1 » : le dossier « %2 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only. Choose a folder you can write to.</source>
        <translation>Impossible de créer « %1 » : le dossier « %2 » est en lecture seule. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the location is read-only.</source>
        <translation>Impossible de créer « %1 » : l&apos;emplacement est en lecture seule.</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist. It may have been moved or deleted.</source>
        <translation>L&apos;espace de travail « %1 » n&apos;existe pas. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>« %1 » est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Funnelscope workspace.</source>
        <translation>« %1 » est vide : ce n&apos;est pas un espace de travail Funnelscope.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation>« %1 » ne peut pas être lu : vous n&apos;avez pas le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not a Funnelscope workspace: it is not an SQLite database, or its first bytes are damaged.</source>
        <translation>« %1 » n&apos;est pas un espace de travail Funnelscope : ce n&apos;est pas une base SQLite, ou ses premiers octets sont endommagés.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only location (%2 cannot be written). Funnelscope writes to a workspace and beside it; copy the file to a folder you can write to.</source>
        <translation>« %1 » se trouve dans un emplacement en lecture seule (%2 ne peut pas être écrit). Funnelscope écrit dans un espace de travail et à côté ; copiez le fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>its folder</source>
        <translation>son dossier</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database, not a Funnelscope workspace.</source>
        <translation>« %1 » est une base SQLite vide, pas un espace de travail Funnelscope.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Funnelscope workspace.</source>
        <translation>« %1 » est la base SQLite d&apos;un autre programme, pas un espace de travail Funnelscope.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Funnelscope (workspace format %2; this version reads formats up to %3). Update Funnelscope to open it.</source>
        <translation>« %1 » a été enregistré par une version plus récente de Funnelscope (format %2 ; cette version lit les formats jusqu&apos;à %3). Mettez Funnelscope à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore it from a backup, or import its data into a new workspace.</source>
        <translation>« %1 » est endommagé et ne peut pas être lu (%2). Restaurez-le depuis une sauvegarde, ou importez ses données dans un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only location. Copy it to a folder you can write to.</source>
        <translation>« %1 » se trouve dans un emplacement en lecture seule. Copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a workspace: %2</source>
        <translation>« %1 » n&apos;a pas pu être ouvert comme espace de travail : %2</translation>
    </message>
    <message>
        <source>these tables are missing: %1</source>
        <translation>ces tables manquent : %1</translation>
    </message>
    <message>
        <source>“%1” is this workspace: choose another name for the copy.</source>
        <translation>« %1 » est cet espace de travail : choisissez un autre nom pour la copie.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;enregistrer une copie sous « %1 » : le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: it cannot be replaced.</source>
        <translation>Impossible d&apos;enregistrer une copie sous « %1 » : le fichier ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to workspace format %2: its events are kept as columns only, and the file is compacted. This happens once and may take a minute…</source>
        <translation>Mise à niveau de « %1 » vers le format d’espace de travail %2 : ses événements ne sont plus conservés qu’en colonnes, et le fichier est compacté. Cela n’arrive qu’une fois et peut prendre une minute…</translation>
    </message>
    <message>
        <source>It could not be compacted (%1); File ▸ Save a Copy writes a compact copy.</source>
        <translation>Il n’a pas pu être compacté (%1) ; Fichier ▸ Enregistrer une copie écrit une copie compacte.</translation>
    </message>
    <message>
        <source>Upgraded “%1” to workspace format %2 in %3 s: %4 before, %5 now.</source>
        <translation>« %1 » a été mis à niveau vers le format d’espace de travail %2 en %3 s : %4 avant, %5 maintenant.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::WorkspaceDocument</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared, so it matches the dictionary.</source>
        <translation>%1 L’historique d’annulation a été vidé pour correspondre au dictionnaire.</translation>
    </message>
    <message>
        <source>Add Annotation “%1”</source>
        <translation>Ajouter l’annotation « %1 »</translation>
    </message>
    <message>
        <source>Remove Annotation “%1”</source>
        <translation>Supprimer l’annotation « %1 »</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Il n’y a pas d’annotation %1.</translation>
    </message>
    <message>
        <source>%1 The page shows the server&apos;s tables again.</source>
        <translation>%1 La page affiche de nouveau les tables du serveur.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::XlsxWriter</name>
    <message>
        <source>Could not write %1: no temporary folder (%2).</source>
        <translation>Impossible d&apos;écrire %1 : aucun dossier temporaire (%2).</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook could not be started.</source>
        <translation>Impossible d&apos;écrire %1 : le classeur n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (row %3).</source>
        <translation>Impossible d&apos;écrire %1 : %2 (ligne %3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: an Excel sheet holds at most %2 rows and this table has %3; write CSV instead.</source>
        <translation>Impossible d&apos;écrire %1 : une feuille Excel contient au plus %2 lignes et ce tableau en a %3 ; écrivez plutôt du CSV.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ZipMemberDevice</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the zip archive cannot be read (%2).</source>
        <translation>Impossible d’importer « %1 » : l’archive zip est illisible (%2).</translation>
    </message>
    <message>
        <source>the archive has no member “%1”</source>
        <translation>l’archive ne contient pas « %1 »</translation>
    </message>
</context>
<context>
    <name>MaturityMatrix</name>
    <message>
        <source>Micro-journey tracking maturity</source>
        <translation>Maturité du suivi des micro-parcours</translation>
    </message>
    <message>
        <source>Basic Funnel</source>
        <translation>Entonnoir de base</translation>
    </message>
    <message>
        <source>Step-Level Journeys</source>
        <translation>Parcours par étapes</translation>
    </message>
    <message>
        <source>Predictive Micro-Journeys</source>
        <translation>Micro-parcours prédictifs</translation>
    </message>
    <message>
        <source>Data Collection</source>
        <translation>Collecte de données</translation>
    </message>
    <message>
        <source>Basic page and purchase tracking only.</source>
        <translation>Suivi des pages et des achats uniquement.</translation>
    </message>
    <message>
        <source>Event tracking for key micro-journey steps across web and app.</source>
        <translation>Suivi des événements pour les étapes clés du micro-parcours, sur le web et l&apos;application.</translation>
    </message>
    <message>
        <source>Rich behavioural events plus context (device, offers, tests) in real time.</source>
        <translation>Événements comportementaux riches avec contexte (appareil, offres, tests) en temps réel.</translation>
    </message>
    <message>
        <source>Identity &amp; Stitching</source>
        <translation>Identité et rapprochement</translation>
    </message>
    <message>
        <source>Sessions treated as anonymous, little cross-device visibility.</source>
        <translation>Sessions traitées comme anonymes, peu de visibilité entre appareils.</translation>
    </message>
    <message>
        <source>Known users stitched across sessions, partial anonymous-to-known linking.</source>
        <translation>Utilisateurs connus rapprochés entre sessions, liaison partielle de l&apos;anonyme au connu.</translation>
    </message>
    <message>
        <source>A robust identity graph combining anonymous, known and offline signals.</source>
        <translation>Un graphe d&apos;identité solide combinant signaux anonymes, connus et hors ligne.</translation>
    </message>
    <message>
        <source>Analytics &amp; Reporting</source>
        <translation>Analyse et reporting</translation>
    </message>
    <message>
        <source>Topline conversion rate and revenue by channel.</source>
        <translation>Taux de conversion global et chiffre d&apos;affaires par canal.</translation>
    </message>
    <message>
        <source>Step-based funnels, cohorts and journey reports by segment.</source>
        <translation>Entonnoirs par étape, cohortes et rapports de parcours par segment.</translation>
    </message>
    <message>
        <source>Predictive scoring for cart abandonment, purchase likelihood and lifetime value.</source>
        <translation>Scores prédictifs d&apos;abandon de panier, de probabilité d&apos;achat et de valeur vie client.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Generic cart-abandon emails and broad retargeting.</source>
        <translation>E-mails génériques de panier abandonné et reciblage large.</translation>
    </message>
    <message>
        <source>Segmented cart, browse and price-drop triggers.</source>
        <translation>Déclencheurs segmentés de panier, de navigation et de baisse de prix.</translation>
    </message>
    <message>
        <source>Real-time, multi-channel orchestration tuned to micro-journey state.</source>
        <translation>Orchestration multicanale en temps réel, ajustée à l&apos;état du micro-parcours.</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Expérimentation</translation>
    </message>
    <message>
        <source>Occasional A/B tests on homepage or product pages.</source>
        <translation>Tests A/B occasionnels sur la page d&apos;accueil ou les pages produit.</translation>
    </message>
    <message>
        <source>Structured tests at high-drop-off steps in the funnel.</source>
        <translation>Tests structurés aux étapes de l&apos;entonnoir où l&apos;abandon est élevé.</translation>
    </message>
    <message>
        <source>An always-on test program linked to micro-journey KPIs and revenue.</source>
        <translation>Un programme de tests permanent relié aux KPI des micro-parcours et au chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation>Prise de décision</translation>
    </message>
    <message>
        <source>Decisions driven by opinion and aggregate KPIs.</source>
        <translation>Décisions guidées par l&apos;opinion et des KPI agrégés.</translation>
    </message>
    <message>
        <source>Decisions driven by funnel drop-off and segment performance.</source>
        <translation>Décisions guidées par les abandons de l&apos;entonnoir et la performance des segments.</translation>
    </message>
    <message>
        <source>Decisions driven by predicted impact on revenue, margin and lifetime value.</source>
        <translation>Décisions guidées par l&apos;impact prévu sur le chiffre d&apos;affaires, la marge et la valeur vie client.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Micro-conversion analytics for e-commerce. Run “funnelscope --help” for the commands.</source>
        <translation>Analyse des micro-conversions pour l&apos;e-commerce. « funnelscope --help » affiche les commandes.</translation>
    </message>
    <message>
        <source>Open this workspace.</source>
        <translation>Ouvrir cet espace de travail.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Open the import dialog with this file.</source>
        <translation>Ouvrir la fenêtre d&apos;importation avec ce fichier.</translation>
    </message>
    <message>
        <source>A workspace to open (a file, or a clickhouse:// address), or event files to import.</source>
        <translation>Un espace de travail à ouvrir (un fichier ou une adresse clickhouse://) ou des fichiers d&apos;événements à importer.</translation>
    </message>
</context>
</TS>
