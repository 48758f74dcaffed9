<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../ui/imports.py" line="344"/>
        <source>Import agenda — {file}</source>
        <translation>Importar orden del día — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="370"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="379"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="395"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="400"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="401"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="402"/>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="403"/>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="404"/>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="405"/>
        <location filename="../../ui/imports.py" line="530"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="426"/>
        <source>{items}, {people}, {contacts}</source>
        <translation>{items}, {people} y {contacts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="427"/>
        <location filename="../../ui/imports.py" line="680"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n tema del orden del día</numerusform>
            <numerusform>%n temas del orden del día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="428"/>
        <location filename="../../ui/imports.py" line="681"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="429"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="432"/>
        <source>Found {found} in {file}; the import was unsure of %n thing(s) (see Findings). Nothing changes in the meeting until you click Import.</source>
        <translation>
            <numerusform>En {file} se encontraron {found}. Hay %n aspecto dudoso (véase la pestaña Observaciones). La reunión no se modificará hasta que haga clic en Importar.</numerusform>
            <numerusform>En {file} se encontraron {found}. Hay %n aspectos dudosos (véase la pestaña Observaciones). La reunión no se modificará hasta que haga clic en Importar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="440"/>
        <source>Found {found} in {file}. Nothing changes in the meeting until you click Import.</source>
        <translation>En {file} se encontraron {found}. La reunión no se modificará hasta que haga clic en Importar.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="454"/>
        <source>&amp;Agenda ({count})</source>
        <translation>&amp;Orden del día ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="461"/>
        <source>&amp;Overview ({count})</source>
        <translation>&amp;Panorama general ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="463"/>
        <source>&amp;People ({count})</source>
        <translation>P&amp;ersonas ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="467"/>
        <source>&amp;Contacts ({count})</source>
        <translation>&amp;Contactos ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="474"/>
        <source>&amp;Findings ({count})</source>
        <translation>O&amp;bservaciones ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="483"/>
        <source>Agenda items found</source>
        <translation>Temas del orden del día encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="485"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="486"/>
        <source>Item and people</source>
        <translation>Tema y personas</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="487"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="522"/>
        <source>Texts and links found</source>
        <translation>Textos y enlaces encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="524"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="525"/>
        <source>What it says</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="529"/>
        <source>Aims</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="531"/>
        <source>Logistics</source>
        <translation>Aspectos logísticos</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="532"/>
        <source>Acknowledgements</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="537"/>
        <source>Linked event</source>
        <translation>Acto conexo</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="538"/>
        <source>Further reading</source>
        <translation>Lecturas complementarias</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="547"/>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="549"/>
        <location filename="../../ui/imports.py" line="566"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="550"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="551"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="563"/>
        <source>Contacts found</source>
        <translation>Contactos encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="565"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="567"/>
        <source>Copied in</source>
        <translation>En copia</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="570"/>
        <source>cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="582"/>
        <source>What the import was unsure of</source>
        <translation>Aspectos dudosos de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="588"/>
        <source>Guessed, check it: {message}</source>
        <translation>Deducido, compruébelo: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="605"/>
        <source>How to apply it</source>
        <translation>Modo de importación</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="607"/>
        <source>A&amp;dd to this meeting</source>
        <translation>&amp;Agregar a esta reunión</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="609"/>
        <source>&amp;Replace the agenda and people</source>
        <translation>&amp;Reemplazar el orden del día y las personas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="640"/>
        <source>The items found come after this meeting&apos;s %n. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>
            <numerusform>Los temas encontrados se agregan después del que ya tiene esta reunión (%n tema). Las personas que ya figuran en la reunión (mismo correo electrónico o nombre) no se agregan dos veces: solo se completan los datos que les faltan.</numerusform>
            <numerusform>Los temas encontrados se agregan después de los que ya tiene esta reunión (%n temas). Las personas que ya figuran en la reunión (mismo correo electrónico o nombre) no se agregan dos veces: solo se completan los datos que les faltan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="648"/>
        <source>The items found are added. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>Se agregan los temas encontrados. Las personas que ya figuran en la reunión (mismo correo electrónico o nombre) no se agregan dos veces: solo se completan los datos que les faltan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="655"/>
        <source>%n of the items found are already in this meeting (same title and start): adding would list them twice.</source>
        <translation>
            <numerusform>%n de los temas encontrados ya figura en esta reunión (mismo título y hora de inicio): si se agrega, aparecerá dos veces.</numerusform>
            <numerusform>%n de los temas encontrados ya figuran en esta reunión (mismo título y hora de inicio): si se agregan, aparecerán dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="662"/>
        <source>{sentence} {next_sentence}</source>
        <translation>{sentence} {next_sentence}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="670"/>
        <source>This meeting has no agenda or people yet: the same as adding.</source>
        <translation>Esta reunión todavía no tiene orden del día ni personas: equivale a agregar.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="675"/>
        <source>Its {items} and {people} are removed first; those found who were already in it keep their bio, photo and email. Notes and packs lose their links to what is removed.</source>
        <translation>Primero se quita lo que ya tiene la reunión ({items} y {people}); las personas encontradas que ya figuraban en ella conservan su reseña biográfica, su foto y su correo electrónico. Las notas y la documentación pierden sus vínculos con lo que se quita.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="689"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="696"/>
        <source>Either way the title stays; the organiser, date, times, venue, texts (background, aims, logistics, acknowledgements), linked events and further reading are taken from the file only where the meeting has none, and contacts it lacks are added.</source>
        <translation>En ambos casos, el título se mantiene; el organizador, la fecha, el horario, el lugar, los textos (antecedentes, objetivos, aspectos logísticos, agradecimientos), los actos conexos y las lecturas complementarias se toman del archivo solo si la reunión no los tiene, y se agregan los contactos que falten.</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="641"/>
        <location filename="../../ui/editors/agenda.py" line="836"/>
        <source>Title of the session</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="642"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="646"/>
        <source>Own date</source>
        <translation>Fecha propia</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="648"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="649"/>
        <source>End time</source>
        <translation>Hora de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="653"/>
        <source>Where it takes place, if not the meeting&apos;s room</source>
        <translation>Dónde se celebra, si no es en la sala de la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="654"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="657"/>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="662"/>
        <source>https://… (webcast or online meeting)</source>
        <translation>https://… (transmisión web o reunión en línea)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="663"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="666"/>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="669"/>
        <source>The webcast or the online meeting: a web address (https://…)</source>
        <translation>La transmisión web o la reunión en línea: una dirección web (https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="674"/>
        <source>Description or guiding questions</source>
        <translation>Descripción o preguntas orientativas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="676"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="681"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="683"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="685"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="686"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="687"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="688"/>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="689"/>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="695"/>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="697"/>
        <source>A session has a number, a page of its own and a brief;
a break, meal, reception, registration or side event has none of them.</source>
        <translation>Una sesión tiene un número, una página propia y una nota para el moderador;
una pausa, una comida, una recepción, la inscripción o un acto paralelo no tienen nada de eso.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="710"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="728"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="732"/>
        <source>Item has a date of its own</source>
        <translation>El tema tiene una fecha propia</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="735"/>
        <source>Tick when the item is not on the meeting&apos;s first day;
otherwise it takes place on the meeting&apos;s first day.</source>
        <translation>Marque esta casilla si el tema no se celebra el primer día de la reunión;
de lo contrario, se celebra ese primer día.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="741"/>
        <source>Date of the item</source>
        <translation>Fecha del tema</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="755"/>
        <source>Length of the slot</source>
        <translation>Duración de la franja horaria</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="768"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="777"/>
        <source>time slot</source>
        <translation>franja horaria</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="838"/>
        <source>Title of the entry</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="847"/>
        <source>the meeting&apos;s first day</source>
        <translation>el primer día de la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="849"/>
        <source>the meeting has no date yet</source>
        <translation>la reunión todavía no tiene fecha</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="885"/>
        <source>Move person up</source>
        <translation>Subir persona</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="886"/>
        <source>Move person down</source>
        <translation>Bajar persona</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="887"/>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="890"/>
        <source>People in this item</source>
        <translation>Personas de este tema</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="908"/>
        <source>Person to add</source>
        <translation>Persona que se agregará</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="909"/>
        <source>Choose or type a name</source>
        <translation>Elija o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="910"/>
        <source>Someone of the meeting, or the name of a new person</source>
        <translation>Alguien de la reunión o el nombre de una persona nueva</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="914"/>
        <source>Role of the person to add</source>
        <translation>Función de la persona que se agregará</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="918"/>
        <source>A role from the list, or your own wording</source>
        <translation>Una función de la lista o una formulación propia</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="921"/>
        <location filename="../../ui/editors/agenda.py" line="954"/>
        <location filename="../../ui/editors/agenda.py" line="1128"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="924"/>
        <source>Add this person to the item in this role (Enter)</source>
        <translation>Agregar a esta persona al tema con esta función (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="952"/>
        <source>Add new person</source>
        <translation>Agregar persona nueva</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="956"/>
        <source>“{name}” is not in the meeting yet: “Add new person” adds them.</source>
        <translation>«{name}» todavía no figura en la reunión: «Agregar persona nueva» la agrega.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="985"/>
        <location filename="../../ui/editors/agenda.py" line="1012"/>
        <source>The person was not added: {problem}.</source>
        <translation>No se agregó a la persona: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="989"/>
        <source>{name} is already in {item} as {role}.</source>
        <translation>{name} ya figura en {item} como {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="997"/>
        <source>Add {name} to {item}</source>
        <translation>Agregar {name} a {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1016"/>
        <source>Add new person {name} to {item}</source>
        <translation>Agregar la persona nueva {name} a {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1028"/>
        <source>Remove {name} from {item}</source>
        <translation>Quitar {name} de {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1050"/>
        <source>The role was not changed: {problem}.</source>
        <translation>No se cambió la función: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1054"/>
        <source>Change role of {name} in {item}</source>
        <translation>Cambiar la función de {name} en {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1073"/>
        <source>Move step up</source>
        <translation>Subir etapa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1074"/>
        <source>Move step down</source>
        <translation>Bajar etapa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1075"/>
        <source>Remove step</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1078"/>
        <source>Running order</source>
        <translation>Desarrollo de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>New step</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>Step to add</source>
        <translation>Etapa que se agregará</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1112"/>
        <source>Speaker of the step to add</source>
        <translation>Orador de la etapa que se agregará</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1113"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1114"/>
        <source>Someone of the meeting, or a description such as
“A human rights defender (to be named)”</source>
        <translation>Alguien de la reunión o una descripción como
«Un defensor de los derechos humanos (por designar)»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1122"/>
        <source>Minutes of the step to add</source>
        <translation>Minutos de la etapa que se agregará</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1125"/>
        <source>Length of the step; “none” when it has no set length</source>
        <translation>Duración de la etapa; «sin fijar» si no tiene una duración determinada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1131"/>
        <source>Add this step at the end of the running order (Enter)</source>
        <translation>Agregar esta etapa al final del desarrollo de la sesión (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1135"/>
        <source>Minutes of the steps against the slot</source>
        <translation>Minutos de las etapas en relación con la franja horaria</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1141"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1179"/>
        <source>The step was not added: {problem}.</source>
        <translation>No se agregó la etapa: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1182"/>
        <source>Add step {step} to {item}</source>
        <translation>Agregar la etapa {step} a {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1194"/>
        <source>Remove step {step} from {item}</source>
        <translation>Quitar la etapa {step} de {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1211"/>
        <source>Change label of {step} in {item}</source>
        <translation>Cambiar la etiqueta de {step} en {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1212"/>
        <source>The step&apos;s label was not changed: {problem}.</source>
        <translation>No se cambió la etiqueta de la etapa: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1221"/>
        <source>Change speaker of {step} in {item}</source>
        <translation>Cambiar el orador de {step} en {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1222"/>
        <source>The step&apos;s speaker was not changed: {problem}.</source>
        <translation>No se cambió el orador de la etapa: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1230"/>
        <source>Change minutes of {step} in {item}</source>
        <translation>Cambiar los minutos de {step} en {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1231"/>
        <source>The step&apos;s minutes were not changed: {problem}.</source>
        <translation>No se cambiaron los minutos de la etapa: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1276"/>
        <source>Move {name} up</source>
        <translation>Subir {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1278"/>
        <source>Move {name} down</source>
        <translation>Bajar {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1295"/>
        <source>The change was not made: {problem}.</source>
        <translation>No se hizo el cambio: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1376"/>
        <source>{total} of {slot} min ({over} min over the slot)</source>
        <translation>{total} de {slot} min (se excede en {over} min)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1378"/>
        <source>{total} of {slot} min</source>
        <translation>{total} de {slot} min</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models.py" line="400"/>
        <source>Time</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="401"/>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="402"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages.py" line="225"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="231"/>
        <source>No agenda items yet.</source>
        <translation>Todavía no hay temas en el orden del día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="253"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>Something went wrong that the app did not expect:</source>
        <translation>Se produjo un problema que la aplicación no esperaba:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</source>
        <translation>Este error no ha modificado el archivo de la reunión, y todos los cambios hechos antes se han guardado. Si la ventana no funciona bien, salga de la aplicación y vuelva a iniciarla: la reunión se abrirá tal como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="190"/>
        <source>The details are in the log file {file}; please send it with a note of what you were doing.</source>
        <translation>Los detalles figuran en el archivo de registro {file}; envíelo junto con una breve descripción de lo que estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>BiosListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="531"/>
        <source>{person} · not in the chosen items</source>
        <translation>{person} · no figura en los temas elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="539"/>
        <source>; </source>
        <extracomment>what separates a person&apos;s appearances in the agenda.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="540"/>
        <source>Not in the agenda</source>
        <translation>No figura en el orden del día</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../ui/build_dialog.py" line="42"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="43"/>
        <source>&amp;DOCX</source>
        <translation>&amp;DOCX</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="61"/>
        <source>The checks found nothing to fix in this pack.</source>
        <translation>Las verificaciones no encontraron nada que corregir en esta documentación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="65"/>
        <source>The checks found %n warning(s) in this pack (listed below); you can still build.</source>
        <translation>
            <numerusform>Las verificaciones encontraron %n advertencia en esta documentación (véase más abajo); aun así puede generarla.</numerusform>
            <numerusform>Las verificaciones encontraron %n advertencias en esta documentación (véase más abajo); aun así puede generarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="71"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="73"/>
        <source>The checks found {errors} in this pack (listed below); fix them first.</source>
        <translation>Las verificaciones encontraron {errors} en esta documentación (véase más abajo); corríjalos antes de generarla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="78"/>
        <source>The checks found {errors} and {warnings} in this pack (listed below); fix the errors first.</source>
        <translation>Las verificaciones encontraron {errors} y {warnings} en esta documentación (véase más abajo); corrija primero los errores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="90"/>
        <source>{file} — %n page(s)</source>
        <translation>
            <numerusform>{file} — %n página</numerusform>
            <numerusform>{file} — %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="92"/>
        <source>{file} — {format}</source>
        <translation>{file} — {format}</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="108"/>
        <source>Build packs — {meeting}</source>
        <translation>Generar documentación — {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="126"/>
        <source>Pack</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="127"/>
        <source>The pack definition to build</source>
        <translation>La documentación que se generará</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="136"/>
        <source>Write a {format} file of each pack</source>
        <translation>Crear un archivo {format} de la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="140"/>
        <source>Per-&amp;session packs</source>
        <translation>Documentación por &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="142"/>
        <source>Also write one moderator brief per agenda session</source>
        <translation>Crear también una nota para el moderador por cada sesión del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="145"/>
        <source>Build &amp;even if some characters cannot be drawn</source>
        <translation>Generar &amp;aunque no se puedan representar algunos caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="148"/>
        <source>Characters no pack font can draw are left out of the PDF; without this, they stop the build</source>
        <translation>Los caracteres que ninguna fuente de la documentación puede representar se omiten en el PDF; sin esta opción, detienen la generación</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="155"/>
        <location filename="../../ui/build_dialog.py" line="286"/>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="156"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="158"/>
        <source>Choose the folder the packs are written to</source>
        <translation>Elegir la carpeta en la que se guardará la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="164"/>
        <source>P&amp;ack:</source>
        <translation>Docu&amp;mentación:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="165"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="168"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Carpeta de destino:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="179"/>
        <source>Build progress</source>
        <translation>Progreso de la generación</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="184"/>
        <source>Files written</source>
        <translation>Archivos creados</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="186"/>
        <source>Problems and warnings</source>
        <translation>Problemas y advertencias</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="190"/>
        <source>Files written:</source>
        <translation>Archivos creados:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="192"/>
        <source>Problems and warnings:</source>
        <translation>Problemas y advertencias:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="196"/>
        <source>Open &amp;folder</source>
        <translation>Abrir ca&amp;rpeta</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="198"/>
        <source>Show the output folder in the file manager</source>
        <translation>Mostrar la carpeta de destino en el administrador de archivos</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="200"/>
        <source>&amp;Build</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="203"/>
        <source>Build the pack in the background (the window stays usable)</source>
        <translation>Generar la documentación en segundo plano (la ventana sigue disponible)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="205"/>
        <location filename="../../ui/build_dialog.py" line="444"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="304"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="312"/>
        <source>Choose at least one format (PDF or DOCX).</source>
        <translation>Elija al menos un formato (PDF o DOCX).</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="314"/>
        <source>Choose an output folder.</source>
        <translation>Elija una carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="319"/>
        <source>{path} is a file, not a folder: choose another output folder.</source>
        <translation>{path} es un archivo, no una carpeta: elija otra carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="381"/>
        <source>Done: %n file(s) written. The PDF files are restricted by password.</source>
        <translation>
            <numerusform>Listo: se creó %n archivo. Los archivos PDF están restringidos con contraseña.</numerusform>
            <numerusform>Listo: se crearon %n archivos. Los archivos PDF están restringidos con contraseña.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="388"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Listo: se creó %n archivo.</numerusform>
            <numerusform>Listo: se crearon %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="396"/>
        <source>Nothing was built:</source>
        <translation>No se generó nada:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="405"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se creó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="439"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="441"/>
        <source>Stop the build; nothing is written</source>
        <translation>Detener la generación; no se crea nada</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="445"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>BuildTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="66"/>
        <source>Unexpected error: {error}: {message}</source>
        <translation>Error inesperado: {error}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="75"/>
        <source>the build failed for an unknown reason</source>
        <translation>la generación falló por un motivo desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="82"/>
        <source>the build stopped without a result</source>
        <translation>la generación se detuvo sin ningún resultado</translation>
    </message>
</context>
<context>
    <name>ContentsList</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="637"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="638"/>
        <source>Move the selected entry up</source>
        <translation>Subir la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="644"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="645"/>
        <source>Move the selected entry down</source>
        <translation>Bajar la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="649"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="651"/>
        <source>Select none</source>
        <translation>Anular selección</translation>
    </message>
</context>
<context>
    <name>EditorCommon</name>
    <message>
        <location filename="../../ui/editors/common.py" line="92"/>
        <source>{tip} ({keys})</source>
        <extracomment>a tooltip followed by its keyboard shortcut.</extracomment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/common.py" line="159"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="163"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="166"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="178"/>
        <source>{file} is larger than {size}</source>
        <translation>{file} tiene más de {size}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="181"/>
        <source>{file} {problem}</source>
        <extracomment>{problem} is the reason, in words that read after the file&apos;s name.</extracomment>
        <translation>{file} {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="184"/>
        <source>{file} is empty</source>
        <translation>{file} está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="191"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>No se puede leer {file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="194"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/editors/base.py" line="51"/>
        <source>‘{title}’</source>
        <extracomment>the quotation marks around a title in undo texts and messages.</extracomment>
        <translation>«{title}»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="67"/>
        <source>Problem with the last change</source>
        <translation>Problema con el último cambio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="350"/>
        <source>Edit {field} of {title}</source>
        <extracomment>an undo text, e.g. &quot;Edit name of ‘Jane Doe’&quot;; {field} is a field&apos;s name.</extracomment>
        <translation>Editar el campo «{field}» de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="356"/>
        <location filename="../../ui/editors/pack.py" line="1046"/>
        <source>The {field} was not changed: {problem}.</source>
        <extracomment>{field} is a field&apos;s name; {problem} is the model&apos;s reason.</extracomment>
        <translation>No se cambió el campo «{field}»: {problem}.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="68"/>
        <source>Start a new, empty meeting</source>
        <translation>Crear una reunión nueva y vacía</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="76"/>
        <source>Open a meeting file (.meeting) or meeting JSON (.json)</source>
        <translation>Abrir un archivo de reunión (.meeting) o un JSON de reunión (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="85"/>
        <source>Save the meeting to a file of your choice; later changes are saved there</source>
        <translation>Guardar la reunión en el archivo que elija; los cambios posteriores se guardarán en él</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Import Meeting &amp;JSON…</source>
        <translation>Importar &amp;JSON de reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="98"/>
        <source>Open a meeting JSON; its first change saves it as a meeting file (a draft)</source>
        <translation>Abrir un JSON de reunión; con el primer cambio, se guarda como archivo de reunión (un borrador)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="106"/>
        <source>&amp;Export Meeting JSON…</source>
        <translation>&amp;Exportar JSON de reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="108"/>
        <source>Write the meeting as JSON, with attached files in a folder beside it</source>
        <translation>Exportar la reunión como JSON, con los archivos adjuntos en una carpeta junto a él</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>Open a meeting worked on lately</source>
        <translation>Abrir una reunión en la que se ha trabajado recientemente</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="136"/>
        <source>No recent meetings</source>
        <translation>No hay reuniones recientes</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>&amp;Clear Recent Meetings</source>
        <translation>&amp;Borrar lista de reuniones recientes</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>Open Meeting</source>
        <translation>Abrir reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="175"/>
        <source>Cannot open meeting</source>
        <translation>No se puede abrir la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="186"/>
        <source>The meeting in {file} could not be opened:</source>
        <translation>No se pudo abrir la reunión de {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="197"/>
        <source>The window still shows the built-in sample meeting.</source>
        <translation>La ventana sigue mostrando la reunión de ejemplo integrada.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>The window still shows a new meeting.</source>
        <translation>La ventana sigue mostrando una reunión nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="200"/>
        <source>The window still shows “{title}” ({file}).</source>
        <translation>La ventana sigue mostrando «{title}» ({file}).</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="208"/>
        <source>Save Meeting As</source>
        <translation>Guardar reunión como</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Meeting files</source>
        <translation>Archivos de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="222"/>
        <source>The meeting could not be saved to {file}:</source>
        <translation>No se pudo guardar la reunión en {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="223"/>
        <source>Nothing else was changed.</source>
        <translation>No se cambió nada más.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Cannot save meeting</source>
        <translation>No se puede guardar la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="234"/>
        <source>Saved to {file}</source>
        <translation>Se guardó en {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="243"/>
        <source>Import Meeting JSON</source>
        <translation>Importar JSON de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="251"/>
        <source>Export Meeting JSON</source>
        <translation>Exportar JSON de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="261"/>
        <source>The meeting could not be written to {file}:</source>
        <translation>No se pudo exportar la reunión a {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="264"/>
        <source>Cannot export meeting</source>
        <translation>No se puede exportar la reunión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="271"/>
        <source>Exported {file} and %n attached file(s)</source>
        <translation>
            <numerusform>Se exportaron {file} y %n archivo adjunto</numerusform>
            <numerusform>Se exportaron {file} y %n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="275"/>
        <source>Exported {file}</source>
        <translation>Se exportó {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>saving takes longer than it should (a slow disk?)</source>
        <translation>el guardado tarda más de lo normal (¿un disco lento?)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="294"/>
        <source>The latest changes could not be saved:</source>
        <translation>No se pudieron guardar los últimos cambios:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="295"/>
        <source>Save the meeting to another file before closing?</source>
        <translation>¿Desea guardar la reunión en otro archivo antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="298"/>
        <source>Changes not saved</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="309"/>
        <source>Meeting JSON</source>
        <translation>JSON de reunión</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ui/files.py" line="11"/>
        <source>Meeting files and JSON</source>
        <translation>Archivos de reunión y JSON</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="12"/>
        <source>Meeting files</source>
        <translation>Archivos de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="13"/>
        <source>Meeting JSON</source>
        <translation>JSON de reunión</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="350"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="351"/>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="352"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="395"/>
        <source>How to use the app</source>
        <translation>Cómo usar la aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="397"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Métodos abreviados de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="400"/>
        <source>Every keyboard shortcut of the menus</source>
        <translation>Todos los métodos abreviados de teclado de los menús</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="50"/>
        <source>Import &amp;Agenda from Concept Note…</source>
        <translation>Importar &amp;orden del día desde nota conceptual…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="52"/>
        <source>Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)</source>
        <translation>Leer el orden del día, las personas y los contactos de una nota conceptual (.docx, .pdf, .txt, .md)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="60"/>
        <source>Import &amp;Timetable from Indico…</source>
        <translation>Importar &amp;horario desde Indico…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="62"/>
        <source>Read the sessions, rooms and people of an Indico timetable export (.json)</source>
        <translation>Leer las sesiones, las salas y las personas de un horario exportado de Indico (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="70"/>
        <source>Import &amp;People from CSV or Excel…</source>
        <translation>Importar &amp;personas desde CSV o Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="72"/>
        <source>Add or update people from a registration list (.csv, .xlsx), after a preview</source>
        <translation>Agregar o actualizar personas a partir de una lista de inscripción (.csv, .xlsx), tras revisar una vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="80"/>
        <source>Add &amp;Notes from Files…</source>
        <translation>Agregar no&amp;tas desde archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="82"/>
        <source>Attach DOCX, PDF, Markdown or text files as background notes</source>
        <translation>Adjuntar archivos DOCX, PDF, Markdown o de texto como notas informativas</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="112"/>
        <source>Import Agenda from Concept Note</source>
        <translation>Importar orden del día desde nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="121"/>
        <source>Import Timetable from Indico</source>
        <translation>Importar horario desde Indico</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="130"/>
        <source>Import People from CSV or Excel</source>
        <translation>Importar personas desde CSV o Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="140"/>
        <source>Add Notes from Files</source>
        <translation>Agregar notas desde archivos</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="188"/>
        <source>These files are not meetings, CSV lists or notes the app can read:</source>
        <translation>Estos archivos no son reuniones, listas CSV ni notas que la aplicación pueda leer:</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="191"/>
        <source>Notes can be DOCX, PDF, Markdown (.md) or text (.txt).</source>
        <translation>Las notas pueden ser archivos DOCX, PDF, Markdown (.md) o de texto (.txt).</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="194"/>
        <source>Files not added</source>
        <translation>Archivos no agregados</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../ui/imports.py" line="80"/>
        <source>Word documents</source>
        <translation>Documentos de Word</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="81"/>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="82"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="83"/>
        <source>Text files</source>
        <translation>Archivos de texto</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="85"/>
        <source>Note files</source>
        <translation>Archivos de notas</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="86"/>
        <source>Concept notes</source>
        <translation>Notas conceptuales</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="87"/>
        <source>People lists</source>
        <translation>Listas de personas</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="88"/>
        <source>CSV files</source>
        <translation>Archivos CSV</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="89"/>
        <source>Excel workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="90"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="149"/>
        <source>The file cannot be read ({reason})</source>
        <translation>No se puede leer el archivo ({reason})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="164"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="170"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="178"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="247"/>
        <location filename="../../ui/imports.py" line="266"/>
        <source>Cannot import agenda</source>
        <translation>No se puede importar el orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="248"/>
        <source>The agenda could not be read from {file}:</source>
        <translation>No se pudo leer el orden del día de {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="264"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="267"/>
        <source>The agenda could not be applied from {file}:</source>
        <translation>No se pudo aplicar el orden del día de {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="271"/>
        <source>Import agenda from {file}</source>
        <translation>Importar el orden del día de {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="734"/>
        <source>Import people from {file}</source>
        <translation>Importar personas de {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="743"/>
        <source>Cannot import people</source>
        <translation>No se pueden importar las personas</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="744"/>
        <source>No people could be read from {file}:</source>
        <translation>No se pudo leer ninguna persona de {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="790"/>
        <source>The session {session} is no longer in the meeting, so no note was added.</source>
        <translation>La sesión {session} ya no figura en la reunión, por lo que no se agregó ninguna nota.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="795"/>
        <location filename="../../ui/imports.py" line="819"/>
        <source>Cannot add notes</source>
        <translation>No se pueden agregar las notas</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="835"/>
        <source>Add note {title}</source>
        <translation>Agregar la nota {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="836"/>
        <source>Add %n notes</source>
        <translation>
            <numerusform>Agregar %n nota</numerusform>
            <numerusform>Agregar %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="846"/>
        <source>These files were not added:</source>
        <translation>Estos archivos no se agregaron:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="849"/>
        <source>Added, but worth a look:</source>
        <translation>Agregados, pero conviene revisarlos:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="852"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>Se agregó %n nota.</numerusform>
            <numerusform>Se agregaron %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="854"/>
        <source>No note added.</source>
        <translation>No se agregó ninguna nota.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="858"/>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se agregaron</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="860"/>
        <source>Check the added notes</source>
        <translation>Revise las notas agregadas</translation>
    </message>
</context>
<context>
    <name>IndicoImport</name>
    <message>
        <location filename="../../ui/indico_import.py" line="18"/>
        <source>Indico exports</source>
        <translation>Exportaciones de Indico</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="19"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="37"/>
        <source>Cannot import timetable</source>
        <translation>No se puede importar el horario</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="38"/>
        <source>The timetable could not be read from {file}:</source>
        <translation>No se pudo leer el horario de {file}:</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="92"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="93"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="94"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="95"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="96"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="97"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="505"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="508"/>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="510"/>
        <source>Code, e.g. pt-BR</source>
        <translation>Código, p. ej., pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="511"/>
        <source>Language code</source>
        <translation>Código de idioma</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="514"/>
        <source>A BCP-47 language code, such as de, pt-BR or zh-Hant</source>
        <translation>Un código de idioma BCP-47, como de, pt-BR o zh-Hant</translation>
    </message>
</context>
<context>
    <name>ListEdits</name>
    <message>
        <location filename="../../ui/list_edits.py" line="35"/>
        <source>New agenda item</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="36"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="37"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="38"/>
        <source>New pack</source>
        <translation>Nueva documentación</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="41"/>
        <source>Add agenda item {title}</source>
        <translation>Agregar el tema del orden del día {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="42"/>
        <source>Add person {title}</source>
        <translation>Agregar a la persona {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="43"/>
        <source>Add note {title}</source>
        <translation>Agregar la nota {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="44"/>
        <source>Add pack {title}</source>
        <translation>Agregar la documentación {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="47"/>
        <source>Remove agenda item {title}</source>
        <translation>Quitar el tema del orden del día {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="48"/>
        <source>Remove person {title}</source>
        <translation>Quitar a la persona {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="49"/>
        <source>Remove note {title}</source>
        <translation>Quitar la nota {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="50"/>
        <source>Remove pack {title}</source>
        <translation>Quitar la documentación {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="112"/>
        <source>Move {title} up</source>
        <translation>Subir {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="114"/>
        <source>Move {title} down</source>
        <translation>Bajar {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="118"/>
        <source>Move {title} up %n places</source>
        <translation>
            <numerusform>Subir {title} %n posición</numerusform>
            <numerusform>Subir {title} %n posiciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="119"/>
        <source>Move {title} down %n places</source>
        <translation>
            <numerusform>Bajar {title} %n posición</numerusform>
            <numerusform>Bajar {title} %n posiciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="424"/>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="426"/>
        <source>Logo file</source>
        <translation>Archivo del logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="427"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="432"/>
        <source>Choose a PNG, JPEG or GIF image for the cover sheet</source>
        <translation>Elegir una imagen PNG, JPEG o GIF para la portada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="434"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="437"/>
        <source>Print the cover sheet without a logo</source>
        <translation>Imprimir la portada sin logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="467"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="468"/>
        <source>The cover sheet has no logo.</source>
        <translation>La portada no tiene logotipo.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="471"/>
        <source>Cannot show</source>
        <translation>Imagen ilegible</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="489"/>
        <source>{file} ({kilobytes} KB)</source>
        <translation>{file} ({kilobytes} KB)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="491"/>
        <source>{file} ({width} × {height} px · {kilobytes} KB)</source>
        <translation>{file} ({width} × {height} px · {kilobytes} KB)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Sample meeting</source>
        <translation>Reunión de ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The meeting at a glance</source>
        <translation>La reunión de un vistazo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Agenda items, their people and running order</source>
        <translation>Los temas del orden del día, sus personas y el desarrollo de cada sesión</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Everyone in the meeting, with their bios</source>
        <translation>Todas las personas de la reunión, con sus reseñas biográficas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Background notes and their files</source>
        <translation>Notas informativas y sus archivos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Packs</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Packs</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>The packs to build and what goes into each</source>
        <translation>La documentación que se generará y su contenido</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Checks</source>
        <translation>&amp;Verificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Problems to fix before building the packs; double-click one to go to it</source>
        <translation>Problemas que deben corregirse antes de generar la documentación; haga doble clic en uno para ir a él</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Preview</source>
        <translation>Vis&amp;ta previa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>The last PDF pack built, with its pages, zoom and bookmarks</source>
        <translation>La última documentación generada en PDF, con sus páginas, zoom y marcadores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Add Agenda Item</source>
        <translation>&amp;Agregar tema del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Remove Agenda Item</source>
        <translation>&amp;Quitar tema del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Add Person</source>
        <translation>&amp;Agregar persona</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Remove Person</source>
        <translation>&amp;Quitar persona</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Add Note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Remove Note</source>
        <translation>&amp;Quitar nota</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Add Pack</source>
        <translation>&amp;Agregar documentación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Remove Pack</source>
        <translation>&amp;Quitar documentación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Quit {app}</source>
        <translation>Salir de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>The language of the window</source>
        <translation>El idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Build…</source>
        <translation>&amp;Generar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Build packs of this meeting (PDF, DOCX) in the background</source>
        <translation>Generar la documentación de esta reunión (PDF, DOCX) en segundo plano</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Move &amp;Following Items…</source>
        <translation>Desplazar &amp;temas siguientes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Move the selected agenda item and the rest of its day by some minutes</source>
        <translation>Desplazar unos minutos el tema seleccionado y los demás temas de su día</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Nothing was moved: the meeting changed while the dialog was open</source>
        <translation>No se desplazó nada: la reunión cambió mientras el cuadro de diálogo estaba abierto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="617"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="618"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Checks (%n)</source>
        <translation>
            <numerusform>Verificaciones (%n)</numerusform>
            <numerusform>Verificaciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670"/>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688"/>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>The meeting is saved as soon as you change something</source>
        <translation>La reunión se guarda en cuanto se cambia algo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Saving to {file}</source>
        <translation>Guardando en {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Saved as a draft</source>
        <translation>Guardado como borrador</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Saved in {file}; use File ▸ Save As… to keep it where you choose</source>
        <translation>Se guardó en {file}; use Archivo ▸ Guardar como… para guardar la reunión donde elija</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Every change is saved to {file}</source>
        <translation>Cada cambio se guarda en {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>{problem}
Your changes are kept in the window: use File ▸ Save As… to save them to another file.</source>
        <translation>{problem}
Sus cambios se conservan en la ventana: use Archivo ▸ Guardar como… para guardarlos en otro archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Changes could not be saved: {problem}</source>
        <translation>No se pudieron guardar los cambios: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>{action}. Undo with {keys}.</source>
        <translation>{action}. Para deshacer, pulse {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: agenda, speaker bios, background notes and contacts. Works offline.</source>
        <translation>Compila documentación informativa (DOCX y PDF) para reuniones intergubernamentales: orden del día, reseñas biográficas de los oradores, notas informativas y contactos. Funciona sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>MIT licence.</source>
        <translation>Licencia MIT.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>No packs defined yet: the full pack holds everything that is not internal</source>
        <translation>Todavía no se ha definido ninguna documentación: la documentación completa contiene todo lo que no es interno</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="968"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n conjunto de documentación</numerusform>
            <numerusform>%n conjuntos de documentación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../ui/pages.py" line="65"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="66"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>Edit the selected entry; every change is saved as you make it</source>
        <translation>Edite la entrada seleccionada; cada cambio se guarda en el momento</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>The selected entry as the pack will present it</source>
        <translation>La entrada seleccionada tal como aparecerá en la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="119"/>
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="128"/>
        <source>{page}: summary of the selected entry</source>
        <translation>{page}: resumen de la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="261"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>No people yet.</source>
        <translation>Todavía no hay personas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="281"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="286"/>
        <source>No background notes yet.</source>
        <translation>Todavía no hay notas informativas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307"/>
        <source>Packs</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="313"/>
        <source>No packs yet.</source>
        <translation>Todavía no hay documentación.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="330"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="336"/>
        <source>No problems found: the packs are ready to build.</source>
        <translation>No se encontraron problemas: la documentación está lista para generarse.</translation>
    </message>
</context>
<context>
    <name>MeetingDocument</name>
    <message>
        <location filename="../../ui/document.py" line="391"/>
        <source>the drafts folder {folder} cannot be made ({reason})</source>
        <translation>no se puede crear la carpeta de borradores {folder} ({reason})</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="78"/>
        <source>Multistakeholder consultation</source>
        <translation>Consulta con múltiples partes interesadas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="79"/>
        <source>Expert meeting</source>
        <translation>Reunión de expertos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="80"/>
        <source>Working group session</source>
        <translation>Período de sesiones de un grupo de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="81"/>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="82"/>
        <source>Side event</source>
        <translation>Acto paralelo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="83"/>
        <source>Panel discussion</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="84"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="85"/>
        <source>Briefing</source>
        <translation>Reunión informativa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="86"/>
        <source>Webinar</source>
        <translation>Seminario web</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="111"/>
        <location filename="../../ui/editors/meeting.py" line="589"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="112"/>
        <source>No contacts yet. Click Add to add one.</source>
        <translation>Todavía no hay contactos. Haga clic en Agregar para agregar uno.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="113"/>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="114"/>
        <source>Remove the selected contact</source>
        <translation>Quitar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="115"/>
        <source>Move the selected contact up</source>
        <translation>Subir el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="116"/>
        <source>Move the selected contact down</source>
        <translation>Bajar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="117"/>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="118"/>
        <source>Remove contact {name}</source>
        <translation>Quitar el contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="119"/>
        <source>Move contact {name} up</source>
        <translation>Subir el contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="120"/>
        <source>Move contact {name} down</source>
        <translation>Bajar el contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="121"/>
        <source>The contacts were not changed: {problem}.</source>
        <translation>No se cambiaron los contactos: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="125"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="127"/>
        <source>Edit name of contact {name}</source>
        <translation>Editar el nombre del contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="128"/>
        <source>The name of contact {name} was not changed: {problem}.</source>
        <translation>No se cambió el nombre del contacto {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="131"/>
        <source>A person or an office</source>
        <translation>Una persona o una oficina</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="134"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="136"/>
        <source>Edit role of contact {name}</source>
        <translation>Editar la función del contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="137"/>
        <source>The role of contact {name} was not changed: {problem}.</source>
        <translation>No se cambió la función del contacto {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="140"/>
        <source>What to contact them about</source>
        <translation>Asuntos para los que dirigirse a este contacto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="143"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="145"/>
        <source>Edit email of contact {name}</source>
        <translation>Editar el correo electrónico del contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="146"/>
        <source>The email of contact {name} was not changed: {problem}.</source>
        <translation>No se cambió el correo electrónico del contacto {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="151"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="153"/>
        <source>Edit phone of contact {name}</source>
        <translation>Editar el teléfono del contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="154"/>
        <source>The phone of contact {name} was not changed: {problem}.</source>
        <translation>No se cambió el teléfono del contacto {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="159"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="161"/>
        <source>Edit cc of contact {name}</source>
        <translation>Cambiar la opción CC del contacto {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="162"/>
        <source>The cc of contact {name} was not changed: {problem}.</source>
        <translation>No se cambió la opción CC del contacto {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="167"/>
        <source>Copied in (cc) on queries</source>
        <translation>En copia (CC) en las consultas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="170"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="178"/>
        <location filename="../../ui/editors/meeting.py" line="591"/>
        <source>Linked events</source>
        <translation>Actos conexos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="179"/>
        <source>No linked events yet. Click Add to add one.</source>
        <translation>Todavía no hay actos conexos. Haga clic en Agregar para agregar uno.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="180"/>
        <source>Add a linked event</source>
        <translation>Agregar un acto conexo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="181"/>
        <source>Remove the selected linked event</source>
        <translation>Quitar el acto conexo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="182"/>
        <source>Move the selected linked event up</source>
        <translation>Subir el acto conexo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="183"/>
        <source>Move the selected linked event down</source>
        <translation>Bajar el acto conexo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="184"/>
        <source>Add linked event</source>
        <translation>Agregar acto conexo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="185"/>
        <source>Remove linked event {name}</source>
        <translation>Quitar el acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="186"/>
        <source>Move linked event {name} up</source>
        <translation>Subir el acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="187"/>
        <source>Move linked event {name} down</source>
        <translation>Bajar el acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="188"/>
        <source>The linked events were not changed: {problem}.</source>
        <translation>No se cambiaron los actos conexos: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="194"/>
        <location filename="../../ui/editors/meeting.py" line="275"/>
        <location filename="../../ui/editors/meeting.py" line="652"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="196"/>
        <source>Edit title of linked event {name}</source>
        <translation>Editar el título del acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="197"/>
        <source>The title of linked event {name} was not changed: {problem}.</source>
        <translation>No se cambió el título del acto conexo {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="202"/>
        <location filename="../../ui/editors/meeting.py" line="1095"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="204"/>
        <source>Edit first day of linked event {name}</source>
        <translation>Editar el primer día del acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="205"/>
        <source>The first day of linked event {name} was not changed: {problem}.</source>
        <translation>No se cambió el primer día del acto conexo {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="213"/>
        <location filename="../../ui/editors/meeting.py" line="1108"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="215"/>
        <source>Edit last day of linked event {name}</source>
        <translation>Editar el último día del acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="216"/>
        <source>The last day of linked event {name} was not changed: {problem}.</source>
        <translation>No se cambió el último día del acto conexo {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="224"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="226"/>
        <source>Edit relation of linked event {name}</source>
        <translation>Editar la relación del acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="227"/>
        <source>The relation of linked event {name} was not changed: {problem}.</source>
        <translation>No se cambió la relación del acto conexo {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="231"/>
        <source>How the meeting relates to the event</source>
        <translation>Qué relación tiene la reunión con el acto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="234"/>
        <location filename="../../ui/editors/meeting.py" line="734"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="236"/>
        <source>Edit venue of linked event {name}</source>
        <translation>Editar el lugar del acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="237"/>
        <source>The venue of linked event {name} was not changed: {problem}.</source>
        <translation>No se cambió el lugar del acto conexo {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="242"/>
        <location filename="../../ui/editors/meeting.py" line="292"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="244"/>
        <source>Edit URL of linked event {name}</source>
        <translation>Editar la URL del acto conexo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="245"/>
        <source>The URL of linked event {name} was not changed: {problem}.</source>
        <translation>No se cambió la URL del acto conexo {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="248"/>
        <source>The event&apos;s web page, https://… (may be left empty)</source>
        <translation>La página web del acto, https://… (puede dejarse en blanco)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="253"/>
        <source>New linked event</source>
        <translation>Nuevo acto conexo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="261"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="262"/>
        <source>No references yet. Click Add to add one.</source>
        <translation>Todavía no hay referencias. Haga clic en Agregar para agregar una.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="263"/>
        <source>Add a reference</source>
        <translation>Agregar una referencia</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="264"/>
        <source>Remove the selected reference</source>
        <translation>Quitar la referencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="265"/>
        <source>Move the selected reference up</source>
        <translation>Subir la referencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="266"/>
        <source>Move the selected reference down</source>
        <translation>Bajar la referencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="267"/>
        <source>Add reference</source>
        <translation>Agregar referencia</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="268"/>
        <source>Remove reference {name}</source>
        <translation>Quitar la referencia {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="269"/>
        <source>Move reference {name} up</source>
        <translation>Subir la referencia {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="270"/>
        <source>Move reference {name} down</source>
        <translation>Bajar la referencia {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="271"/>
        <source>The references were not changed: {problem}.</source>
        <translation>No se cambiaron las referencias: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="277"/>
        <source>Edit title of reference {name}</source>
        <translation>Editar el título de la referencia {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="278"/>
        <source>The title of reference {name} was not changed: {problem}.</source>
        <translation>No se cambió el título de la referencia {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="283"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="285"/>
        <source>Edit description of reference {name}</source>
        <translation>Editar la descripción de la referencia {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="286"/>
        <source>The description of reference {name} was not changed: {problem}.</source>
        <translation>No se cambió la descripción de la referencia {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="294"/>
        <source>Edit URL of reference {name}</source>
        <translation>Editar la URL de la referencia {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="295"/>
        <source>The URL of reference {name} was not changed: {problem}.</source>
        <translation>No se cambió la URL de la referencia {name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="298"/>
        <source>Where to find it (may be left empty)</source>
        <translation>Dónde encontrarla (puede dejarse en blanco)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="301"/>
        <source>New reference</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="594"/>
        <source>Further reading</source>
        <translation>Lecturas complementarias</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="624"/>
        <source>The meeting</source>
        <translation>La reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="627"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="628"/>
        <source>S&amp;hort title:</source>
        <translation>Título a&amp;breviado:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="629"/>
        <source>T&amp;ype:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="630"/>
        <source>&amp;Organiser:</source>
        <translation>Organi&amp;zador:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="631"/>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="632"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="637"/>
        <source>Printed in the running header; the title is used if empty.</source>
        <translation>Se imprime en el encabezado; si se deja en blanco, se usa el título.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="653"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="654"/>
        <source>Title of the meeting</source>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="658"/>
        <source>Short title</source>
        <translation>Título abreviado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="659"/>
        <source>short title</source>
        <translation>título abreviado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="660"/>
        <source>Shorter title for the running header</source>
        <translation>Título más corto para el encabezado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="665"/>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="666"/>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="667"/>
        <source>Who convenes the meeting</source>
        <translation>Quién convoca la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="670"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="686"/>
        <source>Meeting type</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="688"/>
        <source>Choose a type of meeting, or type your own</source>
        <translation>Elija un tipo de reunión o escriba uno propio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="690"/>
        <source>Consultation, expert meeting, workshop…</source>
        <translation>Consulta, reunión de expertos, taller…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="704"/>
        <source>When and where</source>
        <translation>Fecha, hora y lugar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="707"/>
        <source>&amp;First day:</source>
        <translation>P&amp;rimer día:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="708"/>
        <source>Last &amp;day:</source>
        <translation>Último &amp;día:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="709"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="710"/>
        <source>&amp;Ends at:</source>
        <translation>Hora de &amp;finalización:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="711"/>
        <source>&amp;Venue:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="712"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="713"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="714"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="735"/>
        <source>venue</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="736"/>
        <source>Building or site</source>
        <translation>Edificio o recinto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="740"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="741"/>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="742"/>
        <source>Room or hall</source>
        <translation>Sala o salón</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="766"/>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="770"/>
        <source>Plain text, printed as typed. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>Texto sin formato, impreso tal como se escribe. Una línea en blanco inicia un párrafo nuevo; una línea que empieza por «- » es una viñeta.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="917"/>
        <source>meeting type</source>
        <translation>tipo de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="918"/>
        <source>Edit meeting type of {title}</source>
        <translation>Editar el tipo de reunión de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="951"/>
        <source>the last day ({last}) would come before the first day ({first})</source>
        <translation>el último día ({last}) sería anterior al primer día ({first})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="964"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="965"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="969"/>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="985"/>
        <source>Set logo {file}</source>
        <translation>Establecer el logotipo {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="986"/>
        <location filename="../../ui/editors/meeting.py" line="1014"/>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="990"/>
        <source>The logo was not changed: {problem}.</source>
        <translation>No se cambió el logotipo: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1001"/>
        <source>The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.</source>
        <translation>No se cambió el logotipo: «{file}» no se puede leer como imagen; puede estar dañado.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1013"/>
        <source>Remove logo {file}</source>
        <translation>Quitar el logotipo {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1028"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1029"/>
        <source>Edit language of {title}</source>
        <translation>Editar el idioma de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1041"/>
        <source>The language was not changed: no language code was given; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>No se cambió el idioma: no se indicó ningún código de idioma; escriba un código como «de» o «pt-BR».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1046"/>
        <source>The language was not changed: ‘{code}’ is not a language code; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>No se cambió el idioma: «{code}» no es un código de idioma; escriba un código como «de» o «pt-BR».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1059"/>
        <source>&amp;Background:</source>
        <translation>A&amp;ntecedentes:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1061"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1062"/>
        <source>background</source>
        <translation>antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1063"/>
        <source>Why the meeting is held: the context, the issues</source>
        <translation>Por qué se celebra la reunión: el contexto, las cuestiones</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1067"/>
        <source>&amp;Aims:</source>
        <translation>Ob&amp;jetivos:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1069"/>
        <source>Aims</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1070"/>
        <source>aims</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1071"/>
        <source>What the meeting is to achieve</source>
        <translation>Qué se pretende lograr con la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1075"/>
        <source>Logisti&amp;cs:</source>
        <translation>&amp;Aspectos logísticos:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1077"/>
        <source>Logistics</source>
        <translation>Aspectos logísticos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1078"/>
        <source>logistics</source>
        <translation>aspectos logísticos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1079"/>
        <source>Registration, badges, interpretation, coffee…</source>
        <translation>Inscripción, pases, interpretación, café…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1083"/>
        <source>Ac&amp;knowledgements:</source>
        <translation>Agradeci&amp;mientos:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1085"/>
        <source>Acknowledgements</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1086"/>
        <source>acknowledgements</source>
        <translation>agradecimientos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1087"/>
        <source>Sponsors and partners to thank</source>
        <translation>Patrocinadores y asociados a los que dar las gracias</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1096"/>
        <source>First day is set</source>
        <translation>Primer día establecido</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1097"/>
        <source>No date yet</source>
        <translation>Todavía sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1098"/>
        <source>Untick if there is no date yet</source>
        <translation>Desmarque esta casilla si todavía no hay fecha</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1099"/>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1100"/>
        <source>Edit first day of {title}</source>
        <translation>Editar el primer día de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1101"/>
        <source>Clear first day of {title}</source>
        <translation>Borrar el primer día de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1102"/>
        <source>The first day was not changed: {problem}.</source>
        <translation>No se cambió el primer día: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1109"/>
        <source>Last day is set</source>
        <translation>Último día establecido</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1110"/>
        <source>One-day meeting</source>
        <translation>Reunión de un día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1111"/>
        <source>Untick for a one-day meeting</source>
        <translation>Desmarque esta casilla si la reunión dura un solo día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1112"/>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1113"/>
        <source>Edit last day of {title}</source>
        <translation>Editar el último día de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1114"/>
        <source>Clear last day of {title}</source>
        <translation>Borrar el último día de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1115"/>
        <source>The last day was not changed: {problem}.</source>
        <translation>No se cambió el último día: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1121"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1122"/>
        <source>Start time is set</source>
        <translation>Hora de inicio establecida</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1123"/>
        <location filename="../../ui/editors/meeting.py" line="1136"/>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1124"/>
        <source>Untick if the start is not known</source>
        <translation>Desmarque esta casilla si no se conoce la hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1125"/>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1126"/>
        <source>Edit start time of {title}</source>
        <translation>Editar la hora de inicio de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1127"/>
        <source>Clear start time of {title}</source>
        <translation>Borrar la hora de inicio de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1128"/>
        <source>The start time was not changed: {problem}.</source>
        <translation>No se cambió la hora de inicio: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1134"/>
        <source>End time</source>
        <translation>Hora de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1135"/>
        <source>End time is set</source>
        <translation>Hora de finalización establecida</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1137"/>
        <source>Untick if the end is not known</source>
        <translation>Desmarque esta casilla si no se conoce la hora de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1138"/>
        <source>end time</source>
        <translation>hora de finalización</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1139"/>
        <source>Edit end time of {title}</source>
        <translation>Editar la hora de finalización de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1140"/>
        <source>Clear end time of {title}</source>
        <translation>Borrar la hora de finalización de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1141"/>
        <source>The end time was not changed: {problem}.</source>
        <translation>No se cambió la hora de finalización: {problem}.</translation>
    </message>
</context>
<context>
    <name>MinutesSpinBox</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="449"/>
        <source>none</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="451"/>
        <source> min</source>
        <extracomment>after the number of minutes in a spin box (with its space), e.g. &quot;5 min&quot;.</extracomment>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>MoveFollowingDialog</name>
    <message>
        <location filename="../../ui/retime.py" line="40"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="47"/>
        <source>Move {title} by {minutes}</source>
        <translation>Desplazar {title} {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="51"/>
        <source>Move %n items by {minutes}</source>
        <translation>
            <numerusform>Desplazar %n tema {minutes}</numerusform>
            <numerusform>Desplazar %n temas {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="61"/>
        <source>Move {title} by {minutes}</source>
        <comment>button</comment>
        <translation>Desplazar {title} {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="64"/>
        <source>Move %n items by {minutes}</source>
        <comment>button</comment>
        <translation>
            <numerusform>Desplazar %n tema {minutes}</numerusform>
            <numerusform>Desplazar %n temas {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="92"/>
        <source>Move Following Items</source>
        <translation>Desplazar temas siguientes</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="101"/>
        <source>Move {title} and every item after it the same day, in every room, keeping their lengths. A negative number moves them earlier.</source>
        <translation>Desplazar {title} y todos los temas posteriores del mismo día, en todas las salas, manteniendo su duración. Un número negativo los adelanta.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="111"/>
        <source> min</source>
        <comment>the unit after the number of minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="114"/>
        <source>Minutes to move by</source>
        <translation>Minutos de desplazamiento</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="120"/>
        <source>&amp;Include the selected item</source>
        <translation>&amp;Incluir el tema seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="124"/>
        <source>Untick to move only what comes after it (when the selected item runs longer)</source>
        <translation>Desmarque esta opción para desplazar solo lo que viene después (cuando el tema seleccionado se alarga)</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="130"/>
        <source>What will move</source>
        <translation>Qué se desplazará</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="146"/>
        <source>&amp;Move by:</source>
        <translation>&amp;Desplazar:</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="168"/>
        <source>Cannot move: {problem}.</source>
        <translation>No se puede desplazar: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="184"/>
        <source>Move</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="191"/>
        <source>Nothing moves by 0 min.</source>
        <translation>Con 0 min no se desplaza nada.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="193"/>
        <source>No item follows it that day.</source>
        <translation>No hay ningún tema posterior ese día.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="195"/>
        <source>What will move (%n item(s)):</source>
        <translation>
            <numerusform>Qué se desplazará (%n tema):</numerusform>
            <numerusform>Qué se desplazará (%n temas):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="217"/>
        <source>{moved} and %n more</source>
        <translation>
            <numerusform>{moved} y %n más</numerusform>
            <numerusform>{moved} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="220"/>
        <source>Moved %n item(s) by {minutes}: {moved}</source>
        <translation>
            <numerusform>Se desplazó %n tema {minutes}: {moved}</numerusform>
            <numerusform>Se desplazaron %n temas {minutes}: {moved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/text.py" line="286"/>
        <source>Word document (DOCX)</source>
        <translation>Documento de Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="287"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="288"/>
        <source>Markdown text</source>
        <translation>Texto Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="289"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="55"/>
        <source>Note files</source>
        <translation>Archivos de notas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="58"/>
        <source>Word documents</source>
        <translation>Documentos de Word</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="59"/>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="60"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="61"/>
        <source>Text files</source>
        <translation>Archivos de texto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="62"/>
        <location filename="../../ui/editors/note.py" line="439"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="66"/>
        <source>A blank line starts a new paragraph; a line starting with “- ” is a bullet point. Everything else prints exactly as typed. For headings and emphasis, attach a Markdown (.md) file.</source>
        <translation>Una línea en blanco inicia un párrafo nuevo; una línea que empieza por «- » es una viñeta. Todo lo demás se imprime tal como se escribe. Para usar títulos y énfasis, adjunte un archivo Markdown (.md).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="72"/>
        <source>Tick the sessions this note is for: it also goes into their per-session packs.</source>
        <translation>Marque las sesiones a las que corresponde esta nota: también se incluirá en su documentación por sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="111"/>
        <source>Title of the note, as printed</source>
        <translation>Título de la nota, tal como se imprime</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="112"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="115"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="119"/>
        <source>&amp;Internal (never in packs for participants)</source>
        <translation>&amp;Interna (nunca en la documentación para los participantes)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="121"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="123"/>
        <source>An internal note goes only into packs that include internal notes</source>
        <translation>Una nota interna solo se incluye en la documentación que admite notas internas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="155"/>
        <source>Sessions of this note</source>
        <translation>Sesiones de esta nota</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="158"/>
        <source>The agenda has no items yet.</source>
        <translation>El orden del día todavía no tiene temas.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="162"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="173"/>
        <source>The note&apos;s own text, as it should appear in the pack</source>
        <translation>El texto propio de la nota, tal como debe aparecer en la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="175"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="183"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="196"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="197"/>
        <source>Use a DOCX, PDF, Markdown or text file as this note</source>
        <translation>Usar un archivo DOCX, PDF, Markdown o de texto como esta nota</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="203"/>
        <source>Replace file…</source>
        <translation>Reemplazar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="204"/>
        <source>Put another file in place of this one</source>
        <translation>Sustituir este archivo por otro</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="209"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="210"/>
        <source>Save the note&apos;s file somewhere on this computer</source>
        <translation>Guardar el archivo de la nota en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="215"/>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="216"/>
        <source>Remove the file from the note; the note keeps its own text</source>
        <translation>Quitar el archivo de la nota; la nota conserva su propio texto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="228"/>
        <source>a DOCX, PDF, Markdown or text file, or write the note below.</source>
        <comment>after the Attach file… button</comment>
        <translation>(DOCX, PDF, Markdown o texto), o escriba la nota a continuación.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="247"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="252"/>
        <source>File format and size</source>
        <translation>Formato y tamaño del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="333"/>
        <source>Text printed &amp;before the file (optional):</source>
        <translation>Texto impreso &amp;antes del archivo (opcional):</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="335"/>
        <source>&amp;Text of the note:</source>
        <translation>Te&amp;xto de la nota:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="354"/>
        <source>Mark {title} internal</source>
        <translation>Marcar {title} como interna</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="356"/>
        <source>Mark {title} for participants</source>
        <translation>Marcar {title} como destinada a los participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="360"/>
        <source>internal flag</source>
        <translation>indicador de nota interna</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="374"/>
        <source>Link {note} to {item}</source>
        <translation>Vincular {note} a {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="376"/>
        <source>Unlink {note} from {item}</source>
        <translation>Desvincular {note} de {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="380"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="395"/>
        <source>Choose the note&apos;s file</source>
        <translation>Elegir el archivo de la nota</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="409"/>
        <source>The file was not changed: {problem}.</source>
        <translation>No se cambió el archivo: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="413"/>
        <source>Replace file of {title}</source>
        <translation>Reemplazar el archivo de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="415"/>
        <source>Attach file to {title}</source>
        <translation>Adjuntar un archivo a {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="419"/>
        <location filename="../../ui/editors/note.py" line="430"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="429"/>
        <source>Remove file of {title}</source>
        <translation>Quitar el archivo de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="442"/>
        <source>Save a copy of the note&apos;s file</source>
        <translation>Guardar una copia del archivo de la nota</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="456"/>
        <source>The copy was not saved: {file} cannot be written ({reason}).</source>
        <translation>No se guardó la copia: no se puede escribir en {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="463"/>
        <source>Saved a copy of {file} as {path}</source>
        <translation>Se guardó una copia de {file} como {path}</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="560"/>
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="571"/>
        <source>For: {sessions}</source>
        <translation>Relacionada con: {sessions}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/models.py" line="275"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="276"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="277"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="294"/>
        <source>internal</source>
        <translation>interna</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="84"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="87"/>
        <source>Meeting summary</source>
        <translation>Resumen de la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="93"/>
        <source>Overview</source>
        <translation>Panorama general</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="95"/>
        <source>Agenda items</source>
        <translation>Temas del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="96"/>
        <source>Bios</source>
        <translation>Reseñas biográficas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="97"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="101"/>
        <source>&amp;Agenda items</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="102"/>
        <source>&amp;Bios</source>
        <translation>&amp;Reseñas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="103"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="107"/>
        <source>Full pack</source>
        <translation>Documentación completa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="108"/>
        <source>One pack per session (moderator briefs)</source>
        <translation>Documentación por sesión (notas para el moderador)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="113"/>
        <source>Order of appearance</source>
        <translation>Orden de aparición</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="114"/>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="118"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="125"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="129"/>
        <source>For participants only</source>
        <translation>Solo para los participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="130"/>
        <source>Restricted</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="131"/>
        <source>Internal — not for distribution</source>
        <translation>Uso interno — no distribuir</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="132"/>
        <source>Draft — not for circulation</source>
        <translation>Borrador — no difundir</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="135"/>
        <source>Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack&apos;s running header and footer fit around it. Untick for notes whose margins are free: their pages keep their full size and the header and footer are printed in those margins.</source>
        <translation>Si está marcada, cada página de una nota PDF combinada se reduce (a un 90 % aproximadamente) para que el encabezado y el pie de página de la documentación quepan a su alrededor. Desmárquela para las notas con márgenes libres: sus páginas conservan su tamaño completo y el encabezado y el pie de página se imprimen en esos márgenes.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="176"/>
        <source>{first} and {last}</source>
        <extracomment>two or more formats, e.g. &quot;PDF and DOCX&quot;; {first} may be a list itself.</extracomment>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="184"/>
        <source>{items}, {bios}, {notes}</source>
        <extracomment>how many agenda items, bios and notes a pack holds.</extracomment>
        <translation>{items}, {bios} y {notes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="185"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n tema del orden del día</numerusform>
            <numerusform>%n temas del orden del día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="186"/>
        <source>%n bio(s)</source>
        <translation>
            <numerusform>%n reseña</numerusform>
            <numerusform>%n reseñas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="187"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="192"/>
        <source>One pack per session</source>
        <translation>Documentación por sesión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="205"/>
        <source>{hint} People in none of the chosen agenda items are in italics.</source>
        <extracomment>{hint} says how the pack orders the ticked bios.</extracomment>
        <translation>{hint} Las personas que no figuran en ninguno de los temas elegidos aparecen en cursiva.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="214"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, sorted by surname; the ticks here are not used.</source>
        <translation>La documentación de cada sesión contiene las reseñas biográficas de las personas de esa sesión, ordenadas por apellido; aquí las marcas no se tienen en cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="219"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, in the order they appear in it; the ticks here are not used.</source>
        <translation>La documentación de cada sesión contiene las reseñas biográficas de las personas de esa sesión, en el orden en que aparecen en ella; aquí las marcas no se tienen en cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="225"/>
        <source>Alphabetical: the pack sorts the ticked bios by surname (the last word of the name); the order of this list is not used.</source>
        <translation>Alfabético: la documentación ordena las reseñas biográficas marcadas por apellido (la última palabra del nombre); el orden de esta lista no se tiene en cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="230"/>
        <source>Order of appearance: the pack prints the ticked bios in this list&apos;s order, which starts as the order people first appear in the agenda; move a name to change it.</source>
        <translation>Orden de aparición: la documentación imprime las reseñas biográficas marcadas en el orden de esta lista, que inicialmente es el orden en que las personas aparecen por primera vez en el orden del día; mueva un nombre para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="238"/>
        <source>The programme and the session pages follow the ticked items in this order; a newly ticked item goes to its place in the agenda.</source>
        <translation>El programa y las páginas de las sesiones siguen los temas marcados en este orden; un tema que se marca se coloca en el lugar que ocupa en el orden del día.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="243"/>
        <source>One pack for each ticked item that has people in it (for every such item when none is ticked); each lists the ticked items of its day in its programme.</source>
        <translation>Una documentación por cada tema marcado que tenga personas asignadas (por cada uno de esos temas si no hay ninguno marcado); cada una incluye en su programa los temas marcados de su día.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="250"/>
        <source>The pack has the ticked notes in this order, internal ones too. ‘Include internal notes’ concerns the packs made per session.</source>
        <translation>La documentación contiene las notas marcadas en este orden, incluidas las internas. «Incluir notas internas» se refiere a la documentación por sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="255"/>
        <source>Each session&apos;s pack has that session&apos;s notes that are ticked here (all of them when none is ticked), in the meeting&apos;s order; internal ones only when included below.</source>
        <translation>La documentación de cada sesión contiene las notas de esa sesión que estén marcadas aquí (todas si no hay ninguna marcada), en el orden de la reunión; las internas, solo si se incluyen más abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="262"/>
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>El orden del día está vacío: agregue temas en la página Orden del día.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="263"/>
        <source>The meeting has no people yet: add them on the People page.</source>
        <translation>La reunión todavía no tiene personas: agréguelas en la página Personas.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="266"/>
        <source>The meeting has no background notes yet: add them on the Notes page.</source>
        <translation>La reunión todavía no tiene notas informativas: agréguelas en la página Notas.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="741"/>
        <source>Contents of the pack</source>
        <translation>Contenido de la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="750"/>
        <source>What the pack holds</source>
        <translation>Qué contiene la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>e.g. Full pack</source>
        <translation>p. ej., Documentación completa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="765"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="767"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="769"/>
        <source>One full pack, or one pack per session for its moderator and speakers</source>
        <translation>Documentación completa o documentación por sesión para su moderador y sus oradores</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="780"/>
        <source>Build as {format}</source>
        <translation>Generar en {format}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="787"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="790"/>
        <source>S&amp;hrink merged PDF pages to fit the header and footer</source>
        <translation>Re&amp;ducir las páginas PDF combinadas para que quepan el encabezado y el pie de página</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="792"/>
        <source>Shrink merged PDF pages</source>
        <translation>Reducir las páginas PDF combinadas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="797"/>
        <source>Pack</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="799"/>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="800"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="801"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="802"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="810"/>
        <source>Include a list of par&amp;ticipants</source>
        <translation>Incluir una &amp;lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="813"/>
        <source>Include a list of participants</source>
        <translation>Incluir una lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="816"/>
        <source>A “List of participants” section: everyone in the meeting, grouped by category</source>
        <translation>Una sección «Lista de participantes»: todas las personas de la reunión, agrupadas por categoría</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="822"/>
        <source>Show participants&apos; &amp;emails</source>
        <translation>Mostrar el &amp;correo electrónico de los participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="823"/>
        <source>Show participants&apos; emails</source>
        <translation>Mostrar el correo electrónico de los participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="825"/>
        <source>Whether the list of participants gives each one&apos;s email</source>
        <translation>Si la lista de participantes indica el correo electrónico de cada uno</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="850"/>
        <source>Distribution mark</source>
        <translation>Indicación de distribución</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="852"/>
        <source>Printed on the cover, e.g. “For participants only”</source>
        <translation>Se imprime en la portada, p. ej., «Solo para los participantes»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="855"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="859"/>
        <source>Edit distribution mark of {pack}</source>
        <translation>Editar la indicación de distribución de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="860"/>
        <location filename="../../ui/editors/pack.py" line="1203"/>
        <source>The distribution mark was not changed: {problem}.</source>
        <translation>No se cambió la indicación de distribución: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="864"/>
        <source>e.g. Draft 3, 28 November 2017</source>
        <translation>p. ej., Borrador 3, 28 de noviembre de 2017</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="865"/>
        <source>Version or status line</source>
        <translation>Línea de versión o estado</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="868"/>
        <source>Printed on the cover under the pack&apos;s name</source>
        <translation>Se imprime en la portada debajo del nombre de la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="873"/>
        <source>Edit version line of {pack}</source>
        <translation>Editar la línea de versión de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="874"/>
        <source>The version line was not changed: {problem}.</source>
        <translation>No se cambió la línea de versión: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="876"/>
        <source>Cover sheet</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="878"/>
        <source>Distribution &amp;mark:</source>
        <translation>Indicación de di&amp;stribución:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="879"/>
        <source>&amp;Version line:</source>
        <translation>Línea de &amp;versión:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="899"/>
        <location filename="../../ui/editors/pack.py" line="907"/>
        <source>Only people in the chosen items</source>
        <translation>Solo las personas de los temas elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="902"/>
        <source>Tick exactly the people who have a role in the chosen agenda items</source>
        <translation>Marcar exactamente a las personas que tienen una función en los temas del orden del día elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="911"/>
        <source>Bio order</source>
        <translation>Orden de las reseñas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="913"/>
        <source>Bio &amp;order:</source>
        <translation>&amp;Orden de las reseñas:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="914"/>
        <source>Include &amp;internal notes</source>
        <translation>Incluir notas int&amp;ernas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="915"/>
        <source>Include internal notes</source>
        <translation>Incluir notas internas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="917"/>
        <source>Whether the packs made per session include their sessions&apos; internal notes</source>
        <translation>Si la documentación por sesión incluye las notas internas de sus sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1008"/>
        <source>{list} ({chosen} of {total})</source>
        <extracomment>a tab&apos;s title with how many of the list&apos;s entries the pack holds.</extracomment>
        <translation>{list} ({chosen} de {total})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1043"/>
        <source>Rename pack {pack}</source>
        <translation>Cambiar el nombre de la documentación {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1097"/>
        <source>Set kind of {pack} to full pack</source>
        <translation>Definir {pack} como documentación completa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1099"/>
        <source>Set kind of {pack} to one pack per session</source>
        <translation>Definir {pack} como documentación por sesión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1100"/>
        <source>The kind was not changed: {problem}.</source>
        <translation>No se cambió el tipo: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1111"/>
        <source>Set formats of {pack} to {formats}</source>
        <translation>Establecer los formatos de {pack} en {formats}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1114"/>
        <source>The formats were not changed: {problem}.</source>
        <translation>No se cambiaron los formatos: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1119"/>
        <source>Set paper of {pack} to {paper}</source>
        <translation>Establecer el papel de {pack} en {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1122"/>
        <source>The paper was not changed: {problem}.</source>
        <translation>No se cambió el papel: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1127"/>
        <source>Shrink merged PDF pages of {pack}</source>
        <translation>Reducir las páginas PDF combinadas de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1129"/>
        <source>Stamp merged PDF pages of {pack} without shrinking</source>
        <translation>Estampar las páginas PDF combinadas de {pack} sin reducirlas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1131"/>
        <source>The merged pages were not changed: {problem}.</source>
        <translation>No se cambiaron las páginas combinadas: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1141"/>
        <source>Include a list of participants in {pack}</source>
        <translation>Incluir una lista de participantes en {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1143"/>
        <source>Leave the list of participants out of {pack}</source>
        <translation>Excluir la lista de participantes de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1145"/>
        <source>The list of participants was not changed: {problem}.</source>
        <translation>No se cambió la lista de participantes: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1155"/>
        <source>Show participants&apos; emails in {pack}</source>
        <translation>Mostrar el correo electrónico de los participantes en {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1157"/>
        <source>Leave participants&apos; emails out of {pack}</source>
        <translation>Excluir el correo electrónico de los participantes de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1159"/>
        <source>The participants&apos; emails were not changed: {problem}.</source>
        <translation>No se cambió el correo electrónico de los participantes: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1170"/>
        <source>Set bio order of {pack} to alphabetical</source>
        <translation>Establecer el orden alfabético de las reseñas de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1172"/>
        <source>Set bio order of {pack} to order of appearance</source>
        <translation>Establecer el orden de aparición de las reseñas de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1173"/>
        <source>The bio order was not changed: {problem}.</source>
        <translation>No se cambió el orden de las reseñas: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1182"/>
        <source>Include internal notes in {pack}</source>
        <translation>Incluir las notas internas en {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1184"/>
        <source>Leave internal notes out of {pack}</source>
        <translation>Excluir las notas internas de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1186"/>
        <source>The internal notes were not changed: {problem}.</source>
        <translation>No se cambiaron las notas internas: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1200"/>
        <source>Set distribution mark of {pack} to {mark}</source>
        <translation>Establecer la indicación de distribución de {pack} en {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1202"/>
        <source>Set distribution mark of {pack} to none</source>
        <translation>Quitar la indicación de distribución de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1218"/>
        <source>Add {entry} to {pack}</source>
        <translation>Agregar {entry} a {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1220"/>
        <source>Remove {entry} from {pack}</source>
        <translation>Quitar {entry} de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1231"/>
        <source>Move {entry} up in {pack}</source>
        <translation>Subir {entry} en {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1233"/>
        <source>Move {entry} down in {pack}</source>
        <translation>Bajar {entry} en {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1271"/>
        <source>Set bios of {pack} to the people in its agenda items</source>
        <translation>Limitar las reseñas de {pack} a las personas de sus temas del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1290"/>
        <source>Select all agenda items</source>
        <translation>Seleccionar todos los temas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1291"/>
        <source>Select no agenda items</source>
        <translation>No seleccionar ningún tema</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1292"/>
        <source>How the pack uses the agenda items</source>
        <translation>Cómo usa la documentación los temas del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1296"/>
        <source>Select all bios</source>
        <translation>Seleccionar todas las reseñas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1297"/>
        <source>Select no bios</source>
        <translation>No seleccionar ninguna reseña</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1298"/>
        <source>How the pack uses the bios</source>
        <translation>Cómo usa la documentación las reseñas biográficas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1301"/>
        <source>Select all notes</source>
        <translation>Seleccionar todas las notas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1302"/>
        <source>Select no notes</source>
        <translation>No seleccionar ninguna nota</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1303"/>
        <source>How the pack uses the notes</source>
        <translation>Cómo usa la documentación las notas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1310"/>
        <source>Add all agenda items to {pack}</source>
        <translation>Agregar todos los temas del orden del día a {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1311"/>
        <source>Remove all agenda items from {pack}</source>
        <translation>Quitar todos los temas del orden del día de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1312"/>
        <source>Add all bios to {pack}</source>
        <translation>Agregar todas las reseñas a {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1313"/>
        <source>Remove all bios from {pack}</source>
        <translation>Quitar todas las reseñas de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1314"/>
        <source>Add all notes to {pack}</source>
        <translation>Agregar todas las notas a {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1315"/>
        <source>Remove all notes from {pack}</source>
        <translation>Quitar todas las notas de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1323"/>
        <source>The agenda items were not changed: {problem}.</source>
        <translation>No se cambiaron los temas del orden del día: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1325"/>
        <source>The bios were not changed: {problem}.</source>
        <translation>No se cambiaron las reseñas: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1326"/>
        <source>The notes were not changed: {problem}.</source>
        <translation>No se cambiaron las notas: {problem}.</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/models.py" line="304"/>
        <source>Pack</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="305"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="306"/>
        <source>Agenda items</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="307"/>
        <source>Bios</source>
        <translation>Reseñas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="309"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="321"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="322"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>PasswordsGroup</name>
    <message>
        <location filename="../../ui/passwords.py" line="29"/>
        <source>The PDF files are encrypted (AES-256); the DOCX files are not protected.
The open password is asked for to open them. Without the owner password,
readers may print them and copy their text, but not change or annotate them.
Give either or both. They serve this build only and are never saved: keep them safe.</source>
        <translation>Los archivos PDF se cifran (AES-256); los archivos DOCX no quedan protegidos.
La contraseña de apertura se pide para abrirlos. Sin la contraseña de permisos,
los lectores pueden imprimirlos y copiar su texto, pero no modificarlos ni anotarlos.
Indique una de ellas o ambas. Solo sirven para esta generación y nunca se guardan: consérvelas en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="36"/>
        <source>Asked for to open the PDF files; left empty, anyone can open them</source>
        <translation>Se pide para abrir los archivos PDF; si se deja en blanco, cualquiera puede abrirlos</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="39"/>
        <source>Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them may do anything</source>
        <translation>Necesaria para modificar, anotar o reorganizar los archivos PDF; si se deja en blanco, quien los abra puede hacer cualquier cosa con ellos</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="67"/>
        <source>Res&amp;trict the PDF pack with passwords</source>
        <translation>Res&amp;tringir la documentación PDF con contraseñas</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="72"/>
        <source>Encrypt the PDF packs of this build with an open and/or owner password</source>
        <translation>Cifrar la documentación PDF de esta generación con una contraseña de apertura, una de permisos o ambas</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="78"/>
        <source>Open password</source>
        <translation>Contraseña de apertura</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="81"/>
        <source>Owner password</source>
        <translation>Contraseña de permisos</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="83"/>
        <source>S&amp;how passwords</source>
        <translation>M&amp;ostrar contraseñas</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="85"/>
        <source>Show the passwords as typed, to check them</source>
        <translation>Mostrar las contraseñas tal como se escribieron, para comprobarlas</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="98"/>
        <source>Ope&amp;n password:</source>
        <translation>Contraseña de apert&amp;ura:</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="99"/>
        <source>O&amp;wner password:</source>
        <translation>Contraseña de perm&amp;isos:</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="124"/>
        <source>Type an open password, an owner password or both, or untick ‘Restrict the PDF pack with passwords’.</source>
        <translation>Escriba una contraseña de apertura, una de permisos o ambas, o desmarque «Restringir la documentación PDF con contraseñas».</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="132"/>
        <source>The {field} {problem}.</source>
        <translation>La {field} {problem}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="36"/>
        <source>Cannot preview {file}: the file does not exist.

{path}</source>
        <translation>No se puede mostrar la vista previa de {file}: el archivo no existe.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="39"/>
        <source>Cannot preview {file}: the file is not a PDF, or is damaged.

{path}</source>
        <translation>No se puede mostrar la vista previa de {file}: el archivo no es un PDF o está dañado.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="42"/>
        <source>Cannot preview {file}: the file is protected by a password.

{path}</source>
        <translation>No se puede mostrar la vista previa de {file}: el archivo está protegido con contraseña.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="45"/>
        <source>Cannot preview {file}: the file is encrypted in a way not supported.

{path}</source>
        <translation>No se puede mostrar la vista previa de {file}: el archivo está cifrado de una forma no compatible.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="49"/>
        <source>Cannot preview {file}: the file could not be read yet.

{path}</source>
        <translation>No se puede mostrar la vista previa de {file}: todavía no se ha podido leer el archivo.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="53"/>
        <source>Cannot preview {file}: the file could not be opened.

{path}</source>
        <translation>No se puede mostrar la vista previa de {file}: no se pudo abrir el archivo.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="57"/>
        <source>No PDF to preview yet. Build a pack in PDF to see it here.</source>
        <translation>Todavía no hay ningún PDF para la vista previa. Genere la documentación en PDF para verla aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="73"/>
        <source>PDF pages</source>
        <translation>Páginas PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="81"/>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="83"/>
        <source>The pack&apos;s bookmarks: click one to go to its page</source>
        <translation>Marcadores de la documentación: haga clic en uno para ir a su página</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="96"/>
        <source>Preview message</source>
        <translation>Mensaje de la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="302"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="313"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="314"/>
        <source>Go to the previous page</source>
        <translation>Ir a la página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="320"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="321"/>
        <source>Go to the next page</source>
        <translation>Ir a la página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="327"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="328"/>
        <source>Show the pages smaller</source>
        <translation>Mostrar las páginas más pequeñas</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="334"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="335"/>
        <source>Show the pages larger</source>
        <translation>Mostrar las páginas más grandes</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="341"/>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="342"/>
        <source>Show the pages at their actual size</source>
        <translation>Mostrar las páginas a su tamaño real</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="348"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="349"/>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="356"/>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="357"/>
        <source>Show whole pages in the window</source>
        <translation>Mostrar páginas completas en la ventana</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="384"/>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="386"/>
        <source>The page shown: type a number to go to that page</source>
        <translation>Página mostrada: escriba un número para ir a esa página</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="396"/>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="397"/>
        <source>How large the pages are shown</source>
        <translation>Tamaño con que se muestran las páginas</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="519"/>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="524"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <location filename="../../ui/people_import.py" line="60"/>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="66"/>
        <location filename="../../ui/people_import.py" line="446"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="67"/>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="68"/>
        <location filename="../../ui/people_import.py" line="447"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="69"/>
        <location filename="../../ui/people_import.py" line="448"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="70"/>
        <location filename="../../ui/people_import.py" line="449"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="71"/>
        <source>Bio</source>
        <translation>Reseña biográfica</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="72"/>
        <location filename="../../ui/people_import.py" line="450"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="73"/>
        <location filename="../../ui/people_import.py" line="451"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="155"/>
        <source>Import people — {file}</source>
        <translation>Importar personas — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="209"/>
        <source>&amp;Columns of the file</source>
        <translation>&amp;Columnas del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="212"/>
        <source>Choose what each column holds; the lists on the right follow.</source>
        <translation>Elija qué contiene cada columna; las listas de la derecha se actualizan en consecuencia.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="220"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="223"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="224"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="225"/>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="252"/>
        <source>(column {number})</source>
        <translation>(columna {number})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="259"/>
        <source>Imported as, for column {column}</source>
        <translation>Se importa como, para la columna {column}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="295"/>
        <source>Choose which column holds the names: Full name, or First name and Last name.</source>
        <translation>Elija la columna que contiene los nombres: Nombre completo, o bien Nombre y Apellido.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="344"/>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="404"/>
        <source>&amp;Tick all</source>
        <translation>&amp;Marcar todo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="405"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="444"/>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="452"/>
        <location filename="../../ui/people_import.py" line="461"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="456"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="458"/>
        <source>Person and field</source>
        <translation>Persona y campo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="459"/>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="460"/>
        <source>From the file</source>
        <translation>Del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="466"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="489"/>
        <source>&amp;New people ({count})</source>
        <translation>&amp;Personas nuevas ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="492"/>
        <source>C&amp;hanges ({count})</source>
        <translation>Cam&amp;bios ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="495"/>
        <source>P&amp;roblems ({count})</source>
        <translation>P&amp;roblemas ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="505"/>
        <source>From {file} (read as {format}), %n row(s): {problem}</source>
        <translation>
            <numerusform>De {file} (leído como {format}), %n fila: {problem}</numerusform>
            <numerusform>De {file} (leído como {format}), %n filas: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="513"/>
        <source>From {file} (read as {format}), %n row(s): {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</source>
        <translation>
            <numerusform>De {file} (leído como {format}), %n fila: {new}, {changed} y {unchanged}. Desmarque lo que no deba cambiar; la reunión no se modificará hasta que haga clic en Aplicar.</numerusform>
            <numerusform>De {file} (leído como {format}), %n filas: {new}, {changed} y {unchanged}. Desmarque lo que no deba cambiar; la reunión no se modificará hasta que haga clic en Aplicar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="524"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n persona nueva</numerusform>
            <numerusform>%n personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="525"/>
        <source>%n person(s) with changes</source>
        <translation>
            <numerusform>%n persona con cambios</numerusform>
            <numerusform>%n personas con cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="526"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n ya actualizada</numerusform>
            <numerusform>%n ya actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="534"/>
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Aplicar %n cambio</numerusform>
            <numerusform>&amp;Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="536"/>
        <source>Nothing to apply</source>
        <translation>Nada que aplicar</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="541"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models.py" line="251"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="253"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="254"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="255"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/editors/person.py" line="59"/>
        <source>Mr.</source>
        <translation>Sr.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="60"/>
        <source>Ms.</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="61"/>
        <source>Mrs.</source>
        <translation>Sra.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="62"/>
        <source>Dr.</source>
        <translation>Dr.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="63"/>
        <source>Prof.</source>
        <translation>Prof.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="64"/>
        <source>H.E.</source>
        <translation>S. E.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="65"/>
        <source>H.E. Mr.</source>
        <translation>Excmo. Sr.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="66"/>
        <source>H.E. Ms.</source>
        <translation>Excma. Sra.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="72"/>
        <source>This bio is a placeholder. Replace it with the person&apos;s real bio before the pack is sent.</source>
        <translation>Esta reseña biográfica es provisional. Sustitúyala por la reseña real de la persona antes de enviar la documentación.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="102"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="103"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="111"/>
        <source>{role} in {title}</source>
        <extracomment>a person&apos;s role in an agenda item, e.g. &quot;Moderator in ‘Session 2’&quot;.</extracomment>
        <translation>{role} en {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="119"/>
        <source>; </source>
        <extracomment>what separates a person&apos;s appearances in the agenda.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="120"/>
        <source>Not in the agenda yet</source>
        <translation>Todavía no figura en el orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="137"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="141"/>
        <source>Appears in</source>
        <translation>Figura en</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="142"/>
        <source>Appears in:</source>
        <translation>Figura en:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="152"/>
        <source>Full name, as printed</source>
        <translation>Nombre completo, tal como se imprime</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="154"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="158"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="160"/>
        <source>e.g. Senior Advisor</source>
        <translation>p. ej., Asesor Superior</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="162"/>
        <source>position</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="164"/>
        <source>&amp;Position:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="166"/>
        <source>e.g. International Service for Human Rights</source>
        <translation>p. ej., Servicio Internacional para los Derechos Humanos</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="168"/>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="170"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="172"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="174"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="176"/>
        <source>Categor&amp;y:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="178"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="182"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="184"/>
        <source>Whom the person represents, as a list of participants groups them</source>
        <translation>A quién representa la persona, según la agrupación de la lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="196"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="216"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="218"/>
        <source>The country the person represents or comes from: a name or a code</source>
        <translation>El país que la persona representa o del que procede: un nombre o un código</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="222"/>
        <location filename="../../ui/editors/person.py" line="279"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="237"/>
        <source>The country was not changed: {name} is not a country name or code the app knows; choose one from the list.</source>
        <translation>No se cambió el país: {name} no es un nombre ni un código de país que la aplicación conozca; elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="246"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="274"/>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="276"/>
        <source>Mr., Ms., Dr., H.E. … or any other form of address</source>
        <translation>Sr., Sra., Dr., S. E. … o cualquier otra fórmula de tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="280"/>
        <location filename="../../ui/editors/person.py" line="290"/>
        <source>honorific</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="301"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="305"/>
        <source>Photo file</source>
        <translation>Archivo de foto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="308"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="309"/>
        <source>Choose a PNG, JPEG or GIF photo of this person</source>
        <translation>Elegir una foto PNG, JPEG o GIF de esta persona</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="316"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="317"/>
        <source>Remove this person&apos;s photo from the meeting</source>
        <translation>Quitar la foto de esta persona de la reunión</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="345"/>
        <source>The person&apos;s bio, as it should appear in the pack</source>
        <translation>La reseña biográfica de la persona, tal como debe aparecer en la documentación</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="349"/>
        <source>bio</source>
        <translation>reseña biográfica</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="354"/>
        <source>Word count of the bio</source>
        <translation>Número de palabras de la reseña</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="357"/>
        <source>&amp;Bio</source>
        <translation>&amp;Reseña biográfica</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="368"/>
        <source>Placeholder warning</source>
        <translation>Aviso de texto provisional</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="429"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="435"/>
        <source>Cannot show this image</source>
        <translation>No se puede mostrar esta imagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/person.py" line="454"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="463"/>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="475"/>
        <source>The photo was not changed: {problem}.</source>
        <translation>No se cambió la foto: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="478"/>
        <source>Set photo of {name}</source>
        <translation>Establecer la foto de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="483"/>
        <source>Remove photo of {name}</source>
        <translation>Quitar la foto de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="492"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source>Language of the window:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>RunningOrderModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="349"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="350"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="351"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="280"/>
        <source>Keyboard Shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="284"/>
        <source>Filter by command or key</source>
        <translation>Filtrar por comando o tecla</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="286"/>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Shortcut</source>
        <translation>Método abreviado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>Métodos abreviados de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="307"/>
        <source>Lists, text fields and the Preview page have keys of their own, described in the User Guide.</source>
        <translation>Las listas, los campos de texto y la página Vista previa tienen teclas propias, que se describen en la Guía del usuario.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="358"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Ningún método abreviado coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>TupleTable</name>
    <message>
        <location filename="../../ui/editors/tables.py" line="156"/>
        <source>‘{text}’ is not a date; write it like {example}</source>
        <translation>«{text}» no es una fecha; escríbala con este formato: {example}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="546"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="552"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="558"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="564"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help.py" line="154"/>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="159"/>
        <source>User guide page</source>
        <translation>Página de la guía del usuario</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="169"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="176"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="183"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
</context>
<context>
    <name>rich</name>
    <message>
        <location filename="../../ui/rich.py" line="367"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="368"/>
        <source>Concerns</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="369"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="377"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="381"/>
        <source>Double-click the finding (or press Enter) to go to what it concerns.</source>
        <translation>Haga doble clic en la observación (o pulse Enter) para ir a lo que afecta.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="114"/>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="115"/>
        <source>Aims</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="117"/>
        <source>Linked events</source>
        <translation>Actos conexos</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="121"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="124"/>
        <source>Logistics</source>
        <translation>Aspectos logísticos</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="127"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="136"/>
        <source>Short title</source>
        <translation>Título abreviado</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="137"/>
        <location filename="../../ui/rich.py" line="212"/>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="138"/>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="139"/>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="190"/>
        <source>Nobody has a role in this item yet.</source>
        <translation>Todavía nadie tiene una función en este tema.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="194"/>
        <source>Running order</source>
        <translation>Desarrollo de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="196"/>
        <location filename="../../ui/rich.py" line="335"/>
        <source>Background notes</source>
        <translation>Notas informativas</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="211"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="213"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="214"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="244"/>
        <source>{role} — {item} ({time})</source>
        <translation>{role} — {item} ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="260"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="262"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="268"/>
        <source>Bio</source>
        <translation>Reseña biográfica</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="271"/>
        <source>No bio yet.</source>
        <translation>Todavía no hay reseña biográfica.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="273"/>
        <source>In the agenda</source>
        <translation>En el orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="289"/>
        <source>yes: left out of packs that leave out internal notes</source>
        <translation>sí: se excluye de la documentación que excluye las notas internas</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="295"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="296"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="297"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="298"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="299"/>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rich.py" line="311"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="327"/>
        <source>Agenda items</source>
        <translation>Temas del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="331"/>
        <source>Bios</source>
        <translation>Reseñas biográficas</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="352"/>
        <location filename="../../ui/rich.py" line="357"/>
        <source>None.</source>
        <translation>Sin entradas.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../ui/text.py" line="58"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="59"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="60"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="64"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="65"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="66"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n mensaje informativo</numerusform>
            <numerusform>%n mensajes informativos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="71"/>
        <source>bios in order of appearance</source>
        <translation>reseñas por orden de aparición</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="72"/>
        <source>bios in alphabetical order</source>
        <translation>reseñas por orden alfabético</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="82"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n tema del orden del día</numerusform>
            <numerusform>%n temas del orden del día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="83"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="84"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="123"/>
        <source>S{number}</source>
        <translation>S{number}</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="159"/>
        <source>{role}: {names}</source>
        <translation>{role}: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="191"/>
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>One per session</source>
        <translation>Una por sesión</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>internal notes included</source>
        <translation>notas internas incluidas</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>internal notes left out</source>
        <translation>notas internas excluidas</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="218"/>
        <source>list of participants</source>
        <translation>lista de participantes</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="219"/>
        <source>list of participants without emails</source>
        <translation>lista de participantes sin correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="226"/>
        <source>“{mark}”</source>
        <translation>«{mark}»</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="236"/>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="257"/>
        <source>The meeting</source>
        <translation>La reunión</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="258"/>
        <source>Agenda item</source>
        <translation>Tema del orden del día</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="259"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="260"/>
        <source>Background note</source>
        <translation>Nota informativa</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="261"/>
        <source>Pack</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="272"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
</context>
</TS>
