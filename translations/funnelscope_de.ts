<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Funnelscope::AnnotateCommand</name>
    <message>
        <source>Mark days with campaigns, site and tracking changes (shown on every time axis).</source>
        <translation>Tage mit Kampagnen, Website- und Tracking-Änderungen markieren (auf jeder Zeitachse gezeigt).</translation>
    </message>
    <message>
        <source>add, list or remove ID.</source>
        <translation>add, list oder remove ID.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The day annotated (YYYY-MM-DD, workspace time zone).</source>
        <translation>Der angemerkte Tag (JJJJ-MM-TT, Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The last day of a range, included.</source>
        <translation>Der letzte Tag eines Zeitraums, eingeschlossen.</translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation>Was geschah, in wenigen Worten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>campaign, site_change, tracking_change or other (default).</source>
        <translation>campaign, site_change, tracking_change oder other (Standard).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>A colour of its own, #RRGGBB.</source>
        <translation>Eine eigene Farbe, #RRGGBB.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>list: print the annotations as JSON on standard output.</source>
        <translation>list: die Anmerkungen als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <source>say add, list or remove ID (not “%1”).</source>
        <translation>add, list oder remove ID angeben (nicht „%1“).</translation>
    </message>
    <message>
        <source>remove: name the annotation&apos;s number (annotate list shows them), not “%1”.</source>
        <translation>remove: die Nummer der Anmerkung angeben (annotate list zeigt sie), nicht „%1“.</translation>
    </message>
    <message>
        <source>remove: there is no annotation %1.</source>
        <translation>remove: Es gibt keine Anmerkung %1.</translation>
    </message>
    <message>
        <source>Removed annotation %1.</source>
        <translation>Anmerkung %1 entfernt.</translation>
    </message>
    <message>
        <source>--date is required: the day annotated.</source>
        <translation>--date fehlt: der Tag der Anmerkung.</translation>
    </message>
    <message>
        <source>--to: %1 comes before --date %2.</source>
        <translation>--to: %1 liegt vor --date %2.</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>was geschah</translation>
    </message>
    <message>
        <source>Added annotation %1.</source>
        <translation>Anmerkung %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AnnotationDialog</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Summer sale email, new checkout page</source>
        <translation>z. B. Sommerschlussverkauf-Mail, neue Kassenseite</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was geschah:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Annotations</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Site change</source>
        <translation>Website-Änderung</translation>
    </message>
    <message>
        <source>Tracking change</source>
        <translation>Tracking-Änderung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>an annotation needs a text.</source>
        <translation>eine Anmerkung braucht einen Text.</translation>
    </message>
    <message>
        <source>an annotation&apos;s text is short: at most 200 characters, not %1.</source>
        <translation>der Text einer Anmerkung ist kurz: höchstens 200 Zeichen, nicht %1.</translation>
    </message>
    <message>
        <source>an annotation&apos;s last day cannot come before its first.</source>
        <translation>der letzte Tag einer Anmerkung kann nicht vor ihrem ersten liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a category (%2).</source>
        <translation>„%1“ ist keine Kategorie (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a colour (write #RRGGBB).</source>
        <translation>„%1“ ist keine Farbe (#RRGGBB schreiben).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AssessCommand</name>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write the radar of current against target as PNG (2x).</source>
        <translation>Das Netzdiagramm (Ist gegen Ziel) als PNG (2x) schreiben.</translation>
    </message>
    <message>
        <source>Write the radar as SVG.</source>
        <translation>Das Netzdiagramm als SVG schreiben.</translation>
    </message>
    <message>
        <source>Micro-journey tracking maturity · %1 · %2</source>
        <translation>Reifegrad des Micro-Journey-Trackings · %1 · %2</translation>
    </message>
    <message>
        <source>Assessment of %1 by %2: overall %3 of %4, weakest: %5.</source>
        <translation>Bewertung vom %1 durch %2: gesamt %3 von %4, am schwächsten: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the scores, with the data&apos;s hints</source>
        <translation>die Bewertungen mit den Hinweisen aus den Daten</translation>
    </message>
    <message>
        <source>Fill in or export the maturity self-assessment (set a dimension, import the CSV, export scores and radar).</source>
        <translation>Die Reifegrad-Selbsteinschätzung ausfüllen oder exportieren (eine Dimension setzen, die CSV importieren, Bewertungen und Radar exportieren).</translation>
    </message>
    <message>
        <source>What to do: export, set, or import FILE.csv.</source>
        <translation>Was zu tun ist: export, set oder import DATEI.csv.</translation>
    </message>
    <message>
        <source>set: the dimension&apos;s id (data_collection, identity, analytics, activation, experimentation, decision_making).</source>
        <translation>set: die Kennung der Dimension (data_collection, identity, analytics, activation, experimentation, decision_making).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>set: the stage the team is at (1 to 3, half steps allowed).</source>
        <translation>set: die Stufe, auf der das Team steht (1 bis 3, halbe Schritte erlaubt).</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>set: the stage the team aims for (default: as it was, at least the current).</source>
        <translation>set: die Stufe, die das Team anstrebt (Standard: wie bisher, mindestens die aktuelle).</translation>
    </message>
    <message>
        <source>set: a note on this dimension.</source>
        <translation>set: eine Notiz zu dieser Dimension.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>set: what shows this stage (a report, a tool, a link).</source>
        <translation>set: was diese Stufe belegt (ein Bericht, ein Werkzeug, ein Link).</translation>
    </message>
    <message>
        <source>set, import: who answers (default: the OS user).</source>
        <translation>set, import: wer antwortet (Standard: der Benutzer des Systems).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>import: name the CSV to read: “funnelscope assess import FILE.csv --workspace W”.</source>
        <translation>import: Nennen Sie die zu lesende CSV: „funnelscope assess import DATEI.csv --workspace W“.</translation>
    </message>
    <message>
        <source>say what to do: export, set or import (“funnelscope assess export --workspace W --csv F”).</source>
        <translation>Sagen Sie, was zu tun ist: export, set oder import („funnelscope assess export --workspace W --csv F“).</translation>
    </message>
    <message>
        <source>the workspace of the assessment</source>
        <translation>der Arbeitsbereich der Bewertung</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Saved the assessment of %1 by %2: overall %3 of %4.</source>
        <translation>Bewertung vom %1 durch %2 gespeichert: gesamt %3 von %4.</translation>
    </message>
    <message>
        <source>the dimension to set</source>
        <translation>die zu setzende Dimension</translation>
    </message>
    <message>
        <source>--dimension: “%1” is no dimension (the dimensions: %2).</source>
        <translation>--dimension: „%1“ ist keine Dimension (die Dimensionen: %2).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a stage from 1 to %3 in half steps.</source>
        <translation>--%1: „%2“ ist keine Stufe von 1 bis %3 in halben Schritten.</translation>
    </message>
    <message>
        <source>no assessment is saved in “%1” yet: fill one in on the Maturity page or with “assess set”.</source>
        <translation>in „%1“ ist noch keine Bewertung gespeichert: Füllen Sie eine auf der Seite Reifegrad oder mit „assess set“ aus.</translation>
    </message>
    <message>
        <source>export: print the latest assessment as JSON on standard output.</source>
        <translation>export: die neueste Bewertung als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AssessmentExport</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1, line 1: there is no “%2” column (the columns of an exported assessment: dimension, current_stage, target_stage, note, evidence).</source>
        <translation>%1, Zeile 1: Es gibt keine Spalte „%2“ (die Spalten einer exportierten Bewertung: dimension, current_stage, target_stage, note, evidence).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is no dimension of the matrix (its dimensions: %4).</source>
        <translation>%1, Zeile %2: „%3“ ist keine Dimension der Matrix (ihre Dimensionen: %4).</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is there twice.</source>
        <translation>%1, Zeile %2: „%3“ steht zweimal da.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 “%4” is not a stage from 1 to %5 in half steps.</source>
        <translation>%1, Zeile %2: %3 „%4“ ist keine Stufe von 1 bis %5 in halben Schritten.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLog</name>
    <message>
        <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation>Eintrag %1 fehlt: Das Protokoll springt von %2 auf %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry before it was changed, removed or inserted.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Ein Eintrag davor wurde geändert, entfernt oder eingefügt.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3, %4) was changed after it was written.</source>
        <translation>Eintrag %1 (%2 %3, %4) wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but the workspace recorded entry %2 as the newest: entries at the end were removed or replaced.</source>
        <translation>Das Protokoll endet bei Eintrag %1, aber der Arbeitsbereich hat Eintrag %2 als neuesten vermerkt: Einträge am Ende wurden entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>The entries check out, but the store&apos;s guards against changing the log were removed.</source>
        <translation>Die Einträge stimmen, aber die Schutzmechanismen des Speichers gegen Änderungen am Protokoll wurden entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The change log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Das Änderungsprotokoll ist unversehrt: %n Eintrag, mit dem vorherigen verkettet.</numerusform>
            <numerusform>Das Änderungsprotokoll ist unversehrt: %n Einträge, jeder mit dem vorherigen verkettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>“%1” is not a change log receipt (it looks like “funnelscope-change-log 1 entries=N sha256=…”).</source>
        <translation>„%1“ ist keine Quittung des Änderungsprotokolls (sie sieht aus wie „funnelscope-change-log 1 entries=N sha256=…“).</translation>
    </message>
    <message>
        <source>The receipt covers %1 entries, but the log holds only %2: entries were removed.</source>
        <translation>Die Quittung umfasst %1 Einträge, das Protokoll enthält aber nur %2: Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the receipt&apos;s entries were removed or renumbered.</source>
        <translation>Eintrag %1 fehlt: Einträge der Quittung wurden entfernt oder umnummeriert.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones the receipt covers: entries were changed, removed or inserted since.</source>
        <translation>Die ersten %1 Einträge des Protokolls sind nicht die der Quittung: Seitdem wurden Einträge geändert, entfernt oder eingefügt.</translation>
    </message>
    <message>
        <source>The log still holds the %1 entries of the receipt, unchanged (%2 entries since).</source>
        <translation>Das Protokoll enthält die %1 Einträge der Quittung weiterhin unverändert (seitdem %2 Einträge).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLogModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Event or parameter</source>
        <translation>Ereignis oder Parameter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseBackend</name>
    <message>
        <source>insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>Reibung</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseConnectDialog</name>
    <message>
        <source>Connect to ClickHouse</source>
        <translation>Mit ClickHouse verbinden</translation>
    </message>
    <message>
        <source>clickhouse://[user@]host[:port]/database for one server; add ?cluster=NAME for a cluster of the server&apos;s remote_servers; clickhouses:// for HTTPS</source>
        <translation>clickhouse://[benutzer@]host[:port]/datenbank für einen Server; ?cluster=NAME für einen Cluster aus remote_servers des Servers; clickhouses:// für HTTPS</translation>
    </message>
    <message>
        <source>from FUNNELSCOPE_CLICKHOUSE_PASSWORD</source>
        <translation>aus FUNNELSCOPE_CLICKHOUSE_PASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reports on a ClickHouse server are computed by the server: only their figures come here. Once connected, File ▸ Import Events… sends events to it.</source>
        <translation>Berichte auf einem ClickHouse-Server berechnet der Server; hierher kommen nur ihre Zahlen. Nach dem Verbinden sendet Datei ▸ Ereignisse importieren… Ereignisse an ihn.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die des Systems</translation>
    </message>
    <message>
        <source>For clickhouses://: a PEM file of the certificate authority that signed the server&apos;s certificate, when the system does not know it (your company&apos;s own)</source>
        <translation>Für clickhouses://: eine PEM-Datei der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat, wenn das System sie nicht kennt (die Ihres Unternehmens)</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Kept in memory while the window is open; saved only in the system keychain, when asked</source>
        <translation>Im Speicher gehalten, solange das Fenster offen ist; gespeichert nur im Schlüsselbund des Systems, wenn gewünscht</translation>
    </message>
    <message>
        <source>GNOME Keyring or KWallet keeps it for this user and server, so Open Recent connects without asking; untick to remove it from there</source>
        <translation>GNOME Keyring oder KWallet bewahrt es für diesen Benutzer und Server auf, sodass „Zuletzt geöffnet“ ohne Nachfrage verbindet; abwählen, um es dort zu entfernen</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseConnection</name>
    <message>
        <source>The ClickHouse server %1 does not answer: %2.</source>
        <translation>Der ClickHouse-Server %1 antwortet nicht: %2.</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 refused a query: %2</source>
        <translation>Der ClickHouse-Server %1 hat eine Abfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 does not answer over HTTPS: no TLS handshake within %2 s. If port %3 speaks plain HTTP, the address starts with clickhouse://.</source>
        <translation>Der ClickHouse-Server %1 antwortet nicht über HTTPS: kein TLS-Handshake innerhalb von %2 s. Spricht Port %3 einfaches HTTP, beginnt die Adresse mit clickhouse://.</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 is not trusted: %2 (with the certificate authorities of “%3” too).</source>
        <translation>Dem ClickHouse-Server %1 wird nicht vertraut: %2 (auch mit den Zertifizierungsstellen aus „%3“).</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 is not trusted: %2. If its certificate comes from your own certificate authority, add ca=FILE (that authority&apos;s PEM file) to the address: %3</source>
        <translation>Dem ClickHouse-Server %1 wird nicht vertraut: %2. Stammt sein Zertifikat von Ihrer eigenen Zertifizierungsstelle, ergänzen Sie die Adresse um ca=DATEI (die PEM-Datei dieser Stelle): %3</translation>
    </message>
    <message>
        <source> If port %1 speaks plain HTTP, the address starts with clickhouse://.</source>
        <translation> Spricht Port %1 einfaches HTTP, beginnt die Adresse mit clickhouse://.</translation>
    </message>
    <message>
        <source> If port %1 speaks HTTPS, the address starts with clickhouses://.</source>
        <translation> Spricht Port %1 HTTPS, beginnt die Adresse mit clickhouses://.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>in ca=FILE of an address</comment>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 refused the user “%2”: wrong password or unknown user (the password comes from FUNNELSCOPE_CLICKHOUSE_PASSWORD, the Connect dialog or the system keychain).</source>
        <translation>Der ClickHouse-Server %1 hat den Benutzer „%2“ abgewiesen: falsches Passwort oder unbekannter Benutzer (das Passwort kommt aus FUNNELSCOPE_CLICKHOUSE_PASSWORD, dem Verbindungsdialog oder dem Schlüsselbund des Systems).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseFunnel</name>
    <message>
        <source>steps in any order where one “%1” event passes the filters of two steps (%2 and %3)</source>
        <translation>Schritte in beliebiger Reihenfolge, bei denen ein „%1“-Ereignis die Filter zweier Schritte (%2 und %3) erfüllt,</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseImporter</name>
    <message>
        <source>“%1” was already imported into %2 (import %3, as “%4”). To import it again anyway use --allow-duplicate-file.</source>
        <translation>„%1“ wurde bereits in %2 importiert (Import %3, als „%4“). Um sie trotzdem erneut zu importieren, verwenden Sie --allow-duplicate-file.</translation>
    </message>
    <message>
        <source>No temporary folder for the import: %1</source>
        <translation>Kein temporärer Ordner für den Import: %1</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseTables</name>
    <message>
        <source>Someone else saved changes to the dictionary, assessments, saved reports or annotations of the ClickHouse workspace %1 since you opened it, so yours were not saved. Open it again to see theirs, then make yours again.</source>
        <translation>Jemand anderes hat seit dem Öffnen Änderungen am Wörterbuch, an Bewertungen, gespeicherten Berichten oder Anmerkungen des ClickHouse-Arbeitsbereichs %1 gespeichert, daher wurden Ihre nicht gespeichert. Öffnen Sie ihn erneut, um diese zu sehen, und nehmen Sie Ihre Änderungen dann noch einmal vor.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseUrl</name>
    <message>
        <source>“%1” is not a ClickHouse address such as clickhouse://host:8123/database.</source>
        <translation>„%1“ ist keine ClickHouse-Adresse wie clickhouse://host:8123/datenbank.</translation>
    </message>
    <message>
        <source>“%1”: a password does not go into the address; set FUNNELSCOPE_CLICKHOUSE_PASSWORD instead.</source>
        <translation>„%1“: Ein Passwort gehört nicht in die Adresse; setzen Sie stattdessen FUNNELSCOPE_CLICKHOUSE_PASSWORD.</translation>
    </message>
    <message>
        <source>“%1” names no server (clickhouse://host:8123/database).</source>
        <translation>„%1“ nennt keinen Server (clickhouse://host:8123/datenbank).</translation>
    </message>
    <message>
        <source>“%1”: the database should be a name of letters, digits and _ after the server, such as clickhouse://host:8123/shop.</source>
        <translation>„%1“: Nach dem Server sollte die Datenbank als Name aus Buchstaben, Ziffern und _ folgen, etwa clickhouse://host:8123/shop.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a cluster name.</source>
        <translation>„%1“: „%2“ ist kein Clustername.</translation>
    </message>
    <message>
        <source>“%1”: unknown option “%2” (only cluster=NAME, and ca=FILE with clickhouses://).</source>
        <translation>„%1“: unbekannte Option „%2“ (nur cluster=NAME und, mit clickhouses://, ca=DATEI).</translation>
    </message>
    <message>
        <source>“%1”: ca=FILE is for HTTPS; the address should start with clickhouses://.</source>
        <translation>„%1“: ca=DATEI gilt für HTTPS; die Adresse sollte mit clickhouses:// beginnen.</translation>
    </message>
    <message>
        <source>“%1”: cannot read the certificate authority file “%2”: %3.</source>
        <translation>„%1“: Die Datei der Zertifizierungsstelle „%2“ kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>no file named</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>“%1”: the certificate authority file “%2” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>„%1“: Die Datei der Zertifizierungsstelle „%2“ enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseWorkspace</name>
    <message>
        <source>The ClickHouse server %1 has no cluster “%2” in its remote_servers.</source>
        <translation>Der ClickHouse-Server %1 hat keinen Cluster „%2“ in seinen remote_servers.</translation>
    </message>
    <message>
        <source>The database “%1” on the ClickHouse server %2 is no Funnelscope workspace (it has no table “%3”); import into it first.</source>
        <translation>Die Datenbank „%1“ auf dem ClickHouse-Server %2 ist kein Funnelscope-Arbeitsbereich (sie hat keine Tabelle „%3“); importieren Sie zuerst in sie.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 cannot compute %2 yet.</source>
        <translation>Der ClickHouse-Arbeitsbereich %1 kann %2 noch nicht berechnen.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 holds events imported before Funnelscope sent prices and revenue to the server. To filter, break down or sum by them, import those files again into a new database.</source>
        <translation>Der ClickHouse-Arbeitsbereich %1 enthält Ereignisse, die importiert wurden, bevor Funnelscope Preise und Umsätze an den Server sendete. Um nach ihnen zu filtern, aufzuschlüsseln oder zu summieren, importieren Sie diese Dateien erneut in eine neue Datenbank.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 holds events imported before Funnelscope sent their source properties to the server, so it cannot filter or break down by “%2”. Import those files again into a new database.</source>
        <translation>Der ClickHouse-Arbeitsbereich %1 enthält Ereignisse, die importiert wurden, bevor Funnelscope ihre Quelleigenschaften an den Server sendete; daher kann er nicht nach „%2“ filtern oder aufschlüsseln. Importieren Sie diese Dateien erneut in eine neue Datenbank.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortCommand</name>
    <message>
        <source>Compute a cohort grid: retention or revenue by acquisition day, week or month.</source>
        <translation>Eine Kohortentabelle berechnen: Bindung oder Umsatz nach Gewinnungstag, -woche oder -monat.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>day, week (default; ISO, from Monday) or month.</source>
        <translation>day, week (Standard; ISO, ab Montag) oder month.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort, or any (default).</source>
        <translation>Das Ereignis, das Nutzer einer Kohorte zuordnet, oder any (Standard).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>The event that counts as a return, or any (default).</source>
        <translation>Das Ereignis, das als Rückkehr zählt, oder any (Standard).</translation>
    </message>
    <message>
        <source>on (default): a return in that period; on-or-after: in that period or later.</source>
        <translation>on (Standard): eine Rückkehr in diesem Zeitraum; on-or-after: in diesem Zeitraum oder später.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>How many periods (columns; default 12).</source>
        <translation>Wie viele Zeiträume (Spalten; Standard 12).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>retention (default) or revenue (per user, cumulative).</source>
        <translation>retention (Standard) oder revenue (pro Nutzer, kumuliert).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>One grid per value of this property of the start event.</source>
        <translation>Eine Tabelle je Wert dieser Eigenschaft des Startereignisses.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Breakdown values before “other” (default 5).</source>
        <translation>Aufschlüsselungswerte vor „andere“ (Standard 5).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Ereignisse behalten, für die EIGENSCHAFT OP WERT gilt (OP: = != &gt; &gt;= &lt; &lt;= ~); wiederholbar.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Time zone of the periods (default: the workspace&apos;s).</source>
        <translation>Zeitzone der Zeiträume (Standard: die des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Write the heatmap as PNG (2x).</source>
        <translation>Die Heatmap als PNG (2x) schreiben.</translation>
    </message>
    <message>
        <source>Write the heatmap as SVG.</source>
        <translation>Die Heatmap als SVG schreiben.</translation>
    </message>
    <message>
        <source>Print the grid as JSON on standard output.</source>
        <translation>Die Tabelle als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>--period: “%1” is not day, week or month.</source>
        <translation>--period: „%1“ ist weder day, week noch month.</translation>
    </message>
    <message>
        <source>--mode: “%1” is not on or on-or-after.</source>
        <translation>--mode: „%1“ ist weder on noch on-or-after.</translation>
    </message>
    <message>
        <source>--metric: “%1” is not retention or revenue.</source>
        <translation>--metric: „%1“ ist weder retention noch revenue.</translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>--timezone: „%1“ ist keine Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC).</translation>
    </message>
    <message>
        <source>the grid (counts and percentages)</source>
        <translation>die Tabelle (Anzahlen und Prozente)</translation>
    </message>
    <message>
        <source>Computing the cohorts…</source>
        <translation>Kohorten werden berechnet …</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortEngine</name>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation>In diesem Arbeitsbereich gibt es kein Ereignis „%1“ (seine Ereignisse: %2).</translation>
    </message>
    <message>
        <source>the number of periods must be between 1 and %1.</source>
        <translation>Die Zahl der Zeiträume muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1“ ist keine Zeitzone.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortHeatmap</name>
    <message>
        <source>Cumulative revenue per user</source>
        <translation>Kumulierter Umsatz pro Nutzer</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Umsatz pro Nutzer</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation> · %1 = %2</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>0 – %1 · * incomplete period (hatched) · blank: no data yet</source>
        <translation>0 – %1 · * unvollständiger Zeitraum (schraffiert) · leer: noch keine Daten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 (net of refunds)</source>
        <translation>%1 (abzüglich Erstattungen)</translation>
    </message>
    <message>
        <source>cohorts by the day of their first event</source>
        <translation>Kohorten nach dem Tag ihres ersten Ereignisses</translation>
    </message>
    <message>
        <source>cohorts by the day of their first %1</source>
        <translation>Kohorten nach dem Tag ihres ersten %1</translation>
    </message>
    <message>
        <source>cohorts by the week of their first event</source>
        <translation>Kohorten nach der Woche ihres ersten Ereignisses</translation>
    </message>
    <message>
        <source>cohorts by the week of their first %1</source>
        <translation>Kohorten nach der Woche ihres ersten %1</translation>
    </message>
    <message>
        <source>cohorts by the month of their first event</source>
        <translation>Kohorten nach dem Monat ihres ersten Ereignisses</translation>
    </message>
    <message>
        <source>cohorts by the month of their first %1</source>
        <translation>Kohorten nach dem Monat ihres ersten %1</translation>
    </message>
    <message>
        <source>a return is any event in that period or later</source>
        <translation>Rückkehr: ein beliebiges Ereignis in diesem Zeitraum oder später</translation>
    </message>
    <message>
        <source>a return is %1 in that period or later</source>
        <translation>Rückkehr: %1 in diesem Zeitraum oder später</translation>
    </message>
    <message>
        <source>a return is any event in that period</source>
        <translation>Rückkehr: ein beliebiges Ereignis in diesem Zeitraum</translation>
    </message>
    <message>
        <source>a return is %1 in that period</source>
        <translation>Rückkehr: %1 in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Cohort grid</source>
        <translation>Kohortentabelle</translation>
    </message>
    <message numerus="yes">
        <source>Average of %Ln people</source>
        <translation>
            <numerusform>Durchschnitt von %Ln Person</numerusform>
            <numerusform>Durchschnitt von %Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %1, %Ln people</source>
        <translation>
            <numerusform>Kohorte vom %1, %Ln Person</numerusform>
            <numerusform>Kohorte vom %1, %Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2: no data yet</source>
        <translation>%1; %2: noch keine Daten</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 Personen)</translation>
    </message>
    <message>
        <source>%1, the period is not over</source>
        <translation>%1, der Zeitraum ist nicht vorbei</translation>
    </message>
    <message>
        <source>%1; %2: %3</source>
        <translation>%1; %2: %3</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortPage</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>in that period</source>
        <translation>in diesem Zeitraum</translation>
    </message>
    <message>
        <source>in that period or later</source>
        <translation>in diesem Zeitraum oder später</translation>
    </message>
    <message>
        <source>Retention, %</source>
        <translation>Bindung, %</translation>
    </message>
    <message>
        <source>Retention, users</source>
        <translation>Bindung, Nutzer</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Umsatz pro Nutzer</translation>
    </message>
    <message>
        <source>Cumulative revenue per user</source>
        <translation>Kumulierter Umsatz pro Nutzer</translation>
    </message>
    <message>
        <source>e.g. channel = email; Quantity &gt; 0</source>
        <translation>z. B. channel = email; Quantity &gt; 0</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG or SVG (with the curves as PNG), or the grid as CSV</source>
        <translation>Die Heatmap als PNG oder SVG (mit den Kurven als PNG) oder die Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>Cohorts by</source>
        <translation>Kohorten nach</translation>
    </message>
    <message>
        <source>of first</source>
        <translation>des ersten</translation>
    </message>
    <message>
        <source>returning with</source>
        <translation>Rückkehr mit</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Zeiträume:</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>beliebiges Ereignis</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>everybody</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Revenue per user by period (click cohorts in the grid to add them)</source>
        <translation>Umsatz pro Nutzer je Zeitraum (klicken Sie Kohorten in der Tabelle an, um sie hinzuzufügen)</translation>
    </message>
    <message>
        <source>Retention curve (click cohorts in the grid to add them)</source>
        <translation>Bindungskurve (klicken Sie Kohorten in der Tabelle an, um sie hinzuzufügen)</translation>
    </message>
    <message>
        <source>Average (weighted)</source>
        <translation>Durchschnitt (gewichtet)</translation>
    </message>
    <message>
        <source>Periods since the cohort&apos;s start</source>
        <translation>Zeiträume seit Beginn der Kohorte</translation>
    </message>
    <message>
        <source>There is no cohort grid to export yet.</source>
        <translation>Es gibt noch keine Kohortentabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation>Kohorten exportieren</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>kohorten.png</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg, .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>Retention curves</source>
        <translation>Bindungskurven</translation>
    </message>
    <message>
        <source>Cumulative revenue per user by period (click cohorts in the grid to add them)</source>
        <translation>Kumulierter Umsatz pro Nutzer je Zeitraum (klicken Sie Kohorten in der Tabelle an, um sie hinzuzufügen)</translation>
    </message>
    <message>
        <source>%1 · no complete period yet</source>
        <translation>%1 · noch kein vollständiger Zeitraum</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortText</name>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Cohort · %1</source>
        <translation>Kohorte · %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>* The period is not over in the data yet: its figure can still grow.</source>
        <translation>* Der Zeitraum ist in den Daten noch nicht vorbei: sein Wert kann noch wachsen.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Command</name>
    <message>
        <source>--%1 is required: %2.</source>
        <translation>--%1 ist erforderlich: %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number from %3 to %4.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (write YYYY-MM-DD).</source>
        <translation>--%1: „%2“ ist kein Datum (schreiben Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a duration from %3 to %4 (write 30m, 12h, 7d or 2w).</source>
        <translation>--%1: „%2“ ist keine Dauer von %3 bis %4 (schreiben Sie 30m, 12h, 7d oder 2w).</translation>
    </message>
    <message>
        <source>Write %1 as CSV.</source>
        <translation>%1 als CSV schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write %1 as an Excel workbook (typed numbers and dates).</source>
        <translation>%1 als Excel-Arbeitsmappe schreiben (Zahlen und Daten typisiert).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark, so Excel shows accents and other scripts correctly.</source>
        <translation>Die CSV-Datei mit einer UTF-8-Bytereihenfolge-Markierung beginnen, damit Excel Umlaute und andere Schriften richtig zeigt.</translation>
    </message>
    <message>
        <source>--bom: it applies to --csv, which is not given.</source>
        <translation>--bom: gilt für --csv, das nicht angegeben ist.</translation>
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
„funnelscope BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 ein falsches Argument oder falsche Eingabe, 2 ein interner Fehler.
</translation>
    </message>
    <message>
        <source>funnelscope: unknown command “%1”. Run “funnelscope --help” for the list.</source>
        <translation>funnelscope: unbekannter Befehl „%1“. „funnelscope --help“ zeigt die Liste.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>Waiting for another import or edit of %1 to finish…</source>
        <translation>Warte darauf, dass ein anderer Import oder eine andere Bearbeitung von %1 endet…</translation>
    </message>
    <message>
        <source>Usage: funnelscope [WORKSPACE.funnelscope] [--workspace FILE] [--import FILE]
       funnelscope COMMAND [options]

Without a command, opens the window on the workspace named (created when --import is given and it does not exist), else on the last one (or the demo shop).

Commands:
</source>
        <translation>Aufruf: funnelscope [ARBEITSBEREICH.funnelscope] [--workspace DATEI] [--import DATEI]
       funnelscope BEFEHL [Optionen]

Ohne Befehl öffnet sich das Fenster mit dem genannten Arbeitsbereich (angelegt, wenn --import angegeben ist und er nicht existiert), sonst mit dem zuletzt benutzten (oder dem Demo-Shop).

Befehle:
</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Condition</name>
    <message>
        <source>“%1” is not a filter: write PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (for example device=mobile).</source>
        <translation>„%1“ ist kein Filter: Schreiben Sie EIGENSCHAFT OP WERT mit OP aus = != &gt; &gt;= &lt; &lt;= ~ (zum Beispiel device=mobile).</translation>
    </message>
    <message>
        <source>“%1” names no property before its operator.</source>
        <translation>„%1“ nennt vor dem Operator keine Eigenschaft.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Connection</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>“%1” is busy: another import or edit has been writing to it for %2 seconds. Try again when it has finished.</source>
        <translation>„%1“ ist belegt: Ein anderer Import oder eine andere Bearbeitung schreibt seit %2 Sekunden hinein. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” (%2) is full, or refuses a file this large: %3 free. Free some space and try again; the workspace is as it was.</source>
        <translation>Der Datenträger mit „%1“ (%2) ist voll oder nimmt eine so große Datei nicht an: %3 frei. Schaffen Sie Platz und versuchen Sie es erneut; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>“%1” could not be read or written (%2): the disk or the file system refused it.</source>
        <translation>„%1“ konnte nicht gelesen oder geschrieben werden (%2): Der Datenträger oder das Dateisystem hat es verweigert.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the first line is longer than %1 MiB: this does not look like a CSV file with a header</source>
        <translation>die erste Zeile ist länger als %1 MiB: Das sieht nicht nach einer CSV-Datei mit Kopfzeile aus</translation>
    </message>
    <message>
        <source>the first line is empty; it should name the columns</source>
        <translation>die erste Zeile ist leer; sie sollte die Spalten benennen</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>sie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>„%1“ kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again</source>
        <translation>Zeile %1 ist kein gültiges UTF-8. Speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 never ends (a &quot; is missing)</source>
        <translation>das Feld in Anführungszeichen, das in Zeile %1 beginnt, endet nie (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>it contains binary data (a NUL byte on line %1), so it is not a CSV file</source>
        <translation>sie enthält Binärdaten (ein NUL-Byte in Zeile %1) und ist daher keine CSV-Datei</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>Zeile länger als %1 MiB</translation>
    </message>
    <message>
        <source>wrong number of fields (expected %1, found %2)</source>
        <translation>falsche Anzahl von Feldern (erwartet %1, gefunden %2)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataPage</name>
    <message>
        <source>Import events…</source>
        <translation>Ereignisse importieren…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Ereignisse nach Typ</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>Daten in %1</translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation>Import entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected import with all its events</source>
        <translation>Den ausgewählten Import mit allen seinen Ereignissen entfernen</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Abgelehnte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Save the selected import&apos;s rejected rows, with their line and reason, as CSV</source>
        <translation>Die abgelehnten Zeilen des ausgewählten Imports mit Zeile und Grund als CSV speichern</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Import entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 events from this workspace? Reports will no longer include them.</source>
        <translation>„%1“ und seine %2 Ereignisse aus diesem Arbeitsbereich entfernen? Berichte enthalten sie dann nicht mehr.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Known users</source>
        <translation>Bekannte Nutzer</translation>
    </message>
    <message>
        <source>Anonymous ids</source>
        <translation>Anonyme IDs</translation>
    </message>
    <message>
        <source>Linked to a known user</source>
        <translation>Einem Nutzer zugeordnet</translation>
    </message>
    <message>
        <source>Shared devices</source>
        <translation>Geteilte Geräte</translation>
    </message>
    <message>
        <source>Anonymous ids seen with several known users (a family laptop): each stays a person of its own</source>
        <translation>Anonyme IDs, die mit mehreren bekannten Nutzern auftraten (ein Familien-Laptop): Jede bleibt eine eigene Person</translation>
    </message>
    <message>
        <source>Events joined to a person</source>
        <translation>Einer Person zugeordnete Ereignisse</translation>
    </message>
    <message>
        <source>Events carrying an anonymous id that now count for the known user it was linked to</source>
        <translation>Ereignisse mit anonymer ID, die jetzt für den bekannten Nutzer zählen, dem sie zugeordnet wurde</translation>
    </message>
    <message>
        <source>Reports count people: a known user together with every anonymous id linked to them, before and after they logged in; an anonymous id never linked is a person of its own. Turn this off in Preferences to count ids instead.</source>
        <translation>Berichte zählen Personen: einen bekannten Nutzer zusammen mit allen ihm zugeordneten anonymen IDs, vor und nach der Anmeldung; eine nie zugeordnete anonyme ID ist eine eigene Person. Schalten Sie dies in den Einstellungen aus, um stattdessen IDs zu zählen.</translation>
    </message>
    <message>
        <source>Identity stitching is off (Preferences): every id counts as a person of its own, anonymous visits apart from the logins they led to.</source>
        <translation>Die Identitätszusammenführung ist aus (Einstellungen): Jede ID zählt als eigene Person, anonyme Besuche getrennt von den Anmeldungen, zu denen sie führten.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Add Annotation…</source>
        <translation>Anmerkung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
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
        <translation>%1 am %2, gegenüber einem Median von %3</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataQualityModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoCommand</name>
    <message>
        <source>Create a workspace with the sample shop&apos;s events.</source>
        <translation>Einen Arbeitsbereich mit den Ereignissen des Beispiel-Shops anlegen.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>How many shoppers (default 20000).</source>
        <translation>Wie viele Kunden (Standard 20000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same shop (default 42).</source>
        <translation>Zufallsstartwert; derselbe Wert ergibt denselben Shop (Standard 42).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Replace the workspace file if it exists.</source>
        <translation>Die Arbeitsbereichsdatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>the workspace file to create</source>
        <translation>die anzulegende Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>--workspace: “%1” is a folder.</source>
        <translation>--workspace: „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Created %1: %2 users, %3 sessions, %4 events from %5 over %6 weeks.</source>
        <translation>%1 angelegt: %2 Nutzer, %3 Sitzungen, %4 Ereignisse ab %5 über %6 Wochen.</translation>
    </message>
    <message>
        <source>Write the events as a shop&apos;s CSV export instead of a workspace (12 columns).</source>
        <translation>Die Ereignisse als CSV-Export eines Shops statt als Arbeitsbereich schreiben (12 Spalten).</translation>
    </message>
    <message>
        <source>Write the events as NDJSON instead of a workspace.</source>
        <translation>Die Ereignisse als NDJSON statt als Arbeitsbereich schreiben.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events of %3 users.</source>
        <translation>%1 geschrieben: %2 Ereignisse von %3 Nutzern.</translation>
    </message>
    <message>
        <source>As the window&apos;s first start has it: the starter dictionary adopted, a change log, a saved assessment, a saved funnel and annotations.</source>
        <translation>Wie beim ersten Start des Fensters: das Start-Verzeichnis übernommen, ein Änderungsprotokoll, eine gespeicherte Bewertung, ein gespeicherter Funnel und Anmerkungen.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoGenerationDialog</name>
    <message>
        <source>Demo shop</source>
        <translation>Demo-Shop</translation>
    </message>
    <message>
        <source>Creating the demo shop with %1 shoppers…</source>
        <translation>Der Demo-Shop mit %1 Kunden wird angelegt…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoShop</name>
    <message>
        <source>Cannot move the demo workspace into place at “%1”.</source>
        <translation>Der Demo-Arbeitsbereich kann nicht nach „%1“ verschoben werden.</translation>
    </message>
    <message>
        <source>Demo shop (%1 users, seed %2)</source>
        <translation>Demo-Shop (%1 Nutzer, Startwert %2)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Demo-Team</translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation>Startverzeichnis übernommen</translation>
    </message>
    <message>
        <source>Checkout squad</source>
        <translation>Checkout-Team</translation>
    </message>
    <message>
        <source>The checkout squad owns the order events</source>
        <translation>Das Checkout-Team verantwortet die Bestellereignisse</translation>
    </message>
    <message>
        <source>A core micro-conversion: it predicts a purchase</source>
        <translation>Eine Kern-Mikro-Conversion: sie sagt einen Kauf voraus</translation>
    </message>
    <message>
        <source>Reviewed after the search box outage</source>
        <translation>Nach dem Ausfall des Suchfelds geprüft</translation>
    </message>
    <message>
        <source>Checkout funnel</source>
        <translation>Checkout-Funnel</translation>
    </message>
    <message>
        <source>Summer sale</source>
        <translation>Sommerschlussverkauf</translation>
    </message>
    <message>
        <source>App 3.2 release</source>
        <translation>App-Version 3.2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryChange</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Ereignis %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Ereignis %1 löschen</translation>
    </message>
    <message>
        <source>Add parameter %1.%2</source>
        <translation>Parameter %1.%2 hinzufügen</translation>
    </message>
    <message>
        <source>Delete parameter %1.%2</source>
        <translation>Parameter %1.%2 löschen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>%1 als veraltet markieren</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Rename parameter %1.%2 to %3</source>
        <translation>Parameter %1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Set %1 of %2.%3 to %4</source>
        <translation>%1 von %2.%3 auf %4 setzen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryCommand</name>
    <message>
        <source>The plan to write (export) or read (import).</source>
        <translation>Der zu schreibende (export) oder zu lesende (import) Plan.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>json (Funnelscope&apos;s own, every field), segment (a Segment Protocols tracking plan) or csv (one row per parameter). Default: from the file.</source>
        <translation>json (Funnelscopes eigenes Format, alle Felder), segment (ein Tracking-Plan im Stil von Segment Protocols) oder csv (eine Zeile pro Parameter). Standard: nach der Datei.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>import: adopt the starter dictionary of e-commerce micro-conversions instead of a file.</source>
        <translation>import: das Startverzeichnis der E-Commerce-Mikro-Conversions übernehmen statt einer Datei.</translation>
    </message>
    <message>
        <source>import: also delete events and parameters the plan does not have.</source>
        <translation>import: auch Ereignisse und Parameter löschen, die der Plan nicht hat.</translation>
    </message>
    <message>
        <source>import: print the differences, change nothing.</source>
        <translation>import: die Unterschiede ausgeben, nichts ändern.</translation>
    </message>
    <message>
        <source>The name the change log records (default: the preference, else the OS user).</source>
        <translation>Der Name, den das Änderungsprotokoll vermerkt (Standard: die Einstellung, sonst der Benutzer des Systems).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A reason the change log records with each change.</source>
        <translation>Ein Grund, den das Änderungsprotokoll bei jeder Änderung vermerkt.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>--starter takes no file.</source>
        <translation>--starter nimmt keine Datei.</translation>
    </message>
    <message>
        <source>name one file to %1, as in “funnelscope dictionary %1 --workspace W plan.json”.</source>
        <translation>Nennen Sie eine Datei für %1, wie in „funnelscope dictionary %1 --workspace W plan.json“.</translation>
    </message>
    <message>
        <source>check takes no file; use --csv F to write the findings.</source>
        <translation>check nimmt keine Datei; mit --csv F werden die Befunde geschrieben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1 (%2).</source>
        <translation>
            <numerusform>%n Ereignis nach %1 geschrieben (%2).</numerusform>
            <numerusform>%n Ereignisse nach %1 geschrieben (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to change</source>
        <translation>der zu ändernde Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation>Startverzeichnis übernommen</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>the plan cannot be applied: %1 Nothing was changed.</source>
        <translation>Der Plan kann nicht angewendet werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes; nothing applied (--dry-run).</source>
        <translation>
            <numerusform>%n Änderung; nichts angewendet (--dry-run).</numerusform>
            <numerusform>%n Änderungen; nichts angewendet (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes, each in the change log.</source>
        <translation>
            <numerusform>%n Änderung angewendet, im Änderungsprotokoll vermerkt.</numerusform>
            <numerusform>%n Änderungen angewendet, jede im Änderungsprotokoll vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to check</source>
        <translation>der zu prüfende Arbeitsbereich</translation>
    </message>
    <message>
        <source>The dictionary is empty: adopt the starter dictionary (dictionary import --starter) or import a plan.</source>
        <translation>Das Verzeichnis ist leer: Übernehmen Sie das Startverzeichnis (dictionary import --starter) oder importieren Sie einen Plan.</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Änderungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation>Änderungsprotokoll VERÄNDERT: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format “%1” is not a format; use json, segment or csv.</source>
        <translation>--format „%1“ ist kein Format; verwenden Sie json, segment oder csv.</translation>
    </message>
    <message>
        <source>Export, import or check the event dictionary (tracking plan); print its change log or a receipt of it.</source>
        <translation>Das Ereignisverzeichnis (Tracking-Plan) exportieren, importieren oder prüfen; sein Änderungsprotokoll oder eine Quittung davon ausgeben.</translation>
    </message>
    <message>
        <source>export, import, check or log.</source>
        <translation>export, import, check oder log.</translation>
    </message>
    <message>
        <source>log: print a receipt of the change log to keep elsewhere. check --receipt RECEIPT: prove the log still holds the entries of that receipt, unchanged.</source>
        <translation>log: eine Quittung des Änderungsprotokolls ausgeben, um sie anderswo aufzubewahren. check --receipt QUITTUNG: nachweisen, dass das Protokoll die Einträge dieser Quittung unverändert enthält.</translation>
    </message>
    <message>
        <source>--receipt: give the receipt to check, as in “funnelscope dictionary check --receipt &apos;funnelscope-change-log 1 entries=N sha256=…&apos; --workspace W”.</source>
        <translation>--receipt: Geben Sie die zu prüfende Quittung an, etwa „funnelscope dictionary check --receipt &apos;funnelscope-change-log 1 entries=N sha256=…&apos; --workspace W“.</translation>
    </message>
    <message>
        <source>log takes no file.</source>
        <translation>log nimmt keine Datei.</translation>
    </message>
    <message>
        <source>say what to do: export, import, check or log.</source>
        <translation>Sagen Sie, was zu tun ist: export, import, check oder log.</translation>
    </message>
    <message>
        <source>“%1” is not something the dictionary command does; use export, import, check or log.</source>
        <translation>„%1“ kann der Befehl dictionary nicht; verwenden Sie export, import, check oder log.</translation>
    </message>
    <message>
        <source>the findings (check)</source>
        <translation>die Befunde (check)</translation>
    </message>
    <message>
        <source>check, log: print the findings or the change log as JSON on standard output.</source>
        <translation>check, log: die Befunde oder das Änderungsprotokoll als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>--csv and --xlsx write data-quality findings, which a ClickHouse workspace (%1) cannot compute yet.</source>
        <translation>--csv und --xlsx schreiben Befunde zur Datenqualität, die ein ClickHouse-Arbeitsbereich (%1) noch nicht berechnen kann.</translation>
    </message>
    <message>
        <source>Data quality is not checked on a ClickHouse workspace yet (it reads a workspace file&apos;s events); the change log is.</source>
        <translation>Die Datenqualität wird in einem ClickHouse-Arbeitsbereich noch nicht geprüft (sie liest die Ereignisse einer Arbeitsbereichsdatei); das Änderungsprotokoll wird geprüft.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryModel</name>
    <message>
        <source>1 core</source>
        <translation>1 Kern</translation>
    </message>
    <message>
        <source>2 diagnostic</source>
        <translation>2 Diagnose</translation>
    </message>
    <message>
        <source>never · due</source>
        <translation>nie · fällig</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation>%1 · fällig</translation>
    </message>
    <message numerus="yes">
        <source>Not reviewed in the last %n days</source>
        <translation>
            <numerusform>In den letzten %n Tag nicht geprüft</numerusform>
            <numerusform>In den letzten %n Tagen nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryPage</name>
    <message>
        <source>Funnelscope dictionary (*.json);;Segment tracking plan (*.json);;CSV, one row per parameter (*.csv)</source>
        <translation>Funnelscope-Verzeichnis (*.json);;Segment-Tracking-Plan (*.json);;CSV, eine Zeile pro Parameter (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Event dictionary&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;Ereignisverzeichnis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The naming convention new event and parameter names must follow</source>
        <translation>Die Namenskonvention, der neue Ereignis- und Parameternamen folgen müssen</translation>
    </message>
    <message>
        <source>The name the change log records for your edits</source>
        <translation>Der Name, den das Änderungsprotokoll für Ihre Änderungen vermerkt</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Record my changes as:</source>
        <translation>Meine Änderungen vermerken als:</translation>
    </message>
    <message>
        <source>Adopt Starter Dictionary…</source>
        <translation>Startverzeichnis übernehmen…</translation>
    </message>
    <message>
        <source>Add the core e-commerce micro-conversions (product_view … purchase, newsletter_signup) with stages, tiers and parameters</source>
        <translation>Die wichtigsten E-Commerce-Mikro-Conversions (product_view … purchase, newsletter_signup) mit Phasen, Stufen und Parametern hinzufügen</translation>
    </message>
    <message>
        <source>Import Plan…</source>
        <translation>Plan importieren…</translation>
    </message>
    <message>
        <source>Export Plan…</source>
        <translation>Plan exportieren…</translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Data Quality (%1)</source>
        <translation>Datenqualität (%1)</translation>
    </message>
    <message>
        <source>No findings: the data follows the dictionary.</source>
        <translation>Keine Befunde: Die Daten folgen dem Verzeichnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings, %1 of them errors. Double-click one to open its event.</source>
        <translation>
            <numerusform>%n Befund, davon %1 Fehler. Doppelklicken Sie, um sein Ereignis zu öffnen.</numerusform>
            <numerusform>%n Befunde, davon %1 Fehler. Doppelklicken Sie auf einen, um sein Ereignis zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>Ereignisse filtern…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Tier 1 · core</source>
        <translation>Stufe 1 · Kern</translation>
    </message>
    <message>
        <source>Tier 2 · diagnostic</source>
        <translation>Stufe 2 · Diagnose</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neues Ereignis…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Event name (%1):</source>
        <translation>Ereignisname (%1):</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n parameters from the dictionary? Deprecating keeps its history readable; Undo brings it back.</source>
        <translation>
            <numerusform>„%1“ und seinen %n Parameter aus dem Verzeichnis löschen? Als veraltet markieren hält seine Geschichte lesbar; Rückgängig bringt es zurück.</numerusform>
            <numerusform>„%1“ und seine %n Parameter aus dem Verzeichnis löschen? Als veraltet markieren hält seine Geschichte lesbar; Rückgängig bringt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Naming:</source>
        <translation>Benennung:</translation>
    </message>
    <message>
        <source>This event only</source>
        <translation>Nur dieses Ereignis</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Export Change Log</source>
        <translation>Änderungsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Wrote the change log to %1.</source>
        <translation>Das Änderungsprotokoll wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>Wrote the findings to %1.</source>
        <translation>Die Befunde wurden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes from %1; Undo takes them back.</source>
        <translation>
            <numerusform>%n Änderung aus %1 angewendet; Rückgängig nimmt sie zurück.</numerusform>
            <numerusform>%n Änderungen aus %1 angewendet; Rückgängig nimmt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>the starter dictionary</source>
        <translation>das Startverzeichnis</translation>
    </message>
    <message>
        <source>Export Dictionary</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 geschrieben.</numerusform>
            <numerusform>%n Ereignisse nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tracking Plan</source>
        <translation>Tracking-Plan importieren</translation>
    </message>
    <message>
        <source>Tracking plans (*.json *.csv);;All files (*)</source>
        <translation>Tracking-Pläne (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the data against the dictionary…</source>
        <translation>Die Daten werden gegen das Verzeichnis geprüft…</translation>
    </message>
    <message>
        <source>Editing as %1</source>
        <translation>Bearbeitet als %1</translation>
    </message>
    <message>
        <source>Copy Receipt</source>
        <translation>Quittung kopieren</translation>
    </message>
    <message>
        <source>Copy a receipt of the change log as it is now, to keep outside the workspace (a ticket, an email, a commit)</source>
        <translation>Eine Quittung des Änderungsprotokolls in seinem jetzigen Stand kopieren, um sie außerhalb des Arbeitsbereichs aufzubewahren (ein Ticket, eine E-Mail, ein Commit)</translation>
    </message>
    <message>
        <source>Copied the receipt of the change log: keep it outside the workspace. Check Receipt… proves later that the log still holds these entries, unchanged.</source>
        <translation>Die Quittung des Änderungsprotokolls wurde kopiert: Bewahren Sie sie außerhalb des Arbeitsbereichs auf. „Quittung prüfen…“ weist später nach, dass das Protokoll diese Einträge unverändert enthält.</translation>
    </message>
    <message>
        <source>Check Receipt…</source>
        <translation>Quittung prüfen…</translation>
    </message>
    <message>
        <source>Prove that the change log still holds the entries of a receipt you kept, unchanged</source>
        <translation>Nachweisen, dass das Änderungsprotokoll die Einträge einer aufbewahrten Quittung unverändert enthält</translation>
    </message>
    <message>
        <source>Check Receipt</source>
        <translation>Quittung prüfen</translation>
    </message>
    <message>
        <source>The receipt you kept (funnelscope-change-log 1 entries=…):</source>
        <translation>Die aufbewahrte Quittung (funnelscope-change-log 1 entries=…):</translation>
    </message>
    <message>
        <source>The data could not be checked: %1</source>
        <translation>Die Daten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Annotate This…</source>
        <translation>Anmerken…</translation>
    </message>
    <message>
        <source>Mark the days of the selected volume alert as a tracking change, on every time axis</source>
        <translation>Die Tage des gewählten Volumen-Alarms als Tracking-Änderung markieren, auf jeder Zeitachse</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 eingebrochen</translation>
    </message>
    <message>
        <source>%1 spiked</source>
        <translation>%1 sprunghaft gestiegen</translation>
    </message>
    <message>
        <source>Annotated: %1.</source>
        <translation>Angemerkt: %1.</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Tabelle exportieren …</translation>
    </message>
    <message>
        <source>Change log and data quality</source>
        <translation>Änderungsprotokoll und Datenqualität</translation>
    </message>
    <message>
        <source>Events of the dictionary</source>
        <translation>Ereignisse des Verzeichnisses</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Data-quality findings</source>
        <translation>Befunde zur Datenqualität</translation>
    </message>
    <message>
        <source>The data is not checked against the dictionary on a ClickHouse server yet: the checks read a workspace file&apos;s events.</source>
        <translation>Die Daten werden auf einem ClickHouse-Server noch nicht gegen das Wörterbuch geprüft: Die Prüfungen lesen die Ereignisse einer Arbeitsbereichsdatei.</translation>
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
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Every occurrence</source>
        <translation>Jedes Auftreten</translation>
    </message>
    <message>
        <source>Once per session</source>
        <translation>Einmal pro Sitzung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Wahr/falsch</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>A parameter name</source>
        <translation>Ein Parametername</translation>
    </message>
    <message>
        <source>An event name</source>
        <translation>Ein Ereignisname</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters; “%3…” has %4.</source>
        <translation>%1 darf höchstens %2 Zeichen haben; „%3…“ hat %4.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space.</source>
        <translation>„%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>lower-case letters, digits and single underscores, starting with a letter</source>
        <translation>Kleinbuchstaben, Ziffern und einzelne Unterstriche, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>letters and digits, starting with a lower-case letter, each further word starting with a capital</source>
        <translation>Buchstaben und Ziffern, beginnend mit einem Kleinbuchstaben, jedes weitere Wort mit einem Großbuchstaben</translation>
    </message>
    <message>
        <source>two or more capitalised words separated by single spaces</source>
        <translation>zwei oder mehr großgeschriebene Wörter, getrennt durch einzelne Leerzeichen</translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3.</source>
        <translation>„%1“ folgt nicht der Konvention %2: Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3 (for example “%4”).</source>
        <translation>„%1“ folgt nicht der Konvention %2: Verwenden Sie %3 (zum Beispiel „%4“).</translation>
    </message>
    <message>
        <source>An event name cannot be empty.</source>
        <translation>Ein Ereignisname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The stage of “%1” must be one of %2, not “%3”.</source>
        <translation>Die Phase von „%1“ muss eine von %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The tier of “%1” must be 1 (core) or 2 (diagnostic), not %2.</source>
        <translation>Die Stufe von „%1“ muss 1 (Kern) oder 2 (Diagnose) sein, nicht %2.</translation>
    </message>
    <message>
        <source>The status of “%1” must be one of %2, not “%3”.</source>
        <translation>Der Status von „%1“ muss einer von %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The counting rule of “%1” must be “every” or “once_per_session”, not “%2”.</source>
        <translation>Die Zählregel von „%1“ muss „every“ oder „once_per_session“ sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>“%1” cannot have been reviewed in the future (%2).</source>
        <translation>„%1“ kann nicht in der Zukunft geprüft worden sein (%2).</translation>
    </message>
    <message>
        <source>The tags of “%1” include an empty one.</source>
        <translation>Die Schlagwörter von „%1“ enthalten ein leeres.</translation>
    </message>
    <message>
        <source>The tags of “%1” repeat a tag.</source>
        <translation>Die Schlagwörter von „%1“ wiederholen ein Schlagwort.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” has two parameters called “%2”.</source>
        <translation>„%1“ hat zwei Parameter namens „%2“.</translation>
    </message>
    <message>
        <source>A parameter name cannot be empty.</source>
        <translation>Ein Parametername darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The type of “%1” must be one of %2, not “%3”.</source>
        <translation>Der Typ von „%1“ muss einer von %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The pattern of “%1” is not a valid regular expression: %2.</source>
        <translation>Das Muster von „%1“ ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>The allowed value “%1” of “%2” is not a valid %3 value.</source>
        <translation>Der erlaubte Wert „%1“ von „%2“ ist kein gültiger Wert vom Typ %3.</translation>
    </message>
    <message>
        <source>The example of “%1”: %2</source>
        <translation>Das Beispiel von „%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value.</source>
        <translation>„%1“ ist kein gültiger Wert vom Typ %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>„%1“ ist keiner der erlaubten Werte (%2).</translation>
    </message>
    <message>
        <source>“%1” does not match the pattern %2.</source>
        <translation>„%1“ passt nicht zum Muster %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DrawingExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDefinition</name>
    <message>
        <source>“%1” must be %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>“last_reviewed” must be a date like 2026-03-31, not “%1”</source>
        <translation>„last_reviewed“ muss ein Datum wie 2026-03-31 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 oder 2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>each parameter must be an object</source>
        <translation>jeder Parameter muss ein Objekt sein</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>Parameter %1: %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDictionary</name>
    <message>
        <source>The event “%1” is not in the workspace&apos;s dictionary.</source>
        <translation>Das Ereignis „%1“ ist nicht im Verzeichnis des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>An event called “%1” is already in the dictionary.</source>
        <translation>Ein Ereignis namens „%1“ ist bereits im Verzeichnis.</translation>
    </message>
    <message>
        <source>There is no event called “%1” in the dictionary.</source>
        <translation>Im Verzeichnis gibt es kein Ereignis namens „%1“.</translation>
    </message>
    <message>
        <source>The %1 of “%2” is “%3” now, not “%4”: it was changed meanwhile.</source>
        <translation>%1 von „%2“ ist jetzt „%3“, nicht „%4“: Es wurde zwischenzeitlich geändert.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>„%1“ ist kein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” already has a parameter called “%2”.</source>
        <translation>„%1“ hat bereits einen Parameter namens „%2“.</translation>
    </message>
    <message>
        <source>“%1” has no parameter called “%2”.</source>
        <translation>„%1“ hat keinen Parameter namens „%2“.</translation>
    </message>
    <message>
        <source>The %1 of “%2.%3” is “%4” now, not “%5”: it was changed meanwhile.</source>
        <translation>%1 von „%2.%3“ ist jetzt „%4“, nicht „%5“: Es wurde zwischenzeitlich geändert.</translation>
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
        <translation>Heute geprüft</translation>
    </message>
    <message>
        <source>Add Parameter…</source>
        <translation>Parameter hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>1 · core</source>
        <translation>1 · Kern</translation>
    </message>
    <message>
        <source>2 · diagnostic</source>
        <translation>2 · Diagnose</translation>
    </message>
    <message>
        <source>What it means and when it fires</source>
        <translation>Was es bedeutet und wann es ausgelöst wird</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>%1 als veraltet markieren</translation>
    </message>
    <message>
        <source>Why is it deprecated (for the change log)?</source>
        <translation>Warum ist es veraltet (für das Änderungsprotokoll)?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Zählt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parameter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;No event selected&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Kein Ereignis ausgewählt&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>Add Parameter to %1</source>
        <translation>Parameter zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Parameter name:</source>
        <translation>Parametername:</translation>
    </message>
    <message>
        <source>Parameters of the event</source>
        <translation>Parameter des Ereignisses</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventRecords</name>
    <message>
        <source>%1: the events of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1: Die Ereignisse von Import %2 lassen sich nicht lesen; der Arbeitsbereich ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTable</name>
    <message>
        <source>This workspace holds more than 65,535 imports with events, more than a report can merge: remove older imports on the Data page.</source>
        <translation>Dieser Arbeitsbereich enthält mehr als 65.535 Importe mit Ereignissen, mehr als ein Bericht zusammenführen kann: Entfernen Sie ältere Importe auf der Seite Daten.</translation>
    </message>
    <message>
        <source>none yet; import an export first</source>
        <translation>noch keine; importieren Sie zuerst einen Export</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTexts</name>
    <message>
        <source>%1: the event ids of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1: Die Ereignis-IDs von Import %2 lassen sich nicht lesen; der Arbeitsbereich ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: the properties of the events of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1: Die Eigenschaften der Ereignisse von Import %2 lassen sich nicht lesen; der Arbeitsbereich ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTypesModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ExportPrompt</name>
    <message>
        <source>PNG image, 2x for slides (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild, 2x für Folien (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, with a byte-order mark (*.csv)</source>
        <translation>CSV für Excel, mit Bytereihenfolge-Markierung (*.csv)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FieldMapping</name>
    <message>
        <source>--%1 “%2”: write it as FIELD=%3.</source>
        <translation>--%1 „%2“: Schreiben Sie es als FELD=%3.</translation>
    </message>
    <message>
        <source>--%1 “%2”: “%3” is not a field; the fields are %4.</source>
        <translation>--%1 „%2“: „%3“ ist kein Feld; die Felder sind %4.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map „%1“: Die Datei hat keine Spalte „%2“ (ihre Spalten: %3).</translation>
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
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::FolderWatcher</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the same content was imported before</source>
        <translation>derselbe Inhalt wurde schon importiert</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionCommand</name>
    <message>
        <source>Find friction: cart loops, search struggles, stalled checkouts, high-value carts left behind.</source>
        <translation>Reibung finden: Warenkorb-Schleifen, erfolglose Suchen, stockende Checkouts, verlassene wertvolle Warenkörbe.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Which events play a role: ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, remove_from_cart, checkout, purchase; repeatable.</source>
        <translation>Welche Ereignisse eine Rolle spielen: ROLLE=E1,E2 mit ROLLE aus search, product_view, add_to_cart, remove_from_cart, checkout, purchase; wiederholbar.</translation>
    </message>
    <message>
        <source>role=events</source>
        <translation>rolle=ereignisse</translation>
    </message>
    <message>
        <source>Without a session id, a longer pause ends the session (default 30m).</source>
        <translation>Ohne Sitzungs-ID beendet eine längere Pause die Sitzung (Standard 30m).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>A checkout step followed by nothing this long has stalled (default 5m).</source>
        <translation>Ein Checkout-Schritt, auf den so lange nichts folgt, stockt (Standard 5m).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Ereignisse behalten, für die EIGENSCHAFT OP WERT gilt (OP: = != &gt; &gt;= &lt; &lt;= ~); wiederholbar.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>First day of the sessions (YYYY-MM-DD, workspace time zone).</source>
        <translation>Erster Tag der Sitzungen (JJJJ-MM-TT, Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day of the sessions, included.</source>
        <translation>Letzter Tag der Sitzungen, eingeschlossen.</translation>
    </message>
    <message>
        <source>Print the weeks and the sessions as JSON on standard output.</source>
        <translation>Die Wochen und Sitzungen als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>--role: “%1” is not ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, remove_from_cart, checkout, purchase.</source>
        <translation>--role: „%1“ ist nicht ROLLE=E1,E2 mit ROLLE aus search, product_view, add_to_cart, remove_from_cart, checkout, purchase.</translation>
    </message>
    <message>
        <source>No event plays %1: say which with --role.</source>
        <translation>Kein Ereignis spielt %1: nennen Sie es mit --role.</translation>
    </message>
    <message>
        <source>every session with a signal (person, signal, times, detail)</source>
        <translation>jede Sitzung mit einem Signal (Person, Signal, Zeiten, Detail)</translation>
    </message>
    <message>
        <source>Looking for friction…</source>
        <translation>Reibung wird gesucht …</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionEngine</name>
    <message>
        <source>a loop and a struggle need at least one add or search.</source>
        <translation>eine Schleife und eine erfolglose Suche brauchen mindestens ein Hinzufügen oder eine Suche.</translation>
    </message>
    <message>
        <source>the high-value share must be above 0 and at most 1.</source>
        <translation>der Anteil wertvoller Warenkörbe muss über 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>the stall must not be negative and the session gap at least a minute.</source>
        <translation>die Stockzeit darf nicht negativ sein und die Sitzungspause muss mindestens eine Minute betragen.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionExport</name>
    <message numerus="yes">
        <source>%Ln cart loops</source>
        <translation>
            <numerusform>%Ln Warenkorb-Schleife</numerusform>
            <numerusform>%Ln Warenkorb-Schleifen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln search struggles</source>
        <translation>
            <numerusform>%Ln mühsame Suche</numerusform>
            <numerusform>%Ln mühsame Suchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled checkouts</source>
        <translation>
            <numerusform>%Ln steckengebliebener Checkout</numerusform>
            <numerusform>%Ln steckengebliebene Checkouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln high-value carts left behind</source>
        <translation>
            <numerusform>%Ln zurückgelassener wertvoller Warenkorb</numerusform>
            <numerusform>%Ln zurückgelassene wertvolle Warenkörbe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln sessions: %1.</source>
        <translation>
            <numerusform>In %Ln Sitzung: %1.</numerusform>
            <numerusform>In %Ln Sitzungen: %1.</numerusform>
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
        <translation>Warenkorb-Schleifen</translation>
    </message>
    <message>
        <source>Search struggles</source>
        <translation>Erfolglose Suchen</translation>
    </message>
    <message>
        <source>Stalled checkouts</source>
        <translation>Stockende Checkouts</translation>
    </message>
    <message>
        <source>High-value carts left</source>
        <translation>Wertvolle verlassen</translation>
    </message>
    <message>
        <source>%1 sessions of %2 persons in the week from %3</source>
        <translation>%1 Sitzungen von %2 Personen in der Woche ab %3</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Sessions where one product went into the cart and out again at least three times</source>
        <translation>Sitzungen, in denen ein Produkt mindestens dreimal in den Warenkorb und wieder heraus ging</translation>
    </message>
    <message>
        <source>Sessions with three or more searches and no product viewed after the last</source>
        <translation>Sitzungen mit drei oder mehr Suchen und keinem angesehenen Produkt nach der letzten</translation>
    </message>
    <message>
        <source>Sessions without a purchase where a checkout step was followed by nothing for five minutes</source>
        <translation>Sitzungen ohne Kauf, in denen auf einen Checkout-Schritt fünf Minuten lang nichts folgte</translation>
    </message>
    <message>
        <source>Carts in the top 10 % by value that never reached a purchase</source>
        <translation>Warenkörbe unter den wertvollsten 10 %, die nie zum Kauf führten</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelChart</name>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Funnel: %1 · within %2 · %3 · %4</source>
        <translation>Funnel: %1 · Zeitfenster %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · nach %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;★ this segment converts differently from all the others (two-proportion test, p &amp;lt; 0.05)&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;★ dieses Segment konvertiert anders als alle anderen (Zwei-Anteile-Test, p &amp;lt; 0,05)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation>Schritt erreicht</translation>
    </message>
    <message>
        <source>Dropped off since step 1</source>
        <translation>Seit Schritt 1 abgesprungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, too few to test</source>
        <translation>, zu wenige zum Testen</translation>
    </message>
    <message>
        <source>Conversion from step 1</source>
        <translation>Conversion ab Schritt 1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source> · same %1</source>
        <translation> · gleiches %1</translation>
    </message>
    <message>
        <source> · with step windows</source>
        <translation> · mit Schrittfenstern</translation>
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
        <translation>dieser Zeitraum</translation>
    </message>
    <message>
        <source>%1 (%2), before</source>
        <translation>%1 (%2), davor</translation>
    </message>
    <message>
        <source>Overall: %1 points; too few to test</source>
        <translation>Gesamt: %1 Punkte; zu wenige für einen Test</translation>
    </message>
    <message>
        <source>Overall: %1 points, a real change (%2)</source>
        <translation>Insgesamt: %1 Punkte, eine echte Veränderung (%2)</translation>
    </message>
    <message>
        <source>Overall: %1 points, within chance (%2)</source>
        <translation>Insgesamt: %1 Punkte, im Rahmen des Zufalls (%2)</translation>
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
        <translation>Einen Funnel berechnen: Schritt-Conversion, Absprünge, Zeit bis zur Conversion, Aufschlüsselungen.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The step events, in order (2 to 20).</source>
        <translation>Die Schrittereignisse in Reihenfolge (2 bis 20).</translation>
    </message>
    <message>
        <source>E1,E2,...</source>
        <translation>E1,E2,...</translation>
    </message>
    <message>
        <source>Conversion window: 30m, 12h, 7d, 2w (default 7d).</source>
        <translation>Conversion-Fenster: 30m, 12h, 7d, 2w (Standard 7d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>ordered (default), strict or any.</source>
        <translation>ordered (Standard), strict oder any.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>users (default), sessions or totals.</source>
        <translation>users (Standard), sessions oder totals.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Break down by a field, a source property, or new_vs_returning.</source>
        <translation>Aufschlüsseln nach einem Feld, einer Quelleigenschaft oder new_vs_returning.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Breakdown values shown before “other” (default 5).</source>
        <translation>Aufschlüsselungswerte vor „andere“ (Standard 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Ereignisse behalten, für die EIGENSCHAFT OP WERT gilt (OP: = != &gt; &gt;= &lt; &lt;= ~); wiederholbar.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Stop chains that meet EVENT between step K and K+1; repeatable.</source>
        <translation>Ketten beenden, die zwischen Schritt K und K+1 auf EREIGNIS treffen; wiederholbar.</translation>
    </message>
    <message>
        <source>EVENT@K</source>
        <translation>EREIGNIS@K</translation>
    </message>
    <message>
        <source>First day of step 1 (YYYY-MM-DD, workspace time zone).</source>
        <translation>Erster Tag von Schritt 1 (JJJJ-MM-TT, Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day of step 1, included.</source>
        <translation>Letzter Tag von Schritt 1, einschließlich.</translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation>Das Diagramm als PNG schreiben (2x, für Folien).</translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation>Das Diagramm als SVG schreiben.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Das Ergebnis als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>the step events, such as product_view,add_to_cart,purchase</source>
        <translation>die Schrittereignisse, etwa product_view,add_to_cart,purchase</translation>
    </message>
    <message>
        <source>--order: “%1” is not ordered, strict or any.</source>
        <translation>--order: „%1“ ist weder ordered, strict noch any.</translation>
    </message>
    <message>
        <source>--count: “%1” is not users, sessions or totals.</source>
        <translation>--count: „%1“ ist weder users, sessions noch totals.</translation>
    </message>
    <message>
        <source>--exclude: “%1” should be EVENT@K, the event excluded between step K and K+1.</source>
        <translation>--exclude: „%1“ sollte EVENT@K sein, das zwischen Schritt K und K+1 ausgeschlossene Ereignis.</translation>
    </message>
    <message>
        <source>Hold PROPERTY constant: every step&apos;s event has step 1&apos;s value (such as product_id); up to 3, repeatable or comma-separated.</source>
        <translation>EIGENSCHAFT gleich halten: das Ereignis jedes Schritts hat den Wert aus Schritt 1 (etwa product_id); bis zu 3, wiederholbar oder mit Kommas.</translation>
    </message>
    <message>
        <source>Step K within DURATION after step K-1 (such as 3=30m); repeatable.</source>
        <translation>Schritt K innerhalb DAUER nach Schritt K-1 (etwa 3=30m); wiederholbar.</translation>
    </message>
    <message>
        <source>K=DURATION</source>
        <translation>K=DAUER</translation>
    </message>
    <message>
        <source>Which event gives the breakdown value: step1 (default), first-touch, last-touch or step:K.</source>
        <translation>Welches Ereignis den Wert der Aufschlüsselung gibt: step1 (Standard), first-touch, last-touch oder step:K.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Also the funnel of another period: previous (as long, just before --from..--to) or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>Dazu der Funnel eines anderen Zeitraums: previous (gleich lang, direkt vor --from..--to) oder JJJJ-MM-TT..JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Write the weekly trend with the workspace&apos;s annotations (PNG or SVG, by suffix).</source>
        <translation>Den wöchentlichen Verlauf mit den Anmerkungen des Arbeitsbereichs schreiben (PNG oder SVG, nach Endung).</translation>
    </message>
    <message>
        <source>--compare previous: name the period with --from and --to first.</source>
        <translation>--compare previous: zuerst den Zeitraum mit --from und --to angeben.</translation>
    </message>
    <message>
        <source>--compare: “%1” is neither previous nor a period such as 2024-01-01..2024-01-31.</source>
        <translation>--compare: „%1“ ist weder previous noch ein Zeitraum wie 2024-01-01..2024-01-31.</translation>
    </message>
    <message>
        <source>--hold: at most %1 properties, not %2.</source>
        <translation>--hold: höchstens %1 Eigenschaften, nicht %2.</translation>
    </message>
    <message>
        <source>--step-window: “%1” should be K=DURATION with K a step from 2 to %2.</source>
        <translation>--step-window: „%1“ sollte K=DAUER sein, mit K einem Schritt von 2 bis %2.</translation>
    </message>
    <message>
        <source>--step-window: “%1” is not a duration from 1m to 366d (such as 30m, 12h, 7d).</source>
        <translation>--step-window: „%1“ ist keine Dauer von 1m bis 366d (etwa 30m, 12h, 7d).</translation>
    </message>
    <message>
        <source>--attribution: “%1” is not step1, first-touch, last-touch or step:K.</source>
        <translation>--attribution: „%1“ ist weder step1, first-touch, last-touch noch step:K.</translation>
    </message>
    <message>
        <source>Break a numeric property down in bins: PROPERTY=E1,E2,... (such as price=0,20,50,100) or PROPERTY=quartiles; repeatable.</source>
        <translation>Eine numerische Eigenschaft in Klassen aufschlüsseln: EIGENSCHAFT=E1,E2,... (etwa price=0,20,50,100) oder EIGENSCHAFT=quartiles; wiederholbar.</translation>
    </message>
    <message>
        <source>P=EDGES</source>
        <translation>E=GRENZEN</translation>
    </message>
    <message>
        <source>--bins: “%1” should be PROPERTY=E1,E2,... with rising numbers, or PROPERTY=quartiles.</source>
        <translation>--bins: „%1“ sollte EIGENSCHAFT=E1,E2,... mit steigenden Zahlen sein, oder EIGENSCHAFT=quartiles.</translation>
    </message>
    <message>
        <source>Write the users who dropped off (user, last step, time) as CSV, or XLSX by the suffix.</source>
        <translation>Die abgesprungenen Nutzer (Nutzer, letzter Schritt, Zeit) als CSV schreiben, oder als XLSX je nach Endung.</translation>
    </message>
    <message>
        <source>every figure</source>
        <translation>alle Kennzahlen</translation>
    </message>
    <message>
        <source>Computing the funnel…</source>
        <translation>Funnel wird berechnet …</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelEngine</name>
    <message>
        <source>a funnel has %1 to %2 steps, not %3.</source>
        <translation>Ein Funnel hat %1 bis %2 Schritte, nicht %3.</translation>
    </message>
    <message>
        <source>the conversion window must be between 1 minute and 366 days.</source>
        <translation>Das Conversion-Fenster muss zwischen 1 Minute und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation>In diesem Arbeitsbereich gibt es kein Ereignis „%1“ (seine Ereignisse: %2).</translation>
    </message>
    <message>
        <source>an exclusion must lie between two steps (after step 1 to %1).</source>
        <translation>Ein Ausschluss muss zwischen zwei Schritten liegen (nach Schritt 1 bis %1).</translation>
    </message>
    <message>
        <source>the breakdown needs at least one value (top N ≥ 1).</source>
        <translation>Die Aufschlüsselung braucht mindestens einen Wert (Top N ≥ 1).</translation>
    </message>
    <message>
        <source>there is no event “%1” to exclude in this workspace (its events: %2).</source>
        <translation>In diesem Arbeitsbereich gibt es kein Ereignis „%1“ zum Ausschließen (seine Ereignisse: %2).</translation>
    </message>
    <message>
        <source>a funnel holds at most %1 properties constant, not %2.</source>
        <translation>ein Funnel hält höchstens %1 Eigenschaften gleich, nicht %2.</translation>
    </message>
    <message>
        <source>no event has the property “%1” to hold constant.</source>
        <translation>kein Ereignis hat die Eigenschaft „%1“, um sie gleich zu halten.</translation>
    </message>
    <message>
        <source>the held properties have too many combinations of values.</source>
        <translation>die gleich gehaltenen Eigenschaften haben zu viele Wertkombinationen.</translation>
    </message>
    <message>
        <source>steps in any order have no windows of their own; use the ordered or strict order.</source>
        <translation>Schritte in beliebiger Reihenfolge haben keine eigenen Fenster; die geordnete oder strikte Reihenfolge verwenden.</translation>
    </message>
    <message>
        <source>step %1&apos;s window must be between 1 minute and 366 days.</source>
        <translation>das Fenster von Schritt %1 muss zwischen 1 Minute und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>steps in any order have no last step to attribute to; use step 1, or the ordered or strict order.</source>
        <translation>Schritte in beliebiger Reihenfolge haben keinen letzten Schritt zum Zuordnen; Schritt 1 oder die geordnete oder strikte Reihenfolge verwenden.</translation>
    </message>
    <message>
        <source>attribution to step %1: the funnel has steps 1 to %2.</source>
        <translation>Zuordnung zu Schritt %1: der Funnel hat die Schritte 1 bis %2.</translation>
    </message>
    <message>
        <source>comparing with the previous period needs a period: a first and a last day.</source>
        <translation>der Vergleich mit dem vorigen Zeitraum braucht einen Zeitraum: einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>the period to compare with must start before it ends.</source>
        <translation>der Vergleichszeitraum muss beginnen, bevor er endet.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelPage</name>
    <message>
        <source>Saved funnels</source>
        <translation>Gespeicherte Funnels</translation>
    </message>
    <message>
        <source>Drag steps to reorder them; double-click a step to filter it</source>
        <translation>Schritte ziehen, um sie umzuordnen; Doppelklick auf einen Schritt, um ihn zu filtern</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Strictly in a row</source>
        <translation>Strikt nacheinander</translation>
    </message>
    <message>
        <source>In any order</source>
        <translation>In beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Every attempt (totals)</source>
        <translation>Jeder Versuch (Summen)</translation>
    </message>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>e.g. country = DE; channel != email</source>
        <translation>z. B. country = DE; channel != email</translation>
    </message>
    <message>
        <source>Keep only events that pass every filter: PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (contains), separated by semicolons</source>
        <translation>Nur Ereignisse behalten, die jeden Filter bestehen: EIGENSCHAFT OP WERT mit OP aus = != &gt; &gt;= &lt; &lt;= ~ (enthält), getrennt durch Semikolons</translation>
    </message>
    <message>
        <source>Only step 1 from</source>
        <translation>Nur Schritt 1 von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>Innerhalb:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Zählen:</translation>
    </message>
    <message>
        <source>Break down by:</source>
        <translation>Aufschlüsseln nach:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation>Das Diagramm als PNG oder SVG oder die Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>Export Dropped Users…</source>
        <translation>Abgesprungene Nutzer exportieren…</translation>
    </message>
    <message>
        <source>Save who stopped before the last step, with their last step and its time, as CSV for remarketing</source>
        <translation>Speichern, wer vor dem letzten Schritt aufgehört hat, mit letztem Schritt und Zeitpunkt, als CSV für Remarketing</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Time to Convert</source>
        <translation>Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>new vs returning</source>
        <translation>neu oder wiederkehrend</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 of %2 converted (%3).</source>
        <translation>%1 von %2 konvertiert (%3).</translation>
    </message>
    <message>
        <source>Time from %1 to %2, for those who converted</source>
        <translation>Zeit von %1 bis %2 für diejenigen, die konvertiert haben</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>Converted within (each bar: longer than the bar before, up to this)</source>
        <translation>Konvertiert innerhalb (jeder Balken: länger als der vorige, bis hierhin)</translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Ein Funnel hat höchstens %1 Schritte.</translation>
    </message>
    <message>
        <source>Filter Step</source>
        <translation>Schritt filtern</translation>
    </message>
    <message>
        <source>Count “%1” only where (PROPERTY OP VALUE; several separated by semicolons):</source>
        <translation>„%1“ nur zählen, wo (EIGENSCHAFT OP WERT; mehrere durch Semikolons getrennt):</translation>
    </message>
    <message>
        <source>Save Funnel</source>
        <translation>Funnel speichern</translation>
    </message>
    <message>
        <source>There is no funnel to export yet.</source>
        <translation>Es gibt noch keinen Funnel zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Funnel</source>
        <translation>Funnel exportieren</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>funnel.png</translation>
    </message>
    <message>
        <source>Export Dropped Users</source>
        <translation>Abgesprungene Nutzer exportieren</translation>
    </message>
    <message>
        <source>dropped-users.csv</source>
        <translation>abgesprungene-nutzer.csv</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Each person once: a known user with every anonymous visit linked to them (identity stitching, in Preferences)</source>
        <translation>Jede Person einmal: ein bekannter Nutzer mit allen ihm zugeordneten anonymen Besuchen (Identitätszusammenführung, in den Einstellungen)</translation>
    </message>
    <message>
        <source>Ids (stitching off)</source>
        <translation>IDs (Zusammenführung aus)</translation>
    </message>
    <message>
        <source>Each user or anonymous id apart: identity stitching is off for this workspace (Preferences)</source>
        <translation>Jede Nutzer- oder anonyme ID für sich: Die Identitätszusammenführung ist für diesen Arbeitsbereich aus (Einstellungen)</translation>
    </message>
    <message>
        <source>Saved Funnels</source>
        <translation>Gespeicherte Funnels</translation>
    </message>
    <message>
        <source>Click a step&apos;s bar to see where those who stopped there went (Journeys)</source>
        <translation>Klicken Sie auf den Balken eines Schritts, um zu sehen, wohin die dort Ausgestiegenen gingen (Journeys)</translation>
    </message>
    <message>
        <source>Window…</source>
        <translation>Fenster…</translation>
    </message>
    <message>
        <source>How long after the previous step this step may come, besides the funnel&apos;s window</source>
        <translation>Wie lange nach dem vorigen Schritt dieser Schritt kommen darf, neben dem Fenster des Funnels</translation>
    </message>
    <message>
        <source>Count a chain only when every step&apos;s event has step 1&apos;s value of this property: the same product from view to purchase</source>
        <translation>Eine Kette nur zählen, wenn das Ereignis jedes Schritts den Wert dieser Eigenschaft aus Schritt 1 hat: dasselbe Produkt vom Ansehen bis zum Kauf</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Schritt 1</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Which event gives a person&apos;s breakdown value: step 1 of their best chain, their first event with a value, or their last one up to the last step they reached</source>
        <translation>Welches Ereignis den Aufschlüsselungswert einer Person gibt: Schritt 1 ihrer besten Kette, ihr erstes Ereignis mit einem Wert oder ihr letztes bis zum letzten erreichten Schritt</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Gegen den Zeitraum davor</translation>
    </message>
    <message>
        <source>The same funnel over the days just before, as many: the change per step and whether overall conversion differs (two-proportion test)</source>
        <translation>Derselbe Funnel über gleich viele Tage direkt davor: die Änderung je Schritt und ob sich die Gesamt-Conversion unterscheidet (Zwei-Anteile-Test)</translation>
    </message>
    <message>
        <source>Same value of:</source>
        <translation>Gleicher Wert von:</translation>
    </message>
    <message>
        <source>Attribute to:</source>
        <translation>Zuordnen zu:</translation>
    </message>
    <message>
        <source>Right-click a week to annotate it</source>
        <translation>Rechtsklick auf eine Woche, um sie anzumerken</translation>
    </message>
    <message>
        <source>Add Annotation on %1…</source>
        <translation>Anmerkung am %1 hinzufügen…</translation>
    </message>
    <message>
        <source>Any (not held)</source>
        <translation>Beliebig (nicht gehalten)</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4 points; %5).</source>
        <translation>%1 – %2: %3 (%4 Punkte; %5).</translation>
    </message>
    <message>
        <source>too few to test</source>
        <translation>zu wenige für einen Test</translation>
    </message>
    <message>
        <source>Step Window</source>
        <translation>Schrittfenster</translation>
    </message>
    <message>
        <source>Choose a step after the first: its window counts from the step before it.</source>
        <translation>Einen Schritt nach dem ersten wählen: sein Fenster zählt ab dem Schritt davor.</translation>
    </message>
    <message>
        <source>Step %1 (%2) within how long after step %3? Write 30m, 2h or 1d; leave empty for the funnel&apos;s window only.</source>
        <translation>Schritt %1 (%2) innerhalb welcher Zeit nach Schritt %3? 30m, 2h oder 1d schreiben; leer lassen für nur das Fenster des Funnels.</translation>
    </message>
    <message>
        <source>“%1” is not a duration from 1 minute to 366 days (write 30m, 2h or 1d).</source>
        <translation>„%1“ ist keine Dauer von 1 Minute bis 366 Tagen (30m, 2h oder 1d schreiben).</translation>
    </message>
    <message>
        <source>Within %1 after step %2</source>
        <translation>Innerhalb %1 nach Schritt %2</translation>
    </message>
    <message>
        <source>session_channel (the session&apos;s first channel)</source>
        <translation>session_channel (erster Kanal der Sitzung)</translation>
    </message>
    <message>
        <source>landing_page (the session&apos;s first page)</source>
        <translation>landing_page (erste Seite der Sitzung)</translation>
    </message>
    <message>
        <source>e.g. 0,20,50,100 or quartiles</source>
        <translation>z. B. 0,20,50,100 oder quartiles</translation>
    </message>
    <message>
        <source>Cut a numeric breakdown into bins: rising edges separated by commas, or quartiles</source>
        <translation>Eine numerische Aufschlüsselung in Klassen teilen: steigende Grenzen, durch Kommas getrennt, oder quartiles</translation>
    </message>
    <message>
        <source>In bins:</source>
        <translation>In Klassen:</translation>
    </message>
    <message>
        <source>Bins: “%1” is neither rising numbers separated by commas (0,20,50) nor quartiles.</source>
        <translation>Klassen: „%1“ sind weder steigende Zahlen mit Kommas (0,20,50) noch quartiles.</translation>
    </message>
    <message>
        <source>a real change, %1</source>
        <translation>eine echte Veränderung, %1</translation>
    </message>
    <message>
        <source>within chance, %1</source>
        <translation>im Rahmen des Zufalls, %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg, .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>In Reihenfolge</translation>
    </message>
    <message>
        <source>The steps in this order; other events may come between them</source>
        <translation>Die Schritte in dieser Reihenfolge; andere Ereignisse dürfen dazwischen liegen</translation>
    </message>
    <message>
        <source>The steps one right after the other, with no other event between</source>
        <translation>Die Schritte direkt nacheinander, ohne anderes Ereignis dazwischen</translation>
    </message>
    <message>
        <source>Every step within the window, in any order</source>
        <translation>Jeder Schritt innerhalb des Zeitfensters, in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation>Funnel-Diagramm</translation>
    </message>
    <message>
        <source>Funnel table</source>
        <translation>Funnel-Tabelle</translation>
    </message>
    <message>
        <source>Time to convert chart</source>
        <translation>Diagramm der Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Conversion by week chart</source>
        <translation>Diagramm der Conversion nach Woche</translation>
    </message>
    <message>
        <source>Funnel results</source>
        <translation>Funnel-Ergebnisse</translation>
    </message>
    <message>
        <source>No events yet: import an export (File ▸ Import Events…) to build a funnel.</source>
        <translation>Noch keine Ereignisse: Importieren Sie einen Export (Datei ▸ Ereignisse importieren…), um einen Funnel zu bauen.</translation>
    </message>
    <message>
        <source>Not computed for a workspace on a ClickHouse server yet</source>
        <translation>Für einen Arbeitsbereich auf einem ClickHouse-Server noch nicht berechnet</translation>
    </message>
    <message>
        <source>Count this step&apos;s event only where its properties pass a filter</source>
        <translation>Das Ereignis dieses Schritts nur zählen, wo seine Eigenschaften einen Filter bestehen</translation>
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
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>95% Wilson interval of the conversion from step 1</source>
        <translation>95-%-Wilson-Intervall der Conversion ab Schritt 1</translation>
    </message>
    <message>
        <source>Time from the previous step, among those who reached this one</source>
        <translation>Zeit seit dem vorigen Schritt, unter denen, die diesen erreichten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Ab vorigem</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abgesprungen</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
    <message>
        <source>25th pct.</source>
        <translation>25. Perz.</translation>
    </message>
    <message>
        <source>75th pct.</source>
        <translation>75. Perz.</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>90. Perz.</translation>
    </message>
    <message>
        <source>Median from step 1</source>
        <translation>Median ab Schritt 1</translation>
    </message>
    <message>
        <source>Against the rest</source>
        <translation>Gegenüber dem Rest</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New or returning</source>
        <translation>Neu oder wiederkehrend</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelText</name>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Ab vorigem</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>Against the others</source>
        <translation>Gegen die anderen</translation>
    </message>
    <message>
        <source>too few to test</source>
        <translation>zu wenige für einen Test</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Too few to test the change.</source>
        <translation>Zu wenige, um die Veränderung zu testen.</translation>
    </message>
    <message>
        <source>A real change in overall conversion (%1).</source>
        <translation>Eine echte Veränderung der Gesamt-Conversion (%1).</translation>
    </message>
    <message>
        <source>Within chance (%1).</source>
        <translation>Im Rahmen des Zufalls (%1).</translation>
    </message>
    <message>
        <source>other</source>
        <comment>the segment of every value beyond the top N</comment>
        <translation>andere</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>the segment of the units without a value</comment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a unit in the person&apos;s first session</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>returning</source>
        <comment>a unit in a later session of the person</comment>
        <translation>wiederkehrend</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelTrendChart</name>
    <message>
        <source>Conversion by week of step 1 · %1</source>
        <translation>Conversion nach Woche von Schritt 1 · %1</translation>
    </message>
    <message>
        <source>Conversion by week of step 1</source>
        <translation>Conversion nach Woche von Schritt 1</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>Woche (Montag)</translation>
    </message>
    <message>
        <source>Week not over yet</source>
        <translation>Woche noch nicht vorbei</translation>
    </message>
</context>
<context>
    <name>Funnelscope::GzipDevice</name>
    <message>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht starten</translation>
    </message>
    <message>
        <source>the compressed data ends too early (a cut-off .gz file)</source>
        <translation>die komprimierten Daten enden zu früh (eine abgeschnittene .gz-Datei)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>die komprimierten Daten sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::IdentitiesCommand</name>
    <message>
        <source>Show how ids become people: known users, anonymous ids linked to them, shared devices.</source>
        <translation>Zeigen, wie aus IDs Personen werden: bekannte Nutzer, ihnen zugeordnete anonyme IDs, geteilte Geräte.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>on (default): reports count people; off: every id counts apart.</source>
        <translation>on (Standard): Berichte zählen Personen; off: jede ID zählt für sich.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Print the figures as JSON on standard output.</source>
        <translation>Die Zahlen als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>--stitching: “%1” is not on or off.</source>
        <translation>--stitching: „%1“ ist weder on noch off.</translation>
    </message>
    <message>
        <source>Identity stitching is on: reports count people.</source>
        <translation>Die Identitätszusammenführung ist an: Berichte zählen Personen.</translation>
    </message>
    <message>
        <source>Identity stitching is off: reports count every id apart.</source>
        <translation>Die Identitätszusammenführung ist aus: Berichte zählen jede ID für sich.</translation>
    </message>
    <message>
        <source>People (with events)</source>
        <translation>Personen (mit Ereignissen)</translation>
    </message>
    <message>
        <source>Known users</source>
        <translation>Bekannte Nutzer</translation>
    </message>
    <message>
        <source>Anonymous ids</source>
        <translation>Anonyme IDs</translation>
    </message>
    <message>
        <source>Ids linked to one known user</source>
        <translation>IDs, einem bekannten Nutzer zugeordnet</translation>
    </message>
    <message>
        <source>Shared devices (linked to several)</source>
        <translation>Geteilte Geräte (mehreren zugeordnet)</translation>
    </message>
    <message>
        <source>Events joined to a person</source>
        <translation>Einer Person zugeordnete Ereignisse</translation>
    </message>
    <message>
        <source>the identity summary</source>
        <translation>die Identitätsübersicht</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportCommand</name>
    <message>
        <source>The workspace (created when it does not exist).</source>
        <translation>Der Arbeitsbereich (wird angelegt, wenn er nicht existiert).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>auto (default), csv, json, ndjson, or a source: ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</source>
        <translation>auto (Standard), csv, json, ndjson oder eine Quelle: ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV delimiter: , ; | or tab (default: detected).</source>
        <translation>CSV-Trennzeichen: , ; | oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Time zone of times written without one (default UTC).</source>
        <translation>Zeitzone für Zeiten ohne Zonenangabe (Standard UTC).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (repeatable; COLUMN may be a|b).</source>
        <translation>FELD aus SPALTE lesen (wiederholbar; SPALTE darf a|b sein).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>FELD=SPALTE</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE on every event (repeatable).</source>
        <translation>FELD bei jedem Ereignis auf WERT setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FELD=WERT</translation>
    </message>
    <message>
        <source>Skip events with the same user, event and time (for sources without an event id).</source>
        <translation>Ereignisse mit gleichem Nutzer, Ereignis und Zeitpunkt überspringen (für Quellen ohne Ereignis-ID).</translation>
    </message>
    <message>
        <source>Import a file even if the same file was imported before.</source>
        <translation>Eine Datei auch dann importieren, wenn dieselbe Datei schon importiert wurde.</translation>
    </message>
    <message>
        <source>Print the counts as JSON on standard output.</source>
        <translation>Die Anzahlen als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace to import into</source>
        <translation>der Arbeitsbereich, in den importiert wird</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>Nennen Sie mindestens eine zu importierende Datei.</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not one character (use , ; | or tab).</source>
        <translation>--delimiter: „%1“ ist nicht ein einzelnes Zeichen (verwenden Sie , ; | oder tab).</translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>--timezone: „%1“ ist keine Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC).</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>Importiere %1: %2</translation>
    </message>
    <message>
        <source>Import event files (CSV, JSON, NDJSON; .gz, .zip, folders, pipes) into a workspace.</source>
        <translation>Ereignisdateien (CSV, JSON, NDJSON; .gz, .zip, Ordner, Pipes) in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>Event files to import: CSV, JSON or NDJSON, each maybe .gz; a .zip or a folder (every event file in it); - for standard input.</source>
        <translation>Zu importierende Ereignisdateien: CSV, JSON oder NDJSON, jeweils auch als .gz; eine .zip-Datei oder ein Ordner (jede Ereignisdatei darin); - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>The event whose revenue counts (repeatable; default: the source&apos;s order event, e.g. Segment&apos;s Order Completed); remembered by the workspace.</source>
        <translation>Das Ereignis, dessen Umsatz zählt (wiederholbar; Standard: das Bestellereignis der Quelle, z. B. Segments Order Completed); der Arbeitsbereich merkt es sich.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>--watch: %1</source>
        <translation>--watch: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 events.</source>
        <translation>%1 importiert: %2 Ereignisse.</translation>
    </message>
    <message>
        <source>Left %1 alone: %2.</source>
        <translation>%1 nicht angerührt: %2.</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Watching %1 for event files; each is imported into %2 once it is complete. Ctrl+C stops.</source>
        <translation>Beobachte %1 auf Ereignisdateien; jede wird nach %2 importiert, sobald sie vollständig ist. Strg+C beendet.</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Beobachtung von %1 beendet.</translation>
    </message>
    <message>
        <source>Keep importing the event files that land in FOLDER, each once, until stopped (Ctrl+C).</source>
        <translation>Ereignisdateien, die in ORDNER landen, laufend importieren, jede einmal, bis zum Abbruch (Strg+C).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>--watch imports what lands in the folder: name no files with it.</source>
        <translation>--watch importiert, was im Ordner landet: nennen Sie keine Dateien dazu.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importiere %n Datei</numerusform>
            <numerusform>Importiere %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>--watch imports into a workspace file, not into a ClickHouse server yet.</source>
        <translation>--watch importiert in eine Arbeitsbereichsdatei, noch nicht in einen ClickHouse-Server.</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Import in %1</translation>
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
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON or NDJSON</source>
        <translation>JSON oder NDJSON</translation>
    </message>
    <message>
        <source>The time zone of times written without one</source>
        <translation>Die Zeitzone für Zeiten ohne Zonenangabe</translation>
    </message>
    <message>
        <source>Skip repeated event ids</source>
        <translation>Wiederholte Ereignis-IDs überspringen</translation>
    </message>
    <message>
        <source>Also skip the same user, event and time</source>
        <translation>Auch gleichen Nutzer, gleiches Ereignis und gleiche Zeit überspringen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikate:</translation>
    </message>
    <message>
        <source>First rows as they will be read:</source>
        <translation>Die ersten Zeilen, wie sie gelesen werden:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add the files to import: CSV, JSON or NDJSON exports from GA4, Segment, RudderStack, Mixpanel, Amplitude or your shop. You can also drop them here.</source>
        <translation>Fügen Sie die zu importierenden Dateien hinzu: CSV-, JSON- oder NDJSON-Exporte aus GA4, Segment, RudderStack, Mixpanel, Amplitude oder Ihrem Shop. Sie können sie auch hier ablegen.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Die ersten Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source> Here: type or pick the column under “From column” in the table below.</source>
        <translation> Hier: Geben Sie die Spalte unter „Aus Spalte“ in der Tabelle unten ein oder wählen Sie sie.</translation>
    </message>
    <message>
        <source>“%1” was imported before (import %2); you will be asked before it is imported again.</source>
        <translation>„%1“ wurde schon importiert (Import %2); Sie werden gefragt, bevor sie erneut importiert wird.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; see below.</source>
        <translation>Diese Datei kann so nicht importiert werden; siehe unten.</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · time zone for times without one: %4</source>
        <translation>%1: %2 · %3 · Zeitzone für Zeiten ohne Zone: %4</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation>Erneut importieren?</translation>
    </message>
    <message>
        <source>%1 was imported into this workspace before. Import it again? Events with an event id are skipped as duplicates either way.</source>
        <translation>%1 wurde schon in diesen Arbeitsbereich importiert. Erneut importieren? Ereignisse mit Ereignis-ID werden in jedem Fall als Duplikate übersprungen.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>%1 wird in %2 importiert…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Cancelling: the workspace is being put back as it was…</source>
        <translation>Wird abgebrochen: Der Arbeitsbereich wird wiederhergestellt…</translation>
    </message>
    <message>
        <source> · %1 MB/s</source>
        <translation> · %1 MB/s</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejected rows are kept with their line and reason; export them from the Data page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abgelehnte Zeilen werden mit Zeile und Grund aufbewahrt; exportieren Sie sie auf der Seite Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import gestoppt</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Drop event files here: CSV, JSON or NDJSON, maybe .gz, a .zip or a folder</source>
        <translation>Ereignisdateien hierher ziehen: CSV, JSON oder NDJSON, auch als .gz, eine .zip-Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>Event exports (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;All files (*)</source>
        <translation>Ereignisexporte (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Event Files</source>
        <translation>Einen Ordner mit Ereignisdateien importieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import cancelled.&lt;/b&gt; The workspace is as it was before: nothing of these files was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import abgebrochen.&lt;/b&gt; Der Arbeitsbereich ist wie zuvor: Nichts aus diesen Dateien wurde importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import stopped.&lt;/b&gt; %1 The workspace is as it was before: nothing of these files was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Import angehalten.&lt;/b&gt; %1 Der Arbeitsbereich ist wie zuvor: Nichts aus diesen Dateien wurde importiert.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln files into %1…</source>
        <translation>
            <numerusform>Importiere %Ln Datei nach %1 …</numerusform>
            <numerusform>Importiere %Ln Dateien nach %1 …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %Ln files&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Datei&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Alle %Ln Dateien&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is being saved and can no longer be cancelled.</source>
        <translation>Der Import wird gespeichert und kann nicht mehr abgebrochen werden.</translation>
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
        <translation>„%1“ kann nicht importiert werden: Es ist eine Parquet-Datei. Exportieren Sie die Ereignisse als CSV oder NDJSON (etwa mit DuckDB: COPY (SELECT * FROM &apos;file.parquet&apos;) TO &apos;events.csv&apos;).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is UTF-16 text (as Excel&apos;s “Unicode Text” writes). Save it as UTF-8 CSV (“CSV UTF-8” in Excel), or convert it with iconv -f UTF-16 -t UTF-8.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist UTF-16-Text (wie ihn Excels „Unicode-Text“ schreibt). Speichern Sie es als UTF-8-CSV („CSV UTF-8“ in Excel) oder wandeln Sie es mit iconv -f UTF-16 -t UTF-8 um.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an SQLite database, not an event export. To open a Funnelscope workspace use File ▸ Open; otherwise export its events as CSV.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist eine SQLite-Datenbank, kein Ereignisexport. Einen Funnelscope-Arbeitsbereich öffnen Sie mit Datei ▸ Öffnen; sonst exportieren Sie seine Ereignisse als CSV.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is a PDF document. Export the events as CSV or NDJSON.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist ein PDF-Dokument. Exportieren Sie die Ereignisse als CSV oder NDJSON.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is compressed with xz, bzip2, zstd or 7-Zip, which Funnelscope does not unpack. Unpack it first, or recompress it with gzip or zip.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist mit xz, bzip2, zstd oder 7-Zip komprimiert, was Funnelscope nicht entpackt. Entpacken Sie es zuerst oder packen Sie es mit gzip oder zip neu.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an Avro file. Export the events as CSV or NDJSON.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist eine Avro-Datei. Exportieren Sie die Ereignisse als CSV oder NDJSON.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot import standard input: %1.</source>
        <translation>Die Standardeingabe kann nicht importiert werden: %1.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>„%1“ kann nicht importiert werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>„%1“ kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot import the folder “%1”: it holds no event files (.csv, .json, .ndjson, .jsonl, .tsv, .txt, their .gz, or .zip).</source>
        <translation>Der Ordner „%1“ kann nicht importiert werden: Er enthält keine Ereignisdateien (.csv, .json, .ndjson, .jsonl, .tsv, .txt, deren .gz oder .zip).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an Excel workbook (XLSX). Save the sheet as CSV (“CSV UTF-8” in Excel, or File ▸ Download ▸ CSV in Google Sheets) and import that.</source>
        <translation>„%1“ kann nicht importiert werden: Es ist eine Excel-Arbeitsmappe (XLSX). Speichern Sie das Blatt als CSV („CSV UTF-8“ in Excel oder Datei ▸ Herunterladen ▸ CSV in Google Sheets) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the zip archive holds no event files (.csv, .json, .ndjson, .jsonl, .tsv, .txt, or their .gz).</source>
        <translation>„%1“ kann nicht importiert werden: Das Zip-Archiv enthält keine Ereignisdateien (.csv, .json, .ndjson, .jsonl, .tsv, .txt oder deren .gz).</translation>
    </message>
    <message>
        <source>“%1” holds %2 event files; import them together (funnelscope import %1).</source>
        <translation>„%1“ enthält %2 Ereignisdateien; importieren Sie sie gemeinsam (funnelscope import %1).</translation>
    </message>
    <message>
        <source>Cannot import “%1” again: a pipe can be read only once.</source>
        <translation>„%1“ kann nicht noch einmal importiert werden: Eine Pipe lässt sich nur einmal lesen.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportPlan</name>
    <message>
        <source>CSV, %1-separated</source>
        <translation>CSV, getrennt durch %1</translation>
    </message>
    <message>
        <source>NDJSON, one object per line</source>
        <translation>NDJSON, ein Objekt pro Zeile</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>columns matched by name</source>
        <translation>Spalten nach Namen zugeordnet</translation>
    </message>
    <message>
        <source>%1 (%2); times: %3, e.g. “%4”</source>
        <translation>%1 (%2); Zeiten: %3, z. B. „%4“</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportProgress</name>
    <message>
        <source>Reading the workspace’s shoppers and sessions…</source>
        <translation>Kunden und Sitzungen des Arbeitsbereichs werden gelesen…</translation>
    </message>
    <message>
        <source>Sorting the events for the reports…</source>
        <translation>Ereignisse werden für die Berichte sortiert…</translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>Arbeitsbereich wird gespeichert…</translation>
    </message>
    <message>
        <source>Sending the events to the server…</source>
        <translation>Ereignisse werden an den Server gesendet…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln abgewiesen</numerusform>
            <numerusform>%Ln abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>%Ln Zeile gelesen</numerusform>
            <numerusform>%Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported</source>
        <translation>
            <numerusform>%Ln Ereignis importiert</numerusform>
            <numerusform>%Ln Ereignisse importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates skipped</source>
        <translation>
            <numerusform>%Ln Duplikat übersprungen</numerusform>
            <numerusform>%Ln Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Nutzer</numerusform>
            <numerusform>%Ln Nutzer</numerusform>
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
        <translation>Die Ereignisse von Import %1 konnten nicht sortiert werden: Eine temporäre Datei in %2 ließ sich nicht schreiben (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>The events of import %1 could not be kept: the workspace gives a user, session or value an id past 2,147,483,647, more than Funnelscope counts. Import into a new workspace.</source>
        <translation>Die Ereignisse von Import %1 konnten nicht übernommen werden: Der Arbeitsbereich gibt einem Nutzer, einer Sitzung oder einem Wert eine ID über 2.147.483.647, mehr als Funnelscope zählt. Importieren Sie in einen neuen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Importer</name>
    <message>
        <source>--format “%1” is not a format; use one of %2.</source>
        <translation>--format „%1“ ist kein Format; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has a header but no rows.</source>
        <translation>„%1“ kann nicht importiert werden: Sie hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it holds no events.</source>
        <translation>„%1“ kann nicht importiert werden: Sie enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>--timezone “%1” is not a time zone; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>--timezone „%1“ ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column holds the time of each event. Name it with --map timestamp=COLUMN (columns: %2).</source>
        <translation>„%1“ kann nicht importiert werden: Keine Spalte enthält den Zeitpunkt der Ereignisse. Benennen Sie sie mit --map timestamp=SPALTE (Spalten: %2).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column names the event. Name it with --map event=COLUMN, or give every row the same event with --const event=NAME (for a table of orders: --const event=purchase).</source>
        <translation>„%1“ kann nicht importiert werden: Keine Spalte benennt das Ereignis. Benennen Sie sie mit --map event=SPALTE oder geben Sie jeder Zeile dasselbe Ereignis mit --const event=NAME (für eine Bestelltabelle: --const event=purchase).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the timestamp column “%2” is empty in the first %3 rows.</source>
        <translation>„%1“ kann nicht importiert werden: Die Zeitstempelspalte „%2“ ist in den ersten %3 Zeilen leer.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the column “%2” holds no timestamps Funnelscope can read (line %3: “%4”). Timestamps can be ISO 8601 (2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in seconds, milliseconds or microseconds; choose another column with --map timestamp=COLUMN.</source>
        <translation>„%1“ kann nicht importiert werden: Die Spalte „%2“ enthält keine Zeitstempel, die Funnelscope lesen kann (Zeile %3: „%4“). Zeitstempel können ISO 8601 (2024-03-01T10:15:00Z), „2024-03-01 10:15:00“ oder Unix-Zeit in Sekunden, Millisekunden oder Mikrosekunden sein; wählen Sie mit --map timestamp=SPALTE eine andere Spalte.</translation>
    </message>
    <message>
        <source>“%1” was already imported (import %2, on %3). To import it again anyway use --allow-duplicate-file; events with an event id are still skipped as duplicates.</source>
        <translation>„%1“ wurde bereits importiert (Import %2, am %3). Um sie trotzdem erneut zu importieren, verwenden Sie --allow-duplicate-file; Ereignisse mit Ereignis-ID werden weiterhin als Duplikate übersprungen.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column identifies the user. Name it with --map user_id=COLUMN, or --map anonymous_id=COLUMN for a device or cookie id (columns: %2).</source>
        <translation>„%1“ kann nicht importiert werden: Keine Spalte bezeichnet den Nutzer. Benennen Sie sie mit --map user_id=SPALTE oder, für eine Geräte- oder Cookie-ID, mit --map anonymous_id=SPALTE (Spalten: %2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: all %2 rows were rejected (%3). Nothing was recorded, so the corrected file can be imported.</source>
        <translation>Aus „%1“ wurde nichts importiert: Alle %2 Zeilen wurden abgelehnt (%3). Nichts wurde vermerkt, die korrigierte Datei lässt sich also importieren.</translation>
    </message>
    <message>
        <source>%1 Importing “%2” needs about %3 more (the size of its events).</source>
        <translation>%1 Der Import von „%2“ braucht etwa %3 mehr (die Größe seiner Ereignisse).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
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
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rows that only link ids (Segment identify, Mixpanel $identify): no events, so not counted as imported</source>
        <translation>Zeilen, die nur IDs verknüpfen (Segment identify, Mixpanel $identify): keine Ereignisse, daher nicht als importiert gezählt</translation>
    </message>
    <message>
        <source>Identity calls</source>
        <translation>Identitätsaufrufe</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsChart</name>
    <message numerus="yes">
        <source>What predicts “%1” within %n days · %2 persons · %3</source>
        <translation>
            <numerusform>Was „%1“ innerhalb von %n Tag vorhersagt · %2 Personen · %3</numerusform>
            <numerusform>Was „%1“ innerhalb von %n Tagen vorhersagt · %2 Personen · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate has enough persons to rank.</source>
        <translation>Kein Kandidat hat genug Personen für eine Rangfolge.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>★ significant (Holm-adjusted p &lt; %1)</source>
        <translation>★ signifikant (Holm-korrigiertes p &lt; %1)</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <source>Bars: phi between doing it before converting and converting; blue goes with converting, orange against. Strong ≥ %1, moderate ≥ %2, weak ≥ %3 (Amplitude Compass&apos;s scale).</source>
        <translation>Balken: Phi zwischen „vor der Conversion getan“ und „konvertiert“; Blau geht mit der Conversion einher, Orange dagegen. Stark ≥ %1, mittel ≥ %2, schwach ≥ %3 (Skala von Amplitude Compass).</translation>
    </message>
    <message>
        <source>Insights chart</source>
        <translation>Insights-Diagramm</translation>
    </message>
    <message>
        <source>%1: too few persons to say (%2)</source>
        <translation>%1: zu wenige Personen für eine Aussage (%2)</translation>
    </message>
    <message>
        <source>%1: phi %2; %3 of the %4 persons who did it converted, %5 of the others; %6</source>
        <translation>%1: phi %2; %3 der %4 Personen, die es taten, konvertierten, %5 der anderen; %6</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsCommand</name>
    <message>
        <source>Rank the events people do before converting by how well they predict it.</source>
        <translation>Reiht die Ereignisse vor einer Conversion danach, wie gut sie sie vorhersagen.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The conversion to predict (default purchase).</source>
        <translation>Die vorherzusagende Conversion (Standard purchase).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Count only target events where PROPERTY OP VALUE; repeatable.</source>
        <translation>Nur Zielereignisse zählen, bei denen EIGENSCHAFT OP WERT gilt; wiederholbar.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Each person&apos;s first days that count, from their first event (default 30d).</source>
        <translation>Die ersten Tage jeder Person, die zählen, ab ihrem ersten Ereignis (Standard 30d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Exposed: did the event at least this often before converting (default 1).</source>
        <translation>Exponiert: hat das Ereignis vor der Conversion mindestens so oft ausgelöst (Standard 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also each event at 1, 2, 3, 5 and 10 times.</source>
        <translation>Außerdem jedes Ereignis bei 1, 2, 3, 5 und 10 Malen.</translation>
    </message>
    <message>
        <source>Also each event with each top value of this property; repeatable.</source>
        <translation>Außerdem jedes Ereignis mit jedem häufigsten Wert dieser Eigenschaft; wiederholbar.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Fewer exposed persons than this: listed as too few, not ranked (default 30).</source>
        <translation>Weniger exponierte Personen als diese: als zu wenige aufgeführt, nicht gereiht (Standard 30).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Ereignisse behalten, für die EIGENSCHAFT OP WERT gilt (OP: = != &gt; &gt;= &lt; &lt;= ~); wiederholbar.</translation>
    </message>
    <message>
        <source>First day of a person&apos;s first event (YYYY-MM-DD, workspace time zone).</source>
        <translation>Erster Tag des ersten Ereignisses einer Person (JJJJ-MM-TT, Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day of a person&apos;s first event, included.</source>
        <translation>Letzter Tag des ersten Ereignisses einer Person, einschließlich.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Das Ergebnis als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>--within: “%1” is not a whole number of days from 1 to %2 (write 30d or 4w).</source>
        <translation>--within: „%1“ ist keine ganze Zahl von Tagen zwischen 1 und %2 (schreiben Sie 30d oder 4w).</translation>
    </message>
    <message>
        <source>%1 of %2 persons did “%3” within %4 days.</source>
        <translation>%1 von %2 Personen haben innerhalb von %4 Tagen „%3“ ausgelöst.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation>Das Diagramm als PNG schreiben (2x, für Folien).</translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation>Das Diagramm als SVG schreiben.</translation>
    </message>
    <message>
        <source>every candidate</source>
        <translation>alle Kandidaten</translation>
    </message>
    <message>
        <source>Computing the insights…</source>
        <translation>Insights werden berechnet …</translation>
    </message>
    <message>
        <source>Did before</source>
        <translation>Vorher getan</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Andere konvertiert</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>Korrigiertes p</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsEngine</name>
    <message>
        <source>there is no event “%1” in this workspace to predict (its events: %2).</source>
        <translation>in diesem Arbeitsbereich gibt es kein Ereignis „%1“ vorherzusagen (seine Ereignisse: %2).</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 days, not %2.</source>
        <translation>der Zeitraum muss 1 bis %1 Tage betragen, nicht %2.</translation>
    </message>
    <message>
        <source>an event counts from once (minimum times ≥ 1).</source>
        <translation>ein Ereignis zählt ab einmal (Mindestanzahl ≥ 1).</translation>
    </message>
    <message>
        <source>the minimum of persons cannot be negative, and a property needs at least one value.</source>
        <translation>die Mindestzahl an Personen kann nicht negativ sein, und eine Eigenschaft braucht mindestens einen Wert.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsModel</name>
    <message>
        <source>too few</source>
        <translation>zu wenige</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>not predictive</source>
        <translation>nicht prädiktiv</translation>
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
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>%1 persons did it and converted, %2 did it and did not, %3 converted without it, %4 neither.</source>
        <translation>%1 Personen taten es und konvertierten, %2 taten es und konvertierten nicht, %3 konvertierten ohne es, %4 weder noch.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test: %1; Holm-adjusted over every candidate: %2.</source>
        <translation>Exakter Test nach Fisher: %1; nach Holm über alle Kandidaten korrigiert: %2.</translation>
    </message>
    <message>
        <source>Mean revenue of converters who did it minus the others&apos;: %1 to %2 (Welch, 95 %).</source>
        <translation>Mittlerer Umsatz der Konvertierten, die es taten, minus den der anderen: %1 bis %2 (Welch, 95 %).</translation>
    </message>
    <message>
        <source>Did before converting</source>
        <translation>Vor der Conversion getan</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Andere konvertiert</translation>
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
        <translation>Vorhersagekraft</translation>
    </message>
    <message>
        <source>Odds ratio (95 %)</source>
        <translation>Odds Ratio (95 %)</translation>
    </message>
    <message>
        <source>Of converters</source>
        <translation>Konv.-Anteil</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>Korrigiertes p</translation>
    </message>
    <message>
        <source>Revenue per converter</source>
        <translation>Umsatz je Konvertiertem</translation>
    </message>
    <message>
        <source>The event (at least so many times, or with this value) before the person&apos;s first conversion</source>
        <translation>Das Ereignis (mindestens so oft oder mit diesem Wert) vor der ersten Conversion der Person</translation>
    </message>
    <message>
        <source>Persons who did it before converting (or at all, if they never converted)</source>
        <translation>Personen, die es vor der Conversion taten (oder überhaupt, wenn sie nie konvertierten)</translation>
    </message>
    <message>
        <source>Of those persons, the share who converted within the horizon</source>
        <translation>Von diesen Personen der Anteil, der im Zeitraum konvertierte</translation>
    </message>
    <message>
        <source>Of everybody else, the share who converted</source>
        <translation>Von allen anderen der Anteil, der konvertierte</translation>
    </message>
    <message>
        <source>Converted divided by others converted</source>
        <translation>Konvertiert geteilt durch andere konvertiert</translation>
    </message>
    <message>
        <source>Phi correlation between doing it and converting, from −1 to 1</source>
        <translation>Phi-Korrelation zwischen Tun und Konvertieren, von −1 bis 1</translation>
    </message>
    <message>
        <source>|phi| ≥ 0.4 strong, ≥ 0.3 moderate, ≥ 0.2 weak (Amplitude Compass&apos;s scale); ★ significant: Holm-adjusted p &lt; 0.05</source>
        <translation>|Phi| ≥ 0,4 stark, ≥ 0,3 mittel, ≥ 0,2 schwach (Skala von Amplitude Compass); ★ signifikant: Holm-korrigiertes p &lt; 0,05</translation>
    </message>
    <message>
        <source>Odds of converting with it against without it, 0.5 added to every cell, Woolf&apos;s 95 % interval</source>
        <translation>Chance zu konvertieren mit gegenüber ohne, 0,5 zu jeder Zelle addiert, 95-%-Intervall nach Woolf</translation>
    </message>
    <message>
        <source>Of the persons who converted, the share who did it first</source>
        <translation>Von den Personen, die konvertierten, der Anteil, der es vorher tat</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test, Holm-adjusted over every candidate of this run</source>
        <translation>Exakter Test nach Fisher, nach Holm über alle Kandidaten dieser Auswertung korrigiert</translation>
    </message>
    <message>
        <source>Mean revenue within the horizon of converters who did it against those who did not</source>
        <translation>Mittlerer Umsatz im Zeitraum der Konvertierten, die es taten, gegenüber denen, die es nicht taten</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsPage</name>
    <message>
        <source>also at 1, 2, 3, 5, 10 times</source>
        <translation>auch 1-, 2-, 3-, 5-, 10-mal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add as Funnel Step</source>
        <translation>Als Trichterschritt hinzufügen</translation>
    </message>
    <message>
        <source>Mark as Tier-One…</source>
        <translation>Als Stufe 1 markieren…</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting to compute again.</source>
        <translation>Abgebrochen. Ändern Sie eine Einstellung, um neu zu berechnen.</translation>
    </message>
    <message>
        <source>The conversion to predict</source>
        <translation>Die vorherzusagende Conversion</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Each person&apos;s first days that count, from their first event</source>
        <translation>Die ersten Tage jeder Person, die zählen, ab ihrem ersten Ereignis</translation>
    </message>
    <message>
        <source>A person counts as having done an event when they did it at least this often before converting</source>
        <translation>Eine Person hat ein Ereignis getan, wenn sie es vor der Conversion mindestens so oft tat</translation>
    </message>
    <message>
        <source>List each event at 1, 2, 3, 5 and 10 times too (as Amplitude Compass does)</source>
        <translation>Jedes Ereignis auch 1-, 2-, 3-, 5- und 10-mal auflisten (wie Amplitude Compass)</translation>
    </message>
    <message>
        <source>Also each event with each of the top values of this property, e.g. add_to_cart[category=Shoes]</source>
        <translation>Auch jedes Ereignis mit jedem der häufigsten Werte dieser Eigenschaft, z. B. add_to_cart[category=Shoes]</translation>
    </message>
    <message>
        <source>e.g. channel = email; device != mobile</source>
        <translation>z. B. channel = email; device != mobile</translation>
    </message>
    <message>
        <source>Candidates done by fewer persons are listed as too few, not ranked</source>
        <translation>Kandidaten mit weniger Personen werden als „zu wenige“ gelistet, nicht gereiht</translation>
    </message>
    <message>
        <source>Saved insights</source>
        <translation>Gespeicherte Insights</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or every candidate as CSV</source>
        <translation>Diagramm als PNG oder SVG oder alle Kandidaten als CSV speichern</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb von</translation>
    </message>
    <message>
        <source>Done at least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>times before converting,</source>
        <translation>-mal vor der Conversion getan,</translation>
    </message>
    <message>
        <source>Per value of</source>
        <translation>Je Wert von</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Rank from</source>
        <translation>Reihung ab</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Open Funnels with this event as a step just before the conversion</source>
        <translation>Trichter öffnen, mit diesem Ereignis als Schritt direkt vor der Conversion</translation>
    </message>
    <message>
        <source>Set this event&apos;s tier to 1 (core micro-conversion) in the dictionary, with this evidence in the change log</source>
        <translation>Die Stufe dieses Ereignisses im Verzeichnis auf 1 setzen (Kern-Mikro-Conversion), mit diesem Nachweis im Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Of the persons who did it so often: how many converted, and what share of all converters they are</source>
        <translation>Von den Personen, die es so oft taten: wie viele konvertierten und welchen Anteil aller Konvertierten sie ausmachen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 persons (%3 %) did “%4” within %n days of their first event.</source>
        <translation>
            <numerusform>%1 von %2 Personen (%3 %) taten „%4“ innerhalb von %n Tag nach ihrem ersten Ereignis.</numerusform>
            <numerusform>%1 von %2 Personen (%3 %) taten „%4“ innerhalb von %n Tagen nach ihrem ersten Ereignis.</numerusform>
        </translation>
    </message>
    <message>
        <source>★ significant (Holm-adjusted p &lt; %1); done by fewer than %2 persons: too few, not ranked.</source>
        <translation>★ signifikant (Holm-korrigiertes p &lt; %1); von weniger als %2 Personen getan: zu wenige, nicht gereiht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at 1, 2, 3, 5 and 10 times before converting</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 1-, 2-, 3-, 5- und 10-mal vor der Conversion</translation>
    </message>
    <message>
        <source>Choose an event in the table or the chart to see it at 1, 2, 3, 5 and 10 times.</source>
        <translation>Wählen Sie ein Ereignis in der Tabelle oder im Diagramm, um es 1-, 2-, 3-, 5- und 10-mal zu sehen.</translation>
    </message>
    <message>
        <source>There are no insights to export yet.</source>
        <translation>Es gibt noch keine Insights zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Insights exportieren</translation>
    </message>
    <message>
        <source>insights.png</source>
        <translation>insights.png</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is not among the insights on screen.</source>
        <translation>„%1“ ist nicht unter den angezeigten Insights.</translation>
    </message>
    <message>
        <source>“%1” is a tier-one micro-conversion already.</source>
        <translation>„%1“ ist bereits eine Mikro-Conversion der Stufe 1.</translation>
    </message>
    <message>
        <source>Mark %1 as tier one</source>
        <translation>%1 als Stufe 1 markieren</translation>
    </message>
    <message>
        <source>Mark as Tier-One</source>
        <translation>Als Stufe 1 markieren</translation>
    </message>
    <message>
        <source>Mark “%1” as a tier-one (core) micro-conversion in the event dictionary?

The change log keeps this evidence as the reason:
%2</source>
        <translation>„%1“ im Ereignisverzeichnis als Mikro-Conversion der Stufe 1 (Kern) markieren?

Das Änderungsprotokoll bewahrt diesen Nachweis als Begründung:
%2</translation>
    </message>
    <message>
        <source>“%1” is now a tier-one micro-conversion in the dictionary (Edit ▸ Undo takes it back).</source>
        <translation>„%1“ ist jetzt eine Mikro-Conversion der Stufe 1 im Verzeichnis (Bearbeiten ▸ Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Saved Insights</source>
        <translation>Gespeicherte Insights</translation>
    </message>
    <message>
        <source>Save Insights</source>
        <translation>Insights speichern</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg, .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>Insights table</source>
        <translation>Insights-Tabelle</translation>
    </message>
    <message>
        <source>How often: the drill-down</source>
        <translation>Wie oft: die Aufschlüsselung</translation>
    </message>
</context>
<context>
    <name>Funnelscope::JourneysPage</name>
    <message>
        <source>Back to Paths</source>
        <translation>Zurück zu den Pfaden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Zeitleiste…</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting to compute again.</source>
        <translation>Abgebrochen. Ändern Sie eine Einstellung, um neu zu berechnen.</translation>
    </message>
    <message>
        <source>Paths after</source>
        <translation>Pfade nach</translation>
    </message>
    <message>
        <source>Paths before</source>
        <translation>Pfade vor</translation>
    </message>
    <message>
        <source>Events shown at each step; the rest are “(other)”</source>
        <translation>Ereignisse je Schritt; der Rest ist „(andere)“</translation>
    </message>
    <message>
        <source>e.g. device = mobile; channel != email</source>
        <translation>z. B. device = mobile; channel != email</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG, or its edges as CSV</source>
        <translation>Diagramm als PNG oder SVG oder seine Übergänge als CSV speichern</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Top:</translation>
    </message>
    <message>
        <source>Per value of</source>
        <translation>Je Wert von</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Export Persons</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <source>persons.csv</source>
        <translation>personen.csv</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Where those who reached %1 and not %2 went (funnel %3)</source>
        <translation>Wohin die gingen, die %1 erreichten und %2 nicht (Trichter %3)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 persons; every number is persons, and each node&apos;s persons go on to the next step or end there (their session ended). Click a node to list its persons.</source>
        <translation>%1 Personen; jede Zahl zählt Personen, und die Personen jedes Knotens gehen zum nächsten Schritt weiter oder enden dort (ihre Sitzung endete). Klicken Sie auf einen Knoten, um seine Personen aufzulisten.</translation>
    </message>
    <message>
        <source>No event plays %1.</source>
        <translation>Kein Ereignis spielt %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; bei %2: %n Person</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; bei %2: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Start</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Click a node of the diagram to list its persons; double-click one for their timeline.</source>
        <translation>Klicken Sie auf einen Knoten, um seine Personen aufzulisten; Doppelklick auf eine Person zeigt ihre Zeitleiste.</translation>
    </message>
    <message>
        <source>There are no paths to export yet.</source>
        <translation>Es gibt noch keine Pfade zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Paths</source>
        <translation>Pfade exportieren</translation>
    </message>
    <message>
        <source>paths.png</source>
        <translation>pfade.png</translation>
    </message>
    <message>
        <source>Click a node first.</source>
        <translation>Klicken Sie zuerst auf einen Knoten.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %</source>
        <translation>%1 %2 %3 %</translation>
    </message>
    <message>
        <source>Latest week against the four before: %1.</source>
        <translation>Letzte Woche gegenüber den vier davor: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; in the week from %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in der Woche ab %2: %n Person</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in der Woche ab %2: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Tabelle exportieren …</translation>
    </message>
    <message>
        <source>Click a number to list those persons (then Timeline… or Export Table…)</source>
        <translation>Auf eine Zahl klicken, um diese Personen aufzulisten (dann Zeitleiste … oder Tabelle exportieren …)</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg, .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Friction&lt;/b&gt;: %1 Hover a column for its rule.</source>
        <translation>&lt;b&gt;Reibung&lt;/b&gt;: %1 Fahren Sie über eine Spalte, um ihre Regel zu sehen.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Friction by week</source>
        <translation>Reibung nach Woche</translation>
    </message>
</context>
<context>
    <name>Funnelscope::JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it does not start with a JSON object or array (line %1)</source>
        <translation>sie beginnt nicht mit einem JSON-Objekt oder -Array (Zeile %1)</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>„%1“ kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>sie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the JSON array is not closed: the file ends before its “]”</source>
        <translation>das JSON-Array ist nicht geschlossen: Die Datei endet vor seinem „]“</translation>
    </message>
    <message>
        <source>line %1 holds something other than a JSON object</source>
        <translation>Zeile %1 enthält etwas anderes als ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the JSON ends in the middle of the record that starts on line %1</source>
        <translation>das JSON endet mitten im Datensatz, der in Zeile %1 beginnt</translation>
    </message>
    <message>
        <source>the record on line %1 is larger than %2 MiB</source>
        <translation>der Datensatz in Zeile %1 ist größer als %2 MiB</translation>
    </message>
</context>
<context>
    <name>Funnelscope::LocalBackend</name>
    <message>
        <source>No event has a property “%1” (fields: %2; properties: %3).</source>
        <translation>Kein Ereignis hat eine Eigenschaft „%1“ (Felder: %2; Eigenschaften: %3).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MainWindow</name>
    <message>
        <source>Funnelscope workspaces (*.%1);;All files (*)</source>
        <translation>Funnelscope-Arbeitsbereiche (*.%1);;Alle Dateien (*)</translation>
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
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Funnels</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Shop</source>
        <translation>&amp;Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>Ereignisse &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the chart or table of the current page</source>
        <translation>Das Diagramm oder die Tabelle der aktuellen Seite exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Funnelscope</source>
        <translation>&amp;Über Funnelscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>About Funnelscope</source>
        <translation>Über Funnelscope</translation>
    </message>
    <message>
        <source>Open or create a workspace first (File menu).</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich (Menü Datei).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>This page has nothing to export yet.</source>
        <translation>Diese Seite hat noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Der Bericht wird berechnet…</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 events · %2 people</source>
        <translation>%1 Ereignisse · %2 Personen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>One PDF with the funnel, the cohorts, the insights, the maturity radar and the data quality</source>
        <translation>Ein PDF mit Trichter, Kohorten, Insights, Reifegrad-Radar und Datenqualität</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>Ordner &amp;beobachten…</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Ordner beobachten</translation>
    </message>
    <message>
        <source>Import the event files a scheduled export drops into a folder, as they land</source>
        <translation>Ereignisdateien importieren, die ein geplanter Export in einen Ordner legt, sobald sie ankommen</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>Beobachtung &amp;beenden</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Beobachte %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · last import: %2, %n events at %3</source>
        <translation>
            <numerusform>%1 · letzter Import: %2, %n Ereignis um %3</numerusform>
            <numerusform>%1 · letzter Import: %2, %n Ereignisse um %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · left %2 alone: %3</source>
        <translation>%1 · %2 nicht angerührt: %3</translation>
    </message>
    <message>
        <source>%1 · could not import %2: %3</source>
        <translation>%1 · %2 konnte nicht importiert werden: %3</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Anmerkung entfernen</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>&amp;Diagramm kopieren</translation>
    </message>
    <message>
        <source>This page shows no chart to copy yet.</source>
        <translation>Diese Seite zeigt noch kein Diagramm zum Kopieren.</translation>
    </message>
    <message>
        <source>Copied the chart as an image.</source>
        <translation>Diagramm als Bild kopiert.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 Kopie.%2</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Kopie wird als %1 gespeichert …</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Kopie als %1 gespeichert.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Micro-conversion analytics for e-commerce teams: funnels, cohorts, insights, journeys, a tracking maturity self-assessment and an event dictionary, on your own laptop, offline, with your own data.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Mikro-Conversion-Analyse für E-Commerce-Teams: Funnels, Kohorten, Insights, Journeys, eine Selbsteinschätzung der Tracking-Reife und ein Ereigniswörterbuch, auf Ihrem eigenen Laptop, offline, mit Ihren eigenen Daten.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation>Mit &amp;ClickHouse verbinden…</translation>
    </message>
    <message>
        <source>Open a workspace on a ClickHouse server or cluster: reports computed there</source>
        <translation>Einen Arbeitsbereich auf einem ClickHouse-Server oder -Cluster öffnen: Berichte werden dort berechnet</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Not shown for a workspace on a ClickHouse server yet</source>
        <translation>Für einen Arbeitsbereich auf einem ClickHouse-Server noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Connecting to %1 with the password from the system keychain…</source>
        <translation>Verbinde mit %1, mit dem Passwort aus dem Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>The password of %1 is kept in the system keychain.</source>
        <translation>Das Passwort für %1 liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the password of %1: %2</source>
        <translation>Der Schlüsselbund des Systems hat das Passwort für %1 nicht aufbewahrt: %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MappingModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From column</source>
        <translation>Aus Spalte</translation>
    </message>
    <message>
        <source>Or the value</source>
        <translation>Oder der Wert</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityEvidence</name>
    <message>
        <source>Only page and purchase events are tracked (%1).</source>
        <translation>Nur Seiten- und Kaufereignisse werden erfasst (%1).</translation>
    </message>
    <message>
        <source>Key micro-journey steps are tracked (%1), and %2 of events carry device or channel context.</source>
        <translation>Wichtige Schritte der Micro-Journey werden erfasst (%1), und %2 der Ereignisse tragen Geräte- oder Kanalkontext.</translation>
    </message>
    <message>
        <source>Micro-journey steps are tracked (%1), but only %2 of events carry device or channel context.</source>
        <translation>Schritte der Micro-Journey werden erfasst (%1), aber nur %2 der Ereignisse tragen Geräte- oder Kanalkontext.</translation>
    </message>
    <message>
        <source>No event carries an anonymous id, so visits cannot be stitched to people across devices.</source>
        <translation>Kein Ereignis trägt eine anonyme ID, daher lassen sich Besuche nicht geräteübergreifend Personen zuordnen.</translation>
    </message>
    <message>
        <source>Anonymous ids are tracked but never linked to a known user id.</source>
        <translation>Anonyme IDs werden erfasst, aber nie mit einer bekannten Nutzer-ID verknüpft.</translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved in this workspace.</source>
        <translation>In diesem Arbeitsbereich sind %1 Funnels und %2 Kohortenberichte gespeichert.</translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved: step reports exist, not yet both kinds.</source>
        <translation>%1 Funnels und %2 Kohortenberichte sind gespeichert: Schrittberichte gibt es, aber noch nicht beide Arten.</translation>
    </message>
    <message>
        <source>No funnel or cohort report is saved in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich ist noch kein Funnel- oder Kohortenbericht gespeichert.</translation>
    </message>
    <message>
        <source>Events carry experiment or variant properties: tests are being tracked.</source>
        <translation>Ereignisse tragen Experiment- oder Variantenmerkmale: Tests werden erfasst.</translation>
    </message>
    <message>
        <source>%1 of %2 known users have anonymous ids linked to them.</source>
        <translation>%1 von %2 bekannten Nutzern sind anonyme IDs zugeordnet.</translation>
    </message>
    <message>
        <source>Insights into what predicts a conversion are used (saved insights: %1; events marked tier one from their evidence: %2).</source>
        <translation>Insights zu dem, was eine Conversion vorhersagt, werden genutzt (gespeicherte Insights: %1; nach ihrem Nachweis als Stufe 1 markierte Ereignisse: %2).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityMatrix</name>
    <message>
        <source>Cannot read the matrix “%1”: %2.</source>
        <translation>Die Matrix „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The matrix is not valid JSON: %1 (at character %2).</source>
        <translation>Die Matrix ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The matrix must be a JSON object with “id”, “stages” and “dimensions”.</source>
        <translation>Die Matrix muss ein JSON-Objekt mit „id“, „stages“ und „dimensions“ sein.</translation>
    </message>
    <message>
        <source>The matrix has no “id”.</source>
        <translation>Die Matrix hat keine „id“.</translation>
    </message>
    <message>
        <source>The matrix needs at least two “stages”; it has %1.</source>
        <translation>Die Matrix braucht mindestens zwei „stages“; sie hat %1.</translation>
    </message>
    <message>
        <source>Stage %1 has no “name”.</source>
        <translation>Stufe %1 hat keinen „name“.</translation>
    </message>
    <message>
        <source>The matrix has no “dimensions”.</source>
        <translation>Die Matrix hat keine „dimensions“.</translation>
    </message>
    <message>
        <source>Dimension %1 needs an “id” and a “name”.</source>
        <translation>Dimension %1 braucht eine „id“ und einen „name“.</translation>
    </message>
    <message>
        <source>Two dimensions have the id “%1”.</source>
        <translation>Zwei Dimensionen haben die ID „%1“.</translation>
    </message>
    <message>
        <source>Dimension “%1” describes %2 stages, but the matrix has %3.</source>
        <translation>Dimension „%1“ beschreibt %2 Stufen, aber die Matrix hat %3.</translation>
    </message>
    <message>
        <source>Dimension “%1” says nothing for stage %2.</source>
        <translation>Dimension „%1“ sagt nichts zu Stufe %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityPage</name>
    <message>
        <source>Load Matrix…</source>
        <translation>Matrix laden…</translation>
    </message>
    <message>
        <source>Use your own matrix definition (JSON)</source>
        <translation>Eine eigene Matrixdefinition (JSON) verwenden</translation>
    </message>
    <message>
        <source>Save Assessment…</source>
        <translation>Bewertung speichern…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save Assessment</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Bewertet von:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 by %2 · overall %3</source>
        <translation>%1 von %2 · gesamt %3</translation>
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
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Data suggests</source>
        <translation>Daten legen nahe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Click to choose this stage</source>
        <translation>Klicken, um diese Stufe zu wählen</translation>
    </message>
    <message>
        <source>What shows this stage: a report, a tool, a link</source>
        <translation>Was diese Stufe zeigt: ein Bericht, ein Werkzeug, ein Link</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall %1 of %2&lt;/b&gt; · weakest: %3 · blue: where you are, orange: where you aim to be.</source>
        <translation>&lt;b&gt;Gesamt %1 von %2&lt;/b&gt; · am schwächsten: %3 · blau: wo Sie stehen, orange: wohin Sie wollen.</translation>
    </message>
    <message>
        <source>Click the stage that describes your team in each row; type a target (half steps such as 1.5 are fine) in the Target column.</source>
        <translation>Klicken Sie in jeder Zeile die Stufe an, die Ihr Team beschreibt; tragen Sie in der Spalte Ziel ein Ziel ein (halbe Schritte wie 1,5 sind möglich).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;&lt;ol&gt;</source>
        <translation>&lt;b&gt;Nächste Schritte&lt;/b&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (stage %2): %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (Stufe %2): %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the assessment of %1&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Seit der Bewertung vom %1&lt;/b&gt;: </translation>
    </message>
    <message>
        <source>nothing moved.</source>
        <translation>nichts hat sich bewegt.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Overall score over time</source>
        <translation>Gesamtwert im Zeitverlauf</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Load Matrix</source>
        <translation>Matrix laden</translation>
    </message>
    <message>
        <source>Matrix definitions (*.json)</source>
        <translation>Matrixdefinitionen (*.json)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>Bewertung exportieren</translation>
    </message>
    <message>
        <source>maturity.png</source>
        <translation>reifegrad.png</translation>
    </message>
    <message>
        <source>PNG image, 2x (*.png);;SVG image (*.svg);;CSV scores (*.csv)</source>
        <translation>PNG-Bild, 2x (*.png);;SVG-Bild (*.svg);;CSV-Werte (*.csv)</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Wählen Sie eine Datei mit der Endung .png, .svg, .csv oder .xlsx.</translation>
    </message>
    <message>
        <source>Not assessed yet: click a stage</source>
        <translation>Noch nicht bewertet: eine Stufe anklicken</translation>
    </message>
    <message>
        <source>Maturity radar: current against target</source>
        <translation>Reifegrad-Radar: Ist gegen Ziel</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Reifegradmatrix</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityRadar</name>
    <message>
        <source>Current</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(nicht bewertet)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::OutputFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ParameterModel</name>
    <message>
        <source>Comma-separated; empty allows any value</source>
        <translation>Durch Kommas getrennt; leer erlaubt jeden Wert</translation>
    </message>
    <message>
        <source>A regular expression the whole value must match</source>
        <translation>Ein regulärer Ausdruck, dem der ganze Wert entsprechen muss</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Erlaubte Werte</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsChart</name>
    <message numerus="yes">
        <source>Paths before %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Pfade vor %1 · %n Schritt · %2 Personen · %3</numerusform>
            <numerusform>Pfade vor %1 · %n Schritte · %2 Personen · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths after %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Pfade nach %1 · %n Schritt · %2 Personen · %3</numerusform>
            <numerusform>Pfade nach %1 · %n Schritte · %2 Personen · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody did the start event in this range.</source>
        <translation>Niemand hat das Startereignis in diesem Zeitraum ausgelöst.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 davor</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1: %2 persons, %3 of the start. Click to list them.</source>
        <translation>%1: %2 Personen, %3 des Starts. Klicken zum Auflisten.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 persons, %4 of %1</source>
        <translation>%1 → %2: %3 Personen, %4 von %1</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>(andere)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(Start)</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(Ende)</translation>
    </message>
    <message>
        <source>Paths diagram</source>
        <translation>Pfaddiagramm</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 persons, %4 of the start</source>
        <translation>%1: %2, %3 Personen, %4 des Starts</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsCommand</name>
    <message>
        <source>Show what people did after or before an event, or after dropping off a funnel.</source>
        <translation>Zeigen, was Personen nach oder vor einem Ereignis taten oder nach dem Ausstieg aus einem Trichter.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Start at each person&apos;s first EVENT and follow the session forward.</source>
        <translation>Beim ersten EREIGNIS jeder Person beginnen und der Sitzung vorwärts folgen.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>End at each person&apos;s first EVENT and look back through the session.</source>
        <translation>Beim ersten EREIGNIS jeder Person enden und die Sitzung zurückverfolgen.</translation>
    </message>
    <message>
        <source>The start or end event must pass PROPERTY OP VALUE; repeatable.</source>
        <translation>Das Start- oder Endereignis muss EIGENSCHAFT OP WERT erfüllen; wiederholbar.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>With --dropped-after: a funnel&apos;s step events, in order.</source>
        <translation>Mit --dropped-after: die Schrittereignisse eines Trichters, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Start at step K of those who reached step K and not K+1.</source>
        <translation>Bei Schritt K derer beginnen, die Schritt K erreichten und K+1 nicht.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window (default 7d).</source>
        <translation>Das Konversionsfenster des Trichters (Standard 7d).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Steps after (or before) the start, 1 to 20 (default 5).</source>
        <translation>Schritte nach (oder vor) dem Start, 1 bis 20 (Standard 5).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Events shown at each step before “(other)”, 1 to 20 (default 5).</source>
        <translation>Ereignisse je Schritt vor „(andere)“, 1 bis 20 (Standard 5).</translation>
    </message>
    <message>
        <source>Without a session id, a longer pause ends the session (default 30m).</source>
        <translation>Ohne Sitzungs-ID beendet eine längere Pause die Sitzung (Standard 30m).</translation>
    </message>
    <message>
        <source>A node is the event with this property&apos;s value.</source>
        <translation>Ein Knoten ist das Ereignis mit dem Wert dieser Eigenschaft.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Ereignisse behalten, für die EIGENSCHAFT OP WERT gilt (OP: = != &gt; &gt;= &lt; &lt;= ~); wiederholbar.</translation>
    </message>
    <message>
        <source>First day of the start event (YYYY-MM-DD, workspace time zone).</source>
        <translation>Erster Tag des Startereignisses (JJJJ-MM-TT, Zeitzone des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day of the start event, included.</source>
        <translation>Letzter Tag des Startereignisses, eingeschlossen.</translation>
    </message>
    <message>
        <source>Write the diagram as PNG (2x, for slides).</source>
        <translation>Das Diagramm als PNG schreiben (2x, für Folien).</translation>
    </message>
    <message>
        <source>Write the diagram as SVG.</source>
        <translation>Das Diagramm als SVG schreiben.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Das Ergebnis als JSON auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>Say where the paths start: --from EVENT, --to EVENT, or --funnel E1,E2,... with --dropped-after K.</source>
        <translation>Sagen Sie, wo die Pfade beginnen: --from EREIGNIS, --to EREIGNIS oder --funnel E1,E2,... mit --dropped-after K.</translation>
    </message>
    <message>
        <source>--funnel needs --dropped-after K: the step whose drop-offs to follow.</source>
        <translation>--funnel braucht --dropped-after K: den Schritt, dessen Aussteiger verfolgt werden.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>every edge (step, from, to, persons)</source>
        <translation>jede Kante (Schritt, von, nach, Personen)</translation>
    </message>
    <message>
        <source>Computing the paths…</source>
        <translation>Pfade werden berechnet …</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsEngine</name>
    <message>
        <source>--dropped-after must name a step before the last, 1 to %1.</source>
        <translation>--dropped-after muss einen Schritt vor dem letzten nennen, 1 bis %1.</translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace to start from (its events: %2).</source>
        <translation>es gibt kein Ereignis „%1“ in diesem Arbeitsbereich, von dem aus es losgehen kann (seine Ereignisse: %2).</translation>
    </message>
    <message>
        <source>paths have 1 to %1 steps, not %2.</source>
        <translation>Pfade haben 1 bis %1 Schritte, nicht %2.</translation>
    </message>
    <message>
        <source>each step shows 1 to %1 events, not %2.</source>
        <translation>jeder Schritt zeigt 1 bis %1 Ereignisse, nicht %2.</translation>
    </message>
    <message>
        <source>the session gap must be at least a minute.</source>
        <translation>die Sitzungspause muss mindestens eine Minute betragen.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PersonTimeline</name>
    <message>
        <source>there is no person or id “%1” in this workspace.</source>
        <translation>es gibt keine Person und keine ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PlanDiffDialog</name>
    <message>
        <source>Also &amp;delete events and parameters the plan does not have</source>
        <translation>Auch Ereignisse und Parameter &amp;löschen, die der Plan nicht hat</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;anwenden</translation>
    </message>
    <message>
        <source>The dictionary already matches this plan: nothing to change.</source>
        <translation>Das Verzeichnis entspricht diesem Plan bereits: nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed. Uncheck what you do not want; each applied change goes into the change log, and Undo takes the whole import back.</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 entfernt. Entfernen Sie die Haken bei dem, was Sie nicht wollen; jede angewendete Änderung kommt ins Änderungsprotokoll, und Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The name the dictionary&apos;s change log records for your edits</source>
        <translation>Der Name, den das Änderungsprotokoll des Verzeichnisses für Ihre Änderungen vermerkt</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Funnelscope starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Funnelscope.</translation>
    </message>
    <message>
        <source>Days, weeks and months of the open workspace&apos;s reports are counted in this time zone</source>
        <translation>Tage, Wochen und Monate in den Berichten des geöffneten Arbeitsbereichs werden in dieser Zeitzone gezählt</translation>
    </message>
    <message>
        <source>How many values a breakdown shows before “other”, for new funnels</source>
        <translation>Wie viele Werte eine Aufschlüsselung vor „andere“ zeigt, für neue Funnels</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Workspace &amp;time zone:</source>
        <translation>&amp;Zeitzone des Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Breakdown shows the top:</source>
        <translation>&amp;Aufschlüsselung zeigt die besten:</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as Europe/Berlin or UTC.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine aus der Liste, etwa Europe/Berlin oder UTC.</translation>
    </message>
    <message>
        <source>Count &amp;people: join anonymous visits to the login they led to</source>
        <translation>&amp;Personen zählen: anonyme Besuche mit der folgenden Anmeldung verbinden</translation>
    </message>
    <message>
        <source>Identity stitching, for the open workspace: a known user and every anonymous or device id linked to them count as one person in every report. Off: every id counts apart (some teams count devices on purpose).</source>
        <translation>Identitätszusammenführung für den geöffneten Arbeitsbereich: Ein bekannter Nutzer und alle ihm zugeordneten anonymen oder Geräte-IDs zählen in jedem Bericht als eine Person. Aus: Jede ID zählt für sich (manche Teams zählen bewusst Geräte).</translation>
    </message>
    <message>
        <source>A workspace on a ClickHouse server always counts people: each event is stored with its person when it is imported.</source>
        <translation>Ein Arbeitsbereich auf einem ClickHouse-Server zählt immer Personen: Jedes Ereignis wird beim Import mit seiner Person gespeichert.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreviewModel</name>
    <message>
        <source>“%1” is kept in each event&apos;s properties</source>
        <translation>„%1“ bleibt in den Eigenschaften jedes Ereignisses</translation>
    </message>
    <message>
        <source>“%1” gives the field %2</source>
        <translation>„%1“ liefert das Feld %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ProtectedFiles</name>
    <message>
        <source>“%1” is %2 of the open workspace “%3”: writing there would destroy the workspace. Choose another file.</source>
        <translation>„%1“ ist %2 des geöffneten Arbeitsbereichs „%3“: Dorthin zu schreiben würde den Arbeitsbereich zerstören. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>the %1 file</source>
        <translation>die %1-Datei</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
</context>
<context>
    <name>Funnelscope::QualityFinding</name>
    <message>
        <source>Unplanned event</source>
        <translation>Ungeplantes Ereignis</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Nie gesehen</translation>
    </message>
    <message>
        <source>Deprecated but sent</source>
        <translation>Veraltet, aber gesendet</translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation>Pflichtparameter fehlt</translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation>Falscher Typ</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Wert nicht erlaubt</translation>
    </message>
    <message>
        <source>Volume drop</source>
        <translation>Volumeneinbruch</translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation>Volumenspitze</translation>
    </message>
    <message>
        <source>“%1” is in the data (%2 rows since %3) but not in the dictionary.</source>
        <translation>„%1“ ist in den Daten (%2 Zeilen seit %3), aber nicht im Verzeichnis.</translation>
    </message>
    <message>
        <source>“%1” is defined, but the data has none of it.</source>
        <translation>„%1“ ist definiert, aber die Daten enthalten es nicht.</translation>
    </message>
    <message>
        <source>“%1” is deprecated, but the data still has %2 rows (since %3).</source>
        <translation>„%1“ ist veraltet, aber die Daten enthalten noch %2 Zeilen (seit %3).</translation>
    </message>
    <message>
        <source>“%1” lacks its required “%2” in %3 of %4 rows (%5%), since %6.</source>
        <translation>Bei „%1“ fehlt der Pflichtparameter „%2“ in %3 von %4 Zeilen (%5 %), seit %6.</translation>
    </message>
    <message>
        <source>“%1.%2” has values of the wrong type in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation>„%1.%2“ hat Werte des falschen Typs in %3 von %4 Zeilen (%5 %), seit %6; zum Beispiel „%7“.</translation>
    </message>
    <message>
        <source>“%1.%2” has values outside its allowed values or pattern in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation>„%1.%2“ hat Werte außerhalb der erlaubten Werte oder des Musters in %3 von %4 Zeilen (%5 %), seit %6; zum Beispiel „%7“.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>“%1” fell to %2 a day %3, against a usual %4 a day.</source>
        <translation>„%1“ fiel %3 auf %2 pro Tag, gegenüber üblichen %4 pro Tag.</translation>
    </message>
    <message>
        <source>“%1” rose to %2 a day %3, against a usual %4 a day.</source>
        <translation>„%1“ stieg %3 auf %2 pro Tag, gegenüber üblichen %4 pro Tag.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportCommand</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>The funnel&apos;s step events (default: the first saved funnel, else the checkout funnel).</source>
        <translation>Die Schrittereignisse des Funnels (Standard: der erste gespeicherte Funnel, sonst der Checkout-Funnel).</translation>
    </message>
    <message>
        <source>the workspace to report on</source>
        <translation>der Arbeitsbereich, über den berichtet wird</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <source>--pdf: “%1” is a folder.</source>
        <translation>--pdf: „%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Wrote the report on %1 to %2.</source>
        <translation>Der Bericht über %1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>--steps: %1</source>
        <translation>--steps: %1</translation>
    </message>
    <message>
        <source>Write the PDF report: funnel, cohorts, insights, maturity and data quality.</source>
        <translation>Den PDF-Bericht schreiben: Trichter, Kohorten, Insights, Reifegrad und Datenqualität.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>The workspace: a file, or a ClickHouse URL.</source>
        <translation>Der Arbeitsbereich: eine Datei oder eine ClickHouse-URL.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportContent</name>
    <message>
        <source>The workspace has too few kinds of events for a funnel.</source>
        <translation>Der Arbeitsbereich hat zu wenige Ereignisarten für einen Funnel.</translation>
    </message>
    <message>
        <source>The workspace has no events yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>The events are not checked against the dictionary on a ClickHouse server yet: the checks read a workspace file&apos;s events.</source>
        <translation>Die Ereignisse werden auf einem ClickHouse-Server noch nicht mit dem Verzeichnis abgeglichen: Die Prüfungen lesen die Ereignisse einer Arbeitsbereichsdatei.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Ab vorigem</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abgesprungen</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Tracking maturity</source>
        <translation>Tracking-Reifegrad</translation>
    </message>
    <message>
        <source>No self-assessment is saved in this workspace yet: fill one in on the Maturity page.</source>
        <translation>In diesem Arbeitsbereich ist noch keine Selbstbewertung gespeichert: Füllen Sie eine auf der Seite Reifegrad aus.</translation>
    </message>
    <message>
        <source>%1 · assessed on %2 by %3 · overall %4 of %5</source>
        <translation>%1 · bewertet am %2 von %3 · gesamt %4 von %5</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 events in the dictionary · %2 errors, %3 warnings, %4 notices</source>
        <translation>%1 Ereignisse im Verzeichnis · %2 Fehler, %3 Warnungen, %4 Hinweise</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Änderungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation>Änderungsprotokoll VERÄNDERT: %1</translation>
    </message>
    <message>
        <source>The dictionary is empty, so every event counts as unplanned; adopt the starter dictionary on the Dictionary page.</source>
        <translation>Das Verzeichnis ist leer, daher gilt jedes Ereignis als ungeplant; übernehmen Sie das Startverzeichnis auf der Seite Verzeichnis.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Funnelscope report · %1</source>
        <translation>Funnelscope-Bericht · %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Funnelscope · %1 · %2</source>
        <translation>Funnelscope · %1 · %2</translation>
    </message>
    <message>
        <source>Funnelscope report: %1</source>
        <translation>Funnelscope-Bericht: %1</translation>
    </message>
    <message>
        <source>%1 events from %2 users, %3 to %4.</source>
        <translation>%1 Ereignisse von %2 Nutzern, %3 bis %4.</translation>
    </message>
    <message>
        <source>The workspace has no events yet.</source>
        <translation>Der Arbeitsbereich hat noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>What predicts “%1”</source>
        <translation>Was „%1“ vorhersagt</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Did before converting</source>
        <translation>Vor der Conversion getan</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Andere konvertiert</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Predicts</source>
        <translation>Vorhersagekraft</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>Korrigiertes p</translation>
    </message>
    <message>
        <source>Contents: the funnel, the cohort grid, what predicts a conversion, the tracking maturity self-assessment, and the data&apos;s quality against the event dictionary.</source>
        <translation>Inhalt: der Trichter, das Kohortenraster, was eine Conversion vorhersagt, die Selbsteinschätzung des Tracking-Reifegrads und die Datenqualität gegenüber dem Ereignisverzeichnis.</translation>
    </message>
    <message>
        <source>%1 events in the dictionary</source>
        <translation>%1 Ereignisse im Verzeichnis</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SavedReportsBar</name>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SegmentPlan</name>
    <message>
        <source>property “%1” has the unknown type “%2”</source>
        <translation>Eigenschaft „%1“ hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <source>%1 is not a Segment tracking plan: it has no rules.events list.</source>
        <translation>%1 ist kein Segment-Tracking-Plan: Es fehlt die Liste rules.events.</translation>
    </message>
    <message>
        <source>%1: event rule %2 has no name.</source>
        <translation>%1: Ereignisregel %2 hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1, event “%2”: %3.</source>
        <translation>%1, Ereignis „%2“: %3.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SourcePreset</name>
    <message>
        <source>REES46 e-commerce events</source>
        <translation>REES46-E-Commerce-Ereignisse</translation>
    </message>
    <message>
        <source>Retailrocket events</source>
        <translation>Retailrocket-Ereignisse</translation>
    </message>
    <message>
        <source>DIGINETICA item views</source>
        <translation>DIGINETICA-Artikelansichten</translation>
    </message>
    <message>
        <source>transactions (UCI Online Retail)</source>
        <translation>Transaktionen (UCI Online Retail)</translation>
    </message>
    <message>
        <source>GA4 BigQuery export</source>
        <translation>GA4-BigQuery-Export</translation>
    </message>
    <message>
        <source>Mixpanel raw export</source>
        <translation>Mixpanel-Rohexport</translation>
    </message>
    <message>
        <source>Amplitude export</source>
        <translation>Amplitude-Export</translation>
    </message>
    <message>
        <source>RudderStack events</source>
        <translation>RudderStack-Ereignisse</translation>
    </message>
    <message>
        <source>Segment track and page calls</source>
        <translation>Segment-Track- und Page-Aufrufe</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TerminalProgress</name>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::Theme</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineCommand</name>
    <message>
        <source>Show one person&apos;s events over all their ids, session by session (also for tracking QA).</source>
        <translation>Die Ereignisse einer Person über alle ihre IDs zeigen, Sitzung für Sitzung (auch zur Tracking-Prüfung).</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A known user id or an anonymous id of the person.</source>
        <translation>Eine bekannte Nutzer-ID oder eine anonyme ID der Person.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the timeline as JSON on standard output.</source>
        <translation>Die Zeitleiste als JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>der zu lesende Arbeitsbereich</translation>
    </message>
    <message>
        <source>whose timeline</source>
        <translation>wessen Zeitleiste</translation>
    </message>
    <message>
        <source>%1: %2 events in %3 sessions; ids: %4</source>
        <translation>%1: %2 Ereignisse in %3 Sitzungen; IDs: %4</translation>
    </message>
    <message>
        <source>a person&apos;s timeline</source>
        <translation>die Zeitleiste einer Person</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineDialog</name>
    <message>
        <source>Loading the timeline of %1…</source>
        <translation>Lade die Zeitleiste von %1…</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Zeitleiste von %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>timeline-%1.csv</source>
        <translation>zeitleiste-%1.csv</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 events in %3 sessions. Ids that count for this person: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Ereignisse in %3 Sitzungen. IDs, die für diese Person zählen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 · %2 · %n events</source>
        <translation>
            <numerusform>Sitzung %1 · %2 · %n Ereignis</numerusform>
            <numerusform>Sitzung %1 · %2 · %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Tabelle exportieren …</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimestampParser</name>
    <message>
        <source>ISO 8601 date and time with time zone</source>
        <translation>ISO-8601-Datum und -Uhrzeit mit Zeitzone</translation>
    </message>
    <message>
        <source>date and time without time zone</source>
        <translation>Datum und Uhrzeit ohne Zeitzone</translation>
    </message>
    <message>
        <source>date without time</source>
        <translation>Datum ohne Uhrzeit</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>Unix-Zeit in Millisekunden</translation>
    </message>
    <message>
        <source>Unix time in microseconds</source>
        <translation>Unix-Zeit in Mikrosekunden</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlan</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1, Zeile %2: kein gültiges JSON (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Funnelscope dictionary: it has no &quot;format&quot;: &quot;%2&quot; (use --format segment for a Segment tracking plan).</source>
        <translation>%1 ist kein Funnelscope-Verzeichnis: Es hat kein &quot;format&quot;: &quot;%2&quot; (verwenden Sie --format segment für einen Segment-Tracking-Plan).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Funnelscope (dictionary format %2; this one reads %3).</source>
        <translation>%1 wurde von einem neueren Funnelscope geschrieben (Verzeichnisformat %2; diese Version liest %3).</translation>
    </message>
    <message>
        <source>%1: unknown naming convention “%2”.</source>
        <translation>%1: unbekannte Namenskonvention „%2“.</translation>
    </message>
    <message>
        <source>%1, event %2 (%3): %4</source>
        <translation>%1, Ereignis %2 (%3): %4</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlanCsv</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1, line 1: there is no “event” column, so this is not a dictionary CSV.</source>
        <translation>%1, Zeile 1: Es gibt keine Spalte „event“, daher ist dies keine Verzeichnis-CSV.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the last_reviewed “%3” is not a date like 2026-03-31.</source>
        <translation>%1, Zeile %2: last_reviewed „%3“ ist kein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>%1, line %2: the event column is empty.</source>
        <translation>%1, Zeile %2: Die Spalte event ist leer.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is described differently than on line %4; the event columns must be the same on each of its rows.</source>
        <translation>%1, Zeile %2: „%3“ ist anders beschrieben als in Zeile %4; die Ereignisspalten müssen in jeder seiner Zeilen gleich sein.</translation>
    </message>
    <message>
        <source>%1 is empty: a dictionary CSV starts with a header line.</source>
        <translation>%1 ist leer: Eine Verzeichnis-CSV beginnt mit einer Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::WelcomePage</name>
    <message>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>Open the Demo Shop</source>
        <translation>Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading what the workspace holds. A workspace from an older version of Funnelscope is brought up to date the first time, which takes a few seconds for millions of events.</source>
        <translation>Der Inhalt des Arbeitsbereichs wird gelesen. Ein Arbeitsbereich aus einer älteren Version von Funnelscope wird beim ersten Mal auf den neuen Stand gebracht; bei Millionen von Ereignissen dauert das einige Sekunden.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kein Arbeitsbereich geöffnet&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workspace is one file that holds your events and everything made from them. Open one, create one and import an export into it, or look around the demo shop.</source>
        <translation>Ein Arbeitsbereich ist eine Datei mit Ihren Ereignissen und allem, was daraus entsteht. Öffnen Sie einen, legen Sie einen an und importieren Sie einen Export hinein, oder sehen Sie sich im Demo-Shop um.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Worker</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Interner Fehler.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Workspace</name>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only. Choose a folder you can write to.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner „%2“ ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the location is read-only.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ort ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist. It may have been moved or deleted.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht. Er wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>„%1“ ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Funnelscope workspace.</source>
        <translation>„%1“ ist leer: Es ist kein Funnelscope-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation>„%1“ kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is not a Funnelscope workspace: it is not an SQLite database, or its first bytes are damaged.</source>
        <translation>„%1“ ist kein Funnelscope-Arbeitsbereich: Es ist keine SQLite-Datenbank, oder die ersten Bytes sind beschädigt.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only location (%2 cannot be written). Funnelscope writes to a workspace and beside it; copy the file to a folder you can write to.</source>
        <translation>„%1“ liegt an einem schreibgeschützten Ort (%2 kann nicht geschrieben werden). Funnelscope schreibt in einen Arbeitsbereich und daneben; kopieren Sie die Datei in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>its folder</source>
        <translation>sein Ordner</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database, not a Funnelscope workspace.</source>
        <translation>„%1“ ist eine leere SQLite-Datenbank, kein Funnelscope-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Funnelscope workspace.</source>
        <translation>„%1“ ist die SQLite-Datenbank eines anderen Programms, kein Funnelscope-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Funnelscope (workspace format %2; this version reads formats up to %3). Update Funnelscope to open it.</source>
        <translation>„%1“ wurde von einer neueren Funnelscope-Version gespeichert (Arbeitsbereichsformat %2; diese Version liest Formate bis %3). Aktualisieren Sie Funnelscope, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore it from a backup, or import its data into a new workspace.</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2). Stellen Sie ihn aus einer Sicherung wieder her oder importieren Sie seine Daten in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only location. Copy it to a folder you can write to.</source>
        <translation>„%1“ liegt an einem schreibgeschützten Ort. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a workspace: %2</source>
        <translation>„%1“ konnte nicht als Arbeitsbereich geöffnet werden: %2</translation>
    </message>
    <message>
        <source>these tables are missing: %1</source>
        <translation>diese Tabellen fehlen: %1</translation>
    </message>
    <message>
        <source>“%1” is this workspace: choose another name for the copy.</source>
        <translation>„%1“ ist dieser Arbeitsbereich: Wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: the folder does not exist.</source>
        <translation>Kopie kann nicht als „%1“ gespeichert werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: it cannot be replaced.</source>
        <translation>Kopie kann nicht als „%1“ gespeichert werden: Die Datei lässt sich nicht ersetzen.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to workspace format %2: its events are kept as columns only, and the file is compacted. This happens once and may take a minute…</source>
        <translation>„%1“ wird auf das Arbeitsbereichsformat %2 umgestellt: Die Ereignisse werden nur noch als Spalten gespeichert, und die Datei wird verdichtet. Das geschieht einmal und kann eine Minute dauern …</translation>
    </message>
    <message>
        <source>It could not be compacted (%1); File ▸ Save a Copy writes a compact copy.</source>
        <translation>Sie ließ sich nicht verdichten (%1); Datei ▸ Kopie speichern schreibt eine verdichtete Kopie.</translation>
    </message>
    <message>
        <source>Upgraded “%1” to workspace format %2 in %3 s: %4 before, %5 now.</source>
        <translation>„%1“ wurde in %3 s auf das Arbeitsbereichsformat %2 umgestellt: vorher %4, jetzt %5.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::WorkspaceDocument</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared, so it matches the dictionary.</source>
        <translation>%1 Der Rückgängig-Verlauf wurde geleert, damit er zum Wörterbuch passt.</translation>
    </message>
    <message>
        <source>Add Annotation “%1”</source>
        <translation>Anmerkung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove Annotation “%1”</source>
        <translation>Anmerkung „%1“ entfernen</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>Es gibt keine Anmerkung %1.</translation>
    </message>
    <message>
        <source>%1 The page shows the server&apos;s tables again.</source>
        <translation>%1 Die Seite zeigt wieder die Tabellen des Servers.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::XlsxWriter</name>
    <message>
        <source>Could not write %1: no temporary folder (%2).</source>
        <translation>%1 konnte nicht geschrieben werden: kein temporärer Ordner (%2).</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook could not be started.</source>
        <translation>%1 konnte nicht geschrieben werden: die Arbeitsmappe ließ sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (row %3).</source>
        <translation>%1 konnte nicht geschrieben werden: %2 (Zeile %3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: an Excel sheet holds at most %2 rows and this table has %3; write CSV instead.</source>
        <translation>%1 konnte nicht geschrieben werden: Ein Excel-Blatt fasst höchstens %2 Zeilen, diese Tabelle hat %3; schreiben Sie stattdessen CSV.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ZipMemberDevice</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the zip archive cannot be read (%2).</source>
        <translation>„%1“ kann nicht importiert werden: Das Zip-Archiv lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <source>the archive has no member “%1”</source>
        <translation>das Archiv enthält kein „%1“</translation>
    </message>
</context>
<context>
    <name>MaturityMatrix</name>
    <message>
        <source>Micro-journey tracking maturity</source>
        <translation>Reifegrad des Micro-Journey-Trackings</translation>
    </message>
    <message>
        <source>Basic Funnel</source>
        <translation>Einfacher Funnel</translation>
    </message>
    <message>
        <source>Step-Level Journeys</source>
        <translation>Journeys auf Schrittebene</translation>
    </message>
    <message>
        <source>Predictive Micro-Journeys</source>
        <translation>Vorausschauende Micro-Journeys</translation>
    </message>
    <message>
        <source>Data Collection</source>
        <translation>Datenerfassung</translation>
    </message>
    <message>
        <source>Basic page and purchase tracking only.</source>
        <translation>Nur einfaches Seiten- und Kauf-Tracking.</translation>
    </message>
    <message>
        <source>Event tracking for key micro-journey steps across web and app.</source>
        <translation>Ereignis-Tracking für die wichtigsten Schritte der Micro-Journey über Web und App.</translation>
    </message>
    <message>
        <source>Rich behavioural events plus context (device, offers, tests) in real time.</source>
        <translation>Reichhaltige Verhaltensereignisse plus Kontext (Gerät, Angebote, Tests) in Echtzeit.</translation>
    </message>
    <message>
        <source>Identity &amp; Stitching</source>
        <translation>Identität &amp; Zusammenführung</translation>
    </message>
    <message>
        <source>Sessions treated as anonymous, little cross-device visibility.</source>
        <translation>Sitzungen gelten als anonym, kaum geräteübergreifende Sicht.</translation>
    </message>
    <message>
        <source>Known users stitched across sessions, partial anonymous-to-known linking.</source>
        <translation>Bekannte Nutzer über Sitzungen zusammengeführt, teilweise Verknüpfung von anonym zu bekannt.</translation>
    </message>
    <message>
        <source>A robust identity graph combining anonymous, known and offline signals.</source>
        <translation>Ein robuster Identitätsgraph aus anonymen, bekannten und Offline-Signalen.</translation>
    </message>
    <message>
        <source>Analytics &amp; Reporting</source>
        <translation>Analyse &amp; Reporting</translation>
    </message>
    <message>
        <source>Topline conversion rate and revenue by channel.</source>
        <translation>Gesamt-Conversion-Rate und Umsatz nach Kanal.</translation>
    </message>
    <message>
        <source>Step-based funnels, cohorts and journey reports by segment.</source>
        <translation>Schrittbasierte Funnels, Kohorten und Journey-Berichte nach Segment.</translation>
    </message>
    <message>
        <source>Predictive scoring for cart abandonment, purchase likelihood and lifetime value.</source>
        <translation>Vorausschauende Bewertung von Warenkorbabbrüchen, Kaufwahrscheinlichkeit und Kundenwert.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Generic cart-abandon emails and broad retargeting.</source>
        <translation>Allgemeine Warenkorbabbruch-E-Mails und breites Retargeting.</translation>
    </message>
    <message>
        <source>Segmented cart, browse and price-drop triggers.</source>
        <translation>Segmentierte Auslöser für Warenkorb, Stöbern und Preissenkungen.</translation>
    </message>
    <message>
        <source>Real-time, multi-channel orchestration tuned to micro-journey state.</source>
        <translation>Kanalübergreifende Echtzeit-Steuerung, abgestimmt auf den Stand der Micro-Journey.</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Occasional A/B tests on homepage or product pages.</source>
        <translation>Gelegentliche A/B-Tests auf Start- oder Produktseiten.</translation>
    </message>
    <message>
        <source>Structured tests at high-drop-off steps in the funnel.</source>
        <translation>Strukturierte Tests an den Schritten mit hohen Absprüngen im Funnel.</translation>
    </message>
    <message>
        <source>An always-on test program linked to micro-journey KPIs and revenue.</source>
        <translation>Ein dauerhaftes Testprogramm, verknüpft mit Micro-Journey-KPIs und Umsatz.</translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation>Entscheidungsfindung</translation>
    </message>
    <message>
        <source>Decisions driven by opinion and aggregate KPIs.</source>
        <translation>Entscheidungen nach Meinung und aggregierten KPIs.</translation>
    </message>
    <message>
        <source>Decisions driven by funnel drop-off and segment performance.</source>
        <translation>Entscheidungen nach Funnel-Absprüngen und Segmentleistung.</translation>
    </message>
    <message>
        <source>Decisions driven by predicted impact on revenue, margin and lifetime value.</source>
        <translation>Entscheidungen nach der vorhergesagten Wirkung auf Umsatz, Marge und Kundenwert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Micro-conversion analytics for e-commerce. Run “funnelscope --help” for the commands.</source>
        <translation>Mikro-Conversion-Analyse für den E-Commerce. „funnelscope --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>Open this workspace.</source>
        <translation>Diesen Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open the import dialog with this file.</source>
        <translation>Den Importdialog mit dieser Datei öffnen.</translation>
    </message>
    <message>
        <source>A workspace to open (a file, or a clickhouse:// address), or event files to import.</source>
        <translation>Ein zu öffnender Arbeitsbereich (eine Datei oder eine clickhouse://-Adresse) oder zu importierende Ereignisdateien.</translation>
    </message>
</context>
</TS>
