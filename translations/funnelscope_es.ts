<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Funnelscope::AnnotateCommand</name>
    <message>
        <source>Mark days with campaigns, site and tracking changes (shown on every time axis).</source>
        <translation>Marcar días con campañas, cambios del sitio o del seguimiento (en cada eje de tiempo).</translation>
    </message>
    <message>
        <source>add, list or remove ID.</source>
        <translation>add, list o remove ID.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The day annotated (YYYY-MM-DD, workspace time zone).</source>
        <translation>El día anotado (AAAA-MM-DD, zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>The last day of a range, included.</source>
        <translation>El último día de un intervalo, incluido.</translation>
    </message>
    <message>
        <source>What happened, in a few words.</source>
        <translation>Qué pasó, en pocas palabras.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>campaign, site_change, tracking_change or other (default).</source>
        <translation>campaign, site_change, tracking_change u other (por defecto).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>A colour of its own, #RRGGBB.</source>
        <translation>Un color propio, #RRGGBB.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>list: print the annotations as JSON on standard output.</source>
        <translation>list: escribir las anotaciones como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>el espacio de trabajo</translation>
    </message>
    <message>
        <source>say add, list or remove ID (not “%1”).</source>
        <translation>indique add, list o remove ID (no «%1»).</translation>
    </message>
    <message>
        <source>remove: name the annotation&apos;s number (annotate list shows them), not “%1”.</source>
        <translation>remove: indique el número de la anotación (annotate list los muestra), no «%1».</translation>
    </message>
    <message>
        <source>remove: there is no annotation %1.</source>
        <translation>remove: no hay ninguna anotación %1.</translation>
    </message>
    <message>
        <source>Removed annotation %1.</source>
        <translation>Anotación %1 eliminada.</translation>
    </message>
    <message>
        <source>--date is required: the day annotated.</source>
        <translation>--date es obligatorio: el día anotado.</translation>
    </message>
    <message>
        <source>--to: %1 comes before --date %2.</source>
        <translation>--to: %1 es anterior a --date %2.</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <source>Added annotation %1.</source>
        <translation>Anotación %1 añadida.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AnnotationDialog</name>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>e.g. Summer sale email, new checkout page</source>
        <translation>p. ej. email de rebajas de verano, nueva página de pago</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué pasó:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Annotations</name>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Site change</source>
        <translation>Cambio del sitio</translation>
    </message>
    <message>
        <source>Tracking change</source>
        <translation>Cambio del seguimiento</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>an annotation needs a text.</source>
        <translation>una anotación necesita un texto.</translation>
    </message>
    <message>
        <source>an annotation&apos;s text is short: at most 200 characters, not %1.</source>
        <translation>el texto de una anotación es corto: 200 caracteres como mucho, no %1.</translation>
    </message>
    <message>
        <source>an annotation&apos;s last day cannot come before its first.</source>
        <translation>el último día de una anotación no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>“%1” is not a category (%2).</source>
        <translation>«%1» no es una categoría (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a colour (write #RRGGBB).</source>
        <translation>«%1» no es un color (escriba #RRGGBB).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AssessCommand</name>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Write the radar of current against target as PNG (2x).</source>
        <translation>Escribir el radar (actual frente a objetivo) en PNG (2x).</translation>
    </message>
    <message>
        <source>Write the radar as SVG.</source>
        <translation>Escribir el radar en SVG.</translation>
    </message>
    <message>
        <source>Micro-journey tracking maturity · %1 · %2</source>
        <translation>Madurez del seguimiento de microrrecorridos · %1 · %2</translation>
    </message>
    <message>
        <source>Assessment of %1 by %2: overall %3 of %4, weakest: %5.</source>
        <translation>Evaluación del %1 por %2: global %3 de %4, punto más débil: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the scores, with the data&apos;s hints</source>
        <translation>las puntuaciones, con las pistas de los datos</translation>
    </message>
    <message>
        <source>Fill in or export the maturity self-assessment (set a dimension, import the CSV, export scores and radar).</source>
        <translation>Rellenar o exportar la autoevaluación de madurez (fijar una dimensión, importar el CSV, exportar puntuaciones y radar).</translation>
    </message>
    <message>
        <source>What to do: export, set, or import FILE.csv.</source>
        <translation>Qué hacer: export, set o import ARCHIVO.csv.</translation>
    </message>
    <message>
        <source>set: the dimension&apos;s id (data_collection, identity, analytics, activation, experimentation, decision_making).</source>
        <translation>set: el identificador de la dimensión (data_collection, identity, analytics, activation, experimentation, decision_making).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>set: the stage the team is at (1 to 3, half steps allowed).</source>
        <translation>set: la etapa en la que está el equipo (1 a 3, se permiten medios pasos).</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>set: the stage the team aims for (default: as it was, at least the current).</source>
        <translation>set: la etapa a la que aspira el equipo (por defecto: como estaba, al menos la actual).</translation>
    </message>
    <message>
        <source>set: a note on this dimension.</source>
        <translation>set: una nota sobre esta dimensión.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>set: what shows this stage (a report, a tool, a link).</source>
        <translation>set: lo que demuestra esta etapa (un informe, una herramienta, un enlace).</translation>
    </message>
    <message>
        <source>set, import: who answers (default: the OS user).</source>
        <translation>set, import: quién responde (por defecto: el usuario del sistema).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>import: name the CSV to read: “funnelscope assess import FILE.csv --workspace W”.</source>
        <translation>import: indique el CSV que leer: «funnelscope assess import ARCHIVO.csv --workspace W».</translation>
    </message>
    <message>
        <source>say what to do: export, set or import (“funnelscope assess export --workspace W --csv F”).</source>
        <translation>diga qué hacer: export, set o import («funnelscope assess export --workspace W --csv F»).</translation>
    </message>
    <message>
        <source>the workspace of the assessment</source>
        <translation>el espacio de trabajo de la evaluación</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Saved the assessment of %1 by %2: overall %3 of %4.</source>
        <translation>Evaluación del %1 por %2 guardada: total %3 de %4.</translation>
    </message>
    <message>
        <source>the dimension to set</source>
        <translation>la dimensión que fijar</translation>
    </message>
    <message>
        <source>--dimension: “%1” is no dimension (the dimensions: %2).</source>
        <translation>--dimension: «%1» no es una dimensión (las dimensiones: %2).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a stage from 1 to %3 in half steps.</source>
        <translation>--%1: «%2» no es una etapa de 1 a %3 en medios pasos.</translation>
    </message>
    <message>
        <source>no assessment is saved in “%1” yet: fill one in on the Maturity page or with “assess set”.</source>
        <translation>aún no hay ninguna evaluación guardada en «%1»: rellene una en la página Madurez o con «assess set».</translation>
    </message>
    <message>
        <source>export: print the latest assessment as JSON on standard output.</source>
        <translation>export: mostrar la última evaluación como JSON en la salida estándar.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::AssessmentExport</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>%1, line 1: there is no “%2” column (the columns of an exported assessment: dimension, current_stage, target_stage, note, evidence).</source>
        <translation>%1, línea 1: no hay columna «%2» (las columnas de una evaluación exportada: dimension, current_stage, target_stage, note, evidence).</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is no dimension of the matrix (its dimensions: %4).</source>
        <translation>%1, línea %2: «%3» no es una dimensión de la matriz (sus dimensiones: %4).</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is there twice.</source>
        <translation>%1, línea %2: «%3» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 “%4” is not a stage from 1 to %5 in half steps.</source>
        <translation>%1, línea %2: %3 «%4» no es una etapa de 1 a %5 en medios pasos.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLog</name>
    <message>
        <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation>Falta la entrada %1: el registro salta de %2 a %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry before it was changed, removed or inserted.</source>
        <translation>La entrada %1 no sigue a la entrada %2: una entrada anterior se modificó, eliminó o insertó.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3, %4) was changed after it was written.</source>
        <translation>La entrada %1 (%2 %3, %4) se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but the workspace recorded entry %2 as the newest: entries at the end were removed or replaced.</source>
        <translation>El registro termina en la entrada %1, pero el espacio de trabajo anotó la entrada %2 como la más reciente: se eliminaron o sustituyeron entradas del final.</translation>
    </message>
    <message>
        <source>The entries check out, but the store&apos;s guards against changing the log were removed.</source>
        <translation>Las entradas cuadran, pero se eliminaron las protecciones del almacén contra cambios en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>The change log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>El registro de cambios está intacto: %n entrada, encadenada a la anterior.</numerusform>
            <numerusform>El registro de cambios está intacto: %n entradas, cada una encadenada a la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>“%1” is not a change log receipt (it looks like “funnelscope-change-log 1 entries=N sha256=…”).</source>
        <translation>«%1» no es un recibo del registro de cambios (tiene la forma «funnelscope-change-log 1 entries=N sha256=…»).</translation>
    </message>
    <message>
        <source>The receipt covers %1 entries, but the log holds only %2: entries were removed.</source>
        <translation>El recibo cubre %1 entradas, pero el registro solo tiene %2: se eliminaron entradas.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the receipt&apos;s entries were removed or renumbered.</source>
        <translation>Falta la entrada %1: se eliminaron o renumeraron entradas del recibo.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones the receipt covers: entries were changed, removed or inserted since.</source>
        <translation>Las primeras %1 entradas del registro no son las del recibo: desde entonces se cambiaron, eliminaron o insertaron entradas.</translation>
    </message>
    <message>
        <source>The log still holds the %1 entries of the receipt, unchanged (%2 entries since).</source>
        <translation>El registro sigue teniendo las %1 entradas del recibo, sin cambios (%2 entradas desde entonces).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLogModel</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Event or parameter</source>
        <translation>Evento o parámetro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
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
        <translation>rutas</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>fricción</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseConnectDialog</name>
    <message>
        <source>Connect to ClickHouse</source>
        <translation>Conectar con ClickHouse</translation>
    </message>
    <message>
        <source>clickhouse://[user@]host[:port]/database for one server; add ?cluster=NAME for a cluster of the server&apos;s remote_servers; clickhouses:// for HTTPS</source>
        <translation>clickhouse://[usuario@]host[:puerto]/base para un servidor; añada ?cluster=NOMBRE para un clúster de remote_servers del servidor; clickhouses:// para HTTPS</translation>
    </message>
    <message>
        <source>from FUNNELSCOPE_CLICKHOUSE_PASSWORD</source>
        <translation>de FUNNELSCOPE_CLICKHOUSE_PASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Reports on a ClickHouse server are computed by the server: only their figures come here. Once connected, File ▸ Import Events… sends events to it.</source>
        <translation>Los informes en un servidor ClickHouse los calcula el servidor; aquí solo llegan sus cifras. Una vez conectado, Archivo ▸ Importar eventos… le envía eventos.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>las del sistema</translation>
    </message>
    <message>
        <source>For clickhouses://: a PEM file of the certificate authority that signed the server&apos;s certificate, when the system does not know it (your company&apos;s own)</source>
        <translation>Para clickhouses://: un archivo PEM de la autoridad de certificación que firmó el certificado del servidor, cuando el sistema no la conoce (la de su empresa)</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Autoridad de &amp;certificación:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Kept in memory while the window is open; saved only in the system keychain, when asked</source>
        <translation>Se guarda en memoria mientras la ventana está abierta; solo en el llavero del sistema, si se pide</translation>
    </message>
    <message>
        <source>GNOME Keyring or KWallet keeps it for this user and server, so Open Recent connects without asking; untick to remove it from there</source>
        <translation>GNOME Keyring o KWallet la guarda para este usuario y servidor, así Abrir reciente conecta sin preguntar; desmarque para quitarla de allí</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseConnection</name>
    <message>
        <source>The ClickHouse server %1 does not answer: %2.</source>
        <translation>El servidor ClickHouse %1 no responde: %2.</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 refused a query: %2</source>
        <translation>El servidor ClickHouse %1 rechazó una consulta: %2</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 does not answer over HTTPS: no TLS handshake within %2 s. If port %3 speaks plain HTTP, the address starts with clickhouse://.</source>
        <translation>El servidor ClickHouse %1 no responde por HTTPS: ningún handshake TLS en %2 s. Si el puerto %3 habla HTTP simple, la dirección empieza por clickhouse://.</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 is not trusted: %2 (with the certificate authorities of “%3” too).</source>
        <translation>El servidor ClickHouse %1 no es de confianza: %2 (también con las autoridades de certificación de «%3»).</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 is not trusted: %2. If its certificate comes from your own certificate authority, add ca=FILE (that authority&apos;s PEM file) to the address: %3</source>
        <translation>El servidor ClickHouse %1 no es de confianza: %2. Si su certificado procede de su propia autoridad de certificación, añada ca=ARCHIVO (el archivo PEM de esa autoridad) a la dirección: %3</translation>
    </message>
    <message>
        <source> If port %1 speaks plain HTTP, the address starts with clickhouse://.</source>
        <translation> Si el puerto %1 habla HTTP simple, la dirección empieza por clickhouse://.</translation>
    </message>
    <message>
        <source> If port %1 speaks HTTPS, the address starts with clickhouses://.</source>
        <translation> Si el puerto %1 habla HTTPS, la dirección empieza por clickhouses://.</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>in ca=FILE of an address</comment>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>The ClickHouse server %1 refused the user “%2”: wrong password or unknown user (the password comes from FUNNELSCOPE_CLICKHOUSE_PASSWORD, the Connect dialog or the system keychain).</source>
        <translation>El servidor ClickHouse %1 rechazó al usuario «%2»: contraseña incorrecta o usuario desconocido (la contraseña viene de FUNNELSCOPE_CLICKHOUSE_PASSWORD, del diálogo Conectar o del llavero del sistema).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseFunnel</name>
    <message>
        <source>steps in any order where one “%1” event passes the filters of two steps (%2 and %3)</source>
        <translation>pasos en cualquier orden en los que un evento «%1» cumple los filtros de dos pasos (%2 y %3)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseImporter</name>
    <message>
        <source>“%1” was already imported into %2 (import %3, as “%4”). To import it again anyway use --allow-duplicate-file.</source>
        <translation>«%1» ya se importó en %2 (importación %3, como «%4»). Para importarlo de nuevo de todos modos use --allow-duplicate-file.</translation>
    </message>
    <message>
        <source>No temporary folder for the import: %1</source>
        <translation>No hay carpeta temporal para la importación: %1</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseTables</name>
    <message>
        <source>Someone else saved changes to the dictionary, assessments, saved reports or annotations of the ClickHouse workspace %1 since you opened it, so yours were not saved. Open it again to see theirs, then make yours again.</source>
        <translation>Otra persona guardó cambios en el diccionario, las evaluaciones, los informes guardados o las anotaciones del espacio de trabajo de ClickHouse %1 desde que lo abrió, así que los suyos no se guardaron. Ábralo de nuevo para ver los de esa persona y vuelva a hacer los suyos.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseUrl</name>
    <message>
        <source>“%1” is not a ClickHouse address such as clickhouse://host:8123/database.</source>
        <translation>«%1» no es una dirección ClickHouse como clickhouse://host:8123/basededatos.</translation>
    </message>
    <message>
        <source>“%1”: a password does not go into the address; set FUNNELSCOPE_CLICKHOUSE_PASSWORD instead.</source>
        <translation>«%1»: la contraseña no va en la dirección; defina FUNNELSCOPE_CLICKHOUSE_PASSWORD en su lugar.</translation>
    </message>
    <message>
        <source>“%1” names no server (clickhouse://host:8123/database).</source>
        <translation>«%1» no nombra ningún servidor (clickhouse://host:8123/basededatos).</translation>
    </message>
    <message>
        <source>“%1”: the database should be a name of letters, digits and _ after the server, such as clickhouse://host:8123/shop.</source>
        <translation>«%1»: tras el servidor debe ir la base de datos, un nombre de letras, dígitos y _, como clickhouse://host:8123/shop.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a cluster name.</source>
        <translation>«%1»: «%2» no es un nombre de clúster.</translation>
    </message>
    <message>
        <source>“%1”: unknown option “%2” (only cluster=NAME, and ca=FILE with clickhouses://).</source>
        <translation>«%1»: opción desconocida «%2» (solo cluster=NOMBRE y, con clickhouses://, ca=ARCHIVO).</translation>
    </message>
    <message>
        <source>“%1”: ca=FILE is for HTTPS; the address should start with clickhouses://.</source>
        <translation>«%1»: ca=ARCHIVO es para HTTPS; la dirección debería empezar por clickhouses://.</translation>
    </message>
    <message>
        <source>“%1”: cannot read the certificate authority file “%2”: %3.</source>
        <translation>«%1»: no se puede leer el archivo de la autoridad de certificación «%2»: %3.</translation>
    </message>
    <message>
        <source>no file named</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>“%1”: the certificate authority file “%2” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>«%1»: el archivo de la autoridad de certificación «%2» no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ClickHouseWorkspace</name>
    <message>
        <source>The ClickHouse server %1 has no cluster “%2” in its remote_servers.</source>
        <translation>El servidor ClickHouse %1 no tiene ningún clúster «%2» en sus remote_servers.</translation>
    </message>
    <message>
        <source>The database “%1” on the ClickHouse server %2 is no Funnelscope workspace (it has no table “%3”); import into it first.</source>
        <translation>La base de datos «%1» del servidor ClickHouse %2 no es un espacio de trabajo de Funnelscope (no tiene la tabla «%3»); importe primero en ella.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 cannot compute %2 yet.</source>
        <translation>El espacio de trabajo ClickHouse %1 aún no puede calcular %2.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 holds events imported before Funnelscope sent prices and revenue to the server. To filter, break down or sum by them, import those files again into a new database.</source>
        <translation>El espacio de trabajo ClickHouse %1 contiene eventos importados antes de que Funnelscope enviara precios e ingresos al servidor. Para filtrar, desglosar o sumar por ellos, importe esos archivos de nuevo en una base de datos nueva.</translation>
    </message>
    <message>
        <source>The ClickHouse workspace %1 holds events imported before Funnelscope sent their source properties to the server, so it cannot filter or break down by “%2”. Import those files again into a new database.</source>
        <translation>El espacio de trabajo de ClickHouse %1 contiene eventos importados antes de que Funnelscope enviara sus propiedades de origen al servidor, así que no puede filtrar ni desglosar por «%2». Importe de nuevo esos archivos en una base de datos nueva.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortCommand</name>
    <message>
        <source>Compute a cohort grid: retention or revenue by acquisition day, week or month.</source>
        <translation>Calcular una tabla de cohortes: retención o ingresos por día, semana o mes de adquisición.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>day, week (default; ISO, from Monday) or month.</source>
        <translation>day, week (predeterminado; ISO, desde el lunes) o month.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort, or any (default).</source>
        <translation>El evento que sitúa a un usuario en una cohorte, o any (predeterminado).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>The event that counts as a return, or any (default).</source>
        <translation>El evento que cuenta como regreso, o any (predeterminado).</translation>
    </message>
    <message>
        <source>on (default): a return in that period; on-or-after: in that period or later.</source>
        <translation>on (predeterminado): un regreso en ese periodo; on-or-after: en ese periodo o después.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>How many periods (columns; default 12).</source>
        <translation>Cuántos periodos (columnas; 12 por defecto).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>retention (default) or revenue (per user, cumulative).</source>
        <translation>retention (predeterminado) o revenue (por usuario, acumulado).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>One grid per value of this property of the start event.</source>
        <translation>Una tabla por cada valor de esta propiedad del evento inicial.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>Breakdown values before “other” (default 5).</source>
        <translation>Valores del desglose antes de «otros» (5 por defecto).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Conservar los eventos donde PROPIEDAD OP VALOR (OP: = != &gt; &gt;= &lt; &lt;= ~); repetible.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>Time zone of the periods (default: the workspace&apos;s).</source>
        <translation>Zona horaria de los periodos (por defecto: la del espacio de trabajo).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Write the heatmap as PNG (2x).</source>
        <translation>Escribir el mapa de calor en PNG (2x).</translation>
    </message>
    <message>
        <source>Write the heatmap as SVG.</source>
        <translation>Escribir el mapa de calor en SVG.</translation>
    </message>
    <message>
        <source>Print the grid as JSON on standard output.</source>
        <translation>Mostrar la tabla en JSON por la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>--period: “%1” is not day, week or month.</source>
        <translation>--period: «%1» no es day, week ni month.</translation>
    </message>
    <message>
        <source>--mode: “%1” is not on or on-or-after.</source>
        <translation>--mode: «%1» no es on ni on-or-after.</translation>
    </message>
    <message>
        <source>--metric: “%1” is not retention or revenue.</source>
        <translation>--metric: «%1» no es retention ni revenue.</translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>--timezone: «%1» no es una zona horaria (use un nombre IANA como Europe/Madrid, o UTC).</translation>
    </message>
    <message>
        <source>the grid (counts and percentages)</source>
        <translation>la cuadrícula (recuentos y porcentajes)</translation>
    </message>
    <message>
        <source>Computing the cohorts…</source>
        <translation>Calculando las cohortes…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortEngine</name>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation>no hay ningún evento «%1» en este espacio de trabajo (sus eventos: %2).</translation>
    </message>
    <message>
        <source>the number of periods must be between 1 and %1.</source>
        <translation>el número de periodos debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«%1» no es una zona horaria.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortHeatmap</name>
    <message>
        <source>Cumulative revenue per user</source>
        <translation>Ingresos acumulados por usuario</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Ingresos por usuario</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
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
        <translation>Media</translation>
    </message>
    <message>
        <source>0 – %1 · * incomplete period (hatched) · blank: no data yet</source>
        <translation>0 – %1 · * periodo incompleto (rayado) · vacío: aún sin datos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>%1 (net of refunds)</source>
        <translation>%1 (neto de reembolsos)</translation>
    </message>
    <message>
        <source>cohorts by the day of their first event</source>
        <translation>cohortes por el día de su primer evento</translation>
    </message>
    <message>
        <source>cohorts by the day of their first %1</source>
        <translation>cohortes por el día de su primer %1</translation>
    </message>
    <message>
        <source>cohorts by the week of their first event</source>
        <translation>cohortes por la semana de su primer evento</translation>
    </message>
    <message>
        <source>cohorts by the week of their first %1</source>
        <translation>cohortes por la semana de su primer %1</translation>
    </message>
    <message>
        <source>cohorts by the month of their first event</source>
        <translation>cohortes por el mes de su primer evento</translation>
    </message>
    <message>
        <source>cohorts by the month of their first %1</source>
        <translation>cohortes por el mes de su primer %1</translation>
    </message>
    <message>
        <source>a return is any event in that period or later</source>
        <translation>un regreso es cualquier evento en ese periodo o después</translation>
    </message>
    <message>
        <source>a return is %1 in that period or later</source>
        <translation>un regreso es %1 en ese periodo o después</translation>
    </message>
    <message>
        <source>a return is any event in that period</source>
        <translation>un regreso es cualquier evento en ese periodo</translation>
    </message>
    <message>
        <source>a return is %1 in that period</source>
        <translation>un regreso es %1 en ese periodo</translation>
    </message>
    <message>
        <source>Cohort grid</source>
        <translation>Cuadrícula de cohortes</translation>
    </message>
    <message numerus="yes">
        <source>Average of %Ln people</source>
        <translation>
            <numerusform>Media de %Ln persona</numerusform>
            <numerusform>Media de %Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %1, %Ln people</source>
        <translation>
            <numerusform>Cohorte del %1, %Ln persona</numerusform>
            <numerusform>Cohorte del %1, %Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2: no data yet</source>
        <translation>%1; %2: aún sin datos</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 personas)</translation>
    </message>
    <message>
        <source>%1, the period is not over</source>
        <translation>%1, el periodo no ha terminado</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>in that period</source>
        <translation>en ese periodo</translation>
    </message>
    <message>
        <source>in that period or later</source>
        <translation>en ese periodo o después</translation>
    </message>
    <message>
        <source>Retention, %</source>
        <translation>Retención, %</translation>
    </message>
    <message>
        <source>Retention, users</source>
        <translation>Retención, usuarios</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Ingresos por usuario</translation>
    </message>
    <message>
        <source>Cumulative revenue per user</source>
        <translation>Ingresos acumulados por usuario</translation>
    </message>
    <message>
        <source>e.g. channel = email; Quantity &gt; 0</source>
        <translation>p. ej. channel = email; Quantity &gt; 0</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the heatmap as PNG or SVG (with the curves as PNG), or the grid as CSV</source>
        <translation>Guardar el mapa de calor en PNG o SVG (con las curvas en PNG), o la tabla en CSV</translation>
    </message>
    <message>
        <source>Cohorts by</source>
        <translation>Cohortes por</translation>
    </message>
    <message>
        <source>of first</source>
        <translation>del primer</translation>
    </message>
    <message>
        <source>returning with</source>
        <translation>que regresan con</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Periodos:</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Desglosar por</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>cualquier evento</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>everybody</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Revenue per user by period (click cohorts in the grid to add them)</source>
        <translation>Ingresos por usuario y periodo (haga clic en cohortes de la tabla para añadirlas)</translation>
    </message>
    <message>
        <source>Retention curve (click cohorts in the grid to add them)</source>
        <translation>Curva de retención (haga clic en cohortes de la tabla para añadirlas)</translation>
    </message>
    <message>
        <source>Average (weighted)</source>
        <translation>Media (ponderada)</translation>
    </message>
    <message>
        <source>Periods since the cohort&apos;s start</source>
        <translation>Periodos desde el inicio de la cohorte</translation>
    </message>
    <message>
        <source>There is no cohort grid to export yet.</source>
        <translation>Aún no hay ninguna tabla de cohortes para exportar.</translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation>Exportar cohortes</translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation>cohortes.png</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Elija un archivo que termine en .png, .svg, .csv o .xlsx.</translation>
    </message>
    <message>
        <source>Retention curves</source>
        <translation>Curvas de retención</translation>
    </message>
    <message>
        <source>Cumulative revenue per user by period (click cohorts in the grid to add them)</source>
        <translation>Ingresos acumulados por usuario y periodo (haga clic en cohortes de la tabla para añadirlas)</translation>
    </message>
    <message>
        <source>%1 · no complete period yet</source>
        <translation>%1 · aún ningún periodo completo</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortText</name>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mes %1</translation>
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
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>* The period is not over in the data yet: its figure can still grow.</source>
        <translation>* El periodo aún no ha terminado en los datos: su cifra todavía puede crecer.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Command</name>
    <message>
        <source>--%1 is required: %2.</source>
        <translation>--%1 es obligatorio: %2.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number from %3 to %4.</source>
        <translation>--%1: «%2» no es un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (write YYYY-MM-DD).</source>
        <translation>--%1: «%2» no es una fecha (escriba AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a duration from %3 to %4 (write 30m, 12h, 7d or 2w).</source>
        <translation>--%1: «%2» no es una duración de %3 a %4 (escriba 30m, 12h, 7d o 2w).</translation>
    </message>
    <message>
        <source>Write %1 as CSV.</source>
        <translation>Escribir %1 como CSV.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Write %1 as an Excel workbook (typed numbers and dates).</source>
        <translation>Escribir %1 como libro de Excel (números y fechas con tipo).</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark, so Excel shows accents and other scripts correctly.</source>
        <translation>Empezar el CSV con una marca de orden de bytes UTF-8, para que Excel muestre bien los acentos y otras escrituras.</translation>
    </message>
    <message>
        <source>--bom: it applies to --csv, which is not given.</source>
        <translation>--bom: se aplica a --csv, que no se ha indicado.</translation>
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
«funnelscope ORDEN --help» muestra las opciones de una orden.
Códigos de salida: 0 éxito, 1 un argumento o una entrada incorrectos, 2 un fallo interno.
</translation>
    </message>
    <message>
        <source>funnelscope: unknown command “%1”. Run “funnelscope --help” for the list.</source>
        <translation>funnelscope: orden desconocida «%1». «funnelscope --help» muestra la lista.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>error interno: %1</translation>
    </message>
    <message>
        <source>Waiting for another import or edit of %1 to finish…</source>
        <translation>Esperando a que termine otra importación o edición de %1…</translation>
    </message>
    <message>
        <source>Usage: funnelscope [WORKSPACE.funnelscope] [--workspace FILE] [--import FILE]
       funnelscope COMMAND [options]

Without a command, opens the window on the workspace named (created when --import is given and it does not exist), else on the last one (or the demo shop).

Commands:
</source>
        <translation>Uso: funnelscope [ESPACIO.funnelscope] [--workspace ARCHIVO] [--import ARCHIVO]
       funnelscope ORDEN [opciones]

Sin orden, abre la ventana con el espacio de trabajo indicado (creado si se da --import y no existe); si no, con el último (o la tienda de demostración).

Órdenes:
</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Condition</name>
    <message>
        <source>“%1” is not a filter: write PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (for example device=mobile).</source>
        <translation>«%1» no es un filtro: escriba PROPIEDAD OP VALOR con OP entre = != &gt; &gt;= &lt; &lt;= ~ (por ejemplo device=mobile).</translation>
    </message>
    <message>
        <source>“%1” names no property before its operator.</source>
        <translation>«%1» no nombra ninguna propiedad antes de su operador.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Connection</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>No se puede abrir «%1»: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>“%1” is busy: another import or edit has been writing to it for %2 seconds. Try again when it has finished.</source>
        <translation>«%1» está ocupado: otra importación o edición lleva %2 segundos escribiendo en él. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” (%2) is full, or refuses a file this large: %3 free. Free some space and try again; the workspace is as it was.</source>
        <translation>El disco que contiene «%1» (%2) está lleno o rechaza un archivo tan grande: %3 libres. Libere espacio y vuelva a intentarlo; el espacio de trabajo está como antes.</translation>
    </message>
    <message>
        <source>“%1” could not be read or written (%2): the disk or the file system refused it.</source>
        <translation>«%1» no se pudo leer ni escribir (%2): el disco o el sistema de archivos lo rechazó.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the first line is longer than %1 MiB: this does not look like a CSV file with a header</source>
        <translation>la primera línea ocupa más de %1 MiB: no parece un archivo CSV con encabezado</translation>
    </message>
    <message>
        <source>the first line is empty; it should name the columns</source>
        <translation>la primera línea está vacía; debería nombrar las columnas</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>No se puede importar «%1»: %2.</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again</source>
        <translation>la línea %1 no es UTF-8 válido. Guarde el archivo como UTF-8 (en una hoja de cálculo: «CSV UTF-8») e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 never ends (a &quot; is missing)</source>
        <translation>el campo entre comillas que empieza en la línea %1 nunca termina (falta una &quot;)</translation>
    </message>
    <message>
        <source>it contains binary data (a NUL byte on line %1), so it is not a CSV file</source>
        <translation>contiene datos binarios (un byte NUL en la línea %1), así que no es un archivo CSV</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>línea de más de %1 MiB</translation>
    </message>
    <message>
        <source>wrong number of fields (expected %1, found %2)</source>
        <translation>número de campos incorrecto (se esperaban %1, hay %2)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataPage</name>
    <message>
        <source>Import events…</source>
        <translation>Importar eventos…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Eventos por tipo</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation>Quitar importación…</translation>
    </message>
    <message>
        <source>Remove the selected import with all its events</source>
        <translation>Quitar la importación seleccionada con todos sus eventos</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Exportar filas rechazadas…</translation>
    </message>
    <message>
        <source>Save the selected import&apos;s rejected rows, with their line and reason, as CSV</source>
        <translation>Guardar las filas rechazadas de la importación seleccionada, con su línea y motivo, en CSV</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Quitar importación</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 events from this workspace? Reports will no longer include them.</source>
        <translation>¿Quitar «%1» y sus %2 eventos de este espacio de trabajo? Los informes dejarán de incluirlos.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Known users</source>
        <translation>Usuarios conocidos</translation>
    </message>
    <message>
        <source>Anonymous ids</source>
        <translation>Ids anónimos</translation>
    </message>
    <message>
        <source>Linked to a known user</source>
        <translation>Vinculados a un usuario</translation>
    </message>
    <message>
        <source>Shared devices</source>
        <translation>Dispositivos compartidos</translation>
    </message>
    <message>
        <source>Anonymous ids seen with several known users (a family laptop): each stays a person of its own</source>
        <translation>Ids anónimos vistos con varios usuarios conocidos (un portátil familiar): cada uno sigue siendo una persona aparte</translation>
    </message>
    <message>
        <source>Events joined to a person</source>
        <translation>Eventos unidos a una persona</translation>
    </message>
    <message>
        <source>Events carrying an anonymous id that now count for the known user it was linked to</source>
        <translation>Eventos con un id anónimo que ahora cuentan para el usuario conocido al que se vinculó</translation>
    </message>
    <message>
        <source>Reports count people: a known user together with every anonymous id linked to them, before and after they logged in; an anonymous id never linked is a person of its own. Turn this off in Preferences to count ids instead.</source>
        <translation>Los informes cuentan personas: un usuario conocido junto con todos los ids anónimos vinculados a él, antes y después de iniciar sesión; un id anónimo nunca vinculado es una persona aparte. Desactívelo en Preferencias para contar ids.</translation>
    </message>
    <message>
        <source>Identity stitching is off (Preferences): every id counts as a person of its own, anonymous visits apart from the logins they led to.</source>
        <translation>La unión de identidades está desactivada (Preferencias): cada id cuenta como una persona aparte, las visitas anónimas separadas de los inicios de sesión a los que llevaron.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Add Annotation…</source>
        <translation>Añadir anotación…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
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
        <translation>%1 el %2, frente a una mediana de %3</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataQualityModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoCommand</name>
    <message>
        <source>Create a workspace with the sample shop&apos;s events.</source>
        <translation>Crear un espacio de trabajo con los eventos de la tienda de ejemplo.</translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation>El archivo de espacio de trabajo que se creará.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>How many shoppers (default 20000).</source>
        <translation>Cuántos compradores (20000 por defecto).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same shop (default 42).</source>
        <translation>Semilla aleatoria; la misma semilla da la misma tienda (42 por defecto).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Replace the workspace file if it exists.</source>
        <translation>Sustituir el archivo de espacio de trabajo si existe.</translation>
    </message>
    <message>
        <source>the workspace file to create</source>
        <translation>el archivo de espacio de trabajo que se creará</translation>
    </message>
    <message>
        <source>--workspace: “%1” is a folder.</source>
        <translation>--workspace: «%1» es una carpeta.</translation>
    </message>
    <message>
        <source>Created %1: %2 users, %3 sessions, %4 events from %5 over %6 weeks.</source>
        <translation>%1 creado: %2 usuarios, %3 sesiones, %4 eventos desde el %5 durante %6 semanas.</translation>
    </message>
    <message>
        <source>Write the events as a shop&apos;s CSV export instead of a workspace (12 columns).</source>
        <translation>Escribir los eventos como exportación CSV de una tienda en lugar de un espacio de trabajo (12 columnas).</translation>
    </message>
    <message>
        <source>Write the events as NDJSON instead of a workspace.</source>
        <translation>Escribir los eventos en NDJSON en lugar de un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events of %3 users.</source>
        <translation>%1 escrito: %2 eventos de %3 usuarios.</translation>
    </message>
    <message>
        <source>As the window&apos;s first start has it: the starter dictionary adopted, a change log, a saved assessment, a saved funnel and annotations.</source>
        <translation>Como en el primer inicio de la ventana: el diccionario inicial adoptado, un registro de cambios, una evaluación guardada, un embudo guardado y anotaciones.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoGenerationDialog</name>
    <message>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <source>Creating the demo shop with %1 shoppers…</source>
        <translation>Creando la tienda de demostración con %1 compradores…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoShop</name>
    <message>
        <source>Cannot move the demo workspace into place at “%1”.</source>
        <translation>No se puede colocar el espacio de trabajo de demostración en «%1».</translation>
    </message>
    <message>
        <source>Demo shop (%1 users, seed %2)</source>
        <translation>Tienda de demostración (%1 usuarios, semilla %2)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Equipo de demo</translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation>Diccionario inicial adoptado</translation>
    </message>
    <message>
        <source>Checkout squad</source>
        <translation>Equipo de pago</translation>
    </message>
    <message>
        <source>The checkout squad owns the order events</source>
        <translation>El equipo de pago es responsable de los eventos de pedido</translation>
    </message>
    <message>
        <source>A core micro-conversion: it predicts a purchase</source>
        <translation>Una microconversión clave: predice una compra</translation>
    </message>
    <message>
        <source>Reviewed after the search box outage</source>
        <translation>Revisado tras la caída del buscador</translation>
    </message>
    <message>
        <source>Checkout funnel</source>
        <translation>Embudo de pago</translation>
    </message>
    <message>
        <source>Summer sale</source>
        <translation>Rebajas de verano</translation>
    </message>
    <message>
        <source>App 3.2 release</source>
        <translation>Versión 3.2 de la app</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryChange</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Añadir el evento %1</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Eliminar el evento %1</translation>
    </message>
    <message>
        <source>Add parameter %1.%2</source>
        <translation>Añadir el parámetro %1.%2</translation>
    </message>
    <message>
        <source>Delete parameter %1.%2</source>
        <translation>Eliminar el parámetro %1.%2</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>Marcar %1 como obsoleto</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>Poner %1 de %2 en %3</translation>
    </message>
    <message>
        <source>Rename parameter %1.%2 to %3</source>
        <translation>Renombrar el parámetro %1.%2 como %3</translation>
    </message>
    <message>
        <source>Set %1 of %2.%3 to %4</source>
        <translation>Poner %1 de %2.%3 en %4</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryCommand</name>
    <message>
        <source>The plan to write (export) or read (import).</source>
        <translation>El plan que se escribirá (export) o leerá (import).</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>json (Funnelscope&apos;s own, every field), segment (a Segment Protocols tracking plan) or csv (one row per parameter). Default: from the file.</source>
        <translation>json (el formato propio de Funnelscope, todos los campos), segment (un plan de seguimiento al estilo de Segment Protocols) o csv (una fila por parámetro). Por defecto: según el archivo.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>import: adopt the starter dictionary of e-commerce micro-conversions instead of a file.</source>
        <translation>import: adoptar el diccionario inicial de microconversiones de comercio electrónico en lugar de un archivo.</translation>
    </message>
    <message>
        <source>import: also delete events and parameters the plan does not have.</source>
        <translation>import: eliminar también los eventos y parámetros que el plan no tiene.</translation>
    </message>
    <message>
        <source>import: print the differences, change nothing.</source>
        <translation>import: mostrar las diferencias sin cambiar nada.</translation>
    </message>
    <message>
        <source>The name the change log records (default: the preference, else the OS user).</source>
        <translation>El nombre que anota el registro de cambios (por defecto: la preferencia, si no, el usuario del sistema).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>A reason the change log records with each change.</source>
        <translation>Un motivo que el registro anota con cada cambio.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>--starter takes no file.</source>
        <translation>--starter no admite archivo.</translation>
    </message>
    <message>
        <source>name one file to %1, as in “funnelscope dictionary %1 --workspace W plan.json”.</source>
        <translation>indique un archivo para %1, como en «funnelscope dictionary %1 --workspace W plan.json».</translation>
    </message>
    <message>
        <source>check takes no file; use --csv F to write the findings.</source>
        <translation>check no admite archivo; use --csv F para escribir los hallazgos.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1 (%2).</source>
        <translation>
            <numerusform>%n evento escrito en %1 (%2).</numerusform>
            <numerusform>%n eventos escritos en %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to change</source>
        <translation>el espacio de trabajo que se cambiará</translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist.</source>
        <translation>No se puede leer «%1»: el archivo no existe.</translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation>Diccionario inicial adoptado</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>the plan cannot be applied: %1 Nothing was changed.</source>
        <translation>el plan no se puede aplicar: %1 No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes; nothing applied (--dry-run).</source>
        <translation>
            <numerusform>%n cambio; no se aplica nada (--dry-run).</numerusform>
            <numerusform>%n cambios; no se aplica nada (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes, each in the change log.</source>
        <translation>
            <numerusform>%n cambio aplicado, anotado en el registro.</numerusform>
            <numerusform>%n cambios aplicados, cada uno anotado en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to check</source>
        <translation>el espacio de trabajo que se comprobará</translation>
    </message>
    <message>
        <source>The dictionary is empty: adopt the starter dictionary (dictionary import --starter) or import a plan.</source>
        <translation>El diccionario está vacío: adopte el diccionario inicial (dictionary import --starter) o importe un plan.</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Registro de cambios: %1</translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation>Registro de cambios ALTERADO: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n hallazgo.</numerusform>
            <numerusform>%n hallazgos.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format “%1” is not a format; use json, segment or csv.</source>
        <translation>--format «%1» no es un formato; use json, segment o csv.</translation>
    </message>
    <message>
        <source>Export, import or check the event dictionary (tracking plan); print its change log or a receipt of it.</source>
        <translation>Exportar, importar o comprobar el diccionario de eventos (plan de seguimiento); imprimir su registro de cambios o un recibo de él.</translation>
    </message>
    <message>
        <source>export, import, check or log.</source>
        <translation>export, import, check o log.</translation>
    </message>
    <message>
        <source>log: print a receipt of the change log to keep elsewhere. check --receipt RECEIPT: prove the log still holds the entries of that receipt, unchanged.</source>
        <translation>log: imprimir un recibo del registro de cambios para guardarlo en otro sitio. check --receipt RECIBO: demostrar que el registro sigue teniendo las entradas de ese recibo, sin cambios.</translation>
    </message>
    <message>
        <source>--receipt: give the receipt to check, as in “funnelscope dictionary check --receipt &apos;funnelscope-change-log 1 entries=N sha256=…&apos; --workspace W”.</source>
        <translation>--receipt: indique el recibo que comprobar, como en «funnelscope dictionary check --receipt &apos;funnelscope-change-log 1 entries=N sha256=…&apos; --workspace W».</translation>
    </message>
    <message>
        <source>log takes no file.</source>
        <translation>log no admite archivo.</translation>
    </message>
    <message>
        <source>say what to do: export, import, check or log.</source>
        <translation>diga qué hacer: export, import, check o log.</translation>
    </message>
    <message>
        <source>“%1” is not something the dictionary command does; use export, import, check or log.</source>
        <translation>«%1» no es algo que haga el comando dictionary; use export, import, check o log.</translation>
    </message>
    <message>
        <source>the findings (check)</source>
        <translation>los hallazgos (check)</translation>
    </message>
    <message>
        <source>check, log: print the findings or the change log as JSON on standard output.</source>
        <translation>check, log: mostrar los hallazgos o el registro de cambios como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>--csv and --xlsx write data-quality findings, which a ClickHouse workspace (%1) cannot compute yet.</source>
        <translation>--csv y --xlsx escriben hallazgos de calidad de datos, que un espacio de trabajo de ClickHouse (%1) aún no puede calcular.</translation>
    </message>
    <message>
        <source>Data quality is not checked on a ClickHouse workspace yet (it reads a workspace file&apos;s events); the change log is.</source>
        <translation>La calidad de los datos aún no se comprueba en un espacio de trabajo de ClickHouse (lee los eventos de un archivo de espacio de trabajo); el registro de cambios sí.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryModel</name>
    <message>
        <source>1 core</source>
        <translation>1 esencial</translation>
    </message>
    <message>
        <source>2 diagnostic</source>
        <translation>2 diagnóstico</translation>
    </message>
    <message>
        <source>never · due</source>
        <translation>nunca · pendiente</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation>%1 · pendiente</translation>
    </message>
    <message numerus="yes">
        <source>Not reviewed in the last %n days</source>
        <translation>
            <numerusform>Sin revisar en el último %n día</numerusform>
            <numerusform>Sin revisar en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryPage</name>
    <message>
        <source>Funnelscope dictionary (*.json);;Segment tracking plan (*.json);;CSV, one row per parameter (*.csv)</source>
        <translation>Diccionario de Funnelscope (*.json);;Plan de seguimiento de Segment (*.json);;CSV, una fila por parámetro (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Event dictionary&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;Diccionario de eventos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The naming convention new event and parameter names must follow</source>
        <translation>La convención de nombres que deben seguir los nuevos nombres de eventos y parámetros</translation>
    </message>
    <message>
        <source>The name the change log records for your edits</source>
        <translation>El nombre que anota el registro para sus cambios</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Record my changes as:</source>
        <translation>Anotar mis cambios como:</translation>
    </message>
    <message>
        <source>Adopt Starter Dictionary…</source>
        <translation>Adoptar el diccionario inicial…</translation>
    </message>
    <message>
        <source>Add the core e-commerce micro-conversions (product_view … purchase, newsletter_signup) with stages, tiers and parameters</source>
        <translation>Añadir las microconversiones esenciales del comercio electrónico (product_view … purchase, newsletter_signup) con etapas, niveles y parámetros</translation>
    </message>
    <message>
        <source>Import Plan…</source>
        <translation>Importar plan…</translation>
    </message>
    <message>
        <source>Export Plan…</source>
        <translation>Exportar plan…</translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Data Quality (%1)</source>
        <translation>Calidad de datos (%1)</translation>
    </message>
    <message>
        <source>No findings: the data follows the dictionary.</source>
        <translation>Sin hallazgos: los datos siguen el diccionario.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings, %1 of them errors. Double-click one to open its event.</source>
        <translation>
            <numerusform>%n hallazgo, %1 de ellos errores. Haga doble clic para abrir su evento.</numerusform>
            <numerusform>%n hallazgos, %1 de ellos errores. Haga doble clic en uno para abrir su evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>Filtrar eventos…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Tier 1 · core</source>
        <translation>Nivel 1 · esencial</translation>
    </message>
    <message>
        <source>Tier 2 · diagnostic</source>
        <translation>Nivel 2 · diagnóstico</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Event name (%1):</source>
        <translation>Nombre del evento (%1):</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n parameters from the dictionary? Deprecating keeps its history readable; Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar «%1» y su %n parámetro del diccionario? Marcarlo como obsoleto mantiene legible su historial; Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar «%1» y sus %n parámetros del diccionario? Marcarlo como obsoleto mantiene legible su historial; Deshacer lo recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Naming:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>This event only</source>
        <translation>Solo este evento</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Export Change Log</source>
        <translation>Exportar registro de cambios</translation>
    </message>
    <message>
        <source>Wrote the change log to %1.</source>
        <translation>Registro de cambios escrito en %1.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>Exportar hallazgos</translation>
    </message>
    <message>
        <source>Wrote the findings to %1.</source>
        <translation>Hallazgos escritos en %1.</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Aplicar %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes from %1; Undo takes them back.</source>
        <translation>
            <numerusform>%n cambio de %1 aplicado; Deshacer lo revierte.</numerusform>
            <numerusform>%n cambios de %1 aplicados; Deshacer los revierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>the starter dictionary</source>
        <translation>el diccionario inicial</translation>
    </message>
    <message>
        <source>Export Dictionary</source>
        <translation>Exportar diccionario</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1.</source>
        <translation>
            <numerusform>%n evento escrito en %1.</numerusform>
            <numerusform>%n eventos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tracking Plan</source>
        <translation>Importar plan de seguimiento</translation>
    </message>
    <message>
        <source>Tracking plans (*.json *.csv);;All files (*)</source>
        <translation>Planes de seguimiento (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the data against the dictionary…</source>
        <translation>Comprobando los datos con el diccionario…</translation>
    </message>
    <message>
        <source>Editing as %1</source>
        <translation>Editando como %1</translation>
    </message>
    <message>
        <source>Copy Receipt</source>
        <translation>Copiar recibo</translation>
    </message>
    <message>
        <source>Copy a receipt of the change log as it is now, to keep outside the workspace (a ticket, an email, a commit)</source>
        <translation>Copiar un recibo del registro tal como está ahora, para guardarlo fuera del espacio de trabajo (un ticket, un correo, un commit)</translation>
    </message>
    <message>
        <source>Copied the receipt of the change log: keep it outside the workspace. Check Receipt… proves later that the log still holds these entries, unchanged.</source>
        <translation>Se copió el recibo del registro: guárdelo fuera del espacio de trabajo. «Comprobar recibo…» demostrará más adelante que el registro sigue teniendo estas entradas, sin cambios.</translation>
    </message>
    <message>
        <source>Check Receipt…</source>
        <translation>Comprobar recibo…</translation>
    </message>
    <message>
        <source>Prove that the change log still holds the entries of a receipt you kept, unchanged</source>
        <translation>Demostrar que el registro sigue teniendo, sin cambios, las entradas de un recibo guardado</translation>
    </message>
    <message>
        <source>Check Receipt</source>
        <translation>Comprobar recibo</translation>
    </message>
    <message>
        <source>The receipt you kept (funnelscope-change-log 1 entries=…):</source>
        <translation>El recibo guardado (funnelscope-change-log 1 entries=…):</translation>
    </message>
    <message>
        <source>The data could not be checked: %1</source>
        <translation>No se pudieron comprobar los datos: %1</translation>
    </message>
    <message>
        <source>Annotate This…</source>
        <translation>Anotar…</translation>
    </message>
    <message>
        <source>Mark the days of the selected volume alert as a tracking change, on every time axis</source>
        <translation>Marcar los días de la alerta de volumen elegida como cambio del seguimiento, en cada eje de tiempo</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 cayó</translation>
    </message>
    <message>
        <source>%1 spiked</source>
        <translation>%1 se disparó</translation>
    </message>
    <message>
        <source>Annotated: %1.</source>
        <translation>Anotado: %1.</translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <source>Change log and data quality</source>
        <translation>Registro de cambios y calidad de datos</translation>
    </message>
    <message>
        <source>Events of the dictionary</source>
        <translation>Eventos del diccionario</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <source>Data-quality findings</source>
        <translation>Hallazgos de calidad de datos</translation>
    </message>
    <message>
        <source>The data is not checked against the dictionary on a ClickHouse server yet: the checks read a workspace file&apos;s events.</source>
        <translation>Los datos aún no se comprueban contra el diccionario en un servidor ClickHouse: las comprobaciones leen los eventos de un archivo de espacio de trabajo.</translation>
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
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Consideración</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleto</translation>
    </message>
    <message>
        <source>Every occurrence</source>
        <translation>Cada aparición</translation>
    </message>
    <message>
        <source>Once per session</source>
        <translation>Una vez por sesión</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entero</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>Verdadero/falso</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>A parameter name</source>
        <translation>Un nombre de parámetro</translation>
    </message>
    <message>
        <source>An event name</source>
        <translation>Un nombre de evento</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters; “%3…” has %4.</source>
        <translation>%1 puede tener como máximo %2 caracteres; «%3…» tiene %4.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space.</source>
        <translation>«%1» empieza o termina con un espacio.</translation>
    </message>
    <message>
        <source>lower-case letters, digits and single underscores, starting with a letter</source>
        <translation>minúsculas, dígitos y guiones bajos simples, empezando por una letra</translation>
    </message>
    <message>
        <source>letters and digits, starting with a lower-case letter, each further word starting with a capital</source>
        <translation>letras y dígitos, empezando por minúscula, cada palabra siguiente con mayúscula inicial</translation>
    </message>
    <message>
        <source>two or more capitalised words separated by single spaces</source>
        <translation>dos o más palabras con mayúscula inicial separadas por espacios simples</translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3.</source>
        <translation>«%1» no sigue la convención %2: use %3.</translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3 (for example “%4”).</source>
        <translation>«%1» no sigue la convención %2: use %3 (por ejemplo «%4»).</translation>
    </message>
    <message>
        <source>An event name cannot be empty.</source>
        <translation>Un nombre de evento no puede estar vacío.</translation>
    </message>
    <message>
        <source>The stage of “%1” must be one of %2, not “%3”.</source>
        <translation>La etapa de «%1» debe ser una de %2, no «%3».</translation>
    </message>
    <message>
        <source>The tier of “%1” must be 1 (core) or 2 (diagnostic), not %2.</source>
        <translation>El nivel de «%1» debe ser 1 (esencial) o 2 (diagnóstico), no %2.</translation>
    </message>
    <message>
        <source>The status of “%1” must be one of %2, not “%3”.</source>
        <translation>El estado de «%1» debe ser uno de %2, no «%3».</translation>
    </message>
    <message>
        <source>The counting rule of “%1” must be “every” or “once_per_session”, not “%2”.</source>
        <translation>La regla de recuento de «%1» debe ser «every» o «once_per_session», no «%2».</translation>
    </message>
    <message>
        <source>“%1” cannot have been reviewed in the future (%2).</source>
        <translation>«%1» no puede haberse revisado en el futuro (%2).</translation>
    </message>
    <message>
        <source>The tags of “%1” include an empty one.</source>
        <translation>Las etiquetas de «%1» incluyen una vacía.</translation>
    </message>
    <message>
        <source>The tags of “%1” repeat a tag.</source>
        <translation>Las etiquetas de «%1» repiten una etiqueta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” has two parameters called “%2”.</source>
        <translation>«%1» tiene dos parámetros llamados «%2».</translation>
    </message>
    <message>
        <source>A parameter name cannot be empty.</source>
        <translation>Un nombre de parámetro no puede estar vacío.</translation>
    </message>
    <message>
        <source>The type of “%1” must be one of %2, not “%3”.</source>
        <translation>El tipo de «%1» debe ser uno de %2, no «%3».</translation>
    </message>
    <message>
        <source>The pattern of “%1” is not a valid regular expression: %2.</source>
        <translation>El patrón de «%1» no es una expresión regular válida: %2.</translation>
    </message>
    <message>
        <source>The allowed value “%1” of “%2” is not a valid %3 value.</source>
        <translation>El valor permitido «%1» de «%2» no es un valor válido de tipo %3.</translation>
    </message>
    <message>
        <source>The example of “%1”: %2</source>
        <translation>El ejemplo de «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value.</source>
        <translation>«%1» no es un valor válido de tipo %2.</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>«%1» no es uno de los valores permitidos (%2).</translation>
    </message>
    <message>
        <source>“%1” does not match the pattern %2.</source>
        <translation>«%1» no coincide con el patrón %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::DrawingExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDefinition</name>
    <message>
        <source>“%1” must be %2</source>
        <translation>«%1» debe ser %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>una lista de cadenas</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>“last_reviewed” must be a date like 2026-03-31, not “%1”</source>
        <translation>«last_reviewed» debe ser una fecha como 2026-03-31, no «%1»</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 o 2</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>each parameter must be an object</source>
        <translation>cada parámetro debe ser un objeto</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>parámetro %1: %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDictionary</name>
    <message>
        <source>The event “%1” is not in the workspace&apos;s dictionary.</source>
        <translation>El evento «%1» no está en el diccionario del espacio de trabajo.</translation>
    </message>
    <message>
        <source>An event called “%1” is already in the dictionary.</source>
        <translation>Ya hay un evento llamado «%1» en el diccionario.</translation>
    </message>
    <message>
        <source>There is no event called “%1” in the dictionary.</source>
        <translation>No hay ningún evento llamado «%1» en el diccionario.</translation>
    </message>
    <message>
        <source>The %1 of “%2” is “%3” now, not “%4”: it was changed meanwhile.</source>
        <translation>El campo %1 de «%2» es ahora «%3», no «%4»: se cambió mientras tanto.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>«%1» no es una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>“%1” already has a parameter called “%2”.</source>
        <translation>«%1» ya tiene un parámetro llamado «%2».</translation>
    </message>
    <message>
        <source>“%1” has no parameter called “%2”.</source>
        <translation>«%1» no tiene ningún parámetro llamado «%2».</translation>
    </message>
    <message>
        <source>The %1 of “%2.%3” is “%4” now, not “%5”: it was changed meanwhile.</source>
        <translation>El campo %1 de «%2.%3» es ahora «%4», no «%5»: se cambió mientras tanto.</translation>
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
        <translation>Revisado hoy</translation>
    </message>
    <message>
        <source>Add Parameter…</source>
        <translation>Añadir parámetro…</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Quitar parámetro</translation>
    </message>
    <message>
        <source>1 · core</source>
        <translation>1 · esencial</translation>
    </message>
    <message>
        <source>2 · diagnostic</source>
        <translation>2 · diagnóstico</translation>
    </message>
    <message>
        <source>What it means and when it fires</source>
        <translation>Qué significa y cuándo se dispara</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>Marcar %1 como obsoleto</translation>
    </message>
    <message>
        <source>Why is it deprecated (for the change log)?</source>
        <translation>¿Por qué está obsoleto (para el registro de cambios)?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation>Última revisión:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parámetros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;No event selected&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Ningún evento seleccionado&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>due for review</source>
        <translation>revisión pendiente</translation>
    </message>
    <message>
        <source>Add Parameter to %1</source>
        <translation>Añadir parámetro a %1</translation>
    </message>
    <message>
        <source>Parameter name:</source>
        <translation>Nombre del parámetro:</translation>
    </message>
    <message>
        <source>Parameters of the event</source>
        <translation>Parámetros del evento</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventRecords</name>
    <message>
        <source>%1: the events of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1: no se pueden leer los eventos de la importación %2; el espacio de trabajo está dañado.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTable</name>
    <message>
        <source>This workspace holds more than 65,535 imports with events, more than a report can merge: remove older imports on the Data page.</source>
        <translation>Este espacio de trabajo contiene más de 65.535 importaciones con eventos, más de las que un informe puede combinar: elimine importaciones antiguas en la página Datos.</translation>
    </message>
    <message>
        <source>none yet; import an export first</source>
        <translation>ninguno todavía; importe primero una exportación</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTexts</name>
    <message>
        <source>%1: the event ids of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1: no se pueden leer los ID de evento de la importación %2; el espacio de trabajo está dañado.</translation>
    </message>
    <message>
        <source>%1: the properties of the events of import %2 cannot be read; the workspace is damaged.</source>
        <translation>%1: no se pueden leer las propiedades de los eventos de la importación %2; el espacio de trabajo está dañado.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTypesModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ExportPrompt</name>
    <message>
        <source>PNG image, 2x for slides (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG, 2x para diapositivas (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, with a byte-order mark (*.csv)</source>
        <translation>CSV para Excel, con marca de orden de bytes (*.csv)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FieldMapping</name>
    <message>
        <source>--%1 “%2”: write it as FIELD=%3.</source>
        <translation>--%1 «%2»: escríbalo como CAMPO=%3.</translation>
    </message>
    <message>
        <source>--%1 “%2”: “%3” is not a field; the fields are %4.</source>
        <translation>--%1 «%2»: «%3» no es un campo; los campos son %4.</translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation>--map «%1»: el archivo no tiene ninguna columna «%2» (sus columnas: %3).</translation>
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
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::FolderWatcher</name>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>«%1» no se puede leer.</translation>
    </message>
    <message>
        <source>the same content was imported before</source>
        <translation>el mismo contenido ya se importó</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionCommand</name>
    <message>
        <source>Find friction: cart loops, search struggles, stalled checkouts, high-value carts left behind.</source>
        <translation>Encontrar fricción: bucles de carrito, búsquedas fallidas, pagos estancados, carritos de alto valor abandonados.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Which events play a role: ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, remove_from_cart, checkout, purchase; repeatable.</source>
        <translation>Qué eventos cumplen un rol: ROL=E1,E2 con ROL uno de search, product_view, add_to_cart, remove_from_cart, checkout, purchase; repetible.</translation>
    </message>
    <message>
        <source>role=events</source>
        <translation>rol=eventos</translation>
    </message>
    <message>
        <source>Without a session id, a longer pause ends the session (default 30m).</source>
        <translation>Sin id de sesión, una pausa más larga termina la sesión (30m por defecto).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>A checkout step followed by nothing this long has stalled (default 5m).</source>
        <translation>Un paso de pago sin nada después durante este tiempo está estancado (5m por defecto).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Conservar los eventos donde PROPIEDAD OP VALOR (OP: = != &gt; &gt;= &lt; &lt;= ~); repetible.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>First day of the sessions (YYYY-MM-DD, workspace time zone).</source>
        <translation>Primer día de las sesiones (AAAA-MM-DD, zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day of the sessions, included.</source>
        <translation>Último día de las sesiones, incluido.</translation>
    </message>
    <message>
        <source>Print the weeks and the sessions as JSON on standard output.</source>
        <translation>Imprimir las semanas y las sesiones como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>--role: “%1” is not ROLE=E1,E2 with ROLE one of search, product_view, add_to_cart, remove_from_cart, checkout, purchase.</source>
        <translation>--role: «%1» no es ROL=E1,E2 con ROL uno de search, product_view, add_to_cart, remove_from_cart, checkout, purchase.</translation>
    </message>
    <message>
        <source>No event plays %1: say which with --role.</source>
        <translation>Ningún evento cumple %1: indíquelo con --role.</translation>
    </message>
    <message>
        <source>every session with a signal (person, signal, times, detail)</source>
        <translation>cada sesión con una señal (persona, señal, horas, detalle)</translation>
    </message>
    <message>
        <source>Looking for friction…</source>
        <translation>Buscando fricción…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionEngine</name>
    <message>
        <source>a loop and a struggle need at least one add or search.</source>
        <translation>un bucle y una búsqueda fallida necesitan al menos una adición o búsqueda.</translation>
    </message>
    <message>
        <source>the high-value share must be above 0 and at most 1.</source>
        <translation>la parte de alto valor debe ser mayor que 0 y como mucho 1.</translation>
    </message>
    <message>
        <source>the stall must not be negative and the session gap at least a minute.</source>
        <translation>la espera no puede ser negativa y la pausa de sesión debe ser de al menos un minuto.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionExport</name>
    <message numerus="yes">
        <source>%Ln cart loops</source>
        <translation>
            <numerusform>%Ln bucle de carrito</numerusform>
            <numerusform>%Ln bucles de carrito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln search struggles</source>
        <translation>
            <numerusform>%Ln búsqueda con dificultad</numerusform>
            <numerusform>%Ln búsquedas con dificultad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled checkouts</source>
        <translation>
            <numerusform>%Ln pago estancado</numerusform>
            <numerusform>%Ln pagos estancados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln high-value carts left behind</source>
        <translation>
            <numerusform>%Ln carrito de alto valor abandonado</numerusform>
            <numerusform>%Ln carritos de alto valor abandonados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln sessions: %1.</source>
        <translation>
            <numerusform>En %Ln sesión: %1.</numerusform>
            <numerusform>En %Ln sesiones: %1.</numerusform>
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
        <translation>Bucles de carrito</translation>
    </message>
    <message>
        <source>Search struggles</source>
        <translation>Búsquedas fallidas</translation>
    </message>
    <message>
        <source>Stalled checkouts</source>
        <translation>Pagos estancados</translation>
    </message>
    <message>
        <source>High-value carts left</source>
        <translation>Carritos valiosos</translation>
    </message>
    <message>
        <source>%1 sessions of %2 persons in the week from %3</source>
        <translation>%1 sesiones de %2 personas en la semana desde el %3</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Semana desde</translation>
    </message>
    <message>
        <source>Sessions where one product went into the cart and out again at least three times</source>
        <translation>Sesiones en las que un producto entró y salió del carrito al menos tres veces</translation>
    </message>
    <message>
        <source>Sessions with three or more searches and no product viewed after the last</source>
        <translation>Sesiones con tres o más búsquedas y ningún producto visto después de la última</translation>
    </message>
    <message>
        <source>Sessions without a purchase where a checkout step was followed by nothing for five minutes</source>
        <translation>Sesiones sin compra en las que a un paso de pago no le siguió nada durante cinco minutos</translation>
    </message>
    <message>
        <source>Carts in the top 10 % by value that never reached a purchase</source>
        <translation>Carritos en el 10 % de mayor valor que nunca llegaron a una compra</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelChart</name>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Funnel: %1 · within %2 · %3 · %4</source>
        <translation>Embudo: %1 · en %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · por %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;★ this segment converts differently from all the others (two-proportion test, p &amp;lt; 0.05)&lt;/small&gt;</source>
        <translation>%1&lt;br&gt;&lt;small&gt;★ este segmento convierte de forma distinta a todos los demás (prueba de dos proporciones, p &amp;lt; 0,05)&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation>Llegaron al paso</translation>
    </message>
    <message>
        <source>Dropped off since step 1</source>
        <translation>Abandonos desde el paso 1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, too few to test</source>
        <translation>, muy pocos para probar</translation>
    </message>
    <message>
        <source>Conversion from step 1</source>
        <translation>Conversión desde el paso 1</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source> · same %1</source>
        <translation> · mismo %1</translation>
    </message>
    <message>
        <source> · with step windows</source>
        <translation> · con ventanas por paso</translation>
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
        <translation>este periodo</translation>
    </message>
    <message>
        <source>%1 (%2), before</source>
        <translation>%1 (%2), antes</translation>
    </message>
    <message>
        <source>Overall: %1 points; too few to test</source>
        <translation>Total: %1 puntos; demasiado pocos para probar</translation>
    </message>
    <message>
        <source>Overall: %1 points, a real change (%2)</source>
        <translation>En total: %1 puntos, un cambio real (%2)</translation>
    </message>
    <message>
        <source>Overall: %1 points, within chance (%2)</source>
        <translation>En total: %1 puntos, dentro del azar (%2)</translation>
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
        <translation>Calcular un embudo: conversión por paso, abandonos, tiempo hasta la conversión, desgloses.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The step events, in order (2 to 20).</source>
        <translation>Los eventos de los pasos, en orden (de 2 a 20).</translation>
    </message>
    <message>
        <source>E1,E2,...</source>
        <translation>E1,E2,...</translation>
    </message>
    <message>
        <source>Conversion window: 30m, 12h, 7d, 2w (default 7d).</source>
        <translation>Ventana de conversión: 30m, 12h, 7d, 2w (7d por defecto).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>ordered (default), strict or any.</source>
        <translation>ordered (predeterminado), strict o any.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>users (default), sessions or totals.</source>
        <translation>users (predeterminado), sessions o totals.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Break down by a field, a source property, or new_vs_returning.</source>
        <translation>Desglosar por un campo, una propiedad de origen o new_vs_returning.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>Breakdown values shown before “other” (default 5).</source>
        <translation>Valores del desglose mostrados antes de «otros» (5 por defecto).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Conservar los eventos donde PROPIEDAD OP VALOR (OP: = != &gt; &gt;= &lt; &lt;= ~); repetible.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>Stop chains that meet EVENT between step K and K+1; repeatable.</source>
        <translation>Detener las cadenas que encuentran EVENTO entre el paso K y K+1; repetible.</translation>
    </message>
    <message>
        <source>EVENT@K</source>
        <translation>EVENTO@K</translation>
    </message>
    <message>
        <source>First day of step 1 (YYYY-MM-DD, workspace time zone).</source>
        <translation>Primer día del paso 1 (AAAA-MM-DD, zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day of step 1, included.</source>
        <translation>Último día del paso 1, incluido.</translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation>Escribir el gráfico en PNG (2x, para presentaciones).</translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation>Escribir el gráfico en SVG.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Mostrar el resultado en JSON por la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>the step events, such as product_view,add_to_cart,purchase</source>
        <translation>los eventos de los pasos, como product_view,add_to_cart,purchase</translation>
    </message>
    <message>
        <source>--order: “%1” is not ordered, strict or any.</source>
        <translation>--order: «%1» no es ordered, strict ni any.</translation>
    </message>
    <message>
        <source>--count: “%1” is not users, sessions or totals.</source>
        <translation>--count: «%1» no es users, sessions ni totals.</translation>
    </message>
    <message>
        <source>--exclude: “%1” should be EVENT@K, the event excluded between step K and K+1.</source>
        <translation>--exclude: «%1» debería ser EVENT@K, el evento excluido entre el paso K y K+1.</translation>
    </message>
    <message>
        <source>Hold PROPERTY constant: every step&apos;s event has step 1&apos;s value (such as product_id); up to 3, repeatable or comma-separated.</source>
        <translation>Mantener PROPIEDAD constante: el evento de cada paso tiene el valor del paso 1 (p. ej. product_id); hasta 3, repetible o separadas por comas.</translation>
    </message>
    <message>
        <source>Step K within DURATION after step K-1 (such as 3=30m); repeatable.</source>
        <translation>Paso K dentro de DURACIÓN tras el paso K-1 (p. ej. 3=30m); repetible.</translation>
    </message>
    <message>
        <source>K=DURATION</source>
        <translation>K=DURACIÓN</translation>
    </message>
    <message>
        <source>Which event gives the breakdown value: step1 (default), first-touch, last-touch or step:K.</source>
        <translation>Qué evento da el valor del desglose: step1 (por defecto), first-touch, last-touch o step:K.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>Also the funnel of another period: previous (as long, just before --from..--to) or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>También el embudo de otro periodo: previous (igual de largo, justo antes de --from..--to) o AAAA-MM-DD..AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>Write the weekly trend with the workspace&apos;s annotations (PNG or SVG, by suffix).</source>
        <translation>Escribir la tendencia semanal con las anotaciones del espacio de trabajo (PNG o SVG, según la extensión).</translation>
    </message>
    <message>
        <source>--compare previous: name the period with --from and --to first.</source>
        <translation>--compare previous: indique primero el periodo con --from y --to.</translation>
    </message>
    <message>
        <source>--compare: “%1” is neither previous nor a period such as 2024-01-01..2024-01-31.</source>
        <translation>--compare: «%1» no es previous ni un periodo como 2024-01-01..2024-01-31.</translation>
    </message>
    <message>
        <source>--hold: at most %1 properties, not %2.</source>
        <translation>--hold: como mucho %1 propiedades, no %2.</translation>
    </message>
    <message>
        <source>--step-window: “%1” should be K=DURATION with K a step from 2 to %2.</source>
        <translation>--step-window: «%1» debería ser K=DURACIÓN con K un paso de 2 a %2.</translation>
    </message>
    <message>
        <source>--step-window: “%1” is not a duration from 1m to 366d (such as 30m, 12h, 7d).</source>
        <translation>--step-window: «%1» no es una duración de 1m a 366d (p. ej. 30m, 12h, 7d).</translation>
    </message>
    <message>
        <source>--attribution: “%1” is not step1, first-touch, last-touch or step:K.</source>
        <translation>--attribution: «%1» no es step1, first-touch, last-touch ni step:K.</translation>
    </message>
    <message>
        <source>Break a numeric property down in bins: PROPERTY=E1,E2,... (such as price=0,20,50,100) or PROPERTY=quartiles; repeatable.</source>
        <translation>Desglosar una propiedad numérica en tramos: PROPIEDAD=E1,E2,... (p. ej. price=0,20,50,100) o PROPIEDAD=quartiles; repetible.</translation>
    </message>
    <message>
        <source>P=EDGES</source>
        <translation>P=LÍMITES</translation>
    </message>
    <message>
        <source>--bins: “%1” should be PROPERTY=E1,E2,... with rising numbers, or PROPERTY=quartiles.</source>
        <translation>--bins: «%1» debería ser PROPIEDAD=E1,E2,... con números crecientes, o PROPIEDAD=quartiles.</translation>
    </message>
    <message>
        <source>Write the users who dropped off (user, last step, time) as CSV, or XLSX by the suffix.</source>
        <translation>Escribir los usuarios que abandonaron (usuario, último paso, hora) como CSV, o XLSX según la extensión.</translation>
    </message>
    <message>
        <source>every figure</source>
        <translation>todas las cifras</translation>
    </message>
    <message>
        <source>Computing the funnel…</source>
        <translation>Calculando el embudo…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelEngine</name>
    <message>
        <source>a funnel has %1 to %2 steps, not %3.</source>
        <translation>un embudo tiene de %1 a %2 pasos, no %3.</translation>
    </message>
    <message>
        <source>the conversion window must be between 1 minute and 366 days.</source>
        <translation>la ventana de conversión debe estar entre 1 minuto y 366 días.</translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation>no hay ningún evento «%1» en este espacio de trabajo (sus eventos: %2).</translation>
    </message>
    <message>
        <source>an exclusion must lie between two steps (after step 1 to %1).</source>
        <translation>una exclusión debe estar entre dos pasos (después del paso 1 hasta el %1).</translation>
    </message>
    <message>
        <source>the breakdown needs at least one value (top N ≥ 1).</source>
        <translation>el desglose necesita al menos un valor (top N ≥ 1).</translation>
    </message>
    <message>
        <source>there is no event “%1” to exclude in this workspace (its events: %2).</source>
        <translation>no hay ningún evento «%1» que excluir en este espacio de trabajo (sus eventos: %2).</translation>
    </message>
    <message>
        <source>a funnel holds at most %1 properties constant, not %2.</source>
        <translation>un embudo mantiene como mucho %1 propiedades constantes, no %2.</translation>
    </message>
    <message>
        <source>no event has the property “%1” to hold constant.</source>
        <translation>ningún evento tiene la propiedad «%1» para mantenerla constante.</translation>
    </message>
    <message>
        <source>the held properties have too many combinations of values.</source>
        <translation>las propiedades mantenidas tienen demasiadas combinaciones de valores.</translation>
    </message>
    <message>
        <source>steps in any order have no windows of their own; use the ordered or strict order.</source>
        <translation>los pasos en cualquier orden no tienen ventanas propias; use el orden ordenado o estricto.</translation>
    </message>
    <message>
        <source>step %1&apos;s window must be between 1 minute and 366 days.</source>
        <translation>la ventana del paso %1 debe estar entre 1 minuto y 366 días.</translation>
    </message>
    <message>
        <source>steps in any order have no last step to attribute to; use step 1, or the ordered or strict order.</source>
        <translation>los pasos en cualquier orden no tienen último paso al que atribuir; use el paso 1, o el orden ordenado o estricto.</translation>
    </message>
    <message>
        <source>attribution to step %1: the funnel has steps 1 to %2.</source>
        <translation>atribución al paso %1: el embudo tiene los pasos 1 a %2.</translation>
    </message>
    <message>
        <source>comparing with the previous period needs a period: a first and a last day.</source>
        <translation>comparar con el periodo anterior requiere un periodo: un primer y un último día.</translation>
    </message>
    <message>
        <source>the period to compare with must start before it ends.</source>
        <translation>el periodo de comparación debe empezar antes de terminar.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelPage</name>
    <message>
        <source>Saved funnels</source>
        <translation>Embudos guardados</translation>
    </message>
    <message>
        <source>Drag steps to reorder them; double-click a step to filter it</source>
        <translation>Arrastre los pasos para reordenarlos; doble clic en un paso para filtrarlo</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Strictly in a row</source>
        <translation>Estrictamente seguidos</translation>
    </message>
    <message>
        <source>In any order</source>
        <translation>En cualquier orden</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Every attempt (totals)</source>
        <translation>Cada intento (totales)</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>e.g. country = DE; channel != email</source>
        <translation>p. ej. country = DE; channel != email</translation>
    </message>
    <message>
        <source>Keep only events that pass every filter: PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (contains), separated by semicolons</source>
        <translation>Conservar solo los eventos que pasan todos los filtros: PROPIEDAD OP VALOR con OP entre = != &gt; &gt;= &lt; &lt;= ~ (contiene), separados por punto y coma</translation>
    </message>
    <message>
        <source>Only step 1 from</source>
        <translation>Solo el paso 1 desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Within:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Contar:</translation>
    </message>
    <message>
        <source>Break down by:</source>
        <translation>Desglosar por:</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation>Guardar el gráfico en PNG o SVG, o la tabla en CSV</translation>
    </message>
    <message>
        <source>Export Dropped Users…</source>
        <translation>Exportar usuarios perdidos…</translation>
    </message>
    <message>
        <source>Save who stopped before the last step, with their last step and its time, as CSV for remarketing</source>
        <translation>Guardar quién se detuvo antes del último paso, con su último paso y su hora, en CSV para remarketing</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Time to Convert</source>
        <translation>Tiempo hasta la conversión</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>new vs returning</source>
        <translation>nuevos o recurrentes</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1 of %2 converted (%3).</source>
        <translation>%1 de %2 convirtieron (%3).</translation>
    </message>
    <message>
        <source>Time from %1 to %2, for those who converted</source>
        <translation>Tiempo de %1 a %2, para quienes convirtieron</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Converted within (each bar: longer than the bar before, up to this)</source>
        <translation>Convertidos en (cada barra: más que la anterior, hasta esta)</translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un embudo tiene como máximo %1 pasos.</translation>
    </message>
    <message>
        <source>Filter Step</source>
        <translation>Filtrar paso</translation>
    </message>
    <message>
        <source>Count “%1” only where (PROPERTY OP VALUE; several separated by semicolons):</source>
        <translation>Contar «%1» solo donde (PROPIEDAD OP VALOR; varios separados por punto y coma):</translation>
    </message>
    <message>
        <source>Save Funnel</source>
        <translation>Guardar embudo</translation>
    </message>
    <message>
        <source>There is no funnel to export yet.</source>
        <translation>Aún no hay ningún embudo para exportar.</translation>
    </message>
    <message>
        <source>Export Funnel</source>
        <translation>Exportar embudo</translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation>embudo.png</translation>
    </message>
    <message>
        <source>Export Dropped Users</source>
        <translation>Exportar usuarios perdidos</translation>
    </message>
    <message>
        <source>dropped-users.csv</source>
        <translation>usuarios-perdidos.csv</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Each person once: a known user with every anonymous visit linked to them (identity stitching, in Preferences)</source>
        <translation>Cada persona una vez: un usuario conocido con todas las visitas anónimas vinculadas a él (unión de identidades, en Preferencias)</translation>
    </message>
    <message>
        <source>Ids (stitching off)</source>
        <translation>Ids (unión desactivada)</translation>
    </message>
    <message>
        <source>Each user or anonymous id apart: identity stitching is off for this workspace (Preferences)</source>
        <translation>Cada id de usuario o anónimo por separado: la unión de identidades está desactivada en este espacio de trabajo (Preferencias)</translation>
    </message>
    <message>
        <source>Saved Funnels</source>
        <translation>Embudos guardados</translation>
    </message>
    <message>
        <source>Click a step&apos;s bar to see where those who stopped there went (Journeys)</source>
        <translation>Haga clic en la barra de un paso para ver adónde fueron quienes se detuvieron ahí (Recorridos)</translation>
    </message>
    <message>
        <source>Window…</source>
        <translation>Ventana…</translation>
    </message>
    <message>
        <source>How long after the previous step this step may come, besides the funnel&apos;s window</source>
        <translation>Cuánto tiempo después del paso anterior puede llegar este paso, además de la ventana del embudo</translation>
    </message>
    <message>
        <source>Count a chain only when every step&apos;s event has step 1&apos;s value of this property: the same product from view to purchase</source>
        <translation>Contar una cadena solo si el evento de cada paso tiene el valor de esta propiedad del paso 1: el mismo producto de la vista a la compra</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Paso 1</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Primer contacto</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Which event gives a person&apos;s breakdown value: step 1 of their best chain, their first event with a value, or their last one up to the last step they reached</source>
        <translation>Qué evento da el valor de desglose de una persona: el paso 1 de su mejor cadena, su primer evento con un valor o el último hasta el último paso alcanzado</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Frente al periodo anterior</translation>
    </message>
    <message>
        <source>The same funnel over the days just before, as many: the change per step and whether overall conversion differs (two-proportion test)</source>
        <translation>El mismo embudo en los mismos días justo antes: el cambio por paso y si la conversión total difiere (prueba de dos proporciones)</translation>
    </message>
    <message>
        <source>Same value of:</source>
        <translation>Mismo valor de:</translation>
    </message>
    <message>
        <source>Attribute to:</source>
        <translation>Atribuir a:</translation>
    </message>
    <message>
        <source>Right-click a week to annotate it</source>
        <translation>Clic derecho en una semana para anotarla</translation>
    </message>
    <message>
        <source>Add Annotation on %1…</source>
        <translation>Añadir anotación el %1…</translation>
    </message>
    <message>
        <source>Any (not held)</source>
        <translation>Cualquiera (sin mantener)</translation>
    </message>
    <message>
        <source>%1 – %2: %3 (%4 points; %5).</source>
        <translation>%1 – %2: %3 (%4 puntos; %5).</translation>
    </message>
    <message>
        <source>too few to test</source>
        <translation>demasiado pocos para probar</translation>
    </message>
    <message>
        <source>Step Window</source>
        <translation>Ventana del paso</translation>
    </message>
    <message>
        <source>Choose a step after the first: its window counts from the step before it.</source>
        <translation>Elija un paso después del primero: su ventana cuenta desde el paso anterior.</translation>
    </message>
    <message>
        <source>Step %1 (%2) within how long after step %3? Write 30m, 2h or 1d; leave empty for the funnel&apos;s window only.</source>
        <translation>¿Paso %1 (%2) en cuánto tiempo tras el paso %3? Escriba 30m, 2h o 1d; déjelo vacío para solo la ventana del embudo.</translation>
    </message>
    <message>
        <source>“%1” is not a duration from 1 minute to 366 days (write 30m, 2h or 1d).</source>
        <translation>«%1» no es una duración de 1 minuto a 366 días (escriba 30m, 2h o 1d).</translation>
    </message>
    <message>
        <source>Within %1 after step %2</source>
        <translation>Dentro de %1 tras el paso %2</translation>
    </message>
    <message>
        <source>session_channel (the session&apos;s first channel)</source>
        <translation>session_channel (primer canal de la sesión)</translation>
    </message>
    <message>
        <source>landing_page (the session&apos;s first page)</source>
        <translation>landing_page (primera página de la sesión)</translation>
    </message>
    <message>
        <source>e.g. 0,20,50,100 or quartiles</source>
        <translation>p. ej. 0,20,50,100 o quartiles</translation>
    </message>
    <message>
        <source>Cut a numeric breakdown into bins: rising edges separated by commas, or quartiles</source>
        <translation>Dividir un desglose numérico en tramos: límites crecientes separados por comas, o quartiles</translation>
    </message>
    <message>
        <source>In bins:</source>
        <translation>En tramos:</translation>
    </message>
    <message>
        <source>Bins: “%1” is neither rising numbers separated by commas (0,20,50) nor quartiles.</source>
        <translation>Tramos: «%1» no son números crecientes separados por comas (0,20,50) ni quartiles.</translation>
    </message>
    <message>
        <source>a real change, %1</source>
        <translation>un cambio real, %1</translation>
    </message>
    <message>
        <source>within chance, %1</source>
        <translation>dentro del azar, %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Elija un archivo que termine en .png, .svg, .csv o .xlsx.</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>En orden</translation>
    </message>
    <message>
        <source>The steps in this order; other events may come between them</source>
        <translation>Los pasos en este orden; puede haber otros eventos entre ellos</translation>
    </message>
    <message>
        <source>The steps one right after the other, with no other event between</source>
        <translation>Los pasos uno justo después del otro, sin otro evento entre ellos</translation>
    </message>
    <message>
        <source>Every step within the window, in any order</source>
        <translation>Cada paso dentro de la ventana, en cualquier orden</translation>
    </message>
    <message>
        <source>Funnel chart</source>
        <translation>Gráfico del embudo</translation>
    </message>
    <message>
        <source>Funnel table</source>
        <translation>Tabla del embudo</translation>
    </message>
    <message>
        <source>Time to convert chart</source>
        <translation>Gráfico del tiempo hasta la conversión</translation>
    </message>
    <message>
        <source>Conversion by week chart</source>
        <translation>Gráfico de la conversión por semana</translation>
    </message>
    <message>
        <source>Funnel results</source>
        <translation>Resultados del embudo</translation>
    </message>
    <message>
        <source>No events yet: import an export (File ▸ Import Events…) to build a funnel.</source>
        <translation>Aún no hay eventos: importe una exportación (Archivo ▸ Importar eventos…) para construir un embudo.</translation>
    </message>
    <message>
        <source>Not computed for a workspace on a ClickHouse server yet</source>
        <translation>Aún no se calcula para un espacio de trabajo en un servidor ClickHouse</translation>
    </message>
    <message>
        <source>Count this step&apos;s event only where its properties pass a filter</source>
        <translation>Contar el evento de este paso solo donde sus propiedades pasan un filtro</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>muy pocos</translation>
    </message>
    <message>
        <source>95% Wilson interval of the conversion from step 1</source>
        <translation>Intervalo de Wilson al 95 % de la conversión desde el paso 1</translation>
    </message>
    <message>
        <source>Time from the previous step, among those who reached this one</source>
        <translation>Tiempo desde el paso anterior, entre quienes llegaron a este</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Desde el anterior</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonos</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo al 95 %</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>25th pct.</source>
        <translation>Pct. 25</translation>
    </message>
    <message>
        <source>75th pct.</source>
        <translation>Pct. 75</translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation>Pct. 90</translation>
    </message>
    <message>
        <source>Median from step 1</source>
        <translation>Mediana desde el paso 1</translation>
    </message>
    <message>
        <source>Against the rest</source>
        <translation>Frente al resto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New or returning</source>
        <translation>Nuevo o recurrente</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelText</name>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Desde el anterior</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Against the others</source>
        <translation>Frente a los demás</translation>
    </message>
    <message>
        <source>too few to test</source>
        <translation>demasiado pocos para probar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Too few to test the change.</source>
        <translation>Demasiados pocos para probar el cambio.</translation>
    </message>
    <message>
        <source>A real change in overall conversion (%1).</source>
        <translation>Un cambio real en la conversión total (%1).</translation>
    </message>
    <message>
        <source>Within chance (%1).</source>
        <translation>Dentro del azar (%1).</translation>
    </message>
    <message>
        <source>other</source>
        <comment>the segment of every value beyond the top N</comment>
        <translation>otros</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>the segment of the units without a value</comment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a unit in the person&apos;s first session</comment>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>returning</source>
        <comment>a unit in a later session of the person</comment>
        <translation>recurrente</translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelTrendChart</name>
    <message>
        <source>Conversion by week of step 1 · %1</source>
        <translation>Conversión por semana del paso 1 · %1</translation>
    </message>
    <message>
        <source>Conversion by week of step 1</source>
        <translation>Conversión por semana del paso 1</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>Semana (lunes)</translation>
    </message>
    <message>
        <source>Week not over yet</source>
        <translation>Semana aún no terminada</translation>
    </message>
</context>
<context>
    <name>Funnelscope::GzipDevice</name>
    <message>
        <source>zlib could not start</source>
        <translation>zlib no pudo iniciarse</translation>
    </message>
    <message>
        <source>the compressed data ends too early (a cut-off .gz file)</source>
        <translation>los datos comprimidos terminan demasiado pronto (un archivo .gz cortado)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>los datos comprimidos están dañados (%1)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::IdentitiesCommand</name>
    <message>
        <source>Show how ids become people: known users, anonymous ids linked to them, shared devices.</source>
        <translation>Mostrar cómo los ids se convierten en personas: usuarios conocidos, ids anónimos vinculados, dispositivos compartidos.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>on (default): reports count people; off: every id counts apart.</source>
        <translation>on (predeterminado): los informes cuentan personas; off: cada id cuenta por separado.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>Print the figures as JSON on standard output.</source>
        <translation>Imprimir las cifras como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>--stitching: “%1” is not on or off.</source>
        <translation>--stitching: «%1» no es on ni off.</translation>
    </message>
    <message>
        <source>Identity stitching is on: reports count people.</source>
        <translation>La unión de identidades está activada: los informes cuentan personas.</translation>
    </message>
    <message>
        <source>Identity stitching is off: reports count every id apart.</source>
        <translation>La unión de identidades está desactivada: los informes cuentan cada id por separado.</translation>
    </message>
    <message>
        <source>People (with events)</source>
        <translation>Personas (con eventos)</translation>
    </message>
    <message>
        <source>Known users</source>
        <translation>Usuarios conocidos</translation>
    </message>
    <message>
        <source>Anonymous ids</source>
        <translation>Ids anónimos</translation>
    </message>
    <message>
        <source>Ids linked to one known user</source>
        <translation>Ids vinculados a un usuario conocido</translation>
    </message>
    <message>
        <source>Shared devices (linked to several)</source>
        <translation>Dispositivos compartidos (vinculados a varios)</translation>
    </message>
    <message>
        <source>Events joined to a person</source>
        <translation>Eventos unidos a una persona</translation>
    </message>
    <message>
        <source>the identity summary</source>
        <translation>el resumen de identidades</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportCommand</name>
    <message>
        <source>The workspace (created when it does not exist).</source>
        <translation>El espacio de trabajo (se crea si no existe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>auto (default), csv, json, ndjson, or a source: ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</source>
        <translation>auto (predeterminado), csv, json, ndjson, o una fuente: ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>CSV delimiter: , ; | or tab (default: detected).</source>
        <translation>Separador CSV: , ; | o tab (por defecto: detectado).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>Time zone of times written without one (default UTC).</source>
        <translation>Zona horaria de las horas escritas sin zona (UTC por defecto).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (repeatable; COLUMN may be a|b).</source>
        <translation>Leer CAMPO de COLUMNA (repetible; COLUMNA puede ser a|b).</translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation>CAMPO=COLUMNA</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE on every event (repeatable).</source>
        <translation>Poner CAMPO a VALOR en cada evento (repetible).</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>Skip events with the same user, event and time (for sources without an event id).</source>
        <translation>Omitir eventos con el mismo usuario, evento y hora (para fuentes sin identificador de evento).</translation>
    </message>
    <message>
        <source>Import a file even if the same file was imported before.</source>
        <translation>Importar un archivo aunque el mismo archivo ya se haya importado.</translation>
    </message>
    <message>
        <source>Print the counts as JSON on standard output.</source>
        <translation>Mostrar los recuentos en JSON por la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to import into</source>
        <translation>el espacio de trabajo en el que se importará</translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation>indique al menos un archivo para importar.</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not one character (use , ; | or tab).</source>
        <translation>--delimiter: «%1» no es un solo carácter (use , ; | o tab).</translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation>--timezone: «%1» no es una zona horaria (use un nombre IANA como Europe/Madrid, o UTC).</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>Importando %1: %2</translation>
    </message>
    <message>
        <source>Import event files (CSV, JSON, NDJSON; .gz, .zip, folders, pipes) into a workspace.</source>
        <translation>Importar archivos de eventos (CSV, JSON, NDJSON; .gz, .zip, carpetas, tuberías) en un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Event files to import: CSV, JSON or NDJSON, each maybe .gz; a .zip or a folder (every event file in it); - for standard input.</source>
        <translation>Archivos de eventos que importar: CSV, JSON o NDJSON, cada uno quizá en .gz; un .zip o una carpeta (cada archivo de eventos que contenga); - para la entrada estándar.</translation>
    </message>
    <message>
        <source>The event whose revenue counts (repeatable; default: the source&apos;s order event, e.g. Segment&apos;s Order Completed); remembered by the workspace.</source>
        <translation>El evento cuyos ingresos cuentan (repetible; por defecto: el evento de pedido de la fuente, p. ej. Order Completed de Segment); el espacio de trabajo lo recuerda.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>--watch: %1</source>
        <translation>--watch: %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 events.</source>
        <translation>%1 importado: %2 eventos.</translation>
    </message>
    <message>
        <source>Left %1 alone: %2.</source>
        <translation>%1 no se tocó: %2.</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>Watching %1 for event files; each is imported into %2 once it is complete. Ctrl+C stops.</source>
        <translation>Vigilando %1: cada archivo de eventos se importa en %2 cuando está completo. Ctrl+C detiene.</translation>
    </message>
    <message>
        <source>Stopped watching %1.</source>
        <translation>Se dejó de vigilar %1.</translation>
    </message>
    <message>
        <source>Keep importing the event files that land in FOLDER, each once, until stopped (Ctrl+C).</source>
        <translation>Seguir importando los archivos de eventos que lleguen a CARPETA, cada uno una vez, hasta detenerlo (Ctrl+C).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>--watch imports what lands in the folder: name no files with it.</source>
        <translation>--watch importa lo que llega a la carpeta: no indique archivos con él.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importando %n archivo</numerusform>
            <numerusform>Importando %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message>
        <source>--watch imports into a workspace file, not into a ClickHouse server yet.</source>
        <translation>--watch importa a un archivo de espacio de trabajo, todavía no a un servidor ClickHouse.</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Importando en %1</translation>
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
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON or NDJSON</source>
        <translation>JSON o NDJSON</translation>
    </message>
    <message>
        <source>The time zone of times written without one</source>
        <translation>La zona horaria de las horas escritas sin zona</translation>
    </message>
    <message>
        <source>Skip repeated event ids</source>
        <translation>Omitir identificadores de evento repetidos</translation>
    </message>
    <message>
        <source>Also skip the same user, event and time</source>
        <translation>Omitir también el mismo usuario, evento y hora</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <source>First rows as they will be read:</source>
        <translation>Primeras filas tal como se leerán:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add the files to import: CSV, JSON or NDJSON exports from GA4, Segment, RudderStack, Mixpanel, Amplitude or your shop. You can also drop them here.</source>
        <translation>Añada los archivos que desea importar: exportaciones CSV, JSON o NDJSON de GA4, Segment, RudderStack, Mixpanel, Amplitude o su tienda. También puede soltarlos aquí.</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Leyendo las primeras filas…</translation>
    </message>
    <message>
        <source> Here: type or pick the column under “From column” in the table below.</source>
        <translation> Aquí: escriba o elija la columna en «De la columna» en la tabla de abajo.</translation>
    </message>
    <message>
        <source>“%1” was imported before (import %2); you will be asked before it is imported again.</source>
        <translation>«%1» ya se importó (importación %2); se le preguntará antes de importarlo de nuevo.</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; see below.</source>
        <translation>Este archivo no se puede importar tal cual; vea abajo.</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · time zone for times without one: %4</source>
        <translation>%1: %2 · %3 · zona horaria para horas sin zona: %4</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columnas: %1</translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation>¿Importar de nuevo?</translation>
    </message>
    <message>
        <source>%1 was imported into this workspace before. Import it again? Events with an event id are skipped as duplicates either way.</source>
        <translation>%1 ya se importó en este espacio de trabajo. ¿Importarlo de nuevo? Los eventos con identificador se omiten como duplicados en cualquier caso.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Importando %1 en %2…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Cancelling: the workspace is being put back as it was…</source>
        <translation>Cancelando: el espacio de trabajo vuelve a quedar como estaba…</translation>
    </message>
    <message>
        <source> · %1 MB/s</source>
        <translation> · %1 MB/s</translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation> · quedan %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejected rows are kept with their line and reason; export them from the Data page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las filas rechazadas se guardan con su línea y motivo; expórtelas desde la página Datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Drop event files here: CSV, JSON or NDJSON, maybe .gz, a .zip or a folder</source>
        <translation>Suelte aquí archivos de eventos: CSV, JSON o NDJSON, quizá en .gz, un .zip o una carpeta</translation>
    </message>
    <message>
        <source>Event exports (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;All files (*)</source>
        <translation>Exportaciones de eventos (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Event Files</source>
        <translation>Importar una carpeta de archivos de eventos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import cancelled.&lt;/b&gt; The workspace is as it was before: nothing of these files was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Importación cancelada.&lt;/b&gt; El espacio de trabajo está como antes: no se importó nada de estos archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import stopped.&lt;/b&gt; %1 The workspace is as it was before: nothing of these files was imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Importación detenida.&lt;/b&gt; %1 El espacio de trabajo está como antes: no se importó nada de estos archivos.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln files into %1…</source>
        <translation>
            <numerusform>Importando %Ln archivo en %1…</numerusform>
            <numerusform>Importando %Ln archivos en %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %Ln files&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln archivo&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Los %Ln archivos&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is being saved and can no longer be cancelled.</source>
        <translation>La importación se está guardando y ya no se puede cancelar.</translation>
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
        <translation>No se puede importar «%1»: es un archivo Parquet. Exporte los eventos como CSV o NDJSON (por ejemplo con DuckDB: COPY (SELECT * FROM &apos;file.parquet&apos;) TO &apos;events.csv&apos;).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is UTF-16 text (as Excel&apos;s “Unicode Text” writes). Save it as UTF-8 CSV (“CSV UTF-8” in Excel), or convert it with iconv -f UTF-16 -t UTF-8.</source>
        <translation>No se puede importar «%1»: es texto UTF-16 (como lo escribe «Texto Unicode» de Excel). Guárdelo como CSV UTF-8 («CSV UTF-8» en Excel) o conviértalo con iconv -f UTF-16 -t UTF-8.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an SQLite database, not an event export. To open a Funnelscope workspace use File ▸ Open; otherwise export its events as CSV.</source>
        <translation>No se puede importar «%1»: es una base de datos SQLite, no una exportación de eventos. Para abrir un espacio de trabajo de Funnelscope use Archivo ▸ Abrir; si no, exporte sus eventos como CSV.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is a PDF document. Export the events as CSV or NDJSON.</source>
        <translation>No se puede importar «%1»: es un documento PDF. Exporte los eventos como CSV o NDJSON.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is compressed with xz, bzip2, zstd or 7-Zip, which Funnelscope does not unpack. Unpack it first, or recompress it with gzip or zip.</source>
        <translation>No se puede importar «%1»: está comprimido con xz, bzip2, zstd o 7-Zip, que Funnelscope no descomprime. Descomprímalo primero o vuelva a comprimirlo con gzip o zip.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an Avro file. Export the events as CSV or NDJSON.</source>
        <translation>No se puede importar «%1»: es un archivo Avro. Exporte los eventos como CSV o NDJSON.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>Cannot import standard input: %1.</source>
        <translation>No se puede importar la entrada estándar: %1.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation>No se puede importar «%1»: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>No se puede importar «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot import the folder “%1”: it holds no event files (.csv, .json, .ndjson, .jsonl, .tsv, .txt, their .gz, or .zip).</source>
        <translation>No se puede importar la carpeta «%1»: no contiene archivos de eventos (.csv, .json, .ndjson, .jsonl, .tsv, .txt, sus .gz, o .zip).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is an Excel workbook (XLSX). Save the sheet as CSV (“CSV UTF-8” in Excel, or File ▸ Download ▸ CSV in Google Sheets) and import that.</source>
        <translation>No se puede importar «%1»: es un libro de Excel (XLSX). Guarde la hoja como CSV («CSV UTF-8» en Excel, o Archivo ▸ Descargar ▸ CSV en Google Sheets) e importe ese archivo.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the zip archive holds no event files (.csv, .json, .ndjson, .jsonl, .tsv, .txt, or their .gz).</source>
        <translation>No se puede importar «%1»: el archivo zip no contiene archivos de eventos (.csv, .json, .ndjson, .jsonl, .tsv, .txt o sus .gz).</translation>
    </message>
    <message>
        <source>“%1” holds %2 event files; import them together (funnelscope import %1).</source>
        <translation>«%1» contiene %2 archivos de eventos; impórtelos juntos (funnelscope import %1).</translation>
    </message>
    <message>
        <source>Cannot import “%1” again: a pipe can be read only once.</source>
        <translation>No se puede importar «%1» otra vez: una tubería solo se puede leer una vez.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportPlan</name>
    <message>
        <source>CSV, %1-separated</source>
        <translation>CSV, separado por %1</translation>
    </message>
    <message>
        <source>NDJSON, one object per line</source>
        <translation>NDJSON, un objeto por línea</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>columns matched by name</source>
        <translation>columnas emparejadas por nombre</translation>
    </message>
    <message>
        <source>%1 (%2); times: %3, e.g. “%4”</source>
        <translation>%1 (%2); horas: %3, p. ej. «%4»</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportProgress</name>
    <message>
        <source>Reading the workspace’s shoppers and sessions…</source>
        <translation>Leyendo los compradores y las sesiones del espacio de trabajo…</translation>
    </message>
    <message>
        <source>Sorting the events for the reports…</source>
        <translation>Ordenando los eventos para los informes…</translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>Guardando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Sending the events to the server…</source>
        <translation>Enviando los eventos al servidor…</translation>
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
            <numerusform>%Ln rechazada</numerusform>
            <numerusform>%Ln rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>%Ln fila leída</numerusform>
            <numerusform>%Ln filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported</source>
        <translation>
            <numerusform>%Ln evento importado</numerusform>
            <numerusform>%Ln eventos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates skipped</source>
        <translation>
            <numerusform>%Ln duplicado omitido</numerusform>
            <numerusform>%Ln duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
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
        <translation>No se pudieron ordenar los eventos de la importación %1: no se pudo escribir un archivo temporal en %2 (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>The events of import %1 could not be kept: the workspace gives a user, session or value an id past 2,147,483,647, more than Funnelscope counts. Import into a new workspace.</source>
        <translation>No se pudieron guardar los eventos de la importación %1: el espacio de trabajo da a un usuario, una sesión o un valor un id mayor que 2.147.483.647, más de lo que Funnelscope cuenta. Importe en un espacio de trabajo nuevo.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Importer</name>
    <message>
        <source>--format “%1” is not a format; use one of %2.</source>
        <translation>--format «%1» no es un formato; use uno de %2.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has a header but no rows.</source>
        <translation>No se puede importar «%1»: tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it holds no events.</source>
        <translation>No se puede importar «%1»: no contiene eventos.</translation>
    </message>
    <message>
        <source>--timezone “%1” is not a time zone; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation>--timezone «%1» no es una zona horaria; use un nombre IANA como Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column holds the time of each event. Name it with --map timestamp=COLUMN (columns: %2).</source>
        <translation>No se puede importar «%1»: ninguna columna contiene la hora de cada evento. Indíquela con --map timestamp=COLUMNA (columnas: %2).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column names the event. Name it with --map event=COLUMN, or give every row the same event with --const event=NAME (for a table of orders: --const event=purchase).</source>
        <translation>No se puede importar «%1»: ninguna columna nombra el evento. Indíquela con --map event=COLUMNA, o dé a cada fila el mismo evento con --const event=NOMBRE (para una tabla de pedidos: --const event=purchase).</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the timestamp column “%2” is empty in the first %3 rows.</source>
        <translation>No se puede importar «%1»: la columna de marca de tiempo «%2» está vacía en las primeras %3 filas.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the column “%2” holds no timestamps Funnelscope can read (line %3: “%4”). Timestamps can be ISO 8601 (2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in seconds, milliseconds or microseconds; choose another column with --map timestamp=COLUMN.</source>
        <translation>No se puede importar «%1»: la columna «%2» no contiene marcas de tiempo que Funnelscope pueda leer (línea %3: «%4»). Pueden ser ISO 8601 (2024-03-01T10:15:00Z), «2024-03-01 10:15:00» o tiempo Unix en segundos, milisegundos o microsegundos; elija otra columna con --map timestamp=COLUMNA.</translation>
    </message>
    <message>
        <source>“%1” was already imported (import %2, on %3). To import it again anyway use --allow-duplicate-file; events with an event id are still skipped as duplicates.</source>
        <translation>«%1» ya se importó (importación %2, el %3). Para importarlo de todos modos use --allow-duplicate-file; los eventos con identificador se siguen omitiendo como duplicados.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column identifies the user. Name it with --map user_id=COLUMN, or --map anonymous_id=COLUMN for a device or cookie id (columns: %2).</source>
        <translation>No se puede importar «%1»: ninguna columna identifica al usuario. Indíquela con --map user_id=COLUMNA, o --map anonymous_id=COLUMNA para un id de dispositivo o de cookie (columnas: %2).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”: all %2 rows were rejected (%3). Nothing was recorded, so the corrected file can be imported.</source>
        <translation>No se importó nada de «%1»: se rechazaron las %2 filas (%3). No se registró nada, así que el archivo corregido se podrá importar.</translation>
    </message>
    <message>
        <source>%1 Importing “%2” needs about %3 more (the size of its events).</source>
        <translation>%1 Importar «%2» necesita unos %3 más (el tamaño de sus eventos).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
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
        <translation>Origen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Asignación: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Rows that only link ids (Segment identify, Mixpanel $identify): no events, so not counted as imported</source>
        <translation>Filas que solo vinculan ids (Segment identify, Mixpanel $identify): no son eventos, así que no cuentan como importadas</translation>
    </message>
    <message>
        <source>Identity calls</source>
        <translation>Llamadas de identidad</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsChart</name>
    <message numerus="yes">
        <source>What predicts “%1” within %n days · %2 persons · %3</source>
        <translation>
            <numerusform>Qué predice «%1» en %n día · %2 personas · %3</numerusform>
            <numerusform>Qué predice «%1» en %n días · %2 personas · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate has enough persons to rank.</source>
        <translation>Ningún candidato tiene suficientes personas para clasificarlo.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>★ significant (Holm-adjusted p &lt; %1)</source>
        <translation>★ significativo (p ajustado por Holm &lt; %1)</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>no significativo</translation>
    </message>
    <message>
        <source>Bars: phi between doing it before converting and converting; blue goes with converting, orange against. Strong ≥ %1, moderate ≥ %2, weak ≥ %3 (Amplitude Compass&apos;s scale).</source>
        <translation>Barras: phi entre «lo hizo antes de convertir» y «convirtió»; el azul acompaña a la conversión, el naranja va en contra. Fuerte ≥ %1, moderado ≥ %2, débil ≥ %3 (escala de Amplitude Compass).</translation>
    </message>
    <message>
        <source>Insights chart</source>
        <translation>Gráfico de insights</translation>
    </message>
    <message>
        <source>%1: too few persons to say (%2)</source>
        <translation>%1: demasiadas pocas personas para decir algo (%2)</translation>
    </message>
    <message>
        <source>%1: phi %2; %3 of the %4 persons who did it converted, %5 of the others; %6</source>
        <translation>%1: phi %2; convirtió el %3 de las %4 personas que lo hicieron, el %5 de las demás; %6</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsCommand</name>
    <message>
        <source>Rank the events people do before converting by how well they predict it.</source>
        <translation>Ordena los eventos previos a una conversión según lo bien que la predicen.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The conversion to predict (default purchase).</source>
        <translation>La conversión a predecir (purchase por defecto).</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>Count only target events where PROPERTY OP VALUE; repeatable.</source>
        <translation>Contar solo los eventos objetivo donde PROPIEDAD OP VALOR; repetible.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>Each person&apos;s first days that count, from their first event (default 30d).</source>
        <translation>Los primeros días de cada persona que cuentan, desde su primer evento (30d por defecto).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>Exposed: did the event at least this often before converting (default 1).</source>
        <translation>Expuesto: hizo el evento al menos tantas veces antes de convertir (1 por defecto).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Also each event at 1, 2, 3, 5 and 10 times.</source>
        <translation>También cada evento con 1, 2, 3, 5 y 10 veces.</translation>
    </message>
    <message>
        <source>Also each event with each top value of this property; repeatable.</source>
        <translation>También cada evento con cada valor principal de esta propiedad; repetible.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>Fewer exposed persons than this: listed as too few, not ranked (default 30).</source>
        <translation>Menos personas expuestas que esto: se lista como demasiado pocos, sin clasificar (30 por defecto).</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Conservar los eventos donde PROPIEDAD OP VALOR (OP: = != &gt; &gt;= &lt; &lt;= ~); repetible.</translation>
    </message>
    <message>
        <source>First day of a person&apos;s first event (YYYY-MM-DD, workspace time zone).</source>
        <translation>Primer día del primer evento de una persona (AAAA-MM-DD, zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day of a person&apos;s first event, included.</source>
        <translation>Último día del primer evento de una persona, incluido.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Mostrar el resultado en JSON por la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>--within: “%1” is not a whole number of days from 1 to %2 (write 30d or 4w).</source>
        <translation>--within: «%1» no es un número entero de días entre 1 y %2 (escriba 30d o 4w).</translation>
    </message>
    <message>
        <source>%1 of %2 persons did “%3” within %4 days.</source>
        <translation>%1 de %2 personas hicieron «%3» en %4 días.</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>muy pocos</translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation>Escribir el gráfico en PNG (2x, para presentaciones).</translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation>Escribir el gráfico en SVG.</translation>
    </message>
    <message>
        <source>every candidate</source>
        <translation>todos los candidatos</translation>
    </message>
    <message>
        <source>Computing the insights…</source>
        <translation>Calculando los insights…</translation>
    </message>
    <message>
        <source>Did before</source>
        <translation>Hecho antes</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Otros convirtieron</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>p ajustado</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsEngine</name>
    <message>
        <source>there is no event “%1” in this workspace to predict (its events: %2).</source>
        <translation>no hay ningún evento «%1» que predecir en este espacio de trabajo (sus eventos: %2).</translation>
    </message>
    <message>
        <source>the horizon must be 1 to %1 days, not %2.</source>
        <translation>el horizonte debe ser de 1 a %1 días, no %2.</translation>
    </message>
    <message>
        <source>an event counts from once (minimum times ≥ 1).</source>
        <translation>un evento cuenta desde una vez (mínimo ≥ 1).</translation>
    </message>
    <message>
        <source>the minimum of persons cannot be negative, and a property needs at least one value.</source>
        <translation>el mínimo de personas no puede ser negativo, y una propiedad necesita al menos un valor.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsModel</name>
    <message>
        <source>too few</source>
        <translation>muy pocos</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>not predictive</source>
        <translation>no predictivo</translation>
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
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>%1 persons did it and converted, %2 did it and did not, %3 converted without it, %4 neither.</source>
        <translation>%1 personas lo hicieron y convirtieron, %2 lo hicieron y no convirtieron, %3 convirtieron sin hacerlo, %4 ninguna de las dos cosas.</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test: %1; Holm-adjusted over every candidate: %2.</source>
        <translation>Prueba exacta de Fisher: %1; ajustado por Holm sobre todos los candidatos: %2.</translation>
    </message>
    <message>
        <source>Mean revenue of converters who did it minus the others&apos;: %1 to %2 (Welch, 95 %).</source>
        <translation>Ingreso medio de quienes convirtieron y lo hicieron menos el de los demás: %1 a %2 (Welch, 95 %).</translation>
    </message>
    <message>
        <source>Did before converting</source>
        <translation>Hecho antes de convertir</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Otros convirtieron</translation>
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
        <translation>Predice</translation>
    </message>
    <message>
        <source>Odds ratio (95 %)</source>
        <translation>Razón de momios (95 %)</translation>
    </message>
    <message>
        <source>Of converters</source>
        <translation>De los convertidos</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>p ajustado</translation>
    </message>
    <message>
        <source>Revenue per converter</source>
        <translation>Ingreso por convertido</translation>
    </message>
    <message>
        <source>The event (at least so many times, or with this value) before the person&apos;s first conversion</source>
        <translation>El evento (al menos tantas veces, o con este valor) antes de la primera conversión de la persona</translation>
    </message>
    <message>
        <source>Persons who did it before converting (or at all, if they never converted)</source>
        <translation>Personas que lo hicieron antes de convertir (o en algún momento, si nunca convirtieron)</translation>
    </message>
    <message>
        <source>Of those persons, the share who converted within the horizon</source>
        <translation>De esas personas, la parte que convirtió dentro del horizonte</translation>
    </message>
    <message>
        <source>Of everybody else, the share who converted</source>
        <translation>De todos los demás, la parte que convirtió</translation>
    </message>
    <message>
        <source>Converted divided by others converted</source>
        <translation>Convirtieron dividido entre otros convirtieron</translation>
    </message>
    <message>
        <source>Phi correlation between doing it and converting, from −1 to 1</source>
        <translation>Correlación phi entre hacerlo y convertir, de −1 a 1</translation>
    </message>
    <message>
        <source>|phi| ≥ 0.4 strong, ≥ 0.3 moderate, ≥ 0.2 weak (Amplitude Compass&apos;s scale); ★ significant: Holm-adjusted p &lt; 0.05</source>
        <translation>|phi| ≥ 0,4 fuerte, ≥ 0,3 moderado, ≥ 0,2 débil (escala de Amplitude Compass); ★ significativo: p ajustado por Holm &lt; 0,05</translation>
    </message>
    <message>
        <source>Odds of converting with it against without it, 0.5 added to every cell, Woolf&apos;s 95 % interval</source>
        <translation>Probabilidad de convertir con ello frente a sin ello, 0,5 sumado a cada celda, intervalo del 95 % de Woolf</translation>
    </message>
    <message>
        <source>Of the persons who converted, the share who did it first</source>
        <translation>De las personas que convirtieron, la parte que lo hizo antes</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test, Holm-adjusted over every candidate of this run</source>
        <translation>Prueba exacta de Fisher, ajustada por Holm sobre todos los candidatos de este cálculo</translation>
    </message>
    <message>
        <source>Mean revenue within the horizon of converters who did it against those who did not</source>
        <translation>Ingreso medio dentro del horizonte de quienes convirtieron y lo hicieron frente a quienes no</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 mil</translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsPage</name>
    <message>
        <source>also at 1, 2, 3, 5, 10 times</source>
        <translation>también 1, 2, 3, 5, 10 veces</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add as Funnel Step</source>
        <translation>Añadir como paso del embudo</translation>
    </message>
    <message>
        <source>Mark as Tier-One…</source>
        <translation>Marcar como nivel 1…</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting to compute again.</source>
        <translation>Cancelado. Cambie un ajuste para volver a calcular.</translation>
    </message>
    <message>
        <source>The conversion to predict</source>
        <translation>La conversión a predecir</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Each person&apos;s first days that count, from their first event</source>
        <translation>Los primeros días de cada persona que cuentan, desde su primer evento</translation>
    </message>
    <message>
        <source>A person counts as having done an event when they did it at least this often before converting</source>
        <translation>Una persona cuenta como que hizo un evento si lo hizo al menos tantas veces antes de convertir</translation>
    </message>
    <message>
        <source>List each event at 1, 2, 3, 5 and 10 times too (as Amplitude Compass does)</source>
        <translation>Listar también cada evento a 1, 2, 3, 5 y 10 veces (como Amplitude Compass)</translation>
    </message>
    <message>
        <source>Also each event with each of the top values of this property, e.g. add_to_cart[category=Shoes]</source>
        <translation>También cada evento con cada uno de los valores principales de esta propiedad, p. ej. add_to_cart[category=Shoes]</translation>
    </message>
    <message>
        <source>e.g. channel = email; device != mobile</source>
        <translation>p. ej. channel = email; device != mobile</translation>
    </message>
    <message>
        <source>Candidates done by fewer persons are listed as too few, not ranked</source>
        <translation>Los candidatos con menos personas se listan como «demasiado pocos», sin clasificar</translation>
    </message>
    <message>
        <source>Saved insights</source>
        <translation>Insights guardados</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or every candidate as CSV</source>
        <translation>Guardar el gráfico como PNG o SVG, o todos los candidatos como CSV</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>within</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Done at least</source>
        <translation>Hecho al menos</translation>
    </message>
    <message>
        <source>times before converting,</source>
        <translation>veces antes de convertir,</translation>
    </message>
    <message>
        <source>Per value of</source>
        <translation>Por valor de</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Rank from</source>
        <translation>Clasificar desde</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Open Funnels with this event as a step just before the conversion</source>
        <translation>Abrir Embudos con este evento como paso justo antes de la conversión</translation>
    </message>
    <message>
        <source>Set this event&apos;s tier to 1 (core micro-conversion) in the dictionary, with this evidence in the change log</source>
        <translation>Poner el nivel de este evento en 1 (microconversión clave) en el diccionario, con esta evidencia en el registro de cambios</translation>
    </message>
    <message>
        <source>Of the persons who did it so often: how many converted, and what share of all converters they are</source>
        <translation>De las personas que lo hicieron tantas veces: cuántas convirtieron y qué parte de todos los convertidos representan</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 persons (%3 %) did “%4” within %n days of their first event.</source>
        <translation>
            <numerusform>%1 de %2 personas (%3 %) hicieron «%4» en el %n día siguiente a su primer evento.</numerusform>
            <numerusform>%1 de %2 personas (%3 %) hicieron «%4» en los %n días siguientes a su primer evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>★ significant (Holm-adjusted p &lt; %1); done by fewer than %2 persons: too few, not ranked.</source>
        <translation>★ significativo (p ajustado por Holm &lt; %1); hecho por menos de %2 personas: demasiado pocos, sin clasificar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at 1, 2, 3, 5 and 10 times before converting</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a 1, 2, 3, 5 y 10 veces antes de convertir</translation>
    </message>
    <message>
        <source>Choose an event in the table or the chart to see it at 1, 2, 3, 5 and 10 times.</source>
        <translation>Elija un evento en la tabla o el gráfico para verlo a 1, 2, 3, 5 y 10 veces.</translation>
    </message>
    <message>
        <source>There are no insights to export yet.</source>
        <translation>Todavía no hay insights para exportar.</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Exportar insights</translation>
    </message>
    <message>
        <source>insights.png</source>
        <translation>insights.png</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>“%1” is not among the insights on screen.</source>
        <translation>«%1» no está entre los insights en pantalla.</translation>
    </message>
    <message>
        <source>“%1” is a tier-one micro-conversion already.</source>
        <translation>«%1» ya es una microconversión de nivel 1.</translation>
    </message>
    <message>
        <source>Mark %1 as tier one</source>
        <translation>Marcar %1 como nivel 1</translation>
    </message>
    <message>
        <source>Mark as Tier-One</source>
        <translation>Marcar como nivel 1</translation>
    </message>
    <message>
        <source>Mark “%1” as a tier-one (core) micro-conversion in the event dictionary?

The change log keeps this evidence as the reason:
%2</source>
        <translation>¿Marcar «%1» como microconversión de nivel 1 (clave) en el diccionario de eventos?

El registro de cambios guarda esta evidencia como motivo:
%2</translation>
    </message>
    <message>
        <source>“%1” is now a tier-one micro-conversion in the dictionary (Edit ▸ Undo takes it back).</source>
        <translation>«%1» es ahora una microconversión de nivel 1 en el diccionario (Editar ▸ Deshacer lo revierte).</translation>
    </message>
    <message>
        <source>Saved Insights</source>
        <translation>Insights guardados</translation>
    </message>
    <message>
        <source>Save Insights</source>
        <translation>Guardar insights</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Elija un archivo que termine en .png, .svg, .csv o .xlsx.</translation>
    </message>
    <message>
        <source>Insights table</source>
        <translation>Tabla de insights</translation>
    </message>
    <message>
        <source>How often: the drill-down</source>
        <translation>Cuántas veces: el desglose</translation>
    </message>
</context>
<context>
    <name>Funnelscope::JourneysPage</name>
    <message>
        <source>Back to Paths</source>
        <translation>Volver a las rutas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Cronología…</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting to compute again.</source>
        <translation>Cancelado. Cambie un ajuste para volver a calcular.</translation>
    </message>
    <message>
        <source>Paths after</source>
        <translation>Rutas después de</translation>
    </message>
    <message>
        <source>Paths before</source>
        <translation>Rutas antes de</translation>
    </message>
    <message>
        <source>Events shown at each step; the rest are “(other)”</source>
        <translation>Eventos mostrados en cada paso; el resto es «(otro)»</translation>
    </message>
    <message>
        <source>e.g. device = mobile; channel != email</source>
        <translation>p. ej. device = mobile; channel != email</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG, or its edges as CSV</source>
        <translation>Guardar el diagrama como PNG o SVG, o sus enlaces como CSV</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Top:</translation>
    </message>
    <message>
        <source>Per value of</source>
        <translation>Por valor de</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <source>Export Persons</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <source>persons.csv</source>
        <translation>personas.csv</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Where those who reached %1 and not %2 went (funnel %3)</source>
        <translation>Adónde fueron quienes llegaron a %1 y no a %2 (embudo %3)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1 persons; every number is persons, and each node&apos;s persons go on to the next step or end there (their session ended). Click a node to list its persons.</source>
        <translation>%1 personas; cada número cuenta personas, y las de cada nodo pasan al paso siguiente o terminan ahí (su sesión terminó). Haga clic en un nodo para listar sus personas.</translation>
    </message>
    <message>
        <source>No event plays %1.</source>
        <translation>Ningún evento cumple %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; en %2: %n persona</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; en %2: %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>Click a node of the diagram to list its persons; double-click one for their timeline.</source>
        <translation>Haga clic en un nodo para listar sus personas; doble clic en una para ver su cronología.</translation>
    </message>
    <message>
        <source>There are no paths to export yet.</source>
        <translation>Todavía no hay rutas para exportar.</translation>
    </message>
    <message>
        <source>Export Paths</source>
        <translation>Exportar rutas</translation>
    </message>
    <message>
        <source>paths.png</source>
        <translation>rutas.png</translation>
    </message>
    <message>
        <source>Click a node first.</source>
        <translation>Haga clic primero en un nodo.</translation>
    </message>
    <message>
        <source>%1 %2 %3 %</source>
        <translation>%1 %2 %3 %</translation>
    </message>
    <message>
        <source>Latest week against the four before: %1.</source>
        <translation>Última semana frente a las cuatro anteriores: %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; in the week from %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; en la semana desde el %2: %n persona</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; en la semana desde el %2: %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <source>Click a number to list those persons (then Timeline… or Export Table…)</source>
        <translation>Haga clic en un número para listar esas personas (luego Cronología… o Exportar tabla…)</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Elija un archivo que termine en .png, .svg, .csv o .xlsx.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Friction&lt;/b&gt;: %1 Hover a column for its rule.</source>
        <translation>&lt;b&gt;Fricción&lt;/b&gt;: %1 Pase el ratón por una columna para ver su regla.</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Friction by week</source>
        <translation>Fricción por semana</translation>
    </message>
</context>
<context>
    <name>Funnelscope::JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it does not start with a JSON object or array (line %1)</source>
        <translation>no empieza con un objeto o una matriz JSON (línea %1)</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation>No se puede importar «%1»: %2.</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>the JSON array is not closed: the file ends before its “]”</source>
        <translation>la matriz JSON no está cerrada: el archivo termina antes de su «]»</translation>
    </message>
    <message>
        <source>line %1 holds something other than a JSON object</source>
        <translation>la línea %1 contiene algo que no es un objeto JSON</translation>
    </message>
    <message>
        <source>the JSON ends in the middle of the record that starts on line %1</source>
        <translation>el JSON termina en mitad del registro que empieza en la línea %1</translation>
    </message>
    <message>
        <source>the record on line %1 is larger than %2 MiB</source>
        <translation>el registro de la línea %1 ocupa más de %2 MiB</translation>
    </message>
</context>
<context>
    <name>Funnelscope::LocalBackend</name>
    <message>
        <source>No event has a property “%1” (fields: %2; properties: %3).</source>
        <translation>Ningún evento tiene una propiedad «%1» (campos: %2; propiedades: %3).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MainWindow</name>
    <message>
        <source>Funnelscope workspaces (*.%1);;All files (*)</source>
        <translation>Espacios de trabajo de Funnelscope (*.%1);;Todos los archivos (*)</translation>
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
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Embudos</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Madurez</translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation>Diccionario</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Demo Shop</source>
        <translation>Abrir la tienda de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>&amp;Importar eventos…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the chart or table of the current page</source>
        <translation>Exportar el gráfico o la tabla de la página actual</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Funnelscope</source>
        <translation>&amp;Acerca de Funnelscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar lista</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>aún no hay eventos</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>About Funnelscope</source>
        <translation>Acerca de Funnelscope</translation>
    </message>
    <message>
        <source>Open or create a workspace first (File menu).</source>
        <translation>Abra o cree primero un espacio de trabajo (menú Archivo).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>This page has nothing to export yet.</source>
        <translation>Esta página aún no tiene nada que exportar.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Calculando el informe…</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <source>%1 events · %2 people</source>
        <translation>%1 eventos · %2 personas</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>One PDF with the funnel, the cohorts, the insights, the maturity radar and the data quality</source>
        <translation>Un PDF con el embudo, las cohortes, los insights, el radar de madurez y la calidad de los datos</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Vigilar carpeta…</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Vigilar carpeta</translation>
    </message>
    <message>
        <source>Import the event files a scheduled export drops into a folder, as they land</source>
        <translation>Importar los archivos de eventos que una exportación programada deja en una carpeta, según llegan</translation>
    </message>
    <message>
        <source>Stop &amp;Watching</source>
        <translation>&amp;Dejar de vigilar</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Vigilando %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · last import: %2, %n events at %3</source>
        <translation>
            <numerusform>%1 · última importación: %2, %n evento a las %3</numerusform>
            <numerusform>%1 · última importación: %2, %n eventos a las %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · left %2 alone: %3</source>
        <translation>%1 · %2 no se tocó: %3</translation>
    </message>
    <message>
        <source>%1 · could not import %2: %3</source>
        <translation>%1 · no se pudo importar %2: %3</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>Eliminar la anotación</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copiar el &amp;gráfico</translation>
    </message>
    <message>
        <source>This page shows no chart to copy yet.</source>
        <translation>Esta página aún no muestra ningún gráfico para copiar.</translation>
    </message>
    <message>
        <source>Copied the chart as an image.</source>
        <translation>Gráfico copiado como imagen.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>%1 copy.%2</source>
        <translation>%1 copia.%2</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Guardando una copia como %1…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copia guardada como %1.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Micro-conversion analytics for e-commerce teams: funnels, cohorts, insights, journeys, a tracking maturity self-assessment and an event dictionary, on your own laptop, offline, with your own data.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Analítica de microconversiones para equipos de comercio electrónico: embudos, cohortes, insights, recorridos, una autoevaluación de la madurez del seguimiento y un diccionario de eventos, en su propio portátil, sin conexión, con sus propios datos.&lt;/p&gt;&lt;p&gt;Software libre bajo la licencia MIT.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation>Conectar con &amp;ClickHouse…</translation>
    </message>
    <message>
        <source>Open a workspace on a ClickHouse server or cluster: reports computed there</source>
        <translation>Abrir un espacio de trabajo en un servidor o clúster ClickHouse: los informes se calculan allí</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Not shown for a workspace on a ClickHouse server yet</source>
        <translation>Aún no disponible para un espacio de trabajo en un servidor ClickHouse</translation>
    </message>
    <message>
        <source>Connecting to %1 with the password from the system keychain…</source>
        <translation>Conectando con %1 con la contraseña del llavero del sistema…</translation>
    </message>
    <message>
        <source>The password of %1 is kept in the system keychain.</source>
        <translation>La contraseña de %1 está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the password of %1: %2</source>
        <translation>El llavero del sistema no guardó la contraseña de %1: %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MappingModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>From column</source>
        <translation>De la columna</translation>
    </message>
    <message>
        <source>Or the value</source>
        <translation>O el valor</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityEvidence</name>
    <message>
        <source>Only page and purchase events are tracked (%1).</source>
        <translation>Solo se registran eventos de página y de compra (%1).</translation>
    </message>
    <message>
        <source>Key micro-journey steps are tracked (%1), and %2 of events carry device or channel context.</source>
        <translation>Se registran los pasos clave del microrrecorrido (%1) y el %2 de los eventos lleva contexto de dispositivo o canal.</translation>
    </message>
    <message>
        <source>Micro-journey steps are tracked (%1), but only %2 of events carry device or channel context.</source>
        <translation>Se registran pasos del microrrecorrido (%1), pero solo el %2 de los eventos lleva contexto de dispositivo o canal.</translation>
    </message>
    <message>
        <source>No event carries an anonymous id, so visits cannot be stitched to people across devices.</source>
        <translation>Ningún evento lleva un identificador anónimo, así que las visitas no se pueden vincular a personas entre dispositivos.</translation>
    </message>
    <message>
        <source>Anonymous ids are tracked but never linked to a known user id.</source>
        <translation>Se registran identificadores anónimos, pero nunca se vinculan a un identificador de usuario conocido.</translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved in this workspace.</source>
        <translation>Hay %1 embudos y %2 informes de cohortes guardados en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved: step reports exist, not yet both kinds.</source>
        <translation>Hay %1 embudos y %2 informes de cohortes guardados: existen informes por pasos, pero aún no de ambos tipos.</translation>
    </message>
    <message>
        <source>No funnel or cohort report is saved in this workspace yet.</source>
        <translation>Aún no hay ningún informe de embudo ni de cohortes guardado en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Events carry experiment or variant properties: tests are being tracked.</source>
        <translation>Los eventos llevan propiedades de experimento o variante: se registran pruebas.</translation>
    </message>
    <message>
        <source>%1 of %2 known users have anonymous ids linked to them.</source>
        <translation>%1 de %2 usuarios conocidos tienen ids anónimos vinculados.</translation>
    </message>
    <message>
        <source>Insights into what predicts a conversion are used (saved insights: %1; events marked tier one from their evidence: %2).</source>
        <translation>Se usan insights sobre lo que predice una conversión (insights guardados: %1; eventos marcados de nivel 1 por su evidencia: %2).</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityMatrix</name>
    <message>
        <source>Cannot read the matrix “%1”: %2.</source>
        <translation>No se puede leer la matriz «%1»: %2.</translation>
    </message>
    <message>
        <source>The matrix is not valid JSON: %1 (at character %2).</source>
        <translation>La matriz no es JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The matrix must be a JSON object with “id”, “stages” and “dimensions”.</source>
        <translation>La matriz debe ser un objeto JSON con «id», «stages» y «dimensions».</translation>
    </message>
    <message>
        <source>The matrix has no “id”.</source>
        <translation>La matriz no tiene «id».</translation>
    </message>
    <message>
        <source>The matrix needs at least two “stages”; it has %1.</source>
        <translation>La matriz necesita al menos dos «stages»; tiene %1.</translation>
    </message>
    <message>
        <source>Stage %1 has no “name”.</source>
        <translation>La fase %1 no tiene «name».</translation>
    </message>
    <message>
        <source>The matrix has no “dimensions”.</source>
        <translation>La matriz no tiene «dimensions».</translation>
    </message>
    <message>
        <source>Dimension %1 needs an “id” and a “name”.</source>
        <translation>La dimensión %1 necesita un «id» y un «name».</translation>
    </message>
    <message>
        <source>Two dimensions have the id “%1”.</source>
        <translation>Dos dimensiones tienen el identificador «%1».</translation>
    </message>
    <message>
        <source>Dimension “%1” describes %2 stages, but the matrix has %3.</source>
        <translation>La dimensión «%1» describe %2 fases, pero la matriz tiene %3.</translation>
    </message>
    <message>
        <source>Dimension “%1” says nothing for stage %2.</source>
        <translation>La dimensión «%1» no dice nada de la fase %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityPage</name>
    <message>
        <source>Load Matrix…</source>
        <translation>Cargar matriz…</translation>
    </message>
    <message>
        <source>Use your own matrix definition (JSON)</source>
        <translation>Usar su propia definición de matriz (JSON)</translation>
    </message>
    <message>
        <source>Save Assessment…</source>
        <translation>Guardar evaluación…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save Assessment</source>
        <translation>Guardar evaluación</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Realizada por:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 by %2 · overall %3</source>
        <translation>%1 por %2 · global %3</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Data suggests</source>
        <translation>Los datos sugieren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Click to choose this stage</source>
        <translation>Haga clic para elegir esta fase</translation>
    </message>
    <message>
        <source>What shows this stage: a report, a tool, a link</source>
        <translation>Qué muestra esta fase: un informe, una herramienta, un enlace</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall %1 of %2&lt;/b&gt; · weakest: %3 · blue: where you are, orange: where you aim to be.</source>
        <translation>&lt;b&gt;Global %1 de %2&lt;/b&gt; · punto más débil: %3 · azul: dónde está, naranja: adónde quiere llegar.</translation>
    </message>
    <message>
        <source>Click the stage that describes your team in each row; type a target (half steps such as 1.5 are fine) in the Target column.</source>
        <translation>Haga clic en la fase que describe a su equipo en cada fila; escriba un objetivo (se admiten medios pasos como 1,5) en la columna Objetivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;&lt;ol&gt;</source>
        <translation>&lt;b&gt;Próximos pasos&lt;/b&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (stage %2): %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (fase %2): %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the assessment of %1&lt;/b&gt;: </source>
        <translation>&lt;b&gt;Desde la evaluación del %1&lt;/b&gt;: </translation>
    </message>
    <message>
        <source>nothing moved.</source>
        <translation>nada ha cambiado.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>Overall score over time</source>
        <translation>Puntuación global a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Load Matrix</source>
        <translation>Cargar matriz</translation>
    </message>
    <message>
        <source>Matrix definitions (*.json)</source>
        <translation>Definiciones de matriz (*.json)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>Exportar evaluación</translation>
    </message>
    <message>
        <source>maturity.png</source>
        <translation>madurez.png</translation>
    </message>
    <message>
        <source>PNG image, 2x (*.png);;SVG image (*.svg);;CSV scores (*.csv)</source>
        <translation>Imagen PNG, 2x (*.png);;Imagen SVG (*.svg);;Puntuaciones CSV (*.csv)</translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>No se pudo leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .csv or .xlsx.</source>
        <translation>Elija un archivo que termine en .png, .svg, .csv o .xlsx.</translation>
    </message>
    <message>
        <source>Not assessed yet: click a stage</source>
        <translation>Aún sin evaluar: haga clic en una etapa</translation>
    </message>
    <message>
        <source>Maturity radar: current against target</source>
        <translation>Radar de madurez: actual frente a objetivo</translation>
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation>Matriz de madurez</translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityRadar</name>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(sin evaluar)</translation>
    </message>
</context>
<context>
    <name>Funnelscope::OutputFile</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ParameterModel</name>
    <message>
        <source>Comma-separated; empty allows any value</source>
        <translation>Separados por comas; vacío admite cualquier valor</translation>
    </message>
    <message>
        <source>A regular expression the whole value must match</source>
        <translation>Una expresión regular con la que debe coincidir todo el valor</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Valores permitidos</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsChart</name>
    <message numerus="yes">
        <source>Paths before %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Rutas antes de %1 · %n paso · %2 personas · %3</numerusform>
            <numerusform>Rutas antes de %1 · %n pasos · %2 personas · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths after %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Rutas después de %1 · %n paso · %2 personas · %3</numerusform>
            <numerusform>Rutas después de %1 · %n pasos · %2 personas · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody did the start event in this range.</source>
        <translation>Nadie hizo el evento inicial en este periodo.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 antes</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>%1: %2 persons, %3 of the start. Click to list them.</source>
        <translation>%1: %2 personas, %3 del inicio. Haga clic para listarlas.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 persons, %4 of %1</source>
        <translation>%1 → %2: %3 personas, %4 de %1</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>(otro)</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(inicio)</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(fin)</translation>
    </message>
    <message>
        <source>Paths diagram</source>
        <translation>Diagrama de caminos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 persons, %4 of the start</source>
        <translation>%1: %2, %3 personas, %4 del inicio</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsCommand</name>
    <message>
        <source>Show what people did after or before an event, or after dropping off a funnel.</source>
        <translation>Mostrar qué hicieron las personas después o antes de un evento, o tras abandonar un embudo.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Start at each person&apos;s first EVENT and follow the session forward.</source>
        <translation>Empezar en el primer EVENTO de cada persona y seguir la sesión hacia delante.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>End at each person&apos;s first EVENT and look back through the session.</source>
        <translation>Terminar en el primer EVENTO de cada persona y mirar la sesión hacia atrás.</translation>
    </message>
    <message>
        <source>The start or end event must pass PROPERTY OP VALUE; repeatable.</source>
        <translation>El evento inicial o final debe cumplir PROPIEDAD OP VALOR; repetible.</translation>
    </message>
    <message>
        <source>expr</source>
        <translation>expr</translation>
    </message>
    <message>
        <source>With --dropped-after: a funnel&apos;s step events, in order.</source>
        <translation>Con --dropped-after: los eventos de los pasos de un embudo, en orden.</translation>
    </message>
    <message>
        <source>Start at step K of those who reached step K and not K+1.</source>
        <translation>Empezar en el paso K de quienes llegaron al paso K y no al K+1.</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>The funnel&apos;s conversion window (default 7d).</source>
        <translation>La ventana de conversión del embudo (7d por defecto).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>Steps after (or before) the start, 1 to 20 (default 5).</source>
        <translation>Pasos después (o antes) del inicio, de 1 a 20 (5 por defecto).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Events shown at each step before “(other)”, 1 to 20 (default 5).</source>
        <translation>Eventos mostrados en cada paso antes de «(otro)», de 1 a 20 (5 por defecto).</translation>
    </message>
    <message>
        <source>Without a session id, a longer pause ends the session (default 30m).</source>
        <translation>Sin id de sesión, una pausa más larga termina la sesión (30m por defecto).</translation>
    </message>
    <message>
        <source>A node is the event with this property&apos;s value.</source>
        <translation>Un nodo es el evento con el valor de esta propiedad.</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation>Conservar los eventos donde PROPIEDAD OP VALOR (OP: = != &gt; &gt;= &lt; &lt;= ~); repetible.</translation>
    </message>
    <message>
        <source>First day of the start event (YYYY-MM-DD, workspace time zone).</source>
        <translation>Primer día del evento inicial (AAAA-MM-DD, zona horaria del espacio de trabajo).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Last day of the start event, included.</source>
        <translation>Último día del evento inicial, incluido.</translation>
    </message>
    <message>
        <source>Write the diagram as PNG (2x, for slides).</source>
        <translation>Escribir el diagrama como PNG (2x, para diapositivas).</translation>
    </message>
    <message>
        <source>Write the diagram as SVG.</source>
        <translation>Escribir el diagrama como SVG.</translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation>Mostrar el resultado en JSON por la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>Say where the paths start: --from EVENT, --to EVENT, or --funnel E1,E2,... with --dropped-after K.</source>
        <translation>Indique dónde empiezan las rutas: --from EVENTO, --to EVENTO o --funnel E1,E2,... con --dropped-after K.</translation>
    </message>
    <message>
        <source>--funnel needs --dropped-after K: the step whose drop-offs to follow.</source>
        <translation>--funnel necesita --dropped-after K: el paso cuyos abandonos seguir.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>every edge (step, from, to, persons)</source>
        <translation>cada arista (paso, desde, hacia, personas)</translation>
    </message>
    <message>
        <source>Computing the paths…</source>
        <translation>Calculando los caminos…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsEngine</name>
    <message>
        <source>--dropped-after must name a step before the last, 1 to %1.</source>
        <translation>--dropped-after debe indicar un paso antes del último, de 1 a %1.</translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace to start from (its events: %2).</source>
        <translation>no hay ningún evento «%1» en este espacio de trabajo desde el que empezar (sus eventos: %2).</translation>
    </message>
    <message>
        <source>paths have 1 to %1 steps, not %2.</source>
        <translation>las rutas tienen de 1 a %1 pasos, no %2.</translation>
    </message>
    <message>
        <source>each step shows 1 to %1 events, not %2.</source>
        <translation>cada paso muestra de 1 a %1 eventos, no %2.</translation>
    </message>
    <message>
        <source>the session gap must be at least a minute.</source>
        <translation>la pausa de sesión debe ser de al menos un minuto.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PersonTimeline</name>
    <message>
        <source>there is no person or id “%1” in this workspace.</source>
        <translation>no hay ninguna persona ni id «%1» en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PlanDiffDialog</name>
    <message>
        <source>Also &amp;delete events and parameters the plan does not have</source>
        <translation>&amp;Eliminar también los eventos y parámetros que el plan no tiene</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Aplicar %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Aplicar cambios</translation>
    </message>
    <message>
        <source>The dictionary already matches this plan: nothing to change.</source>
        <translation>El diccionario ya coincide con este plan: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed. Uncheck what you do not want; each applied change goes into the change log, and Undo takes the whole import back.</source>
        <translation>%1 añadidos, %2 cambiados, %3 eliminados. Desmarque lo que no quiera; cada cambio aplicado se anota en el registro y Deshacer revierte toda la importación.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The name the dictionary&apos;s change log records for your edits</source>
        <translation>El nombre que anota el registro del diccionario para sus cambios</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Funnelscope starts again.</source>
        <translation>El nuevo idioma se aplicará cuando Funnelscope vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>Days, weeks and months of the open workspace&apos;s reports are counted in this time zone</source>
        <translation>Los días, semanas y meses de los informes del espacio de trabajo abierto se cuentan en esta zona horaria</translation>
    </message>
    <message>
        <source>How many values a breakdown shows before “other”, for new funnels</source>
        <translation>Cuántos valores muestra un desglose antes de «otros», para embudos nuevos</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Workspace &amp;time zone:</source>
        <translation>&amp;Zona horaria del espacio de trabajo:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Breakdown shows the top:</source>
        <translation>El &amp;desglose muestra los primeros:</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as Europe/Berlin or UTC.</source>
        <translation>«%1» no es una zona horaria; elija una de la lista, como Europe/Madrid o UTC.</translation>
    </message>
    <message>
        <source>Count &amp;people: join anonymous visits to the login they led to</source>
        <translation>Contar &amp;personas: unir las visitas anónimas al inicio de sesión al que llevaron</translation>
    </message>
    <message>
        <source>Identity stitching, for the open workspace: a known user and every anonymous or device id linked to them count as one person in every report. Off: every id counts apart (some teams count devices on purpose).</source>
        <translation>Unión de identidades, para el espacio de trabajo abierto: un usuario conocido y todos los ids anónimos o de dispositivo vinculados a él cuentan como una persona en cada informe. Desactivada: cada id cuenta por separado (algunos equipos cuentan dispositivos a propósito).</translation>
    </message>
    <message>
        <source>A workspace on a ClickHouse server always counts people: each event is stored with its person when it is imported.</source>
        <translation>Un espacio de trabajo en un servidor ClickHouse siempre cuenta personas: cada evento se guarda con su persona al importarse.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreviewModel</name>
    <message>
        <source>“%1” is kept in each event&apos;s properties</source>
        <translation>«%1» se conserva en las propiedades de cada evento</translation>
    </message>
    <message>
        <source>“%1” gives the field %2</source>
        <translation>«%1» da el campo %2</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ProtectedFiles</name>
    <message>
        <source>“%1” is %2 of the open workspace “%3”: writing there would destroy the workspace. Choose another file.</source>
        <translation>«%1» es %2 del espacio de trabajo abierto «%3»: escribir ahí destruiría el espacio de trabajo. Elija otro archivo.</translation>
    </message>
    <message>
        <source>the %1 file</source>
        <translation>el archivo %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
</context>
<context>
    <name>Funnelscope::QualityFinding</name>
    <message>
        <source>Unplanned event</source>
        <translation>Evento no previsto</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Nunca visto</translation>
    </message>
    <message>
        <source>Deprecated but sent</source>
        <translation>Obsoleto pero enviado</translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation>Falta un parámetro obligatorio</translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation>Tipo incorrecto</translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation>Valor no permitido</translation>
    </message>
    <message>
        <source>Volume drop</source>
        <translation>Caída de volumen</translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation>Pico de volumen</translation>
    </message>
    <message>
        <source>“%1” is in the data (%2 rows since %3) but not in the dictionary.</source>
        <translation>«%1» está en los datos (%2 filas desde el %3) pero no en el diccionario.</translation>
    </message>
    <message>
        <source>“%1” is defined, but the data has none of it.</source>
        <translation>«%1» está definido, pero los datos no lo contienen.</translation>
    </message>
    <message>
        <source>“%1” is deprecated, but the data still has %2 rows (since %3).</source>
        <translation>«%1» está obsoleto, pero los datos aún tienen %2 filas (desde el %3).</translation>
    </message>
    <message>
        <source>“%1” lacks its required “%2” in %3 of %4 rows (%5%), since %6.</source>
        <translation>A «%1» le falta su parámetro obligatorio «%2» en %3 de %4 filas (%5 %), desde el %6.</translation>
    </message>
    <message>
        <source>“%1.%2” has values of the wrong type in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation>«%1.%2» tiene valores del tipo incorrecto en %3 de %4 filas (%5 %), desde el %6; por ejemplo «%7».</translation>
    </message>
    <message>
        <source>“%1.%2” has values outside its allowed values or pattern in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation>«%1.%2» tiene valores fuera de los permitidos o del patrón en %3 de %4 filas (%5 %), desde el %6; por ejemplo «%7».</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>“%1” fell to %2 a day %3, against a usual %4 a day.</source>
        <translation>«%1» cayó a %2 al día %3, frente a los %4 al día habituales.</translation>
    </message>
    <message>
        <source>“%1” rose to %2 a day %3, against a usual %4 a day.</source>
        <translation>«%1» subió a %2 al día %3, frente a los %4 al día habituales.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportCommand</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>The funnel&apos;s step events (default: the first saved funnel, else the checkout funnel).</source>
        <translation>Los eventos de los pasos del embudo (por defecto: el primer embudo guardado, si no, el embudo de compra).</translation>
    </message>
    <message>
        <source>the workspace to report on</source>
        <translation>el espacio de trabajo del informe</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribirá</translation>
    </message>
    <message>
        <source>--pdf: “%1” is a folder.</source>
        <translation>--pdf: «%1» es una carpeta.</translation>
    </message>
    <message>
        <source>Wrote the report on %1 to %2.</source>
        <translation>Informe sobre %1 escrito en %2.</translation>
    </message>
    <message>
        <source>--steps: %1</source>
        <translation>--steps: %1</translation>
    </message>
    <message>
        <source>Write the PDF report: funnel, cohorts, insights, maturity and data quality.</source>
        <translation>Escribir el informe PDF: embudo, cohortes, insights, madurez y calidad de datos.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>The workspace: a file, or a ClickHouse URL.</source>
        <translation>El espacio de trabajo: un archivo o una URL de ClickHouse.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportContent</name>
    <message>
        <source>The workspace has too few kinds of events for a funnel.</source>
        <translation>El espacio de trabajo tiene muy pocos tipos de evento para un embudo.</translation>
    </message>
    <message>
        <source>The workspace has no events yet.</source>
        <translation>El espacio de trabajo aún no tiene eventos.</translation>
    </message>
    <message>
        <source>The events are not checked against the dictionary on a ClickHouse server yet: the checks read a workspace file&apos;s events.</source>
        <translation>Los eventos aún no se comprueban con el diccionario en un servidor ClickHouse: las comprobaciones leen los eventos de un archivo de espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ReportDocument</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Desde el anterior</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonos</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Tracking maturity</source>
        <translation>Madurez del seguimiento</translation>
    </message>
    <message>
        <source>No self-assessment is saved in this workspace yet: fill one in on the Maturity page.</source>
        <translation>Aún no hay ninguna autoevaluación guardada en este espacio de trabajo: rellene una en la página Madurez.</translation>
    </message>
    <message>
        <source>%1 · assessed on %2 by %3 · overall %4 of %5</source>
        <translation>%1 · evaluada el %2 por %3 · global %4 de %5</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 events in the dictionary · %2 errors, %3 warnings, %4 notices</source>
        <translation>%1 eventos en el diccionario · %2 errores, %3 avisos, %4 notas</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de datos</translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation>Registro de cambios: %1</translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation>Registro de cambios ALTERADO: %1</translation>
    </message>
    <message>
        <source>The dictionary is empty, so every event counts as unplanned; adopt the starter dictionary on the Dictionary page.</source>
        <translation>El diccionario está vacío, así que cada evento cuenta como no previsto; adopte el diccionario inicial en la página Diccionario.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Funnelscope report · %1</source>
        <translation>Informe de Funnelscope · %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>Funnelscope · %1 · %2</source>
        <translation>Funnelscope · %1 · %2</translation>
    </message>
    <message>
        <source>Funnelscope report: %1</source>
        <translation>Informe de Funnelscope: %1</translation>
    </message>
    <message>
        <source>%1 events from %2 users, %3 to %4.</source>
        <translation>%1 eventos de %2 usuarios, del %3 al %4.</translation>
    </message>
    <message>
        <source>The workspace has no events yet.</source>
        <translation>El espacio de trabajo aún no tiene eventos.</translation>
    </message>
    <message>
        <source>What predicts “%1”</source>
        <translation>Qué predice «%1»</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <source>Did before converting</source>
        <translation>Hecho antes de convertir</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Others converted</source>
        <translation>Otros convirtieron</translation>
    </message>
    <message>
        <source>Phi</source>
        <translation>Phi</translation>
    </message>
    <message>
        <source>Predicts</source>
        <translation>Predice</translation>
    </message>
    <message>
        <source>Adjusted p</source>
        <translation>p ajustado</translation>
    </message>
    <message>
        <source>Contents: the funnel, the cohort grid, what predicts a conversion, the tracking maturity self-assessment, and the data&apos;s quality against the event dictionary.</source>
        <translation>Contenido: el embudo, la cuadrícula de cohortes, lo que predice una conversión, la autoevaluación de madurez del seguimiento y la calidad de los datos frente al diccionario de eventos.</translation>
    </message>
    <message>
        <source>%1 events in the dictionary</source>
        <translation>%1 eventos en el diccionario</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SavedReportsBar</name>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SegmentPlan</name>
    <message>
        <source>property “%1” has the unknown type “%2”</source>
        <translation>la propiedad «%1» tiene el tipo desconocido «%2»</translation>
    </message>
    <message>
        <source>%1 is not a Segment tracking plan: it has no rules.events list.</source>
        <translation>%1 no es un plan de seguimiento de Segment: no tiene la lista rules.events.</translation>
    </message>
    <message>
        <source>%1: event rule %2 has no name.</source>
        <translation>%1: la regla de evento %2 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1, event “%2”: %3.</source>
        <translation>%1, evento «%2»: %3.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::SourcePreset</name>
    <message>
        <source>REES46 e-commerce events</source>
        <translation>Eventos de comercio electrónico de REES46</translation>
    </message>
    <message>
        <source>Retailrocket events</source>
        <translation>Eventos de Retailrocket</translation>
    </message>
    <message>
        <source>DIGINETICA item views</source>
        <translation>Vistas de artículos de DIGINETICA</translation>
    </message>
    <message>
        <source>transactions (UCI Online Retail)</source>
        <translation>transacciones (UCI Online Retail)</translation>
    </message>
    <message>
        <source>GA4 BigQuery export</source>
        <translation>Exportación de GA4 a BigQuery</translation>
    </message>
    <message>
        <source>Mixpanel raw export</source>
        <translation>Exportación sin procesar de Mixpanel</translation>
    </message>
    <message>
        <source>Amplitude export</source>
        <translation>Exportación de Amplitude</translation>
    </message>
    <message>
        <source>RudderStack events</source>
        <translation>Eventos de RudderStack</translation>
    </message>
    <message>
        <source>Segment track and page calls</source>
        <translation>Llamadas track y page de Segment</translation>
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
        <translation>quedan %1 s</translation>
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
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::Theme</name>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineCommand</name>
    <message>
        <source>Show one person&apos;s events over all their ids, session by session (also for tracking QA).</source>
        <translation>Mostrar los eventos de una persona en todos sus ids, sesión a sesión (también para verificar el seguimiento).</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>El espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>A known user id or an anonymous id of the person.</source>
        <translation>Un id de usuario conocido o un id anónimo de la persona.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Print the timeline as JSON on standard output.</source>
        <translation>Imprimir la cronología como JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation>el espacio de trabajo que se leerá</translation>
    </message>
    <message>
        <source>whose timeline</source>
        <translation>la cronología de quién</translation>
    </message>
    <message>
        <source>%1: %2 events in %3 sessions; ids: %4</source>
        <translation>%1: %2 eventos en %3 sesiones; ids: %4</translation>
    </message>
    <message>
        <source>a person&apos;s timeline</source>
        <translation>la cronología de una persona</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineDialog</name>
    <message>
        <source>Loading the timeline of %1…</source>
        <translation>Cargando la cronología de %1…</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>Cronología de %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <source>timeline-%1.csv</source>
        <translation>cronologia-%1.csv</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 events in %3 sessions. Ids that count for this person: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 eventos en %3 sesiones. Ids que cuentan para esta persona: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 · %2 · %n events</source>
        <translation>
            <numerusform>Sesión %1 · %2 · %n evento</numerusform>
            <numerusform>Sesión %1 · %2 · %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table…</source>
        <translation>Exportar tabla…</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimestampParser</name>
    <message>
        <source>ISO 8601 date and time with time zone</source>
        <translation>fecha y hora ISO 8601 con zona horaria</translation>
    </message>
    <message>
        <source>date and time without time zone</source>
        <translation>fecha y hora sin zona horaria</translation>
    </message>
    <message>
        <source>date without time</source>
        <translation>fecha sin hora</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation>tiempo Unix en segundos</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation>tiempo Unix en milisegundos</translation>
    </message>
    <message>
        <source>Unix time in microseconds</source>
        <translation>tiempo Unix en microsegundos</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlan</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1, línea %2: JSON no válido (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Funnelscope dictionary: it has no &quot;format&quot;: &quot;%2&quot; (use --format segment for a Segment tracking plan).</source>
        <translation>%1 no es un diccionario de Funnelscope: no tiene &quot;format&quot;: &quot;%2&quot; (use --format segment para un plan de seguimiento de Segment).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Funnelscope (dictionary format %2; this one reads %3).</source>
        <translation>%1 lo escribió un Funnelscope más reciente (formato de diccionario %2; esta versión lee %3).</translation>
    </message>
    <message>
        <source>%1: unknown naming convention “%2”.</source>
        <translation>%1: convención de nombres desconocida «%2».</translation>
    </message>
    <message>
        <source>%1, event %2 (%3): %4</source>
        <translation>%1, evento %2 (%3): %4</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlanCsv</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>%1, line 1: there is no “event” column, so this is not a dictionary CSV.</source>
        <translation>%1, línea 1: no hay ninguna columna «event», así que no es un CSV de diccionario.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2: the last_reviewed “%3” is not a date like 2026-03-31.</source>
        <translation>%1, línea %2: last_reviewed «%3» no es una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>%1, line %2: the event column is empty.</source>
        <translation>%1, línea %2: la columna event está vacía.</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is described differently than on line %4; the event columns must be the same on each of its rows.</source>
        <translation>%1, línea %2: «%3» se describe de forma distinta que en la línea %4; las columnas del evento deben ser iguales en cada una de sus filas.</translation>
    </message>
    <message>
        <source>%1 is empty: a dictionary CSV starts with a header line.</source>
        <translation>%1 está vacío: un CSV de diccionario empieza con una línea de encabezado.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::WelcomePage</name>
    <message>
        <source>Open Workspace…</source>
        <translation>Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open the Demo Shop</source>
        <translation>Abrir la tienda de demostración</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Abriendo «%1»…</translation>
    </message>
    <message>
        <source>Reading what the workspace holds. A workspace from an older version of Funnelscope is brought up to date the first time, which takes a few seconds for millions of events.</source>
        <translation>Leyendo el contenido del espacio de trabajo. Un espacio de trabajo de una versión anterior de Funnelscope se actualiza la primera vez, lo que tarda unos segundos con millones de eventos.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace is open&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No hay ningún espacio de trabajo abierto&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workspace is one file that holds your events and everything made from them. Open one, create one and import an export into it, or look around the demo shop.</source>
        <translation>Un espacio de trabajo es un archivo con sus eventos y todo lo que se obtiene de ellos. Abra uno, cree uno e importe en él una exportación, o eche un vistazo a la tienda de demostración.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Worker</name>
    <message>
        <source>Internal error: %1</source>
        <translation>Error interno: %1</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Error interno.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::Workspace</name>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation>«%1» ya existe. Elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation>No se puede crear «%1»: la carpeta «%2» no existe.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only. Choose a folder you can write to.</source>
        <translation>No se puede crear «%1»: la carpeta «%2» es de solo lectura. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the location is read-only.</source>
        <translation>No se puede crear «%1»: la ubicación es de solo lectura.</translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist. It may have been moved or deleted.</source>
        <translation>El espacio de trabajo «%1» no existe. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>«%1» es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Funnelscope workspace.</source>
        <translation>«%1» está vacío: no es un espacio de trabajo de Funnelscope.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation>«%1» no se puede leer: no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is not a Funnelscope workspace: it is not an SQLite database, or its first bytes are damaged.</source>
        <translation>«%1» no es un espacio de trabajo de Funnelscope: no es una base de datos SQLite o sus primeros bytes están dañados.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only location (%2 cannot be written). Funnelscope writes to a workspace and beside it; copy the file to a folder you can write to.</source>
        <translation>«%1» está en una ubicación de solo lectura (no se puede escribir %2). Funnelscope escribe en el espacio de trabajo y junto a él; copie el archivo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>its folder</source>
        <translation>su carpeta</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database, not a Funnelscope workspace.</source>
        <translation>«%1» es una base de datos SQLite vacía, no un espacio de trabajo de Funnelscope.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Funnelscope workspace.</source>
        <translation>«%1» es la base de datos SQLite de otro programa, no un espacio de trabajo de Funnelscope.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Funnelscope (workspace format %2; this version reads formats up to %3). Update Funnelscope to open it.</source>
        <translation>«%1» se guardó con una versión más reciente de Funnelscope (formato %2; esta versión lee formatos hasta el %3). Actualice Funnelscope para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore it from a backup, or import its data into a new workspace.</source>
        <translation>«%1» está dañado y no se puede leer (%2). Restáurelo desde una copia de seguridad o importe sus datos en un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only location. Copy it to a folder you can write to.</source>
        <translation>«%1» está en una ubicación de solo lectura. Cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>“%1” could not be opened as a workspace: %2</source>
        <translation>«%1» no se pudo abrir como espacio de trabajo: %2</translation>
    </message>
    <message>
        <source>these tables are missing: %1</source>
        <translation>faltan estas tablas: %1</translation>
    </message>
    <message>
        <source>“%1” is this workspace: choose another name for the copy.</source>
        <translation>«%1» es este espacio de trabajo: elija otro nombre para la copia.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: the folder does not exist.</source>
        <translation>No se puede guardar una copia como «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: it cannot be replaced.</source>
        <translation>No se puede guardar una copia como «%1»: no se puede reemplazar.</translation>
    </message>
    <message>
        <source>Upgrading “%1” to workspace format %2: its events are kept as columns only, and the file is compacted. This happens once and may take a minute…</source>
        <translation>Actualizando «%1» al formato de espacio de trabajo %2: sus eventos se guardan solo como columnas y el archivo se compacta. Ocurre una sola vez y puede tardar un minuto…</translation>
    </message>
    <message>
        <source>It could not be compacted (%1); File ▸ Save a Copy writes a compact copy.</source>
        <translation>No se pudo compactar (%1); Archivo ▸ Guardar una copia escribe una copia compacta.</translation>
    </message>
    <message>
        <source>Upgraded “%1” to workspace format %2 in %3 s: %4 before, %5 now.</source>
        <translation>«%1» se actualizó al formato de espacio de trabajo %2 en %3 s: antes %4, ahora %5.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::WorkspaceDocument</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared, so it matches the dictionary.</source>
        <translation>%1 Se vació el historial de deshacer para que coincida con el diccionario.</translation>
    </message>
    <message>
        <source>Add Annotation “%1”</source>
        <translation>Añadir la anotación «%1»</translation>
    </message>
    <message>
        <source>Remove Annotation “%1”</source>
        <translation>Eliminar la anotación «%1»</translation>
    </message>
    <message>
        <source>There is no annotation %1.</source>
        <translation>No hay ninguna anotación %1.</translation>
    </message>
    <message>
        <source>%1 The page shows the server&apos;s tables again.</source>
        <translation>%1 La página vuelve a mostrar las tablas del servidor.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::XlsxWriter</name>
    <message>
        <source>Could not write %1: no temporary folder (%2).</source>
        <translation>No se pudo escribir %1: no hay carpeta temporal (%2).</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook could not be started.</source>
        <translation>No se pudo escribir %1: no se pudo crear el libro.</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (row %3).</source>
        <translation>No se pudo escribir %1: %2 (fila %3).</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: an Excel sheet holds at most %2 rows and this table has %3; write CSV instead.</source>
        <translation>No se pudo escribir %1: una hoja de Excel admite como máximo %2 filas y esta tabla tiene %3; escriba CSV en su lugar.</translation>
    </message>
</context>
<context>
    <name>Funnelscope::ZipMemberDevice</name>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Cannot import “%1”: the zip archive cannot be read (%2).</source>
        <translation>No se puede importar «%1»: el archivo zip no se puede leer (%2).</translation>
    </message>
    <message>
        <source>the archive has no member “%1”</source>
        <translation>el archivo no contiene «%1»</translation>
    </message>
</context>
<context>
    <name>MaturityMatrix</name>
    <message>
        <source>Micro-journey tracking maturity</source>
        <translation>Madurez del seguimiento de microrrecorridos</translation>
    </message>
    <message>
        <source>Basic Funnel</source>
        <translation>Embudo básico</translation>
    </message>
    <message>
        <source>Step-Level Journeys</source>
        <translation>Recorridos por pasos</translation>
    </message>
    <message>
        <source>Predictive Micro-Journeys</source>
        <translation>Microrrecorridos predictivos</translation>
    </message>
    <message>
        <source>Data Collection</source>
        <translation>Recogida de datos</translation>
    </message>
    <message>
        <source>Basic page and purchase tracking only.</source>
        <translation>Solo seguimiento básico de páginas y compras.</translation>
    </message>
    <message>
        <source>Event tracking for key micro-journey steps across web and app.</source>
        <translation>Seguimiento de eventos de los pasos clave del microrrecorrido en web y app.</translation>
    </message>
    <message>
        <source>Rich behavioural events plus context (device, offers, tests) in real time.</source>
        <translation>Eventos de comportamiento ricos con contexto (dispositivo, ofertas, pruebas) en tiempo real.</translation>
    </message>
    <message>
        <source>Identity &amp; Stitching</source>
        <translation>Identidad y unificación</translation>
    </message>
    <message>
        <source>Sessions treated as anonymous, little cross-device visibility.</source>
        <translation>Sesiones tratadas como anónimas, poca visibilidad entre dispositivos.</translation>
    </message>
    <message>
        <source>Known users stitched across sessions, partial anonymous-to-known linking.</source>
        <translation>Usuarios conocidos unificados entre sesiones, vinculación parcial de anónimo a conocido.</translation>
    </message>
    <message>
        <source>A robust identity graph combining anonymous, known and offline signals.</source>
        <translation>Un grafo de identidad sólido que combina señales anónimas, conocidas y fuera de línea.</translation>
    </message>
    <message>
        <source>Analytics &amp; Reporting</source>
        <translation>Analítica e informes</translation>
    </message>
    <message>
        <source>Topline conversion rate and revenue by channel.</source>
        <translation>Tasa de conversión global e ingresos por canal.</translation>
    </message>
    <message>
        <source>Step-based funnels, cohorts and journey reports by segment.</source>
        <translation>Embudos por pasos, cohortes e informes de recorrido por segmento.</translation>
    </message>
    <message>
        <source>Predictive scoring for cart abandonment, purchase likelihood and lifetime value.</source>
        <translation>Puntuación predictiva de abandono de carrito, probabilidad de compra y valor de vida del cliente.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Generic cart-abandon emails and broad retargeting.</source>
        <translation>Correos genéricos de carrito abandonado y retargeting amplio.</translation>
    </message>
    <message>
        <source>Segmented cart, browse and price-drop triggers.</source>
        <translation>Disparadores segmentados de carrito, navegación y bajada de precio.</translation>
    </message>
    <message>
        <source>Real-time, multi-channel orchestration tuned to micro-journey state.</source>
        <translation>Orquestación multicanal en tiempo real ajustada al estado del microrrecorrido.</translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation>Experimentación</translation>
    </message>
    <message>
        <source>Occasional A/B tests on homepage or product pages.</source>
        <translation>Pruebas A/B ocasionales en la página de inicio o de producto.</translation>
    </message>
    <message>
        <source>Structured tests at high-drop-off steps in the funnel.</source>
        <translation>Pruebas estructuradas en los pasos del embudo con más abandonos.</translation>
    </message>
    <message>
        <source>An always-on test program linked to micro-journey KPIs and revenue.</source>
        <translation>Un programa de pruebas continuo vinculado a los KPI de los microrrecorridos y a los ingresos.</translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation>Toma de decisiones</translation>
    </message>
    <message>
        <source>Decisions driven by opinion and aggregate KPIs.</source>
        <translation>Decisiones guiadas por la opinión y KPI agregados.</translation>
    </message>
    <message>
        <source>Decisions driven by funnel drop-off and segment performance.</source>
        <translation>Decisiones guiadas por los abandonos del embudo y el rendimiento de los segmentos.</translation>
    </message>
    <message>
        <source>Decisions driven by predicted impact on revenue, margin and lifetime value.</source>
        <translation>Decisiones guiadas por el impacto previsto en ingresos, margen y valor de vida del cliente.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Micro-conversion analytics for e-commerce. Run “funnelscope --help” for the commands.</source>
        <translation>Analítica de microconversiones para comercio electrónico. «funnelscope --help» muestra las órdenes.</translation>
    </message>
    <message>
        <source>Open this workspace.</source>
        <translation>Abrir este espacio de trabajo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Open the import dialog with this file.</source>
        <translation>Abrir el diálogo de importación con este archivo.</translation>
    </message>
    <message>
        <source>A workspace to open (a file, or a clickhouse:// address), or event files to import.</source>
        <translation>Un espacio de trabajo que abrir (un archivo o una dirección clickhouse://) o archivos de eventos que importar.</translation>
    </message>
</context>
</TS>
