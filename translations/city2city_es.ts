<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionDialog</name>
    <message>
        <source>— nobody yet —</source>
        <translation>— nadie todavía —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>B&amp;y</source>
        <translation>&amp;Hasta el</translation>
    </message>
    <message>
        <source>Action Item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What is to be done, by whom, to what end</source>
        <translation>Qué hay que hacer, quién lo hace y con qué fin</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>The action item no longer exists.</source>
        <translation>La acción ya no existe.</translation>
    </message>
    <message>
        <source>The action item&apos;s session, owner or city no longer exists.</source>
        <translation>La sesión, el responsable o la ciudad de la acción ya no existe.</translation>
    </message>
    <message>
        <source>The entry the action item comes from is not part of its session.</source>
        <translation>La entrada de la que procede la acción no forma parte de su sesión.</translation>
    </message>
    <message>
        <source>The entry to link the action items to no longer exists.</source>
        <translation>La entrada a la que se iban a vincular las acciones ya no existe.</translation>
    </message>
    <message>
        <source>An action item could not be linked back to its entry.</source>
        <translation>No se pudo volver a vincular una acción con su entrada.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — vencida</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>All pairings</source>
        <translation>Todos los emparejamientos</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Todas las ciudades</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search actions, owners, cities…</source>
        <translation>Buscar acciones, responsables, ciudades…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>Filtrar acciones</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Open &amp;Session</source>
        <translation>Abrir &amp;sesión</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>Action items are created in a session: open the session and press Ctrl+Shift+A on the entry they come from.</source>
        <translation>Las acciones se crean en una sesión: abra la sesión y pulse Ctrl+Shift+A sobre la entrada de la que proceden.</translation>
    </message>
    <message>
        <source>Saved the action item.</source>
        <translation>Se guardó la acción.</translation>
    </message>
    <message>
        <source>Deleted the action item. Undo brings it back.</source>
        <translation>Se eliminó la acción. Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Method library</source>
        <translation>Biblioteca de métodos</translation>
    </message>
    <message>
        <source>Search the method library…</source>
        <translation>Buscar en la biblioteca de métodos…</translation>
    </message>
    <message>
        <source>Choose a method to insert it as a block after the selected one</source>
        <translation>Elija un método para insertarlo como bloque después del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Add Block</source>
        <translation>&amp;Añadir bloque</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Mov&amp;e Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nuevo bloque</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local start</source>
        <translation>Inicio local</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>About the &amp;Rubric…</source>
        <translation>Acerca de la &amp;rúbrica…</translation>
    </message>
    <message>
        <source>Assess Readiness</source>
        <translation>Evaluar la preparación</translation>
    </message>
    <message>
        <source> — no date yet</source>
        <translation> — aún sin fecha</translation>
    </message>
    <message>
        <source>No session, on the date below</source>
        <translation>Sin sesión, en la fecha indicada abajo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Where the pilot stands, what moved since the last assessment, what is next</source>
        <translation>En qué punto está el piloto, qué ha avanzado desde la última evaluación y qué viene después</translation>
    </message>
    <message>
        <source>Readiness by the rubric</source>
        <translation>Preparación según la rúbrica</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Dimensions of the rubric</source>
        <translation>Dimensiones de la rúbrica</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>%1: level %2</source>
        <translation>%1: nivel %2</translation>
    </message>
    <message>
        <source>Evidence: what shows this level (a decision, a document, a meeting)</source>
        <translation>Evidencia: qué demuestra este nivel (una decisión, un documento, una reunión)</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Evidencia de %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not assessed — pick a level from %1 to %2.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sin evaluar — elija un nivel de %1 a %2.&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · stage: %1</source>
        <translation> · etapa: %1</translation>
    </message>
    <message>
        <source>Overall: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</source>
        <translation>Global: &lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Edit Readiness Assessment</source>
        <translation>Editar la evaluación de preparación</translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Listo</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No listo</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: sin evaluar</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Not taken</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>The session or the person no longer exists.</source>
        <translation>La sesión o la persona ya no existe.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Write a backup of the database into its backups folder</source>
        <translation>Escribir una copia de seguridad de la base de datos en su carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace the data with one of the database&apos;s backups</source>
        <translation>Sustituir los datos por una de las copias de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>A backup is being written already.</source>
        <translation>Ya se está escribiendo una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is written: %1</source>
        <translation>Se escribió la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Escribiendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The data from before it is kept as a backup of %2.</source>
        <translation>Se restauró la copia de seguridad del %1. Los datos anteriores se conservan como copia de seguridad del %2.</translation>
    </message>
    <message>
        <source>%1 The database %2 stays open.</source>
        <translation>%1 La base de datos %2 sigue abierta.</translation>
    </message>
    <message>
        <source>It has a good backup of %1.</source>
        <translation>Tiene una copia de seguridad válida del %1.</translation>
    </message>
    <message>
        <source>Restore That Backup</source>
        <translation>Restaurar esa copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file that did not open is kept, unchanged, as %2.</source>
        <translation>Se restauró la copia de seguridad del %1. El archivo que no se abrió se conserva, sin cambios, como %2.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 is still open in another program (%2 is there); close it everywhere and try again.</source>
        <translation>%1 sigue abierto en otro programa (existe %2); ciérrelo en todas partes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>No se puede restaurar %1: %2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>no existe ese archivo.</translation>
    </message>
    <message>
        <source>it is the database itself.</source>
        <translation>es la propia base de datos.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se restauró nada: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the data now in the database could not be backed up first. %1</source>
        <translation>No se restauró nada: no se pudo hacer antes una copia de seguridad de los datos que hay ahora en la base de datos. %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 is open in another window (process %2). Close it there first.</source>
        <translation>No se restauró nada: %1 está abierto en otra ventana (proceso %2). Ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation>No se restauró nada: %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot remove old backups: %1</source>
        <translation>No se pueden eliminar las copias de seguridad antiguas: %1</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file.</source>
        <translation>%1 ya existe; una copia de seguridad nunca sustituye un archivo.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia de seguridad %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryWidget</name>
    <message>
        <source>Restore Old Value</source>
        <translation>Restaurar el valor anterior</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Cambios, los más recientes primero</translation>
    </message>
    <message>
        <source>Put the selected change&apos;s old value back (Edit ▸ Undo takes it back again)</source>
        <translation>Volver a poner el valor anterior del cambio seleccionado (Editar ▸ Deshacer lo revierte de nuevo)</translation>
    </message>
    <message>
        <source>Restored the old value; Undo takes it back.</source>
        <translation>Se restauró el valor anterior; Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>There is no such record.</source>
        <translation>No existe ese registro.</translation>
    </message>
</context>
<context>
    <name>ChangeRestorer</name>
    <message>
        <source>This field cannot be restored here.</source>
        <translation>Este campo no se puede restaurar aquí.</translation>
    </message>
    <message>
        <source>The field already holds this value.</source>
        <translation>El campo ya tiene este valor.</translation>
    </message>
    <message>
        <source>Only a changed field has an old value to restore.</source>
        <translation>Solo un campo modificado tiene un valor anterior que restaurar.</translation>
    </message>
    <message>
        <source>There was no earlier value.</source>
        <translation>No había ningún valor anterior.</translation>
    </message>
    <message>
        <source>Changes of this kind cannot be restored.</source>
        <translation>Los cambios de este tipo no se pueden restaurar.</translation>
    </message>
    <message>
        <source>The record was deleted since: its old values cannot be restored.</source>
        <translation>El registro se eliminó después: sus valores anteriores no se pueden restaurar.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Member city</source>
        <translation>Ciudad miembro</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Agenda block</source>
        <translation>Bloque del orden del día</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Minutes entry</source>
        <translation>Entrada del acta</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Acción del plan</translation>
    </message>
    <message>
        <source>Readiness assessment</source>
        <translation>Evaluación de preparación</translation>
    </message>
    <message>
        <source>Readiness level</source>
        <translation>Nivel de preparación</translation>
    </message>
    <message>
        <source>Session template</source>
        <translation>Plantilla de sesión</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>GCoM signatory</source>
        <translation>Firmante del GCoM</translation>
    </message>
    <message>
        <source>Climate plan</source>
        <translation>Plan climático</translation>
    </message>
    <message>
        <source>Plan covers the whole city</source>
        <translation>El plan cubre toda la ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lead facilitator</source>
        <translation>Facilitador principal</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Venue time zone</source>
        <translation>Zona horaria del lugar</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>From entry</source>
        <translation>De la entrada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>Inspired by city</source>
        <translation>Inspirado en la ciudad</translation>
    </message>
    <message>
        <source>Inspired by practice</source>
        <translation>Inspirado en la práctica</translation>
    </message>
    <message>
        <source>Academic partners</source>
        <translation>Socios académicos</translation>
    </message>
    <message>
        <source>Private partners</source>
        <translation>Socios privados</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Otros socios</translation>
    </message>
    <message>
        <source>Expected start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Inicio de la jornada</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Fin de la jornada</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Pairing %1</source>
        <translation>Emparejamiento %1</translation>
    </message>
    <message>
        <source>Member city %1</source>
        <translation>Ciudad miembro %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Agenda block %1</source>
        <translation>Bloque del orden del día %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Asistencia de %1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>Action item %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>Pilot %1</source>
        <translation>Piloto %1</translation>
    </message>
    <message>
        <source>Plan action %1</source>
        <translation>Acción del plan %1</translation>
    </message>
    <message>
        <source>Assessment of %1</source>
        <translation>Evaluación del %1</translation>
    </message>
    <message>
        <source>Readiness of pilot %1</source>
        <translation>Preparación del piloto %1</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Horario laboral de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 → removed</source>
        <translation>%1 → eliminado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <source>lowest</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>average</source>
        <translation>promedio</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máximo</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as PNG.</source>
        <translation>No se puede escribir %1 como PNG.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Cannot start painting %1.</source>
        <translation>No se puede empezar a dibujar %1.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save or copy this chart</source>
        <translation>Guardar o copiar este gráfico</translation>
    </message>
    <message>
        <source>Chart export</source>
        <translation>Exportación del gráfico</translation>
    </message>
    <message>
        <source>Chart, not drawn yet</source>
        <translation>Gráfico, aún sin dibujar</translation>
    </message>
    <message>
        <source>Copied the chart.</source>
        <translation>Se copió el gráfico.</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>No hay ningún gráfico que guardar.</translation>
    </message>
    <message>
        <source>Save Chart as PDF</source>
        <translation>Guardar el gráfico como PDF</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation>Se guardó el gráfico como %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message>
        <source>Filter cities by name, country or time zone…</source>
        <translation>Filtrar ciudades por nombre, país o zona horaria…</translation>
    </message>
    <message>
        <source>No cities match</source>
        <translation>Ninguna ciudad coincide</translation>
    </message>
    <message numerus="yes">
        <source>Cities: %n</source>
        <translation>
            <numerusform>Ciudades: %n</numerusform>
            <numerusform>Ciudades: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
</context>
<context>
    <name>CityDialog</name>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>The city&apos;s IANA time zone, e.g. Europe/Kyiv</source>
        <translation>La zona horaria IANA de la ciudad, p. ej., Europe/Kyiv</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown, or e.g. SECAP</source>
        <translation>Desconocido, o p. ej., SECAP</translation>
    </message>
    <message>
        <source>Climate plan type</source>
        <translation>Tipo de plan climático</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>Po&amp;blación:</translation>
    </message>
    <message>
        <source>&amp;GCoM signatory:</source>
        <translation>Firmante del &amp;GCoM:</translation>
    </message>
    <message>
        <source>Climate &amp;plan type:</source>
        <translation>Tipo de plan &amp;climático:</translation>
    </message>
    <message>
        <source>Plan covers the &amp;whole city:</source>
        <translation>El plan cubre t&amp;oda la ciudad:</translation>
    </message>
    <message>
        <source>&amp;Cohort status:</source>
        <translation>&amp;Estado en la cohorte:</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Elegibilidad:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add City</source>
        <translation>Añadir ciudad</translation>
    </message>
</context>
<context>
    <name>CityStore</name>
    <message>
        <source>The city no longer exists.</source>
        <translation>La ciudad ya no existe.</translation>
    </message>
    <message>
        <source>There is already a city named %1 in this country.</source>
        <translation>Ya hay una ciudad llamada %1 en este país.</translation>
    </message>
    <message>
        <source>Unknown country.</source>
        <translation>País desconocido.</translation>
    </message>
    <message>
        <source>This city is a member of pairing %1; remove it from there first.</source>
        <translation>Esta ciudad es miembro del emparejamiento %1; quítela de allí primero.</translation>
    </message>
    <message numerus="yes">
        <source>People who belong to this city: %n. Change or delete them first.</source>
        <translation>
            <numerusform>Personas que pertenecen a esta ciudad: %n. Cámbiela o elimínela primero.</numerusform>
            <numerusform>Personas que pertenecen a esta ciudad: %n. Cámbielas o elimínelas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these cities are used now (by pairings, people, minutes or working hours); they were not removed.</source>
        <translation>Algunas de estas ciudades están en uso (en emparejamientos, personas, actas u horarios laborales); no se eliminaron.</translation>
    </message>
    <message>
        <source>Some of these cities no longer exist; nothing was removed.</source>
        <translation>Algunas de estas ciudades ya no existen; no se eliminó nada.</translation>
    </message>
    <message>
        <source>A city of this file has been added to the database since the file was checked; nothing was imported. Check the file again.</source>
        <translation>Una ciudad de este archivo se ha añadido a la base de datos después de comprobar el archivo; no se importó nada. Vuelva a comprobar el archivo.</translation>
    </message>
</context>
<context>
    <name>CityTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Plan type unknown</source>
        <translation>Tipo de plan desconocido</translation>
    </message>
    <message>
        <source>%1, whole city</source>
        <translation>%1, toda la ciudad</translation>
    </message>
    <message>
        <source>%1, not city-wide</source>
        <translation>%1, no toda la ciudad</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>GCoM signatory</source>
        <translation>Firmante del GCoM</translation>
    </message>
    <message>
        <source>Climate plan</source>
        <translation>Plan climático</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Cohort eligibility</source>
        <translation>Elegibilidad para la cohorte</translation>
    </message>
</context>
<context>
    <name>CostDelegate</name>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the file is UTF-16 text. Save it as “CSV UTF-8” (Excel) or with the character set Unicode (UTF-8) (LibreOffice).</source>
        <translation>el archivo es texto UTF-16. Guárdelo como “CSV UTF-8” (Excel) o con el juego de caracteres Unicode (UTF-8) (LibreOffice).</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file.</source>
        <translation>un byte NUL: no es un archivo de texto.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (perhaps a Windows code page). Save it as “CSV UTF-8” (Excel) or with the character set Unicode (UTF-8) (LibreOffice).</source>
        <translation>el texto no es UTF-8 (quizá una página de códigos de Windows). Guárdelo como “CSV UTF-8” (Excel) o con el juego de caracteres Unicode (UTF-8) (LibreOffice).</translation>
    </message>
    <message>
        <source>the quoted field in column %1 is never closed (a quote is missing).</source>
        <translation>el campo entre comillas de la columna %1 nunca se cierra (falta una comilla).</translation>
    </message>
    <message>
        <source>text after the closing quote in column %1; a quote inside a field is written twice (&quot;&quot;).</source>
        <translation>texto después de la comilla de cierre en la columna %1; una comilla dentro de un campo se escribe dos veces (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a stray quote in column %1; a field holding quotes is quoted as a whole, each quote written twice.</source>
        <translation>una comilla suelta en la columna %1; un campo que contiene comillas se pone entero entre comillas, con cada comilla escrita dos veces.</translation>
    </message>
</context>
<context>
    <name>CycleTimeline</name>
    <message>
        <source>Cycle time line</source>
        <translation>Línea de tiempo del ciclo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n session(s) held or scheduled</source>
        <translation>
            <numerusform>%1: %2 de %n sesión celebrada o programada</numerusform>
            <numerusform>%1: %2 de %n sesiones celebradas o programadas</numerusform>
        </translation>
    </message>
    <message>
        <source> — the cycle needs at least %1</source>
        <translation> — el ciclo necesita al menos %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n without a time (not shown)</source>
        <translation>
            <numerusform>; %n sin hora (no se muestra)</numerusform>
            <numerusform>; %n sin hora (no se muestran)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1: %2
%3 UTC · %4 min · %5</source>
        <translation>Sesión %1: %2
%3 UTC · %4 min · %5</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Write the progress report of what the dashboard shows as PDF</source>
        <translation>Escribir en PDF el informe de progreso de lo que muestra el panel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
        <translation>&lt;b&gt;Panel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Programme charts</source>
        <translation>Gráficos del programa</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Actualizando las cifras…</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar informe de progreso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the report&apos;s data…</source>
        <translation>Leyendo los datos del informe…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Wrote the progress report to %1.</source>
        <translation>Se escribió el informe de progreso en %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 no se puede leer como base de datos: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a City2City database.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no una base de datos de City2City.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of City2City Facilitator (schema %2; this version knows up to %3). Update the application to open it.</source>
        <translation>%1 fue escrita por una versión más reciente de City2City Facilitator (esquema %2; esta versión conoce hasta el %3). Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is open in another window (process %2) — read-only here. Close the other window and open it again to make changes.</source>
        <translation>%1 está abierta en otra ventana (proceso %2) — aquí es de solo lectura. Cierre la otra ventana y vuelva a abrirla para hacer cambios.</translation>
    </message>
    <message>
        <source>%1 is open in another window — read-only here. Close the other window and open it again to make changes.</source>
        <translation>%1 está abierta en otra ventana — aquí es de solo lectura. Cierre la otra ventana y vuelva a abrirla para hacer cambios.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 cannot be written: check its permissions.</source>
        <translation>No se puede escribir en %1: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>%1 is read-only: the file or its folder cannot be written, so nothing can be changed here.</source>
        <translation>%1 es de solo lectura: no se puede escribir en el archivo o en su carpeta, así que aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.</source>
        <translation>%1 está abierta en modo de solo lectura: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 has schema %2 and must be updated to schema %3 to open in this version, which needs write access. %4</source>
        <translation>%1 tiene el esquema %2 y debe actualizarse al esquema %3 para abrirse en esta versión, lo que requiere acceso de escritura. %4</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 must be updated to this version&apos;s schema, and a backup is written first; that failed, so the file was not changed. %2</source>
        <translation>%1 debe actualizarse al esquema de esta versión, y antes se escribe una copia de seguridad; eso falló, así que el archivo no se modificó. %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>No se puede leer la versión del esquema.</translation>
    </message>
    <message>
        <source>The database was written by a newer version (schema %1).</source>
        <translation>La base de datos fue escrita por una versión más reciente (esquema %1).</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Falló la actualización de la base de datos al esquema %1: %2</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>La base de datos está ocupada en otro programa; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full or the database file could not be written (%1), so this was not saved. Free some disk space and save again; everything saved before is safe.</source>
        <translation>El disco está lleno o no se pudo escribir el archivo de la base de datos (%1), así que esto no se guardó. Libere espacio en el disco y vuelva a guardar; todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>The database is open read-only here, so nothing was changed (%1).</source>
        <translation>La base de datos está abierta aquí en modo de solo lectura, así que no se cambió nada (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Check it with “city2city-cli check”, and restore a backup (File › Restore from Backup…).</source>
        <translation>El archivo de la base de datos está dañado (%1). Compruébelo con “city2city-cli check” y restaure una copia de seguridad (Archivo › Restaurar desde copia de seguridad…).</translation>
    </message>
    <message>
        <source>This record is still used elsewhere, so the change was not made.</source>
        <translation>Este registro todavía se usa en otro lugar, así que no se hizo el cambio.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>%1 row %2 refers to a missing %3</source>
        <translation>%1, fila %2: hace referencia a un registro %3 inexistente</translation>
    </message>
    <message>
        <source>%1 row %2: %3 refers to a missing %4</source>
        <translation>%1, fila %2: %3 hace referencia a un registro %4 inexistente</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a City2City database: it is not an SQLite file.</source>
        <translation>%1 no es una base de datos de City2City: no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut off inside its header.</source>
        <translation>%1 está dañado: está cortado dentro de su cabecera.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes), as after a copy that was cut off.</source>
        <translation>%1 está dañado: es más corto de lo que indica su cabecera (%2 de %3 bytes), como tras una copia interrumpida.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: %2</source>
        <translation>%1 no se puede leer como base de datos: %2</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file, not yet a City2City database.</source>
        <translation>%1 es un archivo SQLite vacío, todavía no es una base de datos de City2City.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a City2City database.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación, no una base de datos de City2City.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of City2City Facilitator (schema %2; this version knows up to %3).</source>
        <translation>%1 fue escrita por una versión más reciente de City2City Facilitator (esquema %2; esta versión conoce hasta el %3).</translation>
    </message>
    <message>
        <source>Schema %1 is older than this version&apos;s %2: it is updated (after a backup) when opened.</source>
        <translation>El esquema %1 es anterior al %2 de esta versión: se actualiza (tras una copia de seguridad) al abrirla.</translation>
    </message>
    <message>
        <source>The integrity check found damage (%1).</source>
        <translation>La comprobación de integridad encontró daños (%1).</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>No se pudo ejecutar la comprobación de claves foráneas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n fila hace referencia a registros que no existen.</numerusform>
            <numerusform>%n filas hacen referencia a registros que no existen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database:           %1</source>
        <translation>Base de datos:                    %1</translation>
    </message>
    <message>
        <source>Application id:     0x%1%2</source>
        <translation>Id. de aplicación:                0x%1%2</translation>
    </message>
    <message>
        <source> (City2City Facilitator)</source>
        <translation> (City2City Facilitator)</translation>
    </message>
    <message>
        <source>Schema version:     %1 (this version knows up to %2)</source>
        <translation>Versión del esquema:              %1 (esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <source>Integrity check:    ok</source>
        <translation>Comprobación de integridad:       correcta</translation>
    </message>
    <message>
        <source>Integrity check:    damage found</source>
        <translation>Comprobación de integridad:       se encontraron daños</translation>
    </message>
    <message>
        <source>Foreign key check:  could not run</source>
        <translation>Comprobación de claves foráneas:  no se pudo ejecutar</translation>
    </message>
    <message>
        <source>Foreign key check:  ok</source>
        <translation>Comprobación de claves foráneas:  correcta</translation>
    </message>
    <message numerus="yes">
        <source>Foreign key check:  %n row(s) refer to missing records</source>
        <translation>
            <numerusform>Comprobación de claves foráneas:  %n fila hace referencia a registros inexistentes</numerusform>
            <numerusform>Comprobación de claves foráneas:  %n filas hacen referencia a registros inexistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>Se encontró %n problema:</numerusform>
            <numerusform>Se encontraron %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not changed. To go back to a good state, restore a backup (File › Restore from Backup…, or city2city-cli restore FILE).</source>
        <translation>El archivo no se modificó. Para volver a un estado válido, restaure una copia de seguridad (Archivo › Restaurar desde copia de seguridad…, o city2city-cli restore ARCHIVO).</translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message>
        <source>Import &amp;Cities…</source>
        <translation>Importar &amp;ciudades…</translation>
    </message>
    <message>
        <source>Import &amp;People…</source>
        <translation>Importar &amp;personas…</translation>
    </message>
    <message>
        <source>E&amp;xport Cities…</source>
        <translation>E&amp;xportar ciudades…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Cities</source>
        <translation>Importar ciudades</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Export Cities</source>
        <translation>Exportar ciudades</translation>
    </message>
    <message>
        <source>Export People</source>
        <translation>Exportar personas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln city(ies) from %1; Edit ▸ Undo takes them out again.</source>
        <translation>
            <numerusform>Se importó %Ln ciudad de %1; Editar ▸ Deshacer la vuelve a quitar.</numerusform>
            <numerusform>Se importaron %Ln ciudades de %1; Editar ▸ Deshacer las vuelve a quitar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln person(s) from %1; Edit ▸ Undo takes them out again.</source>
        <translation>
            <numerusform>Se importó %Ln persona de %1; Editar ▸ Deshacer la vuelve a quitar.</numerusform>
            <numerusform>Se importaron %Ln personas de %1; Editar ▸ Deshacer las vuelve a quitar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln city(ies) to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln ciudad en %1.</numerusform>
            <numerusform>Se escribieron %Ln ciudades en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln person(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %Ln persona en %1.</numerusform>
            <numerusform>Se escribieron %Ln personas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expor&amp;t People…</source>
        <translation>Exp&amp;ortar personas…</translation>
    </message>
</context>
<context>
    <name>DirectoryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column &quot;%2&quot;: %3</source>
        <translation>línea %1, columna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>El archivo está vacío: su primera línea debería nombrar las columnas.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; are the same column (%3).</source>
        <translation>Las columnas &quot;%1&quot; y &quot;%2&quot; son la misma columna (%3).</translation>
    </message>
    <message>
        <source>The file has no column %1. The first line must name the columns; %2 need %3.</source>
        <translation>El archivo no tiene la columna %1. La primera línea debe nombrar las columnas; para %2 se necesitan %3.</translation>
    </message>
    <message>
        <source>Not imported (unknown columns): %1. Known columns: %2.</source>
        <translation>No importadas (columnas desconocidas): %1. Columnas conocidas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) where the first line names %1 columns.</source>
        <translation>
            <numerusform>%n valor donde la primera línea nombra %1 columnas.</numerusform>
            <numerusform>%n valores donde la primera línea nombra %1 columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>more values (%1) than the first line names columns (%2).</source>
        <translation>más valores (%1) que columnas nombra la primera línea (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a UUID; leave it empty for a new one.</source>
        <translation>“%1” no es un UUID; déjelo vacío para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>“%1” in the database has this uuid already.</source>
        <translation>“%1” ya tiene este uuid en la base de datos.</translation>
    </message>
    <message>
        <source>line %1 has the same uuid.</source>
        <translation>la línea %1 tiene el mismo uuid.</translation>
    </message>
    <message>
        <source>the country is missing (an ISO code such as UA, or its name).</source>
        <translation>falta el país (un código ISO como UA, o su nombre).</translation>
    </message>
    <message>
        <source>unknown country “%1”; give its ISO code (such as UA) or its name.</source>
        <translation>país desconocido “%1”; indique su código ISO (como UA) o su nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a population (a whole number above zero).</source>
        <translation>“%1” no es una población (un número entero mayor que cero).</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (leave it empty when unknown).</source>
        <translation>“%1” no es yes ni no (déjelo vacío si se desconoce).</translation>
    </message>
    <message>
        <source>%1 (%2) is already in the database.</source>
        <translation>%1 (%2) ya está en la base de datos.</translation>
    </message>
    <message>
        <source>line %1 has %2 (%3) already.</source>
        <translation>la línea %1 ya tiene %2 (%3).</translation>
    </message>
    <message>
        <source>the role is missing; one of: %1.</source>
        <translation>falta la función; una de: %1.</translation>
    </message>
    <message>
        <source>unknown role “%1”; one of: %2.</source>
        <translation>función desconocida “%1”; una de: %2.</translation>
    </message>
    <message>
        <source>a country without a city; the country only tells cities of the same name apart.</source>
        <translation>un país sin ciudad; el país solo sirve para distinguir ciudades con el mismo nombre.</translation>
    </message>
    <message>
        <source>no city “%1” in %2 in the database; import or add it first.</source>
        <translation>no hay ninguna ciudad “%1” en %2 en la base de datos; impórtela o añádala primero.</translation>
    </message>
    <message>
        <source>no city “%1” in the database; import or add it first.</source>
        <translation>no hay ninguna ciudad “%1” en la base de datos; impórtela o añádala primero.</translation>
    </message>
    <message>
        <source>several cities are called “%1” (%2); add a &quot;country&quot; column.</source>
        <translation>varias ciudades se llaman “%1” (%2); añada una columna &quot;country&quot;.</translation>
    </message>
    <message>
        <source>%1 in the database has this address already.</source>
        <translation>%1 ya tiene esta dirección en la base de datos.</translation>
    </message>
    <message>
        <source>line %1 has the same address.</source>
        <translation>la línea %1 tiene la misma dirección.</translation>
    </message>
    <message>
        <source>%1 of the same city is in the database already; give an e-mail address to tell them apart.</source>
        <translation>%1, de la misma ciudad, ya está en la base de datos; indique una dirección de correo electrónico para distinguirlos.</translation>
    </message>
    <message>
        <source>line %1 has the same name and city; give an e-mail address to tell them apart.</source>
        <translation>la línea %1 tiene el mismo nombre y ciudad; indique una dirección de correo electrónico para distinguirlos.</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems; nothing was imported.</source>
        <translation>%1 de %2 filas tienen problemas; no se importó nada.</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was imported.</source>
        <translation>Se canceló la comprobación; no se importó nada.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas que importar.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add city %1</source>
        <translation>Añadir la ciudad %1</translation>
    </message>
    <message>
        <source>Edit city %1</source>
        <translation>Editar la ciudad %1</translation>
    </message>
    <message>
        <source>Delete city %1</source>
        <translation>Eliminar la ciudad %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Add pairing %1</source>
        <translation>Añadir el emparejamiento %1</translation>
    </message>
    <message>
        <source>Edit pairing %1</source>
        <translation>Editar el emparejamiento %1</translation>
    </message>
    <message>
        <source>Delete pairing %1</source>
        <translation>Eliminar el emparejamiento %1</translation>
    </message>
    <message>
        <source>Add session to the cycle</source>
        <translation>Añadir una sesión al ciclo</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Editar la sesión %1</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>Eliminar la sesión %1</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cities</source>
        <translation>
            <numerusform>Importar %n ciudad</numerusform>
            <numerusform>Importar %n ciudades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importar %n persona</numerusform>
            <numerusform>Importar %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Añadir la plantilla %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Editar la plantilla %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Eliminar la plantilla %1</translation>
    </message>
    <message>
        <source>Change working hours</source>
        <translation>Cambiar el horario laboral</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Asistencia de %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Add pilot %1</source>
        <translation>Añadir el piloto %1</translation>
    </message>
    <message>
        <source>Edit pilot %1</source>
        <translation>Editar el piloto %1</translation>
    </message>
    <message>
        <source>Delete pilot %1</source>
        <translation>Eliminar el piloto %1</translation>
    </message>
    <message>
        <source>Add plan action %1</source>
        <translation>Añadir la acción del plan %1</translation>
    </message>
    <message>
        <source>Edit plan action %1</source>
        <translation>Editar la acción del plan %1</translation>
    </message>
    <message>
        <source>Delete plan action %1</source>
        <translation>Eliminar la acción del plan %1</translation>
    </message>
    <message>
        <source>Move plan action %1</source>
        <translation>Mover la acción del plan %1</translation>
    </message>
    <message>
        <source>Assess readiness</source>
        <translation>Evaluar la preparación</translation>
    </message>
    <message>
        <source>Edit readiness assessment</source>
        <translation>Editar la evaluación de preparación</translation>
    </message>
    <message>
        <source>Delete readiness assessment</source>
        <translation>Eliminar la evaluación de preparación</translation>
    </message>
    <message>
        <source>An import is being written; try again when it is done.</source>
        <translation>Se está escribiendo una importación; vuelva a intentarlo cuando termine.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <source>population %1 is under %2</source>
        <translation>población de %1, inferior a %2</translation>
    </message>
    <message>
        <source>GCoM signature</source>
        <translation>firma del GCoM</translation>
    </message>
    <message>
        <source>not a Global Covenant of Mayors signatory</source>
        <translation>no es firmante del Pacto Global de Alcaldes</translation>
    </message>
    <message>
        <source>no climate action plan covering the whole city</source>
        <translation>no tiene un plan de acción climática que cubra toda la ciudad</translation>
    </message>
    <message>
        <source>city-wide climate plan</source>
        <translation>plan climático para toda la ciudad</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>se desconoce: %1</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>No elegible: %1</translation>
    </message>
    <message>
        <source>Eligibility unknown (%1)</source>
        <translation>Elegibilidad desconocida (%1)</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only.</source>
        <translation>No se puede hacer que %1 solo sea legible por su propietario.</translation>
    </message>
    <message>
        <source>Cannot write %1 to disk: %2</source>
        <translation>No se puede escribir %1 en el disco: %2</translation>
    </message>
    <message>
        <source>Cannot put %1 in place of %2: %3</source>
        <translation>No se puede poner %1 en lugar de %2: %3</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>There are no sessions to put in the calendar.</source>
        <translation>No hay sesiones que poner en el calendario.</translation>
    </message>
    <message>
        <source>The event “%1” has no UID.</source>
        <translation>El evento “%1” no tiene UID.</translation>
    </message>
    <message>
        <source>Two events share the UID %1.</source>
        <translation>Dos eventos comparten el UID %1.</translation>
    </message>
    <message>
        <source>The event “%1” has no start time.</source>
        <translation>El evento “%1” no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>The event “%1” has a negative duration.</source>
        <translation>El evento “%1” tiene una duración negativa.</translation>
    </message>
    <message>
        <source>The event “%1” has no time stamp (DTSTAMP).</source>
        <translation>El evento “%1” no tiene marca de tiempo (DTSTAMP).</translation>
    </message>
    <message>
        <source>The event “%1” has an unknown status “%2”.</source>
        <translation>El evento “%1” tiene un estado desconocido “%2”.</translation>
    </message>
    <message>
        <source>The event %1 is an all-day event; only events with a start time can be read.</source>
        <translation>El evento %1 dura todo el día; solo se pueden leer eventos con hora de inicio.</translation>
    </message>
    <message>
        <source>The event %1 uses the unknown time zone “%2”.</source>
        <translation>El evento %1 usa la zona horaria desconocida “%2”.</translation>
    </message>
    <message>
        <source>The event %1 has a time without a time zone.</source>
        <translation>El evento %1 tiene una hora sin zona horaria.</translation>
    </message>
    <message>
        <source>The event %1 has an impossible date or time.</source>
        <translation>El evento %1 tiene una fecha u hora imposible.</translation>
    </message>
    <message>
        <source>The event %1 has no start time (DTSTART).</source>
        <translation>El evento %1 no tiene hora de inicio (DTSTART).</translation>
    </message>
    <message>
        <source>The event %1 ends before it starts.</source>
        <translation>El evento %1 termina antes de empezar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>The calendar is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>El calendario no es texto UTF-8; guárdelo como UTF-8 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The calendar cannot be read: %1</source>
        <translation>No se puede leer el calendario: %1</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it has no complete BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>No es un archivo iCalendar: no tiene un BEGIN:VCALENDAR … END:VCALENDAR completo.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it holds a %1 instead of a VCALENDAR.</source>
        <translation>No es un archivo iCalendar: contiene un %1 en lugar de un VCALENDAR.</translation>
    </message>
    <message>
        <source>The calendar has no events.</source>
        <translation>El calendario no tiene eventos.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Mostrar solo las filas con &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import Cities</source>
        <translation>Importar ciudades</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Checking %1: row %2 of %3…</source>
        <translation>Comprobando %1: fila %2 de %3…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <source>%1 has no rows to import.</source>
        <translation>%1 no tiene filas que importar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ready, %1 with problems. Correct them in the file and import it again: nothing is imported while a row has a problem.</source>
        <translation>
            <numerusform>%Ln fila lista, %1 con problemas. Corríjalos en el archivo e impórtelo de nuevo: no se importa nada mientras una fila tenga un problema.</numerusform>
            <numerusform>%Ln filas listas, %1 con problemas. Corríjalos en el archivo e impórtelo de nuevo: no se importa nada mientras una fila tenga un problema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ready to import.</source>
        <translation>
            <numerusform>%Ln fila lista para importar.</numerusform>
            <numerusform>%Ln filas listas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln city(ies)…</source>
        <translation>
            <numerusform>Importando %Ln ciudad…</numerusform>
            <numerusform>Importando %Ln ciudades…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln person(s)…</source>
        <translation>
            <numerusform>Importando %Ln persona…</numerusform>
            <numerusform>Importando %Ln personas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <source>Show the overdue action items</source>
        <translation>Mostrar las acciones vencidas</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sessions held / planned</source>
        <translation>Sesiones celebradas / planificadas</translation>
    </message>
    <message>
        <source>Held in Q%1 %2</source>
        <translation>Celebradas en el T%1 %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Pilots ready / assessed / total</source>
        <translation>Pilotos listos / evaluados / total</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Saved the preferences.</source>
        <translation>Se guardaron las preferencias.</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>&amp;Emparejamientos</translation>
    </message>
    <message>
        <source>&amp;Cities</source>
        <translation>&amp;Ciudades</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>Pe&amp;rsonas</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>Pi&amp;lots</source>
        <translation>Pi&amp;lotos</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Readiness &amp;Rubric</source>
        <translation>&amp;Rúbrica de preparación</translation>
    </message>
    <message>
        <source>&amp;About City2City Facilitator</source>
        <translation>&amp;Acerca de City2City Facilitator</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Created %1 with the programme&apos;s data.</source>
        <translation>Se creó %1 con los datos del programa.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>City2City databases (*.c2c *.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de City2City (*.c2c *.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>City2City databases (*.c2c)</source>
        <translation>Bases de datos de City2City (*.c2c)</translation>
    </message>
    <message>
        <source>%1 already exists; a new database never replaces a file. Use Open to open it.</source>
        <translation>%1 ya existe; una base de datos nueva nunca sustituye un archivo. Use Abrir para abrirlo.</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+8</source>
        <translation>Ctrl+1 … Ctrl+8</translation>
    </message>
    <message>
        <source>Dashboard, Pairings, Cities, People, Sessions, Actions, Pilots, Search</source>
        <translation>Panel, Emparejamientos, Ciudades, Personas, Sesiones, Acciones, Pilotos, Búsqueda</translation>
    </message>
    <message>
        <source>Ctrl+N / F2 / Delete</source>
        <translation>Ctrl+N / F2 / Delete</translation>
    </message>
    <message>
        <source>New, edit, delete in the current area</source>
        <translation>Nuevo, editar, eliminar en el área actual</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter or search the current area</source>
        <translation>Filtrar o buscar en el área actual</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Deshacer, rehacer</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+Shift+N</source>
        <translation>Ctrl+O / Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Open a database, create a new one</source>
        <translation>Abrir una base de datos, crear una nueva</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Hacer ahora una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Enter (on a session)</source>
        <translation>Enter (sobre una sesión)</translation>
    </message>
    <message>
        <source>Run the session in its own window</source>
        <translation>Conducir la sesión en su propia ventana</translation>
    </message>
    <message>
        <source>In a session: Ctrl+Shift+1 … 5</source>
        <translation>En una sesión: Ctrl+Shift+1 … 5</translation>
    </message>
    <message>
        <source>New discussion, decision, insight, good practice, challenge entry</source>
        <translation>Nueva entrada de debate, decisión, aprendizaje, buena práctica, reto</translation>
    </message>
    <message>
        <source>In a session: Ctrl+Shift+A</source>
        <translation>En una sesión: Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Action item from the entry</source>
        <translation>Acción a partir de la entrada</translation>
    </message>
    <message>
        <source>In a session: Alt+Up / Alt+Down</source>
        <translation>En una sesión: Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>Previous / next agenda block</source>
        <translation>Bloque anterior / siguiente del orden del día</translation>
    </message>
    <message>
        <source>In a session: Ctrl+S</source>
        <translation>En una sesión: Ctrl+S</translation>
    </message>
    <message>
        <source>Save now (it is saved as you type anyway)</source>
        <translation>Guardar ahora (de todos modos se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 (read-only) — City2City Facilitator</source>
        <translation>%1 (solo lectura) — City2City Facilitator</translation>
    </message>
    <message>
        <source>%1 — City2City Facilitator</source>
        <translation>%1 — City2City Facilitator</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln emparejamiento</numerusform>
            <numerusform>%Ln emparejamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln city(ies)</source>
        <translation>
            <numerusform>%Ln ciudad</numerusform>
            <numerusform>%Ln ciudades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln país</numerusform>
            <numerusform>%Ln países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temas</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>About City2City Facilitator</source>
        <translation>Acerca de City2City Facilitator</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%1 (built with %2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt Charts&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libical&lt;/td&gt;&lt;td&gt;%5 (built with)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%1 (compilada con %2)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt Charts&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;SQLite&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libical&lt;/td&gt;&lt;td&gt;%5 (con la que se compiló)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;City2City Facilitator %1&lt;/h3&gt;&lt;p&gt;Plan, run and follow up the pairings of the UTM City2City programme.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Libraries:&lt;/p&gt;&lt;table cellspacing=4&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;City2City Facilitator %1&lt;/h3&gt;&lt;p&gt;Planifique, celebre y haga el seguimiento de los emparejamientos del programa UTM City2City.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Bibliotecas:&lt;/p&gt;&lt;table cellspacing=4&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;int Minutes…</source>
        <translation>&amp;Imprimir actas…</translation>
    </message>
    <message>
        <source>Print the minutes of the session selected in the Sessions area</source>
        <translation>Imprimir las actas de la sesión seleccionada en el área Sesiones</translation>
    </message>
    <message>
        <source>Select a session in the Sessions area to print its minutes; a session&apos;s own window prints them too.</source>
        <translation>Seleccione una sesión en el área Sesiones para imprimir sus actas; la ventana de la propia sesión también las imprime.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>MinutesData</name>
    <message>
        <source>Session %1: %2</source>
        <translation>Sesión %1: %2</translation>
    </message>
    <message>
        <source>Minutes — %1 %2</source>
        <translation>Acta — %1 %2</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <source>Insights and lessons learned</source>
        <translation>Aprendizajes y lecciones aprendidas</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>%1 · %2 · Session %3 — page %4 of %5</source>
        <translation>%1 · %2 · Sesión %3 — página %4 de %5</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>%1, %2–%3 UTC (%4 min)</source>
        <translation>%1, %2–%3 UTC (%4 min)</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>Aún no programada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>No se registró la asistencia.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people present.</source>
        <translation>
            <numerusform>%1 de %n persona presente.</numerusform>
            <numerusform>%1 de %n personas presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Facilitators and experts</source>
        <translation>Facilitadores y expertos</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Orden del día y acta</translation>
    </message>
    <message>
        <source>The session has no agenda.</source>
        <translation>La sesión no tiene orden del día.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>dirigido por %1</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Sin entradas.</translation>
    </message>
    <message>
        <source>General notes</source>
        <translation>Notas generales</translation>
    </message>
    <message>
        <source>Summary of decisions</source>
        <translation>Resumen de decisiones</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>No se registraron decisiones.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>No hay acciones.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Pilot readiness assessed</source>
        <translation>Preparación de pilotos evaluada</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no listo</translation>
    </message>
    <message>
        <source>Minutes can only be laid out in a graphical application (fonts need QGuiApplication).</source>
        <translation>El acta solo se puede maquetar en una aplicación gráfica (las fuentes necesitan QGuiApplication).</translation>
    </message>
    <message>
        <source>The page is too small for the minutes.</source>
        <translation>La página es demasiado pequeña para el acta.</translation>
    </message>
    <message>
        <source>Cannot start painting the minutes.</source>
        <translation>No se puede empezar a dibujar el acta.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the minutes.</source>
        <translation>No se puede empezar la página %1 del acta.</translation>
    </message>
    <message>
        <source>Cannot finish painting the minutes.</source>
        <translation>No se puede terminar de dibujar el acta.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>MinutesExportJob</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Sessions by month</source>
        <translation>Sesiones por mes</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
</context>
<context>
    <name>NameLookup</name>
    <message>
        <source>No city with id or name “%1”.</source>
        <translation>No hay ninguna ciudad con id o nombre “%1”.</translation>
    </message>
    <message>
        <source>Several cities are called “%1”: %2. Give the id.</source>
        <translation>Varias ciudades se llaman “%1”: %2. Indique el id.</translation>
    </message>
    <message>
        <source>No person with id or name “%1”.</source>
        <translation>No hay ninguna persona con id o nombre “%1”.</translation>
    </message>
    <message>
        <source>Several people are called “%1”: %2. Give the id.</source>
        <translation>Varias personas se llaman “%1”: %2. Indique el id.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>The entry no longer exists.</source>
        <translation>La entrada ya no existe.</translation>
    </message>
    <message>
        <source>The agenda block is not part of the entry&apos;s session.</source>
        <translation>El bloque del orden del día no forma parte de la sesión de la entrada.</translation>
    </message>
    <message>
        <source>The entry&apos;s session or city no longer exists.</source>
        <translation>La sesión o la ciudad de la entrada ya no existe.</translation>
    </message>
    <message>
        <source>The entry&apos;s city no longer exists.</source>
        <translation>La ciudad de la entrada ya no existe.</translation>
    </message>
</context>
<context>
    <name>OptionalBoolCombo</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PairingCharts</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Cycle: %1 of %2 held (min. %3)</source>
        <translation>Ciclo: %1 de %2 celebradas (mín. %3)</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Aún no planificado</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>to plan</source>
        <translation>por planificar</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>Aún no hay acciones</translation>
    </message>
    <message>
        <source>Open, on time</source>
        <translation>Abiertas, a tiempo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Action items of %1</source>
        <translation>Acciones de %1</translation>
    </message>
    <message>
        <source>Overdue action items of %1</source>
        <translation>Acciones vencidas de %1</translation>
    </message>
    <message>
        <source>Readiness of each city&apos;s pilot</source>
        <translation>Preparación del piloto de cada ciudad</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Aún no hay pilotos</translation>
    </message>
    <message>
        <source>Overall (%1)</source>
        <translation>Global (%1)</translation>
    </message>
    <message>
        <source>%1 (not assessed)</source>
        <translation>%1 (sin evaluar)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
</context>
<context>
    <name>PairingDetailWidget</name>
    <message>
        <source>Edit &amp;Pairing…</source>
        <translation>&amp;Editar emparejamiento…</translation>
    </message>
    <message>
        <source>Delete Pairing</source>
        <translation>Eliminar emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Plan C&amp;ycle…</source>
        <translation>&amp;Planificar ciclo…</translation>
    </message>
    <message>
        <source>Select a pairing to see its cities and challenge.</source>
        <translation>Seleccione un emparejamiento para ver sus ciudades y su reto.</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Member cities&lt;/b&gt; — local time now</source>
        <translation>&lt;b&gt;Ciudades miembro&lt;/b&gt; — hora local actual</translation>
    </message>
    <message>
        <source>Pairing details</source>
        <translation>Detalles del emparejamiento</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>P&amp;ilots</source>
        <translation>P&amp;ilotos</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciado el %1</translation>
    </message>
    <message>
        <source>Lead facilitator: %1</source>
        <translation>Facilitador principal: %1</translation>
    </message>
    <message>
        <source>No lead facilitator yet</source>
        <translation>Aún sin facilitador principal</translation>
    </message>
    <message numerus="yes">
        <source>Cycle: %1 of %n session(s) held or scheduled (%2 planned)%3</source>
        <translation>
            <numerusform>Ciclo: %1 de %n sesión celebrada o programada (%2 planificadas)%3</numerusform>
            <numerusform>Ciclo: %1 de %n sesiones celebradas o programadas (%2 planificadas)%3</numerusform>
        </translation>
    </message>
    <message>
        <source> — needs at least four</source>
        <translation> — necesita al menos cuatro</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>— none yet —</source>
        <translation>— ninguno todavía —</translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation>&amp;Iniciado el</translation>
    </message>
    <message>
        <source>&amp;Add City</source>
        <translation>&amp;Añadir ciudad</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>The challenge the cities work on together</source>
        <translation>El reto en el que las ciudades trabajan juntas</translation>
    </message>
    <message>
        <source>City to add</source>
        <translation>Ciudad que añadir</translation>
    </message>
    <message>
        <source>Type a city…</source>
        <translation>Escriba una ciudad…</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>&amp;Reto:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Lead facilitator:</source>
        <translation>&amp;Facilitador principal:</translation>
    </message>
    <message>
        <source>&amp;Member cities:</source>
        <translation>Ciudades &amp;miembro:</translation>
    </message>
    <message>
        <source>Edit Pairing %1</source>
        <translation>Editar el emparejamiento %1</translation>
    </message>
    <message>
        <source>Add Pairing</source>
        <translation>Añadir emparejamiento</translation>
    </message>
    <message>
        <source>%1 is already a member of this pairing.</source>
        <translation>%1 ya es miembro de este emparejamiento.</translation>
    </message>
    <message>
        <source>No city named “%1”; add it under Cities first.</source>
        <translation>No hay ninguna ciudad llamada “%1”; añádala primero en Ciudades.</translation>
    </message>
</context>
<context>
    <name>PairingListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PairingMembersModel</name>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Diferencia horaria</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>PairingPilotsModel</name>
    <message>
        <source>No pilot yet</source>
        <translation>Aún sin piloto</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Preparado</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparado</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
</context>
<context>
    <name>PairingPilotsWidget</name>
    <message>
        <source>&amp;Add Pilot…</source>
        <translation>&amp;Añadir piloto…</translation>
    </message>
    <message>
        <source>Asse&amp;ss…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <source>&amp;Open in Pilots</source>
        <translation>A&amp;brir en Pilotos</translation>
    </message>
    <message>
        <source>Pilots of the member cities</source>
        <translation>Pilotos de las ciudades miembro</translation>
    </message>
    <message>
        <source>Added the pilot.</source>
        <translation>Piloto añadido.</translation>
    </message>
    <message>
        <source>Saved the assessment; the earlier ones stay in the history.</source>
        <translation>Evaluación guardada; las anteriores se conservan en el historial.</translation>
    </message>
</context>
<context>
    <name>PairingProgressWidget</name>
    <message>
        <source>No pairing selected</source>
        <translation>Ningún emparejamiento seleccionado</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Readiness of each city&apos;s pilot</source>
        <translation>Preparación del piloto de cada ciudad</translation>
    </message>
</context>
<context>
    <name>PairingStore</name>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>El emparejamiento ya no existe.</translation>
    </message>
    <message>
        <source>No pairing with id or code “%1”.</source>
        <translation>No hay ningún emparejamiento con el id o código “%1”.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another pairing.</source>
        <translation>El código %1 ya lo usa otro emparejamiento.</translation>
    </message>
    <message>
        <source>A city with a pilot in this pairing cannot be removed from it.</source>
        <translation>Una ciudad con un piloto en este emparejamiento no se puede quitar de él.</translation>
    </message>
    <message>
        <source>One of the member cities no longer exists.</source>
        <translation>Una de las ciudades miembro ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Sessions in this pairing, with their minutes: %n. The pairing was not deleted; set its status to cancelled instead.</source>
        <translation>
            <numerusform>Sesiones en este emparejamiento, con sus actas: %n. El emparejamiento no se eliminó; márquelo como cancelado en su lugar.</numerusform>
            <numerusform>Sesiones en este emparejamiento, con sus actas: %n. El emparejamiento no se eliminó; márquelo como cancelado en su lugar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pilots in this pairing: %n. The pairing was not deleted.</source>
        <translation>
            <numerusform>Pilotos en este emparejamiento: %n. El emparejamiento no se eliminó.</numerusform>
            <numerusform>Pilotos en este emparejamiento: %n. El emparejamiento no se eliminó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Filter by code, city, country or challenge…</source>
        <translation>Filtrar por código, ciudad, país o reto…</translation>
    </message>
    <message>
        <source>Filter pairings</source>
        <translation>Filtrar emparejamientos</translation>
    </message>
    <message>
        <source>&amp;New Pairing…</source>
        <translation>&amp;Nuevo emparejamiento…</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Emparejamientos</translation>
    </message>
    <message numerus="yes">
        <source>Pairings: %n</source>
        <translation>
            <numerusform>Emparejamientos: %n</numerusform>
            <numerusform>Emparejamientos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairings: %1 of %n</source>
        <translation>
            <numerusform>Emparejamientos: %1 de %n</numerusform>
            <numerusform>Emparejamientos: %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1. Note: %2</source>
        <translation>Se guardó %1. Nota: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Deleted pairing %1.</source>
        <translation>Se eliminó el emparejamiento %1.</translation>
    </message>
    <message>
        <source>Reading the pairings…</source>
        <translation>Leyendo los emparejamientos…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Filter people by name, organisation or e-mail…</source>
        <translation>Filtrar personas por nombre, organización o correo electrónico…</translation>
    </message>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>Personas: %n</numerusform>
            <numerusform>Personas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches</source>
        <translation>Nadie coincide</translation>
    </message>
    <message>
        <source>No people yet: add one with Add…</source>
        <translation>Aún no hay personas: añada una con Añadir…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>e.g. City Council, university, company</source>
        <translation>p. ej., ayuntamiento, universidad, empresa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Añadir persona</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>Pairings led by this person: %n. Choose another lead facilitator for them first.</source>
        <translation>
            <numerusform>Emparejamientos dirigidos por esta persona: %n. Elija antes otro facilitador principal para él.</numerusform>
            <numerusform>Emparejamientos dirigidos por esta persona: %n. Elija antes otro facilitador principal para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This person appears in session attendance or action items, which would lose their name; the person was not deleted.</source>
        <translation>Esta persona figura en la asistencia de sesiones o en acciones, que perderían su nombre; la persona no se eliminó.</translation>
    </message>
    <message numerus="yes">
        <source>Agenda blocks owned by this person: %n. Choose another owner for them first.</source>
        <translation>
            <numerusform>Bloques del orden del día a cargo de esta persona: %n. Elija antes otro responsable para él.</numerusform>
            <numerusform>Bloques del orden del día a cargo de esta persona: %n. Elija antes otro responsable para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these people are named now in pairings, attendance, action items or agendas; they were not removed.</source>
        <translation>Algunas de estas personas figuran ahora en emparejamientos, asistencias, acciones u órdenes del día; no se quitaron.</translation>
    </message>
    <message>
        <source>Some of these people no longer exist; nothing was removed.</source>
        <translation>Algunas de estas personas ya no existen; no se quitó nada.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>PilotAssessmentsWidget</name>
    <message>
        <source>A&amp;ssess…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <source>Edit Assessment…</source>
        <translation>Editar evaluación…</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Saved the assessment; the earlier ones stay in the history.</source>
        <translation>Evaluación guardada; las anteriores se conservan en el historial.</translation>
    </message>
    <message>
        <source>Saved the assessment.</source>
        <translation>Evaluación guardada.</translation>
    </message>
    <message>
        <source>Deleted the assessment. Undo brings it back.</source>
        <translation>Evaluación eliminada. Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>PilotCharts</name>
    <message>
        <source>S%1, %2</source>
        <translation>S%1, %2</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Preparación por dimensión</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Previous: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Última: %1</translation>
    </message>
    <message>
        <source>Overall readiness over the cycle</source>
        <translation>Preparación global a lo largo del ciclo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Overall (%1)</source>
        <translation>Global (%1)</translation>
    </message>
    <message>
        <source>Ready (all at %1+)</source>
        <translation>Preparado (todas en %1+)</translation>
    </message>
</context>
<context>
    <name>PilotChartsWidget</name>
    <message>
        <source>No pilot selected</source>
        <translation>Ningún piloto seleccionado</translation>
    </message>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>El piloto ya no existe.</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Preparación por dimensión</translation>
    </message>
    <message>
        <source>Overall readiness over the cycle</source>
        <translation>Preparación global a lo largo del ciclo</translation>
    </message>
</context>
<context>
    <name>PilotDetailWidget</name>
    <message>
        <source>Select a pilot to see its plan and readiness.</source>
        <translation>Seleccione un piloto para ver su plan y su preparación.</translation>
    </message>
    <message>
        <source>Edi&amp;t Pilot…</source>
        <translation>&amp;Editar piloto…</translation>
    </message>
    <message>
        <source>Open &amp;Pairing</source>
        <translation>Abrir em&amp;parejamiento</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation>E&amp;valuaciones</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Inspired by:</source>
        <translation>Inspirado en:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Academia:</source>
        <translation>Sector académico:</translation>
    </message>
    <message>
        <source>Private sector:</source>
        <translation>Sector privado:</translation>
    </message>
    <message>
        <source>Others:</source>
        <translation>Otros:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Expected start:</source>
        <translation>Inicio previsto:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readiness:&lt;/b&gt; not assessed yet</source>
        <translation>&lt;b&gt;Preparación:&lt;/b&gt; aún sin evaluar</translation>
    </message>
    <message>
        <source>Assess it on the rubric (Assessments tab) to see where it stands.</source>
        <translation>Evalúelo con la rúbrica (pestaña Evaluaciones) para ver en qué punto está.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Readiness %1&lt;/b&gt; · stage: %2 · assessed %3</source>
        <translation>&lt;b&gt;Preparación %1&lt;/b&gt; · etapa: %2 · evaluado el %3</translation>
    </message>
</context>
<context>
    <name>PilotDialog</name>
    <message>
        <source>— choose a pairing —</source>
        <translation>— elija un emparejamiento —</translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Conocido:</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>What the city will implement, in a few words</source>
        <translation>Lo que la ciudad pondrá en marcha, en pocas palabras</translation>
    </message>
    <message>
        <source>The pilot: what, where, for whom, and what it should achieve</source>
        <translation>El piloto: qué, dónde, para quién y qué debe lograr</translation>
    </message>
    <message>
        <source>Inspired by city</source>
        <translation>Ciudad de inspiración</translation>
    </message>
    <message>
        <source>The practice it adapts, e.g. “Low-temperature district heating”</source>
        <translation>La práctica que adapta, p. ej., “Calefacción urbana de baja temperatura”</translation>
    </message>
    <message>
        <source>Inspired by practice</source>
        <translation>Práctica de inspiración</translation>
    </message>
    <message>
        <source>Universities, research institutes</source>
        <translation>Universidades, institutos de investigación</translation>
    </message>
    <message>
        <source>Companies, utilities, start-ups</source>
        <translation>Empresas, compañías de servicios públicos, empresas emergentes</translation>
    </message>
    <message>
        <source>NGOs, citizens&apos; groups, other public bodies</source>
        <translation>ONG, grupos ciudadanos, otros organismos públicos</translation>
    </message>
    <message>
        <source>Expected start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation>&amp;Emparejamiento:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Inspired by city:</source>
        <translation>&amp;Inspirado en la ciudad:</translation>
    </message>
    <message>
        <source>… or p&amp;ractice:</source>
        <translation>… o en la p&amp;ráctica:</translation>
    </message>
    <message>
        <source>&amp;Academic partners:</source>
        <translation>Socios &amp;académicos:</translation>
    </message>
    <message>
        <source>Pri&amp;vate-sector partners:</source>
        <translation>Socios del sector pri&amp;vado:</translation>
    </message>
    <message>
        <source>&amp;Other partners:</source>
        <translation>&amp;Otros socios:</translation>
    </message>
    <message>
        <source>Expected start:</source>
        <translation>Inicio previsto:</translation>
    </message>
    <message>
        <source>This pairing has no member cities yet.</source>
        <translation>Este emparejamiento aún no tiene ciudades miembro.</translation>
    </message>
    <message>
        <source>⚠ %1 already has a pilot in this pairing: edit that one instead.</source>
        <translation>⚠ %1 ya tiene un piloto en este emparejamiento: edite ese en su lugar.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>%1 (%2) — peer in this pairing</source>
        <translation>%1 (%2) — homóloga en este emparejamiento</translation>
    </message>
    <message>
        <source>New Pilot</source>
        <translation>Nuevo piloto</translation>
    </message>
    <message>
        <source>Edit Pilot</source>
        <translation>Editar piloto</translation>
    </message>
</context>
<context>
    <name>PilotPlanWidget</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Pilot plan</source>
        <translation>Plan del piloto</translation>
    </message>
    <message>
        <source>&amp;Clear Cell</source>
        <translation>&amp;Vaciar celda</translation>
    </message>
    <message>
        <source>New action: its title, then Enter</source>
        <translation>Nueva acción: su título y después Intro</translation>
    </message>
    <message>
        <source>New plan action</source>
        <translation>Nueva acción del plan</translation>
    </message>
    <message>
        <source>Added the plan action “%1”.</source>
        <translation>Se añadió la acción del plan “%1”.</translation>
    </message>
    <message>
        <source>Deleted the plan action “%1”. Undo brings it back.</source>
        <translation>Se eliminó la acción del plan “%1”. Deshacer la recupera.</translation>
    </message>
</context>
<context>
    <name>PilotStore</name>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>El piloto ya no existe.</translation>
    </message>
    <message>
        <source>The plan action no longer exists.</source>
        <translation>La acción del plan ya no existe.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>La evaluación ya no existe.</translation>
    </message>
    <message>
        <source>This city already has a pilot in this pairing.</source>
        <translation>Esta ciudad ya tiene un piloto en este emparejamiento.</translation>
    </message>
    <message>
        <source>The city is not a member of the pairing, or the inspiring city no longer exists.</source>
        <translation>La ciudad no es miembro del emparejamiento, o la ciudad de inspiración ya no existe.</translation>
    </message>
    <message>
        <source>The inspiring city no longer exists.</source>
        <translation>La ciudad de inspiración ya no existe.</translation>
    </message>
    <message>
        <source>A pilot stays with its pairing and city; add a pilot for another city instead.</source>
        <translation>Un piloto permanece en su emparejamiento y su ciudad; añada en su lugar un piloto para otra ciudad.</translation>
    </message>
    <message>
        <source>The session is not one of the pilot&apos;s pairing, or no longer exists.</source>
        <translation>La sesión no pertenece al emparejamiento del piloto, o ya no existe.</translation>
    </message>
</context>
<context>
    <name>PilotTableModel</name>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Preparado</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparado</translation>
    </message>
    <message>
        <source>Assessments so far: %1</source>
        <translation>Evaluaciones hasta ahora: %1</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: sin evaluar</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencias: %1</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
</context>
<context>
    <name>PilotValidation</name>
    <message>
        <source>A pilot needs a title.</source>
        <translation>Un piloto necesita un título.</translation>
    </message>
    <message>
        <source>The pilot&apos;s title is too long (at most 200 characters).</source>
        <translation>El título del piloto es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A pilot belongs to one city of a pairing: choose both.</source>
        <translation>Un piloto pertenece a una ciudad de un emparejamiento: elija ambos.</translation>
    </message>
    <message>
        <source>A pilot is inspired by a peer city, not by its own city.</source>
        <translation>Un piloto se inspira en una ciudad homóloga, no en su propia ciudad.</translation>
    </message>
    <message>
        <source>A plan action needs a title.</source>
        <translation>Una acción del plan necesita un título.</translation>
    </message>
    <message>
        <source>The plan action&apos;s title is too long (at most 200 characters).</source>
        <translation>El título de la acción del plan es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A plan action belongs to a pilot.</source>
        <translation>Una acción del plan pertenece a un piloto.</translation>
    </message>
    <message>
        <source>The plan action “%1” ends before it starts.</source>
        <translation>La acción del plan “%1” termina antes de empezar.</translation>
    </message>
    <message>
        <source>A cost is a positive amount, or left empty.</source>
        <translation>Un coste es un importe positivo, o se deja vacío.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or USD, not “%1”.</source>
        <translation>Una moneda es un código de tres letras como EUR o USD, no “%1”.</translation>
    </message>
    <message>
        <source>Give the currency of the cost (EUR, USD, ...).</source>
        <translation>Indique la moneda del coste (EUR, USD, ...).</translation>
    </message>
    <message>
        <source>An assessment belongs to a pilot.</source>
        <translation>Una evaluación pertenece a un piloto.</translation>
    </message>
    <message>
        <source>An assessment is made at a session or on a date.</source>
        <translation>Una evaluación se hace en una sesión o en una fecha.</translation>
    </message>
    <message>
        <source>An assessment gives a level to at least one dimension.</source>
        <translation>Una evaluación asigna un nivel al menos a una dimensión.</translation>
    </message>
    <message>
        <source>A level must be from 1 to 9.</source>
        <translation>Un nivel debe estar entre 1 y 9.</translation>
    </message>
    <message>
        <source>The dimension “%1” is assessed twice.</source>
        <translation>La dimensión “%1” se evalúa dos veces.</translation>
    </message>
</context>
<context>
    <name>PilotsPage</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Ready or not</source>
        <translation>Preparados o no</translation>
    </message>
    <message>
        <source>Ready to pilot</source>
        <translation>Preparados para pilotar</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparados</translation>
    </message>
    <message>
        <source>Filter by title, city or pairing…</source>
        <translation>Filtrar por título, ciudad o emparejamiento…</translation>
    </message>
    <message>
        <source>Filter pilots</source>
        <translation>Filtrar pilotos</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>&amp;New Pilot…</source>
        <translation>&amp;Nuevo piloto…</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All pairings</source>
        <translation>Todos los emparejamientos</translation>
    </message>
    <message>
        <source>Pilots: %1 · ready to pilot: %2</source>
        <translation>Pilotos: %1 · preparados para pilotar: %2</translation>
    </message>
    <message>
        <source>Added the pilot.</source>
        <translation>Piloto añadido.</translation>
    </message>
    <message>
        <source>Saved the pilot.</source>
        <translation>Piloto guardado.</translation>
    </message>
    <message>
        <source>Deleted the pilot “%1” with its plan and assessments. Undo brings them back.</source>
        <translation>Se eliminó el piloto “%1” con su plan y sus evaluaciones. Deshacer los recupera.</translation>
    </message>
</context>
<context>
    <name>PlanActionsModel</name>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD, e.g. 2027-09-01.</source>
        <translation>“%1” no es una fecha: escríbala como AAAA-MM-DD, p. ej., 2027-09-01.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a number such as 12500.</source>
        <translation>“%1” no es un importe: escriba un número como 12500.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message>
        <source>Plan Cycle of %1</source>
        <translation>Planificar el ciclo de %1</translation>
    </message>
    <message>
        <source>Proposed sessions</source>
        <translation>Sesiones propuestas</translation>
    </message>
    <message>
        <source>Four sessions over twelve months — matchmaking, sharing, learning and showcasing — each in the week of its date at the best time for every member city, with the default agenda of its kind. Double-click one to change it before the sessions are created.</source>
        <translation>Cuatro sesiones a lo largo de doce meses — conexión, intercambio, aprendizaje y exposición — cada una en la semana de su fecha, a la mejor hora para todas las ciudades miembro y con el orden del día predeterminado de su tipo. Haga doble clic en una para cambiarla antes de crear las sesiones.</translation>
    </message>
    <message>
        <source>First session in the &amp;week of:</source>
        <translation>Primera sesión en la &amp;semana del:</translation>
    </message>
    <message>
        <source>&amp;Create Sessions</source>
        <translation>&amp;Crear sesiones</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message numerus="yes">
        <source>The pairing already has %n session(s); these follow them.</source>
        <translation>
            <numerusform>El emparejamiento ya tiene %n sesión; las nuevas van después de ella.</numerusform>
            <numerusform>El emparejamiento ya tiene %n sesiones; las nuevas van después de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Aún sin hora</translation>
    </message>
    <message>
        <source>Session %1 · %2 · %3 min
%4</source>
        <translation>Sesión %1 · %2 · %3 min
%4</translation>
    </message>
    <message>
        <source>Plan cycle of %1</source>
        <translation>Planificación del ciclo de %1</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Your name is too long: at most %1 characters.</source>
        <translation>Su nombre es demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is too long: at most %1 characters.</source>
        <translation>El nombre de la organización es demasiado largo: %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>El horario laboral debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Elija al menos un día laborable.</translation>
    </message>
    <message>
        <source>Keep between 1 and 999 backups.</source>
        <translation>Conserve entre 1 y 999 copias de seguridad.</translation>
    </message>
    <message>
        <source>The app has no translation into “%1”.</source>
        <translation>La aplicación no tiene traducción al «%1».</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Written into the change log with every edit. Empty: your login name.</source>
        <translation>Se escribe en el registro de cambios con cada edición. Vacío: su nombre de usuario.</translation>
    </message>
    <message>
        <source>e.g. Urban Transitions Mission secretariat</source>
        <translation>p. ej., secretaría de la Urban Transitions Mission</translation>
    </message>
    <message>
        <source>Shown on the minutes and the progress report.</source>
        <translation>Se muestra en las actas y en el informe de progreso.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>has&amp;ta</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que conservar</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>A city you add starts with these working hours; the slot finder can change them per city.</source>
        <translation>Una ciudad que añada empieza con este horario laboral; el buscador de franjas horarias puede cambiarlo para cada ciudad.</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>&amp;Horario laboral:</translation>
    </message>
    <message>
        <source>Working &amp;days:</source>
        <translation>&amp;Días laborables:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conservar las más recientes:</translation>
    </message>
    <message>
        <source>of each database (also set in File ▸ Restore from Backup)</source>
        <translation>de cada base de datos (también se ajusta en Archivo ▸ Restaurar desde copia de seguridad)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>applies the next time the app starts</source>
        <translation>se aplica la próxima vez que se inicie la aplicación</translation>
    </message>
</context>
<context>
    <name>ProgrammeCharts</name>
    <message>
        <source>Pairings by theme and stage</source>
        <translation>Emparejamientos por tema y etapa</translation>
    </message>
    <message>
        <source>No pairings yet</source>
        <translation>Aún no hay emparejamientos</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Pilots by theme and overall readiness</source>
        <translation>Pilotos por tema y preparación global</translation>
    </message>
    <message>
        <source>No pilots yet</source>
        <translation>Aún no hay pilotos</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>Pilots ready to pilot</source>
        <translation>Pilotos preparados para pilotar</translation>
    </message>
    <message>
        <source>Pilots ready to pilot: %1 of %2</source>
        <translation>Pilotos preparados para pilotar: %1 de %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparados</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparados</translation>
    </message>
    <message>
        <source>Sessions by theme: %1 held of %2 planned</source>
        <translation>Sesiones por tema: %1 celebradas de %2 planificadas</translation>
    </message>
    <message>
        <source>Sessions by theme</source>
        <translation>Sesiones por tema</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebradas</translation>
    </message>
    <message>
        <source>Planned, not held yet</source>
        <translation>Planificadas, aún no celebradas</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>Por planificar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Overdue action items by pairing</source>
        <translation>Acciones vencidas por emparejamiento</translation>
    </message>
    <message>
        <source>No overdue action items</source>
        <translation>No hay acciones vencidas</translation>
    </message>
    <message numerus="yes">
        <source>%1 (top %2 of %n pairings)</source>
        <translation>
            <numerusform>%1 (los %2 primeros de %n emparejamiento)</numerusform>
            <numerusform>%1 (los %2 primeros de %n emparejamientos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <source>Overdue action items of %1</source>
        <translation>Acciones vencidas de %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeQueries</name>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>El emparejamiento ya no existe.</translation>
    </message>
    <message>
        <source>Unknown country code “%1”.</source>
        <translation>Código de país desconocido: “%1”.</translation>
    </message>
</context>
<context>
    <name>ProgressQueries</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Matchmaking</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Showcasing</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Pilotaje</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The pairing no longer exists.</source>
        <translation>El emparejamiento ya no existe.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>UTM City2City</source>
        <translation>UTM City2City</translation>
    </message>
    <message>
        <source>Progress report — %1</source>
        <translation>Informe de progreso — %1</translation>
    </message>
    <message>
        <source>A report can only be laid out in a graphical application (fonts need QGuiApplication).</source>
        <translation>Un informe solo se puede maquetar en una aplicación gráfica (las fuentes necesitan QGuiApplication).</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>La página es demasiado pequeña para el informe.</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a fecha de %1</translation>
    </message>
    <message>
        <source>Cannot start painting the report.</source>
        <translation>No se puede empezar a dibujar el informe.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>No se puede empezar la página %1 del informe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Written %1 UTC</source>
        <translation>Generado el %1 UTC</translation>
    </message>
    <message>
        <source>Cannot finish painting the report.</source>
        <translation>No se puede terminar de dibujar el informe.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>A theme of the programme</source>
        <translation>Un tema del programa</translation>
    </message>
    <message>
        <source>Every theme and pairing of the programme</source>
        <translation>Todos los temas y emparejamientos del programa</translation>
    </message>
    <message>
        <source>Data as of %1 · written %2 UTC</source>
        <translation>Datos a fecha de %1 · generado el %2 UTC</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Cities engaged</source>
        <translation>Ciudades participantes</translation>
    </message>
    <message>
        <source>Countries engaged</source>
        <translation>Países participantes</translation>
    </message>
    <message>
        <source>Sessions held / planned</source>
        <translation>Sesiones celebradas / planificadas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(planned: not cancelled; at least %1 per pairing)</source>
        <translation>(planificadas: no canceladas; al menos %1 por emparejamiento)</translation>
    </message>
    <message>
        <source>Sessions held this quarter</source>
        <translation>Sesiones celebradas este trimestre</translation>
    </message>
    <message>
        <source>(%1 – %2)</source>
        <translation>(%1 – %2)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>(people present at one session or more)</source>
        <translation>(personas presentes en una o más sesiones)</translation>
    </message>
    <message>
        <source>Action items closed / open / overdue</source>
        <translation>Acciones cerradas / abiertas / vencidas</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>(of %1 agreed)</source>
        <translation>(de %1 acordadas)</translation>
    </message>
    <message>
        <source>Pilots at level %1 · %2</source>
        <translation>Pilotos en el nivel %1 · %2</translation>
    </message>
    <message>
        <source>(stage: %1)</source>
        <translation>(etapa: %1)</translation>
    </message>
    <message>
        <source>Pilots not assessed yet</source>
        <translation>Pilotos aún sin evaluar</translation>
    </message>
    <message>
        <source>Pilots ready to pilot</source>
        <translation>Pilotos preparados para pilotar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(%1 assessed)</source>
        <translation>(%1 evaluados)</translation>
    </message>
    <message>
        <source>Readiness rule.</source>
        <translation>Regla de preparación.</translation>
    </message>
    <message>
        <source>%1 (version %2), levels: %3.</source>
        <translation>%1 (versión %2), niveles: %3.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Sessions of the cycle</source>
        <translation>Sesiones del ciclo</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <translation>Aún no hay sesiones planificadas.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>aún sin fecha</translation>
    </message>
    <message>
        <source>No pairings in this scope.</source>
        <translation>No hay emparejamientos en este ámbito.</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Actions open / done / overdue</source>
        <translation>Acciones abiertas / hechas / vencidas</translation>
    </message>
    <message>
        <source>Pilots ready / total</source>
        <translation>Pilotos preparados / total</translation>
    </message>
    <message>
        <source>Lowest readiness</source>
        <translation>Preparación más baja</translation>
    </message>
    <message>
        <source>no pilot</source>
        <translation>sin piloto</translation>
    </message>
    <message>
        <source>Red: fewer than four sessions planned, or action items overdue.</source>
        <translation>En rojo: menos de cuatro sesiones planificadas, o acciones vencidas.</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Pilotos</translation>
    </message>
    <message>
        <source>No pilots in this scope yet.</source>
        <translation>Aún no hay pilotos en este ámbito.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Piloto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall (avg)</source>
        <translation>Global (media)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Levels of the latest assessment.</source>
        <translation>Niveles de la última evaluación.</translation>
    </message>
    <message>
        <source>Levels of the latest assessment. %1.</source>
        <translation>Niveles de la última evaluación. %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Red: below level %1, the level every dimension needs for the pilot to be ready.</source>
        <translation>En rojo: por debajo del nivel %1, el nivel que necesita cada dimensión para que el piloto esté preparado.</translation>
    </message>
    <message>
        <source>Pilot plans</source>
        <translation>Planes de los pilotos</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>No plan yet: %1.</source>
        <translation>Aún sin plan: %1.</translation>
    </message>
</context>
<context>
    <name>ReadinessQueries</name>
    <message>
        <source>The pilot no longer exists.</source>
        <translation>El piloto ya no existe.</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>lowest</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín</translation>
    </message>
    <message>
        <source>avg</source>
        <translation>media</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Ready to pilot</source>
        <translation>Preparado para pilotar</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>por debajo de %1: %2</translation>
    </message>
    <message>
        <source>not assessed: %1</source>
        <translation>sin evaluar: %1</translation>
    </message>
    <message>
        <source>Not ready — %1</source>
        <translation>No preparado — %1</translation>
    </message>
</context>
<context>
    <name>RecentDatabasesMenu</name>
    <message>
        <source>Open Rec&amp;ent</source>
        <translation>Abrir r&amp;eciente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted); it was taken off the recent list.</source>
        <translation>%1 ya no está ahí (se movió o se eliminó); se quitó de la lista de recientes.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. They are kept in %2.
Restoring replaces the data in the database with the backup&apos;s; the data there now is backed up first.</source>
        <translation>Copias de seguridad de %1, de la más reciente a la más antigua. Se guardan en %2.
Restaurar sustituye los datos de la base de datos por los de la copia; antes se hace una copia de seguridad de los datos actuales.</translation>
    </message>
    <message>
        <source>No backups yet. One is made when the database is opened (once a day), before every update of its format, and with File › Back Up Now.</source>
        <translation>Aún no hay copias de seguridad. Se hace una al abrir la base de datos (una vez al día), antes de cada actualización de su formato y con Archivo › Hacer copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias de seguridad que conservar</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Conservar las más recientes</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>copias</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup of %2?</source>
        <translation>¿Sustituir los datos de %1 por la copia de seguridad del %2?</translation>
    </message>
    <message>
        <source>The data there now is backed up first, so this can be undone by restoring that backup. Open session windows are saved and closed.</source>
        <translation>Antes se hace una copia de seguridad de los datos actuales, así que esto se puede deshacer restaurando esa copia. Las ventanas de sesión abiertas se guardan y se cierran.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>The readiness rubric is not valid: %1</source>
        <translation>La rúbrica de preparación no es válida: %1</translation>
    </message>
    <message>
        <source>Cannot read the readiness rubric %1: %2</source>
        <translation>No se puede leer la rúbrica de preparación %1: %2</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 en el carácter %2</translation>
    </message>
    <message>
        <source>the file does not hold one object</source>
        <translation>el archivo no contiene un único objeto</translation>
    </message>
    <message>
        <source>it needs an id, a name and a version of 1 or more</source>
        <translation>necesita un id, un nombre y una versión de 1 o superior</translation>
    </message>
    <message>
        <source>it needs at least two levels</source>
        <translation>necesita al menos dos niveles</translation>
    </message>
    <message>
        <source>levels must be whole numbers from 1 to 9, in order, without gaps</source>
        <translation>los niveles deben ser números enteros del 1 al 9, en orden y sin huecos</translation>
    </message>
    <message>
        <source>level %1 has no name</source>
        <translation>el nivel %1 no tiene nombre</translation>
    </message>
    <message>
        <source>it has no dimensions</source>
        <translation>no tiene dimensiones</translation>
    </message>
    <message>
        <source>every dimension needs an id and a name</source>
        <translation>cada dimensión necesita un id y un nombre</translation>
    </message>
    <message>
        <source>the dimension id &quot;%1&quot; is used twice</source>
        <translation>el id de dimensión &quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>the dimension &quot;%1&quot; needs one descriptor for each of the %2 levels</source>
        <translation>la dimensión &quot;%1&quot; necesita un descriptor para cada uno de los %2 niveles</translation>
    </message>
    <message>
        <source>every source needs a title</source>
        <translation>cada fuente necesita un título</translation>
    </message>
    <message>
        <source>the rules &quot;overall&quot; and &quot;shownBesideOverall&quot; must each be lowest, average or highest</source>
        <translation>las reglas &quot;overall&quot; y &quot;shownBesideOverall&quot; deben ser cada una lowest, average o highest</translation>
    </message>
    <message>
        <source>the rule &quot;readyWhenEveryDimensionAtLeast&quot; must be a level of the scale</source>
        <translation>la regla &quot;readyWhenEveryDimensionAtLeast&quot; debe ser un nivel de la escala</translation>
    </message>
    <message>
        <source>the lowest level</source>
        <translation>el nivel más bajo</translation>
    </message>
    <message>
        <source>the average level</source>
        <translation>el nivel medio</translation>
    </message>
    <message>
        <source>the highest level</source>
        <translation>el nivel más alto</translation>
    </message>
    <message>
        <source>A pilot&apos;s overall readiness is %1 of its latest assessment (%2 is shown beside it). It is ready to pilot when every dimension is at level %3 or higher; a dimension left out of the assessment is not ready.</source>
        <translation>La preparación global de un piloto es %1 de su última evaluación (junto a ella se muestra %2). Está preparado para pilotar cuando todas las dimensiones están en el nivel %3 o superior; una dimensión que queda fuera de la evaluación no está preparada.</translation>
    </message>
    <message>
        <source>The readiness rubric has no dimension &quot;%1&quot;.</source>
        <translation>La rúbrica de preparación no tiene ninguna dimensión &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A level of &quot;%1&quot; must be from %2 to %3, not %4.</source>
        <translation>Un nivel de &quot;%1&quot; debe estar entre %2 y %3, no %4.</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <source>Readiness Rubric</source>
        <translation>Rúbrica de preparación</translation>
    </message>
    <message>
        <source>Readiness rubric</source>
        <translation>Rúbrica de preparación</translation>
    </message>
    <message>
        <source>Levels and programme stages</source>
        <translation>Niveles y etapas del programa</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>Qué se cumple</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Rubric “%1”, version %2.</source>
        <translation>Rúbrica “%1”, versión %2.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>There is no kind “%1”. Kinds: %2.</source>
        <translation>No existe el tipo “%1”. Tipos: %2.</translation>
    </message>
    <message>
        <source>Ask for at least one hit.</source>
        <translation>Pida al menos un resultado.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Search every pairing&apos;s minutes: lessons, decisions, good practices, actions…</source>
        <translation>Buscar en las actas de todos los emparejamientos: lecciones, decisiones, buenas prácticas, acciones…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type words to find them in every session&apos;s minutes.</source>
        <translation>Escriba palabras para buscarlas en las actas de todas las sesiones.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Found: %1 (best first). Enter opens the session at that entry.</source>
        <translation>Encontrados: %1 (los mejores primero). Intro abre la sesión en esa entrada.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>%1 · Session %2</source>
        <translation>%1 · Sesión %2</translation>
    </message>
</context>
<context>
    <name>SessionCalendar</name>
    <message>
        <source>Session %1 has no date and time yet.</source>
        <translation>La sesión %1 aún no tiene fecha ni hora.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>UTM City2City pairing %1: %2</source>
        <translation>Emparejamiento UTM City2City %1: %2</translation>
    </message>
    <message>
        <source>Local start:</source>
        <translation>Inicio local:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Agenda (UTC):</source>
        <translation>Orden del día (UTC):</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Definida</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>e.g. Kick-off: our cities&apos; challenges</source>
        <translation>p. ej., Inicio: los retos de nuestras ciudades</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Venue of an in-person or hybrid session</source>
        <translation>Lugar de una sesión presencial o híbrida</translation>
    </message>
    <message>
        <source>Apply a template…</source>
        <translation>Aplicar una plantilla…</translation>
    </message>
    <message>
        <source>&amp;Find a Time…</source>
        <translation>&amp;Buscar una hora…</translation>
    </message>
    <message>
        <source>&amp;Pairing:</source>
        <translation>&amp;Emparejamiento:</translation>
    </message>
    <message>
        <source>&amp;Number in the cycle:</source>
        <translation>&amp;Número en el ciclo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Start (UT&amp;C):</source>
        <translation>Inicio (UT&amp;C):</translation>
    </message>
    <message>
        <source>Local times:</source>
        <translation>Horas locales:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>A&amp;genda (drag blocks to reorder):</source>
        <translation>O&amp;rden del día (arrastre los bloques para reordenarlos):</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Aún sin hora</translation>
    </message>
    <message>
        <source>Agenda: %1 of %2 min</source>
        <translation>Orden del día: %1 de %2 min</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
</context>
<context>
    <name>SessionNotesModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The session no longer exists.</source>
        <translation>La sesión ya no existe.</translation>
    </message>
    <message>
        <source>The pairing already has a session number %1.</source>
        <translation>El emparejamiento ya tiene una sesión número %1.</translation>
    </message>
    <message>
        <source>The session&apos;s pairing no longer exists.</source>
        <translation>El emparejamiento de la sesión ya no existe.</translation>
    </message>
    <message>
        <source>An agenda block with minutes written under it cannot be removed.</source>
        <translation>No se puede quitar un bloque del orden del día que tiene entradas del acta.</translation>
    </message>
    <message>
        <source>The session has minutes, attendance, action items or readiness assessments; it was not deleted. Set its status to cancelled instead.</source>
        <translation>La sesión tiene acta, asistencia, acciones o evaluaciones de preparación; no se eliminó. Cambie su estado a cancelada en su lugar.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 (unknown time zone)</source>
        <translation>%1 (zona horaria desconocida)</translation>
    </message>
    <message>
        <source>%1: unknown time zone “%2”</source>
        <translation>%1: zona horaria desconocida “%2”</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Aún sin hora</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>Horas locales</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
</context>
<context>
    <name>SessionWorkspace</name>
    <message>
        <source>— no particular city —</source>
        <translation>— ninguna ciudad en concreto —</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Entries of the agenda block</source>
        <translation>Entradas del bloque del orden del día</translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation>Texto de la entrada (Markdown)</translation>
    </message>
    <message>
        <source>Type here; it is saved as you type. Markdown: **bold**, - lists, [links](https://…)</source>
        <translation>Escriba aquí; se guarda a medida que escribe. Markdown: **negrita**, - listas, [enlaces](https://…)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Action items of the session</source>
        <translation>Acciones de la sesión</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>E&amp;ntries</source>
        <translation>E&amp;ntradas</translation>
    </message>
    <message>
        <source>New entry: %1 (Ctrl+Shift+%2)</source>
        <translation>Nueva entrada: %1 (Ctrl+Shift+%2)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Action &amp;Item…</source>
        <translation>A&amp;cción…</translation>
    </message>
    <message>
        <source>An action item from this entry (Ctrl+Shift+A)</source>
        <translation>Una acción a partir de esta entrada (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Attendance, actions and history</source>
        <translation>Asistencia, acciones e historial</translation>
    </message>
    <message>
        <source>Attendance and Actions</source>
        <translation>Asistencia y acciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>The minutes as a PDF to send to every city</source>
        <translation>El acta en PDF para enviar a todas las ciudades</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Assess Pilo&amp;t…</source>
        <translation>Evaluar pilo&amp;to…</translation>
    </message>
    <message>
        <source>Assess a member city&apos;s pilot on the readiness rubric at this session</source>
        <translation>Evaluar en esta sesión el piloto de una ciudad miembro con la rúbrica de preparación</translation>
    </message>
    <message>
        <source>No pilots yet: add them in the pairing&apos;s Pilots tab</source>
        <translation>Aún no hay pilotos: añádalos en la pestaña Pilotos del emparejamiento</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Next agenda block</source>
        <translation>Siguiente bloque del orden del día</translation>
    </message>
    <message>
        <source>Previous agenda block</source>
        <translation>Bloque anterior del orden del día</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Guardar ahora</translation>
    </message>
    <message>
        <source>%1 · Session %2: %3</source>
        <translation>%1 · Sesión %2: %3</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exportar acta</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Assessment saved: it appears in the pilot&apos;s history and in these minutes.</source>
        <translation>Evaluación guardada: aparece en el historial del piloto y en esta acta.</translation>
    </message>
    <message>
        <source>nothing typed yet</source>
        <translation>aún no se ha escrito nada</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardado a las %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1
Close and lose them?</source>
        <translation>No se pudieron guardar los últimos cambios: %1
¿Cerrar y perderlos?</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>All pairings</source>
        <translation>Todos los emparejamientos</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions of the chosen day</source>
        <translation>Sesiones del día elegido</translation>
    </message>
    <message>
        <source>Sessions as a list, a month or a cycle</source>
        <translation>Sesiones como lista, mes o ciclo</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <source>Agenda of the selected session</source>
        <translation>Orden del día de la sesión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open Session</source>
        <translation>&amp;Abrir sesión</translation>
    </message>
    <message>
        <source>Run the session: minutes, attendance and action items (Enter)</source>
        <translation>Dirigir la sesión: acta, asistencia y acciones (Intro)</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Elimina&amp;r</translation>
    </message>
    <message>
        <source>&amp;Plan Cycle…</source>
        <translation>&amp;Planificar ciclo…</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>Plantilla&amp;s…</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>Exportar ac&amp;tas…</translation>
    </message>
    <message>
        <source>The minutes as PDFs: of the chosen pairing, of every session of the chosen status, or of the selected session</source>
        <translation>Las actas en PDF: del emparejamiento elegido, de todas las sesiones del estado elegido o de la sesión seleccionada</translation>
    </message>
    <message>
        <source>The default agendas of each kind of session</source>
        <translation>Los órdenes del día predeterminados de cada tipo de sesión</translation>
    </message>
    <message>
        <source>Propose the four sessions of the chosen pairing&apos;s cycle</source>
        <translation>Proponer las cuatro sesiones del ciclo del emparejamiento elegido</translation>
    </message>
    <message>
        <source>Write the selected session, or the chosen pairing&apos;s whole cycle, as an .ics file</source>
        <translation>Escribir la sesión seleccionada, o todo el ciclo del emparejamiento elegido, como archivo .ics</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sesiones: %1</translation>
    </message>
    <message>
        <source>No sessions yet. Choose a pairing and Plan Cycle, or add a session.</source>
        <translation>Aún no hay sesiones. Elija un emparejamiento y Planificar ciclo, o añada una sesión.</translation>
    </message>
    <message>
        <source>Select a session.</source>
        <translation>Seleccione una sesión.</translation>
    </message>
    <message>
        <source>%1 · Session %2: %3</source>
        <translation>%1 · Sesión %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>No date and time yet.</source>
        <translation>Aún sin fecha ni hora.</translation>
    </message>
    <message>
        <source>%1 UTC · %2 #%3 %4 (%5)</source>
        <translation>%1 UTC · %2 #%3 %4 (%5)</translation>
    </message>
    <message>
        <source>No sessions on %1</source>
        <translation>No hay sesiones el %1</translation>
    </message>
    <message>
        <source>Choose a pairing above to see its cycle.</source>
        <translation>Elija un emparejamiento arriba para ver su ciclo.</translation>
    </message>
    <message>
        <source>Added session %1.</source>
        <translation>Se añadió la sesión %1.</translation>
    </message>
    <message>
        <source>Saved session %1.</source>
        <translation>Se guardó la sesión %1.</translation>
    </message>
    <message>
        <source>Deleted the session. Undo brings it back with its agenda.</source>
        <translation>Sesión eliminada. Deshacer la recupera con su orden del día.</translation>
    </message>
    <message>
        <source>Choose the pairing whose cycle you want to plan in the list above.</source>
        <translation>Elija en la lista de arriba el emparejamiento cuyo ciclo quiere planificar.</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n session(s). Undo removes them together.</source>
        <translation>
            <numerusform>Se planificó %n sesión. Deshacer la quita.</numerusform>
            <numerusform>Se planificaron %n sesiones. Deshacer las quita todas juntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a pairing or a status (e.g. Held), or select a session, whose minutes to export.</source>
        <translation>Para exportar actas, elija un emparejamiento o un estado (p. ej., Celebrada), o seleccione una sesión.</translation>
    </message>
    <message>
        <source>Export Minutes to Folder</source>
        <translation>Exportar actas a una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n archivo PDF en %1.</numerusform>
            <numerusform>Se escribieron %n archivos PDF en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Escribiendo las actas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelado tras %n archivo.</numerusform>
            <numerusform>Cancelado tras %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export: choose a pairing with scheduled sessions, or select a session that has a date and time.</source>
        <translation>Nada que exportar: elija un emparejamiento con sesiones programadas, o seleccione una sesión que tenga fecha y hora.</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>UTM City2City %1</source>
        <translation>UTM City2City %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n sesión en %1.</numerusform>
            <numerusform>Se escribieron %n sesiones en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotFinder</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 no es un día laborable</translation>
    </message>
    <message>
        <source>starts %1 before %2</source>
        <translation>empieza %1 antes de las %2</translation>
    </message>
    <message>
        <source>ends %1 after %2</source>
        <translation>termina %1 después de las %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Choose at least one city.</source>
        <translation>Elija al menos una ciudad.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (%2).</source>
        <translation>“%1” no es una zona horaria conocida (%2).</translation>
    </message>
    <message>
        <source>The working hours of %1 must end after they start.</source>
        <translation>El horario laboral de %1 debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>%1 has no working days.</source>
        <translation>%1 no tiene días laborables.</translation>
    </message>
    <message>
        <source>%1 has an unknown working day (%2).</source>
        <translation>%1 tiene un día laborable desconocido (%2).</translation>
    </message>
    <message>
        <source>The meeting needs a duration of at least one minute.</source>
        <translation>La reunión necesita una duración de al menos un minuto.</translation>
    </message>
    <message>
        <source>A meeting cannot be longer than a day.</source>
        <translation>Una reunión no puede durar más de un día.</translation>
    </message>
    <message>
        <source>Choose the first and the last date to search.</source>
        <translation>Elija la primera y la última fecha de la búsqueda.</translation>
    </message>
    <message>
        <source>The last date is before the first date.</source>
        <translation>La última fecha es anterior a la primera.</translation>
    </message>
    <message numerus="yes">
        <source>Search at most %n day(s) at a time.</source>
        <translation>
            <numerusform>Busque como máximo %n día cada vez.</numerusform>
            <numerusform>Busque como máximo %n días cada vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <source>Find a Time</source>
        <translation>Buscar una hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Each city&apos;s working hours in its own local time; changes are remembered.</source>
        <translation>El horario laboral de cada ciudad en su hora local; los cambios se recuerdan.</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>Horas propuestas</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;Use This Time</source>
        <translation>&amp;Usar esta hora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Working hours&lt;/b&gt; (local time of each city)</source>
        <translation>&lt;b&gt;Horario laboral&lt;/b&gt; (hora local de cada ciudad)</translation>
    </message>
    <message>
        <source>Working days of %1</source>
        <translation>Días laborables de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Times inside every city&apos;s working hours, best first (the city closest to the edge of its day has the most room):</source>
        <translation>Horas dentro del horario laboral de todas las ciudades, las mejores primero (la ciudad más cercana al límite de su jornada tiene el mayor margen):</translation>
    </message>
    <message>
        <source>&lt;b&gt;No time in these days falls inside every city&apos;s working hours.&lt;/b&gt; The closest, with who would be outside their hours:</source>
        <translation>&lt;b&gt;Ninguna hora de estos días cae dentro del horario laboral de todas las ciudades.&lt;/b&gt; Las más cercanas, con quién quedaría fuera de su horario:</translation>
    </message>
</context>
<context>
    <name>SlotListModel</name>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
</context>
<context>
    <name>SyntheticProgramme</name>
    <message>
        <source>The new database lacks themes, countries or the rubric.</source>
        <translation>A la nueva base de datos le faltan temas, países o la rúbrica.</translation>
    </message>
    <message>
        <source>The number of pairings must be from 1 to %1.</source>
        <translation>El número de emparejamientos debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>%1 already exists; generate writes a new file and never overwrites one.</source>
        <translation>%1 ya existe; generate escribe un archivo nuevo y nunca sobrescribe uno existente.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The new database could not be completed (its log was not written back).</source>
        <translation>No se pudo completar la nueva base de datos (su registro de transacciones no se volcó).</translation>
    </message>
    <message>
        <source>Could not move the new database to %1.</source>
        <translation>No se pudo mover la nueva base de datos a %1.</translation>
    </message>
    <message>
        <source>The new database is not an SQLite connection.</source>
        <translation>La nueva base de datos no es una conexión SQLite.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Elimina&amp;r</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Session Template</source>
        <translation>Plantilla de sesión</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>For &amp;sessions of kind:</source>
        <translation>Para &amp;sesiones del tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Blocks (drag to reorder):</source>
        <translation>&amp;Bloques (arrastre para reordenar):</translation>
    </message>
    <message>
        <source>Total: %1 min</source>
        <translation>Total: %1 min</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no template for %1 sessions.</source>
        <translation>No hay ninguna plantilla para sesiones de tipo %1.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>La plantilla ya no existe.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>Unknown session kind “%1”.</source>
        <translation>Tipo de sesión desconocido: “%1”.</translation>
    </message>
    <message>
        <source>Every block of a template needs a title and a duration.</source>
        <translation>Cada bloque de una plantilla necesita un título y una duración.</translation>
    </message>
    <message>
        <source>There is already a template named %1.</source>
        <translation>Ya hay una plantilla llamada %1.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Session Templates</source>
        <translation>Plantillas de sesión</translation>
    </message>
    <message>
        <source>Session templates</source>
        <translation>Plantillas de sesión</translation>
    </message>
    <message>
        <source>A new session starts from the template of its kind: your own before the one that came with the app. Save a session&apos;s agenda as a template from the session dialog.</source>
        <translation>Una sesión nueva parte de la plantilla de su tipo: la suya propia antes que la incluida en la aplicación. Guarde el orden del día de una sesión como plantilla desde el diálogo de la sesión.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Elimina&amp;r</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n block(s), %3 min%4</source>
        <translation>
            <numerusform>%1 — %2, %n bloque, %3 min%4</numerusform>
            <numerusform>%1 — %2, %n bloques, %3 min%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (shipped with the app)</source>
        <translation> (incluida en la aplicación)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>City2City Facilitator User Guide</source>
        <translation>Guía del usuario de City2City Facilitator</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Texto de la guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Índi&amp;ce</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A city needs a name.</source>
        <translation>Una ciudad necesita un nombre.</translation>
    </message>
    <message>
        <source>The city name is too long (at most 200 characters).</source>
        <translation>El nombre de la ciudad es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Choose the country of %1.</source>
        <translation>Elija el país de %1.</translation>
    </message>
    <message>
        <source>The population must be a positive number, or left unknown.</source>
        <translation>La población debe ser un número positivo, o quedar como desconocida.</translation>
    </message>
    <message>
        <source>Choose the time zone of %1 (an IANA id such as Europe/Kyiv).</source>
        <translation>Elija la zona horaria de %1 (un id de IANA como Europe/Kyiv).</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Use an IANA id such as Europe/Kyiv or Asia/Kathmandu.</source>
        <translation>“%1” no es una zona horaria conocida. Use un id de IANA como Europe/Kyiv o Asia/Kathmandu.</translation>
    </message>
    <message>
        <source>Unknown cohort status “%1”.</source>
        <translation>Estado de cohorte desconocido: “%1”.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>El nombre es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Choose the role of %1.</source>
        <translation>Elija la función de %1.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A pairing needs a code, such as E-07.</source>
        <translation>Un emparejamiento necesita un código, como E-07.</translation>
    </message>
    <message>
        <source>The pairing code is too long (at most 20 characters).</source>
        <translation>El código del emparejamiento es demasiado largo (20 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Choose the theme of the pairing.</source>
        <translation>Elija el tema del emparejamiento.</translation>
    </message>
    <message>
        <source>Describe the challenge the cities work on together.</source>
        <translation>Describa el reto en el que trabajan juntas las ciudades.</translation>
    </message>
    <message>
        <source>Unknown pairing status “%1”.</source>
        <translation>Estado de emparejamiento desconocido: “%1”.</translation>
    </message>
    <message>
        <source>A city can appear only once in a pairing.</source>
        <translation>Una ciudad solo puede aparecer una vez en un emparejamiento.</translation>
    </message>
    <message numerus="yes">
        <source>Pairings in the programme have 2 to 4 cities; this one has %n.</source>
        <translation>
            <numerusform>Los emparejamientos del programa tienen de 2 a 4 ciudades; este tiene %n.</numerusform>
            <numerusform>Los emparejamientos del programa tienen de 2 a 4 ciudades; este tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the pairing the session belongs to.</source>
        <translation>Elija el emparejamiento al que pertenece la sesión.</translation>
    </message>
    <message>
        <source>Unknown session kind “%1”.</source>
        <translation>Tipo de sesión desconocido: “%1”.</translation>
    </message>
    <message>
        <source>Unknown session status “%1”.</source>
        <translation>Estado de sesión desconocido: “%1”.</translation>
    </message>
    <message>
        <source>Unknown session mode “%1”.</source>
        <translation>Modalidad de sesión desconocida: “%1”.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>The session title is too long (at most 200 characters).</source>
        <translation>El título de la sesión es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A scheduled or held session needs a date and time.</source>
        <translation>Una sesión programada o celebrada necesita fecha y hora.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>“%1” is not a web link; use the meeting&apos;s https:// address.</source>
        <translation>“%1” no es un enlace web; use la dirección https:// de la reunión.</translation>
    </message>
    <message>
        <source>Agenda item %1 needs a title.</source>
        <translation>El punto %1 del orden del día necesita un título.</translation>
    </message>
    <message>
        <source>Agenda item “%1” has an impossible duration.</source>
        <translation>El punto “%1” del orden del día tiene una duración imposible.</translation>
    </message>
    <message>
        <source>The agenda takes %1 min but the session lasts %2 min.</source>
        <translation>El orden del día ocupa %1 min, pero la sesión dura %2 min.</translation>
    </message>
    <message>
        <source>An in-person or hybrid session needs a venue.</source>
        <translation>Una sesión presencial o híbrida necesita un lugar.</translation>
    </message>
    <message>
        <source>The session has no meeting link yet.</source>
        <translation>La sesión aún no tiene enlace de reunión.</translation>
    </message>
    <message>
        <source>Choose the session the entry belongs to.</source>
        <translation>Elija la sesión a la que pertenece la entrada.</translation>
    </message>
    <message>
        <source>An entry of the minutes needs some text.</source>
        <translation>Una entrada del acta necesita algo de texto.</translation>
    </message>
    <message>
        <source>Unknown kind of entry “%1”. Kinds: %2.</source>
        <translation>Tipo de entrada desconocido: “%1”. Tipos: %2.</translation>
    </message>
    <message>
        <source>The position of an entry cannot be negative.</source>
        <translation>La posición de una entrada no puede ser negativa.</translation>
    </message>
    <message>
        <source>Choose the session and the person.</source>
        <translation>Elija la sesión y la persona.</translation>
    </message>
    <message>
        <source>Unknown attendance “%1”. Use one of: %2.</source>
        <translation>Asistencia desconocida: “%1”. Use uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>Choose the session the action item comes from.</source>
        <translation>Elija la sesión de la que procede la acción.</translation>
    </message>
    <message>
        <source>An action item needs a description of what is to be done.</source>
        <translation>Una acción necesita una descripción de lo que hay que hacer.</translation>
    </message>
    <message>
        <source>The description is too long (at most 2000 characters).</source>
        <translation>La descripción es demasiado larga (2000 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Unknown action status “%1”. Use one of: %2.</source>
        <translation>Estado de acción desconocido: “%1”. Use uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>La fecha de vencimiento no es una fecha válida.</translation>
    </message>
    <message>
        <source>Only an action item that is done has a done date.</source>
        <translation>Solo una acción hecha tiene fecha de realización.</translation>
    </message>
    <message>
        <source>The done date is not a valid date.</source>
        <translation>La fecha de realización no es una fecha válida.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>City representative</source>
        <translation>Representante de la ciudad</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>In the UTM cohort</source>
        <translation>En la cohorte UTM</translation>
    </message>
    <message>
        <source>Joining the cohort</source>
        <translation>Incorporándose a la cohorte</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Antiguo miembro</translation>
    </message>
    <message>
        <source>Matchmaking / kick-off</source>
        <translation>Conexión / arranque</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Showcasing</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Study visit (in person)</source>
        <translation>Visita de estudio (presencial)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Insight / lesson learned</source>
        <translation>Aprendizaje / lección aprendida</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>WorkingHoursStore</name>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>El horario laboral debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Elija al menos un día laborable.</translation>
    </message>
    <message>
        <source>The city no longer exists.</source>
        <translation>La ciudad ya no existe.</translation>
    </message>
</context>
<context>
    <name>WriterLock</name>
    <message>
        <source>the folder %1 cannot be written</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written (is the disk full?)</source>
        <translation>no se puede escribir el archivo de bloqueo %1 (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>City2City Facilitator</source>
        <translation>City2City Facilitator</translation>
    </message>
    <message>
        <source>Plan, run and follow up the pairings of the UTM City2City programme.</source>
        <translation>Planifique, dirija y haga el seguimiento de los emparejamientos del programa UTM City2City.</translation>
    </message>
    <message>
        <source>Open this database file (created and seeded if missing).</source>
        <translation>Abrir este archivo de base de datos (si no existe, se crea con datos iniciales).</translation>
    </message>
    <message>
        <source>The database file to open, as with --database.</source>
        <translation>El archivo de base de datos que se abrirá, como con --database.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The file was not changed.</source>
        <translation>El archivo no se modificó.</translation>
    </message>
    <message>
        <source>It has a good backup of %1. Restoring it keeps the file that does not open, unchanged, in the backups folder.</source>
        <translation>Tiene una copia de seguridad válida del %1. Al restaurarla, el archivo que no se abre se conserva sin cambios en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore That Backup</source>
        <translation>&amp;Restaurar esa copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The file that did not open is kept as %2.</source>
        <translation>Se restauró la copia de seguridad del %1. El archivo que no se abría se conserva como %2.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
</context>
</TS>
