<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../ui/imports.py" line="344"/>
        <source>Import agenda — {file}</source>
        <translation>Импорт повестки дня — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="370"/>
        <source>Meeting</source>
        <translation>Совещание</translation>
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
            <numerusform>%n абзац</numerusform>
            <numerusform>%n абзаца</numerusform>
            <numerusform>%n абзацев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="400"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="401"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="402"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="403"/>
        <source>When</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="404"/>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="405"/>
        <location filename="../../ui/imports.py" line="530"/>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="426"/>
        <source>{items}, {people}, {contacts}</source>
        <translation>{items}, {people}, {contacts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="427"/>
        <location filename="../../ui/imports.py" line="680"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n пункт повестки дня</numerusform>
            <numerusform>%n пункта повестки дня</numerusform>
            <numerusform>%n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="428"/>
        <location filename="../../ui/imports.py" line="681"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="429"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="432"/>
        <source>Found {found} in {file}; the import was unsure of %n thing(s) (see Findings). Nothing changes in the meeting until you click Import.</source>
        <translation>
            <numerusform>В файле {file} найдено: {found}. При импорте возникли неясности в %n случае (см. вкладку «Замечания»). До нажатия кнопки «Импортировать» в совещании ничего не изменится.</numerusform>
            <numerusform>В файле {file} найдено: {found}. При импорте возникли неясности в %n случаях (см. вкладку «Замечания»). До нажатия кнопки «Импортировать» в совещании ничего не изменится.</numerusform>
            <numerusform>В файле {file} найдено: {found}. При импорте возникли неясности в %n случаях (см. вкладку «Замечания»). До нажатия кнопки «Импортировать» в совещании ничего не изменится.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="440"/>
        <source>Found {found} in {file}. Nothing changes in the meeting until you click Import.</source>
        <translation>В файле {file} найдено: {found}. До нажатия кнопки «Импортировать» в совещании ничего не изменится.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="454"/>
        <source>&amp;Agenda ({count})</source>
        <translation>&amp;Повестка дня ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="461"/>
        <source>&amp;Overview ({count})</source>
        <translation>&amp;Общие сведения ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="463"/>
        <source>&amp;People ({count})</source>
        <translation>&amp;Участники ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="467"/>
        <source>&amp;Contacts ({count})</source>
        <translation>&amp;Контакты ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="474"/>
        <source>&amp;Findings ({count})</source>
        <translation>&amp;Замечания ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="483"/>
        <source>Agenda items found</source>
        <translation>Найденные пункты повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="485"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="486"/>
        <source>Item and people</source>
        <translation>Пункт и участники</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="487"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="522"/>
        <source>Texts and links found</source>
        <translation>Найденные тексты и ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="524"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="525"/>
        <source>What it says</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="529"/>
        <source>Aims</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="531"/>
        <source>Logistics</source>
        <translation>Организационные вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="532"/>
        <source>Acknowledgements</source>
        <translation>Выражение признательности</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="537"/>
        <source>Linked event</source>
        <translation>Связанное мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="538"/>
        <source>Further reading</source>
        <translation>Дополнительные материалы</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="547"/>
        <source>People found</source>
        <translation>Найденные участники</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="549"/>
        <location filename="../../ui/imports.py" line="566"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="550"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="551"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="563"/>
        <source>Contacts found</source>
        <translation>Найденные контакты</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="565"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="567"/>
        <source>Copied in</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="570"/>
        <source>cc</source>
        <translation>копия</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="582"/>
        <source>What the import was unsure of</source>
        <translation>Неясности при импорте</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="588"/>
        <source>Guessed, check it: {message}</source>
        <translation>Предположительно, проверьте: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="605"/>
        <source>How to apply it</source>
        <translation>Способ импорта</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="607"/>
        <source>A&amp;dd to this meeting</source>
        <translation>&amp;Добавить в это совещание</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="609"/>
        <source>&amp;Replace the agenda and people</source>
        <translation>За&amp;менить повестку дня и участников</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="640"/>
        <source>The items found come after this meeting&apos;s %n. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>
            <numerusform>Найденные пункты добавляются после %n имеющегося пункта этого совещания. Участники, которые в нем уже есть (с тем же адресом электронной почты или именем), повторно не добавляются: дополняются только недостающие сведения о них.</numerusform>
            <numerusform>Найденные пункты добавляются после %n имеющихся пунктов этого совещания. Участники, которые в нем уже есть (с тем же адресом электронной почты или именем), повторно не добавляются: дополняются только недостающие сведения о них.</numerusform>
            <numerusform>Найденные пункты добавляются после %n имеющихся пунктов этого совещания. Участники, которые в нем уже есть (с тем же адресом электронной почты или именем), повторно не добавляются: дополняются только недостающие сведения о них.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="648"/>
        <source>The items found are added. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>Найденные пункты добавляются. Участники, которые уже есть в совещании (с тем же адресом электронной почты или именем), повторно не добавляются: дополняются только недостающие сведения о них.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="655"/>
        <source>%n of the items found are already in this meeting (same title and start): adding would list them twice.</source>
        <translation>
            <numerusform>%n из найденных пунктов уже есть в этом совещании (совпадают название и время начала): при добавлении возникнут повторы.</numerusform>
            <numerusform>%n из найденных пунктов уже есть в этом совещании (совпадают название и время начала): при добавлении возникнут повторы.</numerusform>
            <numerusform>%n из найденных пунктов уже есть в этом совещании (совпадают название и время начала): при добавлении возникнут повторы.</numerusform>
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
        <translation>В этом совещании пока нет ни повестки дня, ни участников: результат тот же, что и при добавлении.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="675"/>
        <source>Its {items} and {people} are removed first; those found who were already in it keep their bio, photo and email. Notes and packs lose their links to what is removed.</source>
        <translation>Сначала из совещания удаляются имеющиеся записи ({items} и {people}); найденные участники, которые в нем уже были, сохраняют биографию, фотографию и адрес эл. почты. Записки и комплекты теряют связи с удаленными записями.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="689"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="696"/>
        <source>Either way the title stays; the organiser, date, times, venue, texts (background, aims, logistics, acknowledgements), linked events and further reading are taken from the file only where the meeting has none, and contacts it lacks are added.</source>
        <translation>В обоих случаях название сохраняется; организатор, дата, время, место проведения, тексты (справочная информация, цели, организационные вопросы, выражение признательности), связанные мероприятия и дополнительные материалы берутся из файла, только если в совещании их нет, а недостающие контакты добавляются.</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="641"/>
        <location filename="../../ui/editors/agenda.py" line="836"/>
        <source>Title of the session</source>
        <translation>Название заседания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="642"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="646"/>
        <source>Own date</source>
        <translation>Своя дата</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="648"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="649"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="653"/>
        <source>Where it takes place, if not the meeting&apos;s room</source>
        <translation>Место проведения, если не в зале совещания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="654"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="657"/>
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="662"/>
        <source>https://… (webcast or online meeting)</source>
        <translation>https://… (веб-трансляция или онлайн-совещание)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="663"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="666"/>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="669"/>
        <source>The webcast or the online meeting: a web address (https://…)</source>
        <translation>Веб-трансляция или онлайн-совещание: веб-адрес (https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="674"/>
        <source>Description or guiding questions</source>
        <translation>Описание или руководящие вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="676"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="681"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="683"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="685"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="686"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="687"/>
        <source>&amp;Room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="688"/>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="689"/>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="695"/>
        <source>Kind of entry</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="697"/>
        <source>A session has a number, a page of its own and a brief;
a break, meal, reception, registration or side event has none of them.</source>
        <translation>У заседания есть номер, отдельная страница и записка для модератора;
у перерыва, обеда, приема, регистрации или параллельного мероприятия их нет.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="710"/>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="728"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="732"/>
        <source>Item has a date of its own</source>
        <translation>У пункта своя дата</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="735"/>
        <source>Tick when the item is not on the meeting&apos;s first day;
otherwise it takes place on the meeting&apos;s first day.</source>
        <translation>Отметьте, если пункт проводится не в первый день совещания;
иначе он проводится в первый день совещания.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="741"/>
        <source>Date of the item</source>
        <translation>Дата пункта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="755"/>
        <source>Length of the slot</source>
        <translation>Продолжительность</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="768"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="777"/>
        <source>time slot</source>
        <translation>время</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="838"/>
        <source>Title of the entry</source>
        <translation>Название записи</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="847"/>
        <source>the meeting&apos;s first day</source>
        <translation>первый день совещания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="849"/>
        <source>the meeting has no date yet</source>
        <translation>дата совещания пока не указана</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="885"/>
        <source>Move person up</source>
        <translation>Переместить участника вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="886"/>
        <source>Move person down</source>
        <translation>Переместить участника вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="887"/>
        <source>Remove person</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="890"/>
        <source>People in this item</source>
        <translation>Участники этого пункта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="908"/>
        <source>Person to add</source>
        <translation>Добавляемый участник</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="909"/>
        <source>Choose or type a name</source>
        <translation>Выберите или введите имя</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="910"/>
        <source>Someone of the meeting, or the name of a new person</source>
        <translation>Участник совещания или имя нового участника</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="914"/>
        <source>Role of the person to add</source>
        <translation>Роль добавляемого участника</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="918"/>
        <source>A role from the list, or your own wording</source>
        <translation>Роль из списка или собственная формулировка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="921"/>
        <location filename="../../ui/editors/agenda.py" line="954"/>
        <location filename="../../ui/editors/agenda.py" line="1128"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="924"/>
        <source>Add this person to the item in this role (Enter)</source>
        <translation>Добавить этого участника в пункт в этой роли (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="952"/>
        <source>Add new person</source>
        <translation>Добавить нового участника</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="956"/>
        <source>“{name}” is not in the meeting yet: “Add new person” adds them.</source>
        <translation>Участника «{name}» пока нет в совещании: нажмите «Добавить нового участника».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="985"/>
        <location filename="../../ui/editors/agenda.py" line="1012"/>
        <source>The person was not added: {problem}.</source>
        <translation>Участник не добавлен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="989"/>
        <source>{name} is already in {item} as {role}.</source>
        <translation>Участник {name} уже включен в пункт {item} в роли «{role}».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="997"/>
        <source>Add {name} to {item}</source>
        <translation>Добавление участника {name} в пункт {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1016"/>
        <source>Add new person {name} to {item}</source>
        <translation>Добавление нового участника {name} в пункт {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1028"/>
        <source>Remove {name} from {item}</source>
        <translation>Удаление участника {name} из пункта {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1050"/>
        <source>The role was not changed: {problem}.</source>
        <translation>Роль не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1054"/>
        <source>Change role of {name} in {item}</source>
        <translation>Изменение роли участника {name} в пункте {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1073"/>
        <source>Move step up</source>
        <translation>Переместить этап вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1074"/>
        <source>Move step down</source>
        <translation>Переместить этап вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1075"/>
        <source>Remove step</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1078"/>
        <source>Running order</source>
        <translation>Порядок проведения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>New step</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>Step to add</source>
        <translation>Добавляемый этап</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1112"/>
        <source>Speaker of the step to add</source>
        <translation>Выступающий на добавляемом этапе</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1113"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1114"/>
        <source>Someone of the meeting, or a description such as
“A human rights defender (to be named)”</source>
        <translation>Участник совещания или описание, например
«Правозащитник (имя будет сообщено позднее)»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1122"/>
        <source>Minutes of the step to add</source>
        <translation>Продолжительность добавляемого этапа в минутах</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1125"/>
        <source>Length of the step; “none” when it has no set length</source>
        <translation>Продолжительность этапа; «нет», если она не задана</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1131"/>
        <source>Add this step at the end of the running order (Enter)</source>
        <translation>Добавить этот этап в конец порядка проведения (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1135"/>
        <source>Minutes of the steps against the slot</source>
        <translation>Продолжительность этапов относительно отведенного времени</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1141"/>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1179"/>
        <source>The step was not added: {problem}.</source>
        <translation>Этап не добавлен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1182"/>
        <source>Add step {step} to {item}</source>
        <translation>Добавление этапа {step} в пункт {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1194"/>
        <source>Remove step {step} from {item}</source>
        <translation>Удаление этапа {step} из пункта {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1211"/>
        <source>Change label of {step} in {item}</source>
        <translation>Изменение названия этапа {step} в пункте {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1212"/>
        <source>The step&apos;s label was not changed: {problem}.</source>
        <translation>Название этапа не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1221"/>
        <source>Change speaker of {step} in {item}</source>
        <translation>Изменение выступающего на этапе {step} в пункте {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1222"/>
        <source>The step&apos;s speaker was not changed: {problem}.</source>
        <translation>Выступающий на этапе не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1230"/>
        <source>Change minutes of {step} in {item}</source>
        <translation>Изменение продолжительности этапа {step} в пункте {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1231"/>
        <source>The step&apos;s minutes were not changed: {problem}.</source>
        <translation>Продолжительность этапа не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1276"/>
        <source>Move {name} up</source>
        <translation>Перемещение {name} вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1278"/>
        <source>Move {name} down</source>
        <translation>Перемещение {name} вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1295"/>
        <source>The change was not made: {problem}.</source>
        <translation>Изменение не внесено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1376"/>
        <source>{total} of {slot} min ({over} min over the slot)</source>
        <translation>{total} из {slot} мин (на {over} мин больше отведенного времени)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1378"/>
        <source>{total} of {slot} min</source>
        <translation>{total} из {slot} мин</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models.py" line="400"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="401"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="402"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages.py" line="225"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="231"/>
        <source>No agenda items yet.</source>
        <translation>Пунктов повестки дня пока нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="253"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>Something went wrong that the app did not expect:</source>
        <translation>В приложении произошла непредвиденная ошибка:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</source>
        <translation>Эта ошибка не затронула файл совещания, и все изменения, внесенные до нее, сохранены. Если окно работает неправильно, закройте приложение и запустите его снова: совещание откроется в прежнем виде.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="190"/>
        <source>The details are in the log file {file}; please send it with a note of what you were doing.</source>
        <translation>Подробности записаны в файл журнала {file}; отправьте его, указав, какие действия вы выполняли.</translation>
    </message>
</context>
<context>
    <name>BiosListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="531"/>
        <source>{person} · not in the chosen items</source>
        <translation>{person} · нет в выбранных пунктах</translation>
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
        <translation>Нет в повестке дня</translation>
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
        <translation>При проверке этого комплекта ничего, требующего исправления, не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="65"/>
        <source>The checks found %n warning(s) in this pack (listed below); you can still build.</source>
        <translation>
            <numerusform>Найдено при проверке этого комплекта (см. ниже): %n предупреждение. Комплект можно сформировать.</numerusform>
            <numerusform>Найдено при проверке этого комплекта (см. ниже): %n предупреждения. Комплект можно сформировать.</numerusform>
            <numerusform>Найдено при проверке этого комплекта (см. ниже): %n предупреждений. Комплект можно сформировать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="71"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="73"/>
        <source>The checks found {errors} in this pack (listed below); fix them first.</source>
        <translation>Найдено при проверке этого комплекта (см. ниже): {errors}. Сначала исправьте ошибки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="78"/>
        <source>The checks found {errors} and {warnings} in this pack (listed below); fix the errors first.</source>
        <translation>Найдено при проверке этого комплекта (см. ниже): {errors}, {warnings}. Сначала исправьте ошибки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="90"/>
        <source>{file} — %n page(s)</source>
        <translation>
            <numerusform>{file} — %n страница</numerusform>
            <numerusform>{file} — %n страницы</numerusform>
            <numerusform>{file} — %n страниц</numerusform>
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
        <translation>Формирование комплектов — {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="126"/>
        <source>Pack</source>
        <translation>Комплект</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="127"/>
        <source>The pack definition to build</source>
        <translation>Комплект, который нужно сформировать</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="136"/>
        <source>Write a {format} file of each pack</source>
        <translation>Создать файл {format} для каждого комплекта</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="140"/>
        <source>Per-&amp;session packs</source>
        <translation>Комплекты по &amp;заседаниям</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="142"/>
        <source>Also write one moderator brief per agenda session</source>
        <translation>Также создать записку для модератора по каждому заседанию повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="145"/>
        <source>Build &amp;even if some characters cannot be drawn</source>
        <translation>Формировать, &amp;даже если некоторые символы невозможно отобразить</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="148"/>
        <source>Characters no pack font can draw are left out of the PDF; without this, they stop the build</source>
        <translation>Символы, которые не может отобразить ни один шрифт комплекта, не включаются в PDF; если флажок снят, формирование из-за них прерывается</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="155"/>
        <location filename="../../ui/build_dialog.py" line="286"/>
        <source>Output folder</source>
        <translation>Выходная папка</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="156"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="158"/>
        <source>Choose the folder the packs are written to</source>
        <translation>Выбрать папку для сохранения комплектов</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="164"/>
        <source>P&amp;ack:</source>
        <translation>Ко&amp;мплект:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="165"/>
        <source>Formats:</source>
        <translation>Форматы:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="168"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Выходная папка:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="179"/>
        <source>Build progress</source>
        <translation>Ход формирования</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="184"/>
        <source>Files written</source>
        <translation>Созданные файлы</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="186"/>
        <source>Problems and warnings</source>
        <translation>Проблемы и предупреждения</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="190"/>
        <source>Files written:</source>
        <translation>Созданные файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="192"/>
        <source>Problems and warnings:</source>
        <translation>Проблемы и предупреждения:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="196"/>
        <source>Open &amp;folder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="198"/>
        <source>Show the output folder in the file manager</source>
        <translation>Показать выходную папку в диспетчере файлов</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="200"/>
        <source>&amp;Build</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="203"/>
        <source>Build the pack in the background (the window stays usable)</source>
        <translation>Сформировать комплект в фоновом режиме (окном можно продолжать пользоваться)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="205"/>
        <location filename="../../ui/build_dialog.py" line="444"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="304"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="312"/>
        <source>Choose at least one format (PDF or DOCX).</source>
        <translation>Выберите хотя бы один формат (PDF или DOCX).</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="314"/>
        <source>Choose an output folder.</source>
        <translation>Выберите выходную папку.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="319"/>
        <source>{path} is a file, not a folder: choose another output folder.</source>
        <translation>{path} — это файл, а не папка: выберите другую выходную папку.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="381"/>
        <source>Done: %n file(s) written. The PDF files are restricted by password.</source>
        <translation>
            <numerusform>Готово: создан %n файл. Доступ к PDF-файлам защищен паролем.</numerusform>
            <numerusform>Готово: создано %n файла. Доступ к PDF-файлам защищен паролем.</numerusform>
            <numerusform>Готово: создано %n файлов. Доступ к PDF-файлам защищен паролем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="388"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Готово: создан %n файл.</numerusform>
            <numerusform>Готово: создано %n файла.</numerusform>
            <numerusform>Готово: создано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="396"/>
        <source>Nothing was built:</source>
        <translation>Ничего не сформировано:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="405"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: файлы не созданы.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="439"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="441"/>
        <source>Stop the build; nothing is written</source>
        <translation>Остановить формирование; файлы не будут созданы</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="445"/>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
</context>
<context>
    <name>BuildTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="66"/>
        <source>Unexpected error: {error}: {message}</source>
        <translation>Непредвиденная ошибка: {error}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="75"/>
        <source>the build failed for an unknown reason</source>
        <translation>формирование не удалось по неизвестной причине</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="82"/>
        <source>the build stopped without a result</source>
        <translation>формирование остановилось без результата</translation>
    </message>
</context>
<context>
    <name>ContentsList</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="637"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="638"/>
        <source>Move the selected entry up</source>
        <translation>Переместить выбранную запись вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="644"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="645"/>
        <source>Move the selected entry down</source>
        <translation>Переместить выбранную запись вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="649"/>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="651"/>
        <source>Select none</source>
        <translation>Снять выбор</translation>
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
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="163"/>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="166"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="178"/>
        <source>{file} is larger than {size}</source>
        <translation>Размер файла {file} превышает {size}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="181"/>
        <source>{file} {problem}</source>
        <extracomment>{problem} is the reason, in words that read after the file&apos;s name.</extracomment>
        <translation>Файл {file} {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="184"/>
        <source>{file} is empty</source>
        <translation>Файл {file} пуст</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="191"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>Не удается прочитать файл {file} ({reason})</translation>
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
        <translation>Ошибка при последнем изменении</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="350"/>
        <source>Edit {field} of {title}</source>
        <extracomment>an undo text, e.g. &quot;Edit name of ‘Jane Doe’&quot;; {field} is a field&apos;s name.</extracomment>
        <translation>Изменение поля «{field}» — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="356"/>
        <location filename="../../ui/editors/pack.py" line="1046"/>
        <source>The {field} was not changed: {problem}.</source>
        <extracomment>{field} is a field&apos;s name; {problem} is the model&apos;s reason.</extracomment>
        <translation>Поле «{field}» не изменено: {problem}.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;New Meeting</source>
        <translation>&amp;Новое совещание</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="68"/>
        <source>Start a new, empty meeting</source>
        <translation>Создать новое пустое совещание</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="76"/>
        <source>Open a meeting file (.meeting) or meeting JSON (.json)</source>
        <translation>Открыть файл совещания (.meeting) или JSON-файл совещания (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="85"/>
        <source>Save the meeting to a file of your choice; later changes are saved there</source>
        <translation>Сохранить совещание в выбранный файл; последующие изменения будут сохраняться в нем</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Import Meeting &amp;JSON…</source>
        <translation>Импортировать JSON-&amp;файл совещания…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="98"/>
        <source>Open a meeting JSON; its first change saves it as a meeting file (a draft)</source>
        <translation>Открыть JSON-файл совещания; при первом изменении совещание будет сохранено как файл совещания (черновик)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="106"/>
        <source>&amp;Export Meeting JSON…</source>
        <translation>&amp;Экспортировать JSON-файл совещания…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="108"/>
        <source>Write the meeting as JSON, with attached files in a folder beside it</source>
        <translation>Записать совещание в формате JSON, а прикрепленные файлы — в папку рядом с ним</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Последние совещания</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>Open a meeting worked on lately</source>
        <translation>Открыть совещание, с которым вы недавно работали</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="136"/>
        <source>No recent meetings</source>
        <translation>Нет последних совещаний</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>&amp;Clear Recent Meetings</source>
        <translation>&amp;Очистить список последних совещаний</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>Open Meeting</source>
        <translation>Открытие совещания</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="175"/>
        <source>Cannot open meeting</source>
        <translation>Не удается открыть совещание</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="186"/>
        <source>The meeting in {file} could not be opened:</source>
        <translation>Не удалось открыть совещание из файла {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="197"/>
        <source>The window still shows the built-in sample meeting.</source>
        <translation>В окне по-прежнему отображается встроенный пример совещания.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>The window still shows a new meeting.</source>
        <translation>В окне по-прежнему отображается новое совещание.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="200"/>
        <source>The window still shows “{title}” ({file}).</source>
        <translation>В окне по-прежнему отображается совещание «{title}» ({file}).</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="208"/>
        <source>Save Meeting As</source>
        <translation>Сохранение совещания</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Meeting files</source>
        <translation>Файлы совещаний</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="222"/>
        <source>The meeting could not be saved to {file}:</source>
        <translation>Не удалось сохранить совещание в файл {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="223"/>
        <source>Nothing else was changed.</source>
        <translation>Больше ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Cannot save meeting</source>
        <translation>Не удается сохранить совещание</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="234"/>
        <source>Saved to {file}</source>
        <translation>Совещание сохранено в файле {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="243"/>
        <source>Import Meeting JSON</source>
        <translation>Импорт JSON-файла совещания</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="251"/>
        <source>Export Meeting JSON</source>
        <translation>Экспорт JSON-файла совещания</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="261"/>
        <source>The meeting could not be written to {file}:</source>
        <translation>Не удалось записать совещание в файл {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="264"/>
        <source>Cannot export meeting</source>
        <translation>Не удается экспортировать совещание</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="271"/>
        <source>Exported {file} and %n attached file(s)</source>
        <translation>
            <numerusform>Файл {file} экспортирован вместе с %n прикрепленным файлом</numerusform>
            <numerusform>Файл {file} экспортирован вместе с %n прикрепленными файлами</numerusform>
            <numerusform>Файл {file} экспортирован вместе с %n прикрепленными файлами</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="275"/>
        <source>Exported {file}</source>
        <translation>Файл {file} экспортирован</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>saving takes longer than it should (a slow disk?)</source>
        <translation>сохранение занимает больше времени, чем должно (медленный диск?)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="294"/>
        <source>The latest changes could not be saved:</source>
        <translation>Не удалось сохранить последние изменения:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="295"/>
        <source>Save the meeting to another file before closing?</source>
        <translation>Сохранить совещание в другой файл перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="298"/>
        <source>Changes not saved</source>
        <translation>Изменения не сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="309"/>
        <source>Meeting JSON</source>
        <translation>JSON-файлы совещаний</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ui/files.py" line="11"/>
        <source>Meeting files and JSON</source>
        <translation>Файлы совещаний и JSON</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="12"/>
        <source>Meeting files</source>
        <translation>Файлы совещаний</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="13"/>
        <source>Meeting JSON</source>
        <translation>JSON-файлы совещаний</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="350"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="351"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="352"/>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="395"/>
        <source>How to use the app</source>
        <translation>Как пользоваться приложением</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="397"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="400"/>
        <source>Every keyboard shortcut of the menus</source>
        <translation>Все сочетания клавиш для команд меню</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="50"/>
        <source>Import &amp;Agenda from Concept Note…</source>
        <translation>Импортировать пов&amp;естку дня из концептуальной записки…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="52"/>
        <source>Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)</source>
        <translation>Прочитать повестку дня, участников и контакты из концептуальной записки (.docx, .pdf, .txt, .md)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="60"/>
        <source>Import &amp;Timetable from Indico…</source>
        <translation>Импортировать &amp;расписание из Indico…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="62"/>
        <source>Read the sessions, rooms and people of an Indico timetable export (.json)</source>
        <translation>Прочитать заседания, залы и участников из файла экспорта расписания Indico (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="70"/>
        <source>Import &amp;People from CSV or Excel…</source>
        <translation>Импортировать &amp;участников из CSV или Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="72"/>
        <source>Add or update people from a registration list (.csv, .xlsx), after a preview</source>
        <translation>Добавить или обновить участников из списка регистрации (.csv, .xlsx) после предварительного просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="80"/>
        <source>Add &amp;Notes from Files…</source>
        <translation>Добавить &amp;записки из файлов…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="82"/>
        <source>Attach DOCX, PDF, Markdown or text files as background notes</source>
        <translation>Прикрепить файлы DOCX, PDF, Markdown или текстовые файлы в качестве справочных записок</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="112"/>
        <source>Import Agenda from Concept Note</source>
        <translation>Импорт повестки дня из концептуальной записки</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="121"/>
        <source>Import Timetable from Indico</source>
        <translation>Импорт расписания из Indico</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="130"/>
        <source>Import People from CSV or Excel</source>
        <translation>Импорт участников из CSV или Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="140"/>
        <source>Add Notes from Files</source>
        <translation>Добавление записок из файлов</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="188"/>
        <source>These files are not meetings, CSV lists or notes the app can read:</source>
        <translation>Следующие файлы не являются совещаниями, списками CSV или записками, которые может прочитать приложение:</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="191"/>
        <source>Notes can be DOCX, PDF, Markdown (.md) or text (.txt).</source>
        <translation>Записки могут быть в формате DOCX, PDF, Markdown (.md) или в текстовом формате (.txt).</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="194"/>
        <source>Files not added</source>
        <translation>Файлы не добавлены</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../ui/imports.py" line="80"/>
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="81"/>
        <source>PDF documents</source>
        <translation>Документы PDF</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="82"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="83"/>
        <source>Text files</source>
        <translation>Текстовые файлы</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="85"/>
        <source>Note files</source>
        <translation>Файлы записок</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="86"/>
        <source>Concept notes</source>
        <translation>Концептуальные записки</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="87"/>
        <source>People lists</source>
        <translation>Списки участников</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="88"/>
        <source>CSV files</source>
        <translation>Файлы CSV</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="89"/>
        <source>Excel workbooks</source>
        <translation>Книги Excel</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="90"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="149"/>
        <source>The file cannot be read ({reason})</source>
        <translation>Не удается прочитать файл ({reason})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="164"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…и еще %n.</numerusform>
            <numerusform>…и еще %n.</numerusform>
            <numerusform>…и еще %n.</numerusform>
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
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="247"/>
        <location filename="../../ui/imports.py" line="266"/>
        <source>Cannot import agenda</source>
        <translation>Не удается импортировать повестку дня</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="248"/>
        <source>The agenda could not be read from {file}:</source>
        <translation>Не удалось прочитать повестку дня из файла {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="264"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="267"/>
        <source>The agenda could not be applied from {file}:</source>
        <translation>Не удалось применить повестку дня из файла {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="271"/>
        <source>Import agenda from {file}</source>
        <translation>Импорт повестки дня из файла {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="734"/>
        <source>Import people from {file}</source>
        <translation>Импорт участников из файла {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="743"/>
        <source>Cannot import people</source>
        <translation>Не удается импортировать участников</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="744"/>
        <source>No people could be read from {file}:</source>
        <translation>Не удалось прочитать участников из файла {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="790"/>
        <source>The session {session} is no longer in the meeting, so no note was added.</source>
        <translation>Заседания {session} больше нет в совещании, поэтому ни одна записка не добавлена.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="795"/>
        <location filename="../../ui/imports.py" line="819"/>
        <source>Cannot add notes</source>
        <translation>Не удается добавить записки</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="835"/>
        <source>Add note {title}</source>
        <translation>Добавление записки {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="836"/>
        <source>Add %n notes</source>
        <translation>
            <numerusform>Добавление %n записки</numerusform>
            <numerusform>Добавление %n записок</numerusform>
            <numerusform>Добавление %n записок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="846"/>
        <source>These files were not added:</source>
        <translation>Следующие файлы не добавлены:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="849"/>
        <source>Added, but worth a look:</source>
        <translation>Добавлены, но требуют проверки:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="852"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>Добавлена %n записка.</numerusform>
            <numerusform>Добавлено %n записки.</numerusform>
            <numerusform>Добавлено %n записок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="854"/>
        <source>No note added.</source>
        <translation>Записки не добавлены.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="858"/>
        <source>Some files were not added</source>
        <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="860"/>
        <source>Check the added notes</source>
        <translation>Проверьте добавленные записки</translation>
    </message>
</context>
<context>
    <name>IndicoImport</name>
    <message>
        <location filename="../../ui/indico_import.py" line="18"/>
        <source>Indico exports</source>
        <translation>Файлы экспорта Indico</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="19"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="37"/>
        <source>Cannot import timetable</source>
        <translation>Не удается импортировать расписание</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="38"/>
        <source>The timetable could not be read from {file}:</source>
        <translation>Не удалось прочитать расписание из файла {file}:</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="92"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="93"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="94"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="95"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="96"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="97"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="505"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="508"/>
        <source>Other…</source>
        <translation>Другой…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="510"/>
        <source>Code, e.g. pt-BR</source>
        <translation>Код, например pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="511"/>
        <source>Language code</source>
        <translation>Код языка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="514"/>
        <source>A BCP-47 language code, such as de, pt-BR or zh-Hant</source>
        <translation>Код языка по стандарту BCP 47, например de, pt-BR или zh-Hant</translation>
    </message>
</context>
<context>
    <name>ListEdits</name>
    <message>
        <location filename="../../ui/list_edits.py" line="35"/>
        <source>New agenda item</source>
        <translation>Новый пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="36"/>
        <source>New person</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="37"/>
        <source>New note</source>
        <translation>Новая записка</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="38"/>
        <source>New pack</source>
        <translation>Новый комплект</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="41"/>
        <source>Add agenda item {title}</source>
        <translation>Добавление пункта повестки дня {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="42"/>
        <source>Add person {title}</source>
        <translation>Добавление участника {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="43"/>
        <source>Add note {title}</source>
        <translation>Добавление записки {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="44"/>
        <source>Add pack {title}</source>
        <translation>Добавление комплекта {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="47"/>
        <source>Remove agenda item {title}</source>
        <translation>Удаление пункта повестки дня {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="48"/>
        <source>Remove person {title}</source>
        <translation>Удаление участника {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="49"/>
        <source>Remove note {title}</source>
        <translation>Удаление записки {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="50"/>
        <source>Remove pack {title}</source>
        <translation>Удаление комплекта {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="112"/>
        <source>Move {title} up</source>
        <translation>Перемещение {title} вверх</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="114"/>
        <source>Move {title} down</source>
        <translation>Перемещение {title} вниз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="118"/>
        <source>Move {title} up %n places</source>
        <translation>
            <numerusform>Перемещение {title} вверх на %n позицию</numerusform>
            <numerusform>Перемещение {title} вверх на %n позиции</numerusform>
            <numerusform>Перемещение {title} вверх на %n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="119"/>
        <source>Move {title} down %n places</source>
        <translation>
            <numerusform>Перемещение {title} вниз на %n позицию</numerusform>
            <numerusform>Перемещение {title} вниз на %n позиции</numerusform>
            <numerusform>Перемещение {title} вниз на %n позиций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="424"/>
        <source>Logo preview</source>
        <translation>Просмотр логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="426"/>
        <source>Logo file</source>
        <translation>Файл логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="427"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="432"/>
        <source>Choose a PNG, JPEG or GIF image for the cover sheet</source>
        <translation>Выбрать изображение в формате PNG, JPEG или GIF для титульного листа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="434"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="437"/>
        <source>Print the cover sheet without a logo</source>
        <translation>Печатать титульный лист без логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="467"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="468"/>
        <source>The cover sheet has no logo.</source>
        <translation>На титульном листе нет логотипа.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="471"/>
        <source>Cannot show</source>
        <translation>Не удается показать</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="489"/>
        <source>{file} ({kilobytes} KB)</source>
        <translation>{file} ({kilobytes} КБ)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="491"/>
        <source>{file} ({width} × {height} px · {kilobytes} KB)</source>
        <translation>{file} ({width} × {height} пикс. · {kilobytes} КБ)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Sample meeting</source>
        <translation>Пример совещания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Совещание</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The meeting at a glance</source>
        <translation>Общие сведения о совещании</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка дня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Agenda items, their people and running order</source>
        <translation>Пункты повестки дня, их участники и порядок проведения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;People</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Everyone in the meeting, with their bios</source>
        <translation>Все участники совещания и их биографии</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Notes</source>
        <translation>Записки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Notes</source>
        <translation>&amp;Записки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Background notes and their files</source>
        <translation>Справочные записки и их файлы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Packs</source>
        <translation>Комплекты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Packs</source>
        <translation>&amp;Комплекты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>The packs to build and what goes into each</source>
        <translation>Комплекты для формирования и их содержание</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Checks</source>
        <translation>Про&amp;верки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Problems to fix before building the packs; double-click one to go to it</source>
        <translation>Проблемы, которые нужно устранить до формирования комплектов; дважды щелкните проблему, чтобы перейти к ней</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Preview</source>
        <translation>Прос&amp;мотр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>The last PDF pack built, with its pages, zoom and bookmarks</source>
        <translation>Последний сформированный комплект в формате PDF: страницы, масштаб и закладки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Add Agenda Item</source>
        <translation>&amp;Добавить пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Remove Agenda Item</source>
        <translation>&amp;Удалить пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Add Person</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Remove Person</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Add Note</source>
        <translation>&amp;Добавить записку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Remove Note</source>
        <translation>&amp;Удалить записку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Add Pack</source>
        <translation>&amp;Добавить комплект</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Remove Pack</source>
        <translation>&amp;Удалить комплект</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Quit {app}</source>
        <translation>Завершить работу приложения {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Version and licence</source>
        <translation>Версия и лицензия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>The language of the window</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Build…</source>
        <translation>Сфор&amp;мировать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Build packs of this meeting (PDF, DOCX) in the background</source>
        <translation>Сформировать комплекты этого совещания (PDF, DOCX) в фоновом режиме</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Move &amp;Following Items…</source>
        <translation>&amp;Сдвинуть последующие пункты…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Move the selected agenda item and the rest of its day by some minutes</source>
        <translation>Сдвинуть выбранный пункт повестки дня и остальные пункты того же дня на несколько минут</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Nothing was moved: the meeting changed while the dialog was open</source>
        <translation>Ничего не сдвинуто: совещание изменилось, пока было открыто диалоговое окно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Main tool bar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="617"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="618"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n записка</numerusform>
            <numerusform>%n записки</numerusform>
            <numerusform>%n записок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Checks (%n)</source>
        <translation>
            <numerusform>Проверки (%n)</numerusform>
            <numerusform>Проверки (%n)</numerusform>
            <numerusform>Проверки (%n)</numerusform>
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
        <translation>Изменений нет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>The meeting is saved as soon as you change something</source>
        <translation>Совещание сохраняется сразу после любого изменения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Saving to {file}</source>
        <translation>Сохранение в файл {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Saved as a draft</source>
        <translation>Сохранено как черновик</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Saved in {file}; use File ▸ Save As… to keep it where you choose</source>
        <translation>Сохранено в файле {file}; чтобы сохранить совещание в выбранном месте, используйте команду «Файл ▸ Сохранить как…»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Every change is saved to {file}</source>
        <translation>Каждое изменение сохраняется в файле {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>{problem}
Your changes are kept in the window: use File ▸ Save As… to save them to another file.</source>
        <translation>{problem}
Внесенные изменения остаются в окне: чтобы сохранить их в другой файл, используйте команду «Файл ▸ Сохранить как…».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Changes could not be saved: {problem}</source>
        <translation>Не удалось сохранить изменения: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>{action}. Undo with {keys}.</source>
        <translation>{action}. Для отмены нажмите {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: agenda, speaker bios, background notes and contacts. Works offline.</source>
        <translation>Формирует комплекты информационных материалов (DOCX и PDF) для межправительственных совещаний: повестка дня, биографии выступающих, справочные записки и контакты. Работает без подключения к Интернету.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>MIT licence.</source>
        <translation>Лицензия MIT.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>No packs defined yet: the full pack holds everything that is not internal</source>
        <translation>Комплекты пока не определены: полный комплект включает все материалы, кроме внутренних</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="968"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n комплект</numerusform>
            <numerusform>%n комплекта</numerusform>
            <numerusform>%n комплектов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../ui/pages.py" line="65"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="66"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>Edit the selected entry; every change is saved as you make it</source>
        <translation>Правка выбранной записи; каждое изменение сохраняется сразу</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>The selected entry as the pack will present it</source>
        <translation>Выбранная запись в том виде, в каком она будет представлена в комплекте</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="119"/>
        <source>Nothing here yet.</source>
        <translation>Здесь пока ничего нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="128"/>
        <source>{page}: summary of the selected entry</source>
        <translation>{page}: сводка по выбранной записи</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="261"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>No people yet.</source>
        <translation>Участников пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="281"/>
        <source>Notes</source>
        <translation>Записки</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="286"/>
        <source>No background notes yet.</source>
        <translation>Справочных записок пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307"/>
        <source>Packs</source>
        <translation>Комплекты</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="313"/>
        <source>No packs yet.</source>
        <translation>Комплектов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="330"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="336"/>
        <source>No problems found: the packs are ready to build.</source>
        <translation>Проблем не обнаружено: комплекты готовы к формированию.</translation>
    </message>
</context>
<context>
    <name>MeetingDocument</name>
    <message>
        <location filename="../../ui/document.py" line="391"/>
        <source>the drafts folder {folder} cannot be made ({reason})</source>
        <translation>не удается создать папку черновиков {folder} ({reason})</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="78"/>
        <source>Multistakeholder consultation</source>
        <translation>Консультации с участием многих заинтересованных сторон</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="79"/>
        <source>Expert meeting</source>
        <translation>Совещание экспертов</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="80"/>
        <source>Working group session</source>
        <translation>Сессия рабочей группы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="81"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="82"/>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="83"/>
        <source>Panel discussion</source>
        <translation>Групповое обсуждение</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="84"/>
        <source>Workshop</source>
        <translation>Семинар-практикум</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="85"/>
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="86"/>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="111"/>
        <location filename="../../ui/editors/meeting.py" line="589"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="112"/>
        <source>No contacts yet. Click Add to add one.</source>
        <translation>Контактов пока нет. Чтобы добавить контакт, нажмите «Добавить».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="113"/>
        <source>Add a contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="114"/>
        <source>Remove the selected contact</source>
        <translation>Удалить выбранный контакт</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="115"/>
        <source>Move the selected contact up</source>
        <translation>Переместить выбранный контакт вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="116"/>
        <source>Move the selected contact down</source>
        <translation>Переместить выбранный контакт вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="117"/>
        <source>Add contact</source>
        <translation>Добавление контакта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="118"/>
        <source>Remove contact {name}</source>
        <translation>Удаление контакта {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="119"/>
        <source>Move contact {name} up</source>
        <translation>Перемещение контакта {name} вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="120"/>
        <source>Move contact {name} down</source>
        <translation>Перемещение контакта {name} вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="121"/>
        <source>The contacts were not changed: {problem}.</source>
        <translation>Контакты не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="125"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="127"/>
        <source>Edit name of contact {name}</source>
        <translation>Изменение имени контакта {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="128"/>
        <source>The name of contact {name} was not changed: {problem}.</source>
        <translation>Имя контакта {name} не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="131"/>
        <source>A person or an office</source>
        <translation>Лицо или подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="134"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="136"/>
        <source>Edit role of contact {name}</source>
        <translation>Изменение роли контакта {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="137"/>
        <source>The role of contact {name} was not changed: {problem}.</source>
        <translation>Роль контакта {name} не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="140"/>
        <source>What to contact them about</source>
        <translation>По каким вопросам обращаться</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="143"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="145"/>
        <source>Edit email of contact {name}</source>
        <translation>Изменение адреса эл. почты контакта {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="146"/>
        <source>The email of contact {name} was not changed: {problem}.</source>
        <translation>Адрес электронной почты контакта {name} не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="151"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="153"/>
        <source>Edit phone of contact {name}</source>
        <translation>Изменение телефона контакта {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="154"/>
        <source>The phone of contact {name} was not changed: {problem}.</source>
        <translation>Телефон контакта {name} не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="159"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="161"/>
        <source>Edit cc of contact {name}</source>
        <translation>Изменение отметки «Копия» для контакта {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="162"/>
        <source>The cc of contact {name} was not changed: {problem}.</source>
        <translation>Отметка «Копия» для контакта {name} не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="167"/>
        <source>Copied in (cc) on queries</source>
        <translation>Получает копии (cc) запросов</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="170"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="178"/>
        <location filename="../../ui/editors/meeting.py" line="591"/>
        <source>Linked events</source>
        <translation>Связанные мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="179"/>
        <source>No linked events yet. Click Add to add one.</source>
        <translation>Связанных мероприятий пока нет. Чтобы добавить мероприятие, нажмите «Добавить».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="180"/>
        <source>Add a linked event</source>
        <translation>Добавить связанное мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="181"/>
        <source>Remove the selected linked event</source>
        <translation>Удалить выбранное связанное мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="182"/>
        <source>Move the selected linked event up</source>
        <translation>Переместить выбранное связанное мероприятие вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="183"/>
        <source>Move the selected linked event down</source>
        <translation>Переместить выбранное связанное мероприятие вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="184"/>
        <source>Add linked event</source>
        <translation>Добавление связанного мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="185"/>
        <source>Remove linked event {name}</source>
        <translation>Удаление связанного мероприятия {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="186"/>
        <source>Move linked event {name} up</source>
        <translation>Перемещение связанного мероприятия {name} вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="187"/>
        <source>Move linked event {name} down</source>
        <translation>Перемещение связанного мероприятия {name} вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="188"/>
        <source>The linked events were not changed: {problem}.</source>
        <translation>Связанные мероприятия не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="194"/>
        <location filename="../../ui/editors/meeting.py" line="275"/>
        <location filename="../../ui/editors/meeting.py" line="652"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="196"/>
        <source>Edit title of linked event {name}</source>
        <translation>Изменение названия связанного мероприятия {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="197"/>
        <source>The title of linked event {name} was not changed: {problem}.</source>
        <translation>Название связанного мероприятия {name} не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="202"/>
        <location filename="../../ui/editors/meeting.py" line="1095"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="204"/>
        <source>Edit first day of linked event {name}</source>
        <translation>Изменение первого дня связанного мероприятия {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="205"/>
        <source>The first day of linked event {name} was not changed: {problem}.</source>
        <translation>Первый день связанного мероприятия {name} не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="213"/>
        <location filename="../../ui/editors/meeting.py" line="1108"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="215"/>
        <source>Edit last day of linked event {name}</source>
        <translation>Изменение последнего дня связанного мероприятия {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="216"/>
        <source>The last day of linked event {name} was not changed: {problem}.</source>
        <translation>Последний день связанного мероприятия {name} не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="224"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="226"/>
        <source>Edit relation of linked event {name}</source>
        <translation>Изменение связи с мероприятием {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="227"/>
        <source>The relation of linked event {name} was not changed: {problem}.</source>
        <translation>Связь с мероприятием {name} не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="231"/>
        <source>How the meeting relates to the event</source>
        <translation>Как совещание связано с мероприятием</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="234"/>
        <location filename="../../ui/editors/meeting.py" line="734"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="236"/>
        <source>Edit venue of linked event {name}</source>
        <translation>Изменение места проведения связанного мероприятия {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="237"/>
        <source>The venue of linked event {name} was not changed: {problem}.</source>
        <translation>Место проведения связанного мероприятия {name} не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="242"/>
        <location filename="../../ui/editors/meeting.py" line="292"/>
        <source>URL</source>
        <translation>URL-адрес</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="244"/>
        <source>Edit URL of linked event {name}</source>
        <translation>Изменение URL-адреса связанного мероприятия {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="245"/>
        <source>The URL of linked event {name} was not changed: {problem}.</source>
        <translation>URL-адрес связанного мероприятия {name} не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="248"/>
        <source>The event&apos;s web page, https://… (may be left empty)</source>
        <translation>Веб-страница мероприятия, https://… (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="253"/>
        <source>New linked event</source>
        <translation>Новое связанное мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="261"/>
        <source>References</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="262"/>
        <source>No references yet. Click Add to add one.</source>
        <translation>Справочных материалов пока нет. Чтобы добавить материал, нажмите «Добавить».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="263"/>
        <source>Add a reference</source>
        <translation>Добавить справочный материал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="264"/>
        <source>Remove the selected reference</source>
        <translation>Удалить выбранный справочный материал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="265"/>
        <source>Move the selected reference up</source>
        <translation>Переместить выбранный справочный материал вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="266"/>
        <source>Move the selected reference down</source>
        <translation>Переместить выбранный справочный материал вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="267"/>
        <source>Add reference</source>
        <translation>Добавление справочного материала</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="268"/>
        <source>Remove reference {name}</source>
        <translation>Удаление справочного материала {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="269"/>
        <source>Move reference {name} up</source>
        <translation>Перемещение справочного материала {name} вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="270"/>
        <source>Move reference {name} down</source>
        <translation>Перемещение справочного материала {name} вниз</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="271"/>
        <source>The references were not changed: {problem}.</source>
        <translation>Справочные материалы не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="277"/>
        <source>Edit title of reference {name}</source>
        <translation>Изменение названия справочного материала {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="278"/>
        <source>The title of reference {name} was not changed: {problem}.</source>
        <translation>Название справочного материала {name} не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="283"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="285"/>
        <source>Edit description of reference {name}</source>
        <translation>Изменение описания справочного материала {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="286"/>
        <source>The description of reference {name} was not changed: {problem}.</source>
        <translation>Описание справочного материала {name} не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="294"/>
        <source>Edit URL of reference {name}</source>
        <translation>Изменение URL-адреса справочного материала {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="295"/>
        <source>The URL of reference {name} was not changed: {problem}.</source>
        <translation>URL-адрес справочного материала {name} не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="298"/>
        <source>Where to find it (may be left empty)</source>
        <translation>Где его найти (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="301"/>
        <source>New reference</source>
        <translation>Новый справочный материал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="594"/>
        <source>Further reading</source>
        <translation>Дополнительные материалы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="624"/>
        <source>The meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="627"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="628"/>
        <source>S&amp;hort title:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="629"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="630"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Организатор:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="631"/>
        <source>Lo&amp;go:</source>
        <translation>&amp;Логотип:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="632"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="637"/>
        <source>Printed in the running header; the title is used if empty.</source>
        <translation>Печатается в верхнем колонтитуле; если поле пустое, используется название.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="653"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="654"/>
        <source>Title of the meeting</source>
        <translation>Название совещания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="658"/>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="659"/>
        <source>short title</source>
        <translation>краткое название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="660"/>
        <source>Shorter title for the running header</source>
        <translation>Сокращенное название для верхнего колонтитула</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="665"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="666"/>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="667"/>
        <source>Who convenes the meeting</source>
        <translation>Кто созывает совещание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="670"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="686"/>
        <source>Meeting type</source>
        <translation>Тип совещания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="688"/>
        <source>Choose a type of meeting, or type your own</source>
        <translation>Выберите тип совещания или введите свой</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="690"/>
        <source>Consultation, expert meeting, workshop…</source>
        <translation>Консультации, совещание экспертов, семинар-практикум…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="704"/>
        <source>When and where</source>
        <translation>Время и место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="707"/>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="708"/>
        <source>Last &amp;day:</source>
        <translation>Последний &amp;день:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="709"/>
        <source>&amp;Starts at:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="710"/>
        <source>&amp;Ends at:</source>
        <translation>Оконч&amp;ание:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="711"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="712"/>
        <source>&amp;Room:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="713"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="714"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="735"/>
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="736"/>
        <source>Building or site</source>
        <translation>Здание или площадка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="740"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="741"/>
        <source>room</source>
        <translation>зал</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="742"/>
        <source>Room or hall</source>
        <translation>Зал или помещение</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="766"/>
        <source>Concept note</source>
        <translation>Концептуальная записка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="770"/>
        <source>Plain text, printed as typed. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>Обычный текст, печатается в точности так, как введен. Пустая строка начинает новый абзац; строка, начинающаяся с «- », становится элементом маркированного списка.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="917"/>
        <source>meeting type</source>
        <translation>тип совещания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="918"/>
        <source>Edit meeting type of {title}</source>
        <translation>Изменение типа совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="951"/>
        <source>the last day ({last}) would come before the first day ({first})</source>
        <translation>последний день ({last}) оказался бы раньше первого дня ({first})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="964"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="965"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="969"/>
        <source>Choose a logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="985"/>
        <source>Set logo {file}</source>
        <translation>Установка логотипа {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="986"/>
        <location filename="../../ui/editors/meeting.py" line="1014"/>
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="990"/>
        <source>The logo was not changed: {problem}.</source>
        <translation>Логотип не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1001"/>
        <source>The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.</source>
        <translation>Логотип не изменен: файл «{file}» не удается прочитать как изображение; возможно, он поврежден.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1013"/>
        <source>Remove logo {file}</source>
        <translation>Удаление логотипа {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1028"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1029"/>
        <source>Edit language of {title}</source>
        <translation>Изменение языка совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1041"/>
        <source>The language was not changed: no language code was given; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>Язык не изменен: код языка не указан; введите код, например «de» или «pt-BR».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1046"/>
        <source>The language was not changed: ‘{code}’ is not a language code; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>Язык не изменен: «{code}» не является кодом языка; введите код, например «de» или «pt-BR».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1059"/>
        <source>&amp;Background:</source>
        <translation>Сп&amp;равочная информация:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1061"/>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1062"/>
        <source>background</source>
        <translation>справочная информация</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1063"/>
        <source>Why the meeting is held: the context, the issues</source>
        <translation>Причины проведения совещания: контекст, рассматриваемые вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1067"/>
        <source>&amp;Aims:</source>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1069"/>
        <source>Aims</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1070"/>
        <source>aims</source>
        <translation>цели</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1071"/>
        <source>What the meeting is to achieve</source>
        <translation>Чего призвано достичь совещание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1075"/>
        <source>Logisti&amp;cs:</source>
        <translation>Организационные &amp;вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1077"/>
        <source>Logistics</source>
        <translation>Организационные вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1078"/>
        <source>logistics</source>
        <translation>организационные вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1079"/>
        <source>Registration, badges, interpretation, coffee…</source>
        <translation>Регистрация, пропуска, устный перевод, кофе…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1083"/>
        <source>Ac&amp;knowledgements:</source>
        <translation>Выра&amp;жение признательности:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1085"/>
        <source>Acknowledgements</source>
        <translation>Выражение признательности</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1086"/>
        <source>acknowledgements</source>
        <translation>выражение признательности</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1087"/>
        <source>Sponsors and partners to thank</source>
        <translation>Спонсоры и партнеры, которым выражается признательность</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1096"/>
        <source>First day is set</source>
        <translation>Первый день указан</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1097"/>
        <source>No date yet</source>
        <translation>Дата пока не указана</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1098"/>
        <source>Untick if there is no date yet</source>
        <translation>Снимите флажок, если дата пока не определена</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1099"/>
        <source>first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1100"/>
        <source>Edit first day of {title}</source>
        <translation>Изменение первого дня совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1101"/>
        <source>Clear first day of {title}</source>
        <translation>Сброс первого дня совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1102"/>
        <source>The first day was not changed: {problem}.</source>
        <translation>Первый день не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1109"/>
        <source>Last day is set</source>
        <translation>Последний день указан</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1110"/>
        <source>One-day meeting</source>
        <translation>Однодневное совещание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1111"/>
        <source>Untick for a one-day meeting</source>
        <translation>Снимите флажок, если совещание однодневное</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1112"/>
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1113"/>
        <source>Edit last day of {title}</source>
        <translation>Изменение последнего дня совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1114"/>
        <source>Clear last day of {title}</source>
        <translation>Сброс последнего дня совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1115"/>
        <source>The last day was not changed: {problem}.</source>
        <translation>Последний день не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1121"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1122"/>
        <source>Start time is set</source>
        <translation>Время начала указано</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1123"/>
        <location filename="../../ui/editors/meeting.py" line="1136"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1124"/>
        <source>Untick if the start is not known</source>
        <translation>Снимите флажок, если время начала неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1125"/>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1126"/>
        <source>Edit start time of {title}</source>
        <translation>Изменение времени начала совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1127"/>
        <source>Clear start time of {title}</source>
        <translation>Сброс времени начала совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1128"/>
        <source>The start time was not changed: {problem}.</source>
        <translation>Время начала не изменено: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1134"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1135"/>
        <source>End time is set</source>
        <translation>Время окончания указано</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1137"/>
        <source>Untick if the end is not known</source>
        <translation>Снимите флажок, если время окончания неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1138"/>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1139"/>
        <source>Edit end time of {title}</source>
        <translation>Изменение времени окончания совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1140"/>
        <source>Clear end time of {title}</source>
        <translation>Сброс времени окончания совещания {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1141"/>
        <source>The end time was not changed: {problem}.</source>
        <translation>Время окончания не изменено: {problem}.</translation>
    </message>
</context>
<context>
    <name>MinutesSpinBox</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="449"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="451"/>
        <source> min</source>
        <extracomment>after the number of minutes in a spin box (with its space), e.g. &quot;5 min&quot;.</extracomment>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>MoveFollowingDialog</name>
    <message>
        <location filename="../../ui/retime.py" line="40"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="47"/>
        <source>Move {title} by {minutes}</source>
        <translation>Сдвиг пункта {title} на {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="51"/>
        <source>Move %n items by {minutes}</source>
        <translation>
            <numerusform>Сдвиг %n пункта на {minutes}</numerusform>
            <numerusform>Сдвиг %n пунктов на {minutes}</numerusform>
            <numerusform>Сдвиг %n пунктов на {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="61"/>
        <source>Move {title} by {minutes}</source>
        <comment>button</comment>
        <translation>Сдвинуть {title} на {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="64"/>
        <source>Move %n items by {minutes}</source>
        <comment>button</comment>
        <translation>
            <numerusform>Сдвинуть %n пункт на {minutes}</numerusform>
            <numerusform>Сдвинуть %n пункта на {minutes}</numerusform>
            <numerusform>Сдвинуть %n пунктов на {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="92"/>
        <source>Move Following Items</source>
        <translation>Сдвиг последующих пунктов</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="101"/>
        <source>Move {title} and every item after it the same day, in every room, keeping their lengths. A negative number moves them earlier.</source>
        <translation>Сдвинуть пункт {title} и все последующие пункты того же дня во всех залах с сохранением их продолжительности. Отрицательное число сдвигает их на более раннее время.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="111"/>
        <source> min</source>
        <comment>the unit after the number of minutes</comment>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="114"/>
        <source>Minutes to move by</source>
        <translation>На сколько минут сдвинуть</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="120"/>
        <source>&amp;Include the selected item</source>
        <translation>&amp;Включая выбранный пункт</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="124"/>
        <source>Untick to move only what comes after it (when the selected item runs longer)</source>
        <translation>Снимите флажок, чтобы сдвинуть только последующие пункты (если выбранный пункт затягивается)</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="130"/>
        <source>What will move</source>
        <translation>Что будет сдвинуто</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="146"/>
        <source>&amp;Move by:</source>
        <translation>&amp;Сдвинуть на:</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="168"/>
        <source>Cannot move: {problem}.</source>
        <translation>Не удается сдвинуть: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="184"/>
        <source>Move</source>
        <translation>Сдвинуть</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="191"/>
        <source>Nothing moves by 0 min.</source>
        <translation>При сдвиге на 0 мин ничего не меняется.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="193"/>
        <source>No item follows it that day.</source>
        <translation>В этот день после него нет пунктов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="195"/>
        <source>What will move (%n item(s)):</source>
        <translation>
            <numerusform>Будет сдвинут %n пункт:</numerusform>
            <numerusform>Будут сдвинуты %n пункта:</numerusform>
            <numerusform>Будет сдвинуто %n пунктов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="217"/>
        <source>{moved} and %n more</source>
        <translation>
            <numerusform>{moved} и еще %n</numerusform>
            <numerusform>{moved} и еще %n</numerusform>
            <numerusform>{moved} и еще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="220"/>
        <source>Moved %n item(s) by {minutes}: {moved}</source>
        <translation>
            <numerusform>Сдвинут %n пункт на {minutes}: {moved}</numerusform>
            <numerusform>Сдвинуты %n пункта на {minutes}: {moved}</numerusform>
            <numerusform>Сдвинуто %n пунктов на {minutes}: {moved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/text.py" line="286"/>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="287"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="288"/>
        <source>Markdown text</source>
        <translation>Текст Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="289"/>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="55"/>
        <source>Note files</source>
        <translation>Файлы записок</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="58"/>
        <source>Word documents</source>
        <translation>Документы Word</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="59"/>
        <source>PDF documents</source>
        <translation>Документы PDF</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="60"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="61"/>
        <source>Text files</source>
        <translation>Текстовые файлы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="62"/>
        <location filename="../../ui/editors/note.py" line="439"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="66"/>
        <source>A blank line starts a new paragraph; a line starting with “- ” is a bullet point. Everything else prints exactly as typed. For headings and emphasis, attach a Markdown (.md) file.</source>
        <translation>Пустая строка начинает новый абзац; строка, начинающаяся с «- », становится элементом маркированного списка. Все остальное печатается в точности так, как введено. Для заголовков и выделения прикрепите файл Markdown (.md).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="72"/>
        <source>Tick the sessions this note is for: it also goes into their per-session packs.</source>
        <translation>Отметьте заседания, к которым относится эта записка: она также войдет в комплекты этих заседаний.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="111"/>
        <source>Title of the note, as printed</source>
        <translation>Название записки в печатном виде</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="112"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="115"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="119"/>
        <source>&amp;Internal (never in packs for participants)</source>
        <translation>&amp;Внутренняя (не включается в комплекты для участников)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="121"/>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="123"/>
        <source>An internal note goes only into packs that include internal notes</source>
        <translation>Внутренняя записка включается только в комплекты с внутренними записками</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="155"/>
        <source>Sessions of this note</source>
        <translation>Заседания, к которым относится записка</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="158"/>
        <source>The agenda has no items yet.</source>
        <translation>В повестке дня пока нет пунктов.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="162"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Заседания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="173"/>
        <source>The note&apos;s own text, as it should appear in the pack</source>
        <translation>Собственный текст записки в том виде, в каком он должен быть в комплекте</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="175"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="183"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="196"/>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="197"/>
        <source>Use a DOCX, PDF, Markdown or text file as this note</source>
        <translation>Использовать в качестве записки файл DOCX, PDF, Markdown или текстовый файл</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="203"/>
        <source>Replace file…</source>
        <translation>Заменить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="204"/>
        <source>Put another file in place of this one</source>
        <translation>Заменить этот файл другим</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="209"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="210"/>
        <source>Save the note&apos;s file somewhere on this computer</source>
        <translation>Сохранить файл записки на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="215"/>
        <source>Remove file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="216"/>
        <source>Remove the file from the note; the note keeps its own text</source>
        <translation>Удалить файл из записки; собственный текст записки сохраняется</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="228"/>
        <source>a DOCX, PDF, Markdown or text file, or write the note below.</source>
        <comment>after the Attach file… button</comment>
        <translation>(DOCX, PDF, Markdown или текст) или введите текст записки ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="247"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="252"/>
        <source>File format and size</source>
        <translation>Формат и размер файла</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="333"/>
        <source>Text printed &amp;before the file (optional):</source>
        <translation>Текст &amp;перед файлом (необязательно):</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="335"/>
        <source>&amp;Text of the note:</source>
        <translation>&amp;Текст записки:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="354"/>
        <source>Mark {title} internal</source>
        <translation>Отнесение записки {title} к внутренним</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="356"/>
        <source>Mark {title} for participants</source>
        <translation>Отнесение записки {title} к материалам для участников</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="360"/>
        <source>internal flag</source>
        <translation>признак внутренней записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="374"/>
        <source>Link {note} to {item}</source>
        <translation>Связывание записки {note} с пунктом {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="376"/>
        <source>Unlink {note} from {item}</source>
        <translation>Удаление связи записки {note} с пунктом {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="380"/>
        <source>sessions</source>
        <translation>заседания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="395"/>
        <source>Choose the note&apos;s file</source>
        <translation>Выбор файла записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="409"/>
        <source>The file was not changed: {problem}.</source>
        <translation>Файл не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="413"/>
        <source>Replace file of {title}</source>
        <translation>Замена файла записки {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="415"/>
        <source>Attach file to {title}</source>
        <translation>Прикрепление файла к записке {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="419"/>
        <location filename="../../ui/editors/note.py" line="430"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="429"/>
        <source>Remove file of {title}</source>
        <translation>Удаление файла записки {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="442"/>
        <source>Save a copy of the note&apos;s file</source>
        <translation>Сохранение копии файла записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="456"/>
        <source>The copy was not saved: {file} cannot be written ({reason}).</source>
        <translation>Копия не сохранена: не удается записать файл {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="463"/>
        <source>Saved a copy of {file} as {path}</source>
        <translation>Копия файла {file} сохранена как {path}</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="560"/>
        <source>internal</source>
        <translation>внутренняя</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="571"/>
        <source>For: {sessions}</source>
        <translation>Для заседаний: {sessions}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/models.py" line="275"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="276"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="277"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="294"/>
        <source>internal</source>
        <translation>внутренняя</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="84"/>
        <source>Meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="87"/>
        <source>Meeting summary</source>
        <translation>Сводка по совещанию</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="93"/>
        <source>Overview</source>
        <translation>Общие сведения</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="95"/>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="96"/>
        <source>Bios</source>
        <translation>Биографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="97"/>
        <source>Notes</source>
        <translation>Записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="101"/>
        <source>&amp;Agenda items</source>
        <translation>&amp;Пункты повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="102"/>
        <source>&amp;Bios</source>
        <translation>&amp;Биографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="103"/>
        <source>N&amp;otes</source>
        <translation>&amp;Записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="107"/>
        <source>Full pack</source>
        <translation>Полный комплект</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="108"/>
        <source>One pack per session (moderator briefs)</source>
        <translation>По комплекту на заседание (записки для модератора)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="113"/>
        <source>Order of appearance</source>
        <translation>В порядке выступления</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="114"/>
        <source>Alphabetical</source>
        <translation>В алфавитном порядке</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="118"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="125"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="129"/>
        <source>For participants only</source>
        <translation>Только для участников</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="130"/>
        <source>Restricted</source>
        <translation>Ограниченное распространение</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="131"/>
        <source>Internal — not for distribution</source>
        <translation>Для внутреннего пользования — не для распространения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="132"/>
        <source>Draft — not for circulation</source>
        <translation>Проект — не для распространения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="135"/>
        <source>Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack&apos;s running header and footer fit around it. Untick for notes whose margins are free: their pages keep their full size and the header and footer are printed in those margins.</source>
        <translation>Если флажок установлен, каждая страница вложенной PDF-записки уменьшается (примерно до 90 %), чтобы вокруг нее поместились колонтитулы комплекта. Снимите флажок для записок со свободными полями: их страницы сохраняют полный размер, а колонтитулы печатаются на этих полях.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="176"/>
        <source>{first} and {last}</source>
        <extracomment>two or more formats, e.g. &quot;PDF and DOCX&quot;; {first} may be a list itself.</extracomment>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="184"/>
        <source>{items}, {bios}, {notes}</source>
        <extracomment>how many agenda items, bios and notes a pack holds.</extracomment>
        <translation>{items}, {bios}, {notes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="185"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n пункт повестки дня</numerusform>
            <numerusform>%n пункта повестки дня</numerusform>
            <numerusform>%n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="186"/>
        <source>%n bio(s)</source>
        <translation>
            <numerusform>%n биография</numerusform>
            <numerusform>%n биографии</numerusform>
            <numerusform>%n биографий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="187"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n записка</numerusform>
            <numerusform>%n записки</numerusform>
            <numerusform>%n записок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="192"/>
        <source>One pack per session</source>
        <translation>По комплекту на заседание</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="205"/>
        <source>{hint} People in none of the chosen agenda items are in italics.</source>
        <extracomment>{hint} says how the pack orders the ticked bios.</extracomment>
        <translation>{hint} Участники, не входящие ни в один из выбранных пунктов повестки дня, выделены курсивом.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="214"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, sorted by surname; the ticks here are not used.</source>
        <translation>Комплект каждого заседания содержит биографии участников этого заседания, отсортированные по фамилии; отметки здесь не используются.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="219"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, in the order they appear in it; the ticks here are not used.</source>
        <translation>Комплект каждого заседания содержит биографии участников этого заседания в порядке их выступления; отметки здесь не используются.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="225"/>
        <source>Alphabetical: the pack sorts the ticked bios by surname (the last word of the name); the order of this list is not used.</source>
        <translation>В алфавитном порядке: отмеченные биографии сортируются в комплекте по фамилии (последнему слову имени); порядок этого списка не используется.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="230"/>
        <source>Order of appearance: the pack prints the ticked bios in this list&apos;s order, which starts as the order people first appear in the agenda; move a name to change it.</source>
        <translation>В порядке выступления: отмеченные биографии печатаются в комплекте в порядке этого списка, который изначально соответствует порядку первого появления участников в повестке дня; чтобы изменить его, переместите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="238"/>
        <source>The programme and the session pages follow the ticked items in this order; a newly ticked item goes to its place in the agenda.</source>
        <translation>Программа и страницы заседаний включают отмеченные пункты в этом порядке; вновь отмеченный пункт занимает свое место согласно повестке дня.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="243"/>
        <source>One pack for each ticked item that has people in it (for every such item when none is ticked); each lists the ticked items of its day in its programme.</source>
        <translation>По одному комплекту на каждый отмеченный пункт с участниками (на каждый такой пункт, если ничего не отмечено); в программе каждого комплекта перечислены отмеченные пункты его дня.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="250"/>
        <source>The pack has the ticked notes in this order, internal ones too. ‘Include internal notes’ concerns the packs made per session.</source>
        <translation>Комплект содержит отмеченные записки в этом порядке, включая внутренние. Параметр «Включить внутренние записки» относится к комплектам по заседаниям.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="255"/>
        <source>Each session&apos;s pack has that session&apos;s notes that are ticked here (all of them when none is ticked), in the meeting&apos;s order; internal ones only when included below.</source>
        <translation>Комплект каждого заседания содержит записки этого заседания, отмеченные здесь (все, если ничего не отмечено), в том порядке, в каком они идут в совещании; внутренние — только если они включены ниже.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="262"/>
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>Повестка дня пуста: добавьте пункты на странице «Повестка дня».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="263"/>
        <source>The meeting has no people yet: add them on the People page.</source>
        <translation>В совещании пока нет участников: добавьте их на странице «Участники».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="266"/>
        <source>The meeting has no background notes yet: add them on the Notes page.</source>
        <translation>В совещании пока нет справочных записок: добавьте их на странице «Записки».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="741"/>
        <source>Contents of the pack</source>
        <translation>Содержание комплекта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="750"/>
        <source>What the pack holds</source>
        <translation>Состав комплекта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>e.g. Full pack</source>
        <translation>например, Полный комплект материалов</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="765"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="767"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="769"/>
        <source>One full pack, or one pack per session for its moderator and speakers</source>
        <translation>Один полный комплект или по комплекту на каждое заседание для его модератора и выступающих</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="780"/>
        <source>Build as {format}</source>
        <translation>Формировать в формате {format}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="787"/>
        <source>Paper</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="790"/>
        <source>S&amp;hrink merged PDF pages to fit the header and footer</source>
        <translation>&amp;Уменьшать вложенные страницы PDF под колонтитулы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="792"/>
        <source>Shrink merged PDF pages</source>
        <translation>Уменьшать вложенные страницы PDF</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="797"/>
        <source>Pack</source>
        <translation>Комплект</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="799"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="800"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="801"/>
        <source>Formats:</source>
        <translation>Форматы:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="802"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Формат бумаги:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="810"/>
        <source>Include a list of par&amp;ticipants</source>
        <translation>Включить &amp;список участников</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="813"/>
        <source>Include a list of participants</source>
        <translation>Включить список участников</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="816"/>
        <source>A “List of participants” section: everyone in the meeting, grouped by category</source>
        <translation>Раздел «Список участников»: все участники совещания, сгруппированные по категориям</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="822"/>
        <source>Show participants&apos; &amp;emails</source>
        <translation>Показывать &amp;адреса эл. почты участников</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="823"/>
        <source>Show participants&apos; emails</source>
        <translation>Показывать адреса эл. почты участников</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="825"/>
        <source>Whether the list of participants gives each one&apos;s email</source>
        <translation>Указывать ли в списке участников адрес электронной почты каждого из них</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="850"/>
        <source>Distribution mark</source>
        <translation>Гриф распространения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="852"/>
        <source>Printed on the cover, e.g. “For participants only”</source>
        <translation>Печатается на титульном листе, например «Только для участников»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="855"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="859"/>
        <source>Edit distribution mark of {pack}</source>
        <translation>Изменение грифа распространения комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="860"/>
        <location filename="../../ui/editors/pack.py" line="1203"/>
        <source>The distribution mark was not changed: {problem}.</source>
        <translation>Гриф распространения не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="864"/>
        <source>e.g. Draft 3, 28 November 2017</source>
        <translation>например, Проект № 3, 28 ноября 2017 года</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="865"/>
        <source>Version or status line</source>
        <translation>Строка версии или статуса</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="868"/>
        <source>Printed on the cover under the pack&apos;s name</source>
        <translation>Печатается на титульном листе под названием комплекта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="873"/>
        <source>Edit version line of {pack}</source>
        <translation>Изменение строки версии комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="874"/>
        <source>The version line was not changed: {problem}.</source>
        <translation>Строка версии не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="876"/>
        <source>Cover sheet</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="878"/>
        <source>Distribution &amp;mark:</source>
        <translation>&amp;Гриф распространения:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="879"/>
        <source>&amp;Version line:</source>
        <translation>Строка в&amp;ерсии:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="899"/>
        <location filename="../../ui/editors/pack.py" line="907"/>
        <source>Only people in the chosen items</source>
        <translation>Только участники выбранных пунктов</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="902"/>
        <source>Tick exactly the people who have a role in the chosen agenda items</source>
        <translation>Отметить только тех участников, у которых есть роль в выбранных пунктах повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="911"/>
        <source>Bio order</source>
        <translation>Порядок биографий</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="913"/>
        <source>Bio &amp;order:</source>
        <translation>П&amp;орядок биографий:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="914"/>
        <source>Include &amp;internal notes</source>
        <translation>Включить &amp;внутренние записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="915"/>
        <source>Include internal notes</source>
        <translation>Включить внутренние записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="917"/>
        <source>Whether the packs made per session include their sessions&apos; internal notes</source>
        <translation>Включать ли в комплекты по заседаниям внутренние записки этих заседаний</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1008"/>
        <source>{list} ({chosen} of {total})</source>
        <extracomment>a tab&apos;s title with how many of the list&apos;s entries the pack holds.</extracomment>
        <translation>{list} ({chosen} из {total})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1043"/>
        <source>Rename pack {pack}</source>
        <translation>Переименование комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1097"/>
        <source>Set kind of {pack} to full pack</source>
        <translation>Изменение типа комплекта {pack} на «полный комплект»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1099"/>
        <source>Set kind of {pack} to one pack per session</source>
        <translation>Изменение типа комплекта {pack} на «по комплекту на заседание»</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1100"/>
        <source>The kind was not changed: {problem}.</source>
        <translation>Тип не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1111"/>
        <source>Set formats of {pack} to {formats}</source>
        <translation>Изменение форматов комплекта {pack} на {formats}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1114"/>
        <source>The formats were not changed: {problem}.</source>
        <translation>Форматы не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1119"/>
        <source>Set paper of {pack} to {paper}</source>
        <translation>Изменение формата бумаги комплекта {pack} на {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1122"/>
        <source>The paper was not changed: {problem}.</source>
        <translation>Формат бумаги не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1127"/>
        <source>Shrink merged PDF pages of {pack}</source>
        <translation>Включение уменьшения вложенных страниц PDF в комплекте {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1129"/>
        <source>Stamp merged PDF pages of {pack} without shrinking</source>
        <translation>Печать колонтитулов на вложенных страницах PDF в комплекте {pack} без уменьшения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1131"/>
        <source>The merged pages were not changed: {problem}.</source>
        <translation>Вложенные страницы не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1141"/>
        <source>Include a list of participants in {pack}</source>
        <translation>Включение списка участников в комплект {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1143"/>
        <source>Leave the list of participants out of {pack}</source>
        <translation>Исключение списка участников из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1145"/>
        <source>The list of participants was not changed: {problem}.</source>
        <translation>Список участников не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1155"/>
        <source>Show participants&apos; emails in {pack}</source>
        <translation>Отображение адресов эл. почты участников в комплекте {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1157"/>
        <source>Leave participants&apos; emails out of {pack}</source>
        <translation>Исключение адресов эл. почты участников из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1159"/>
        <source>The participants&apos; emails were not changed: {problem}.</source>
        <translation>Адреса электронной почты участников не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1170"/>
        <source>Set bio order of {pack} to alphabetical</source>
        <translation>Изменение порядка биографий в комплекте {pack} на алфавитный</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1172"/>
        <source>Set bio order of {pack} to order of appearance</source>
        <translation>Изменение порядка биографий в комплекте {pack} на порядок выступления</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1173"/>
        <source>The bio order was not changed: {problem}.</source>
        <translation>Порядок биографий не изменен: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1182"/>
        <source>Include internal notes in {pack}</source>
        <translation>Включение внутренних записок в комплект {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1184"/>
        <source>Leave internal notes out of {pack}</source>
        <translation>Исключение внутренних записок из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1186"/>
        <source>The internal notes were not changed: {problem}.</source>
        <translation>Внутренние записки не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1200"/>
        <source>Set distribution mark of {pack} to {mark}</source>
        <translation>Изменение грифа распространения комплекта {pack} на {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1202"/>
        <source>Set distribution mark of {pack} to none</source>
        <translation>Удаление грифа распространения комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1218"/>
        <source>Add {entry} to {pack}</source>
        <translation>Добавление {entry} в комплект {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1220"/>
        <source>Remove {entry} from {pack}</source>
        <translation>Удаление {entry} из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1231"/>
        <source>Move {entry} up in {pack}</source>
        <translation>Перемещение {entry} вверх в комплекте {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1233"/>
        <source>Move {entry} down in {pack}</source>
        <translation>Перемещение {entry} вниз в комплекте {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1271"/>
        <source>Set bios of {pack} to the people in its agenda items</source>
        <translation>Выбор биографий участников пунктов повестки дня для комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1290"/>
        <source>Select all agenda items</source>
        <translation>Выбрать все пункты повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1291"/>
        <source>Select no agenda items</source>
        <translation>Снять выбор со всех пунктов повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1292"/>
        <source>How the pack uses the agenda items</source>
        <translation>Как комплект использует пункты повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1296"/>
        <source>Select all bios</source>
        <translation>Выбрать все биографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1297"/>
        <source>Select no bios</source>
        <translation>Снять выбор со всех биографий</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1298"/>
        <source>How the pack uses the bios</source>
        <translation>Как комплект использует биографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1301"/>
        <source>Select all notes</source>
        <translation>Выбрать все записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1302"/>
        <source>Select no notes</source>
        <translation>Снять выбор со всех записок</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1303"/>
        <source>How the pack uses the notes</source>
        <translation>Как комплект использует записки</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1310"/>
        <source>Add all agenda items to {pack}</source>
        <translation>Добавление всех пунктов повестки дня в комплект {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1311"/>
        <source>Remove all agenda items from {pack}</source>
        <translation>Удаление всех пунктов повестки дня из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1312"/>
        <source>Add all bios to {pack}</source>
        <translation>Добавление всех биографий в комплект {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1313"/>
        <source>Remove all bios from {pack}</source>
        <translation>Удаление всех биографий из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1314"/>
        <source>Add all notes to {pack}</source>
        <translation>Добавление всех записок в комплект {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1315"/>
        <source>Remove all notes from {pack}</source>
        <translation>Удаление всех записок из комплекта {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1323"/>
        <source>The agenda items were not changed: {problem}.</source>
        <translation>Пункты повестки дня не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1325"/>
        <source>The bios were not changed: {problem}.</source>
        <translation>Биографии не изменены: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1326"/>
        <source>The notes were not changed: {problem}.</source>
        <translation>Записки не изменены: {problem}.</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/models.py" line="304"/>
        <source>Pack</source>
        <translation>Комплект</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="305"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="306"/>
        <source>Agenda items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="307"/>
        <source>Bios</source>
        <translation>Биографии</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <source>Notes</source>
        <translation>Записки</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="309"/>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="321"/>
        <source>Person</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="322"/>
        <source>Role</source>
        <translation>Роль</translation>
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
        <translation>PDF-файлы шифруются (AES-256); файлы DOCX не защищаются.
Пароль для открытия запрашивается при открытии файлов. Без пароля владельца
получатели могут печатать их и копировать текст, но не могут изменять их или добавлять комментарии.
Укажите один пароль или оба. Они действуют только для этого формирования и нигде не сохраняются: храните их в надежном месте.</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="36"/>
        <source>Asked for to open the PDF files; left empty, anyone can open them</source>
        <translation>Запрашивается при открытии PDF-файлов; если не указан, открыть их может любой</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="39"/>
        <source>Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them may do anything</source>
        <translation>Нужен для изменения, комментирования или перекомпоновки PDF-файлов; если не указан, любой, кто их откроет, сможет делать с ними что угодно</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="67"/>
        <source>Res&amp;trict the PDF pack with passwords</source>
        <translation>Защитить PDF-комплект &amp;паролями</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="72"/>
        <source>Encrypt the PDF packs of this build with an open and/or owner password</source>
        <translation>Зашифровать PDF-комплекты этого формирования паролем для открытия и/или паролем владельца</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="78"/>
        <source>Open password</source>
        <translation>Пароль для открытия</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="81"/>
        <source>Owner password</source>
        <translation>Пароль владельца</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="83"/>
        <source>S&amp;how passwords</source>
        <translation>По&amp;казать пароли</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="85"/>
        <source>Show the passwords as typed, to check them</source>
        <translation>Показать введенные пароли, чтобы проверить их</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="98"/>
        <source>Ope&amp;n password:</source>
        <translation>Пароль для о&amp;ткрытия:</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="99"/>
        <source>O&amp;wner password:</source>
        <translation>Пароль в&amp;ладельца:</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="124"/>
        <source>Type an open password, an owner password or both, or untick ‘Restrict the PDF pack with passwords’.</source>
        <translation>Введите пароль для открытия, пароль владельца или оба либо снимите флажок «Защитить PDF-комплект паролями».</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="132"/>
        <source>The {field} {problem}.</source>
        <translation>Поле «{field}» {problem}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="36"/>
        <source>Cannot preview {file}: the file does not exist.

{path}</source>
        <translation>Не удается просмотреть {file}: файл не существует.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="39"/>
        <source>Cannot preview {file}: the file is not a PDF, or is damaged.

{path}</source>
        <translation>Не удается просмотреть {file}: файл не является PDF-файлом или поврежден.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="42"/>
        <source>Cannot preview {file}: the file is protected by a password.

{path}</source>
        <translation>Не удается просмотреть {file}: файл защищен паролем.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="45"/>
        <source>Cannot preview {file}: the file is encrypted in a way not supported.

{path}</source>
        <translation>Не удается просмотреть {file}: файл зашифрован неподдерживаемым способом.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="49"/>
        <source>Cannot preview {file}: the file could not be read yet.

{path}</source>
        <translation>Не удается просмотреть {file}: файл пока не удалось прочитать.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="53"/>
        <source>Cannot preview {file}: the file could not be opened.

{path}</source>
        <translation>Не удается просмотреть {file}: файл не удалось открыть.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="57"/>
        <source>No PDF to preview yet. Build a pack in PDF to see it here.</source>
        <translation>Нет PDF-файла для просмотра. Сформируйте комплект в формате PDF, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="73"/>
        <source>PDF pages</source>
        <translation>Страницы PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="81"/>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="83"/>
        <source>The pack&apos;s bookmarks: click one to go to its page</source>
        <translation>Закладки комплекта: щелкните закладку, чтобы перейти на ее страницу</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="96"/>
        <source>Preview message</source>
        <translation>Сообщение области просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="302"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="313"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="314"/>
        <source>Go to the previous page</source>
        <translation>Перейти на предыдущую страницу</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="320"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="321"/>
        <source>Go to the next page</source>
        <translation>Перейти на следующую страницу</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="327"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="328"/>
        <source>Show the pages smaller</source>
        <translation>Уменьшить масштаб страниц</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="334"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="335"/>
        <source>Show the pages larger</source>
        <translation>Увеличить масштаб страниц</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="341"/>
        <source>Actual size</source>
        <translation>Фактический размер</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="342"/>
        <source>Show the pages at their actual size</source>
        <translation>Показать страницы в фактическом размере</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="348"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="349"/>
        <source>Fit the page width to the window</source>
        <translation>Подогнать ширину страницы под окно</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="356"/>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="357"/>
        <source>Show whole pages in the window</source>
        <translation>Показать страницы в окне целиком</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="384"/>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="386"/>
        <source>The page shown: type a number to go to that page</source>
        <translation>Текущая страница: введите номер, чтобы перейти на эту страницу</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="396"/>
        <source>Zoom level</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="397"/>
        <source>How large the pages are shown</source>
        <translation>Масштаб отображения страниц</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="519"/>
        <source> of {count}</source>
        <translation> из {count}</translation>
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
        <translation>Не импортируется</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="66"/>
        <location filename="../../ui/people_import.py" line="446"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="67"/>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="68"/>
        <location filename="../../ui/people_import.py" line="447"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="69"/>
        <location filename="../../ui/people_import.py" line="448"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="70"/>
        <location filename="../../ui/people_import.py" line="449"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="71"/>
        <source>Bio</source>
        <translation>Биография</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="72"/>
        <location filename="../../ui/people_import.py" line="450"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="73"/>
        <location filename="../../ui/people_import.py" line="451"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="155"/>
        <source>Import people — {file}</source>
        <translation>Импорт участников — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="209"/>
        <source>&amp;Columns of the file</source>
        <translation>Сто&amp;лбцы файла</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="212"/>
        <source>Choose what each column holds; the lists on the right follow.</source>
        <translation>Укажите, что содержит каждый столбец; списки справа обновятся соответственно.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="220"/>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="223"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="224"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="225"/>
        <source>Imported as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="252"/>
        <source>(column {number})</source>
        <translation>(столбец {number})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="259"/>
        <source>Imported as, for column {column}</source>
        <translation>Импортировать как (столбец {column})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="295"/>
        <source>Choose which column holds the names: Full name, or First name and Last name.</source>
        <translation>Укажите, в каком столбце содержатся имена: «Полное имя» или «Имя» и «Фамилия».</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="344"/>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="404"/>
        <source>&amp;Tick all</source>
        <translation>&amp;Отметить все</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="405"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Снять все</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="444"/>
        <source>New people</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="452"/>
        <location filename="../../ui/people_import.py" line="461"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="456"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="458"/>
        <source>Person and field</source>
        <translation>Участник и поле</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="459"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="460"/>
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="466"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="489"/>
        <source>&amp;New people ({count})</source>
        <translation>&amp;Новые участники ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="492"/>
        <source>C&amp;hanges ({count})</source>
        <translation>&amp;Изменения ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="495"/>
        <source>P&amp;roblems ({count})</source>
        <translation>Про&amp;блемы ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="505"/>
        <source>From {file} (read as {format}), %n row(s): {problem}</source>
        <translation>
            <numerusform>Файл {file} (прочитан как {format}), %n строка: {problem}</numerusform>
            <numerusform>Файл {file} (прочитан как {format}), %n строки: {problem}</numerusform>
            <numerusform>Файл {file} (прочитан как {format}), %n строк: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="513"/>
        <source>From {file} (read as {format}), %n row(s): {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</source>
        <translation>
            <numerusform>Файл {file} (прочитан как {format}), %n строка: {new}, {changed}, {unchanged}. Снимите отметки с того, что не должно меняться; до нажатия кнопки «Применить» в совещании ничего не изменится.</numerusform>
            <numerusform>Файл {file} (прочитан как {format}), %n строки: {new}, {changed}, {unchanged}. Снимите отметки с того, что не должно меняться; до нажатия кнопки «Применить» в совещании ничего не изменится.</numerusform>
            <numerusform>Файл {file} (прочитан как {format}), %n строк: {new}, {changed}, {unchanged}. Снимите отметки с того, что не должно меняться; до нажатия кнопки «Применить» в совещании ничего не изменится.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="524"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n новый участник</numerusform>
            <numerusform>%n новых участника</numerusform>
            <numerusform>%n новых участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="525"/>
        <source>%n person(s) with changes</source>
        <translation>
            <numerusform>%n участник с изменениями</numerusform>
            <numerusform>%n участника с изменениями</numerusform>
            <numerusform>%n участников с изменениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="526"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="534"/>
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Применить %n изменение</numerusform>
            <numerusform>&amp;Применить %n изменения</numerusform>
            <numerusform>&amp;Применить %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="536"/>
        <source>Nothing to apply</source>
        <translation>Нечего применять</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="541"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models.py" line="251"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="253"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="254"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="255"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/editors/person.py" line="59"/>
        <source>Mr.</source>
        <translation>Г-н</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="60"/>
        <source>Ms.</source>
        <translation>Г-жа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="61"/>
        <source>Mrs.</source>
        <translation>Г-жа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="62"/>
        <source>Dr.</source>
        <translation>Д-р</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="63"/>
        <source>Prof.</source>
        <translation>Проф.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="64"/>
        <source>H.E.</source>
        <translation>Е. П.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="65"/>
        <source>H.E. Mr.</source>
        <translation>Е. П. г-н</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="66"/>
        <source>H.E. Ms.</source>
        <translation>Е. П. г-жа</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="72"/>
        <source>This bio is a placeholder. Replace it with the person&apos;s real bio before the pack is sent.</source>
        <translation>Это временный текст биографии. Замените его настоящей биографией участника до отправки комплекта.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="102"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="103"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="111"/>
        <source>{role} in {title}</source>
        <extracomment>a person&apos;s role in an agenda item, e.g. &quot;Moderator in ‘Session 2’&quot;.</extracomment>
        <translation>{role} в пункте {title}</translation>
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
        <translation>Пока нет в повестке дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="137"/>
        <source>Photo:</source>
        <translation>Фотография:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="141"/>
        <source>Appears in</source>
        <translation>Роли в повестке дня</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="142"/>
        <source>Appears in:</source>
        <translation>Роли в повестке дня:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="152"/>
        <source>Full name, as printed</source>
        <translation>Полное имя в печатном виде</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="154"/>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="158"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="160"/>
        <source>e.g. Senior Advisor</source>
        <translation>например, старший советник</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="162"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="164"/>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="166"/>
        <source>e.g. International Service for Human Rights</source>
        <translation>например, Международная служба по правам человека</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="168"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="170"/>
        <source>&amp;Organisation:</source>
        <translation>О&amp;рганизация:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="172"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="174"/>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="176"/>
        <source>Categor&amp;y:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="178"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="182"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="184"/>
        <source>Whom the person represents, as a list of participants groups them</source>
        <translation>Кого представляет участник (для группировки в списке участников)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="196"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="216"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="218"/>
        <source>The country the person represents or comes from: a name or a code</source>
        <translation>Страна, которую представляет участник или из которой он прибыл: название или код</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="222"/>
        <location filename="../../ui/editors/person.py" line="279"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="237"/>
        <source>The country was not changed: {name} is not a country name or code the app knows; choose one from the list.</source>
        <translation>Страна не изменена: {name} не является известным приложению названием или кодом страны; выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="246"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="274"/>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="276"/>
        <source>Mr., Ms., Dr., H.E. … or any other form of address</source>
        <translation>Г-н, г-жа, д-р, Е. П. … или любая другая форма обращения</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="280"/>
        <location filename="../../ui/editors/person.py" line="290"/>
        <source>honorific</source>
        <translation>обращение</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="301"/>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="305"/>
        <source>Photo file</source>
        <translation>Файл фотографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="308"/>
        <source>Choose photo…</source>
        <translation>Выбрать фотографию…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="309"/>
        <source>Choose a PNG, JPEG or GIF photo of this person</source>
        <translation>Выбрать фотографию участника в формате PNG, JPEG или GIF</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="316"/>
        <source>Remove photo</source>
        <translation>Удалить фотографию</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="317"/>
        <source>Remove this person&apos;s photo from the meeting</source>
        <translation>Удалить фотографию этого участника из совещания</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="345"/>
        <source>The person&apos;s bio, as it should appear in the pack</source>
        <translation>Биография участника в том виде, в каком она должна быть в комплекте</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="349"/>
        <source>bio</source>
        <translation>биография</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="354"/>
        <source>Word count of the bio</source>
        <translation>Число слов в биографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="357"/>
        <source>&amp;Bio</source>
        <translation>&amp;Биография</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="368"/>
        <source>Placeholder warning</source>
        <translation>Предупреждение о временном тексте</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="429"/>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="435"/>
        <source>Cannot show this image</source>
        <translation>Не удается показать это изображение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/person.py" line="454"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="463"/>
        <source>Choose a photo</source>
        <translation>Выбор фотографии</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="475"/>
        <source>The photo was not changed: {problem}.</source>
        <translation>Фотография не изменена: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="478"/>
        <source>Set photo of {name}</source>
        <translation>Изменение фотографии участника {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="483"/>
        <source>Remove photo of {name}</source>
        <translation>Удаление фотографии участника {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="492"/>
        <source>photo</source>
        <translation>фотография</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>System language ({language})</source>
        <translation>Язык системы ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source>Language of the window:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>Новый язык будет применен при следующем запуске приложения.</translation>
    </message>
</context>
<context>
    <name>RunningOrderModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="349"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="350"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="351"/>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="280"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="284"/>
        <source>Filter by command or key</source>
        <translation>Фильтр по команде или клавише</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="286"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="307"/>
        <source>Lists, text fields and the Preview page have keys of their own, described in the User Guide.</source>
        <translation>У списков, текстовых полей и страницы «Просмотр» есть собственные сочетания клавиш, описанные в руководстве пользователя.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="358"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Нет сочетаний клавиш, соответствующих «{text}».</translation>
    </message>
</context>
<context>
    <name>TupleTable</name>
    <message>
        <location filename="../../ui/editors/tables.py" line="156"/>
        <source>‘{text}’ is not a date; write it like {example}</source>
        <translation>«{text}» не является датой; введите дату в формате {example}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="546"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="552"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="558"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="564"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help.py" line="154"/>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="159"/>
        <source>User guide page</source>
        <translation>Страница руководства пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="169"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="176"/>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="183"/>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
</context>
<context>
    <name>rich</name>
    <message>
        <location filename="../../ui/rich.py" line="367"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="368"/>
        <source>Concerns</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="369"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="377"/>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="381"/>
        <source>Double-click the finding (or press Enter) to go to what it concerns.</source>
        <translation>Дважды щелкните замечание (или нажмите Enter), чтобы перейти к объекту, к которому оно относится.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="114"/>
        <source>Background</source>
        <translation>Справочная информация</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="115"/>
        <source>Aims</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="117"/>
        <source>Linked events</source>
        <translation>Связанные мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="121"/>
        <source>References</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="124"/>
        <source>Logistics</source>
        <translation>Организационные вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>Выражение признательности</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="127"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="136"/>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="137"/>
        <location filename="../../ui/rich.py" line="212"/>
        <source>When</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="138"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="139"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="190"/>
        <source>Nobody has a role in this item yet.</source>
        <translation>В этом пункте пока ни у кого нет роли.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="194"/>
        <source>Running order</source>
        <translation>Порядок проведения</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="196"/>
        <location filename="../../ui/rich.py" line="335"/>
        <source>Background notes</source>
        <translation>Справочные записки</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="211"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="213"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="214"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="244"/>
        <source>{role} — {item} ({time})</source>
        <translation>{role} — {item} ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="260"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="262"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="268"/>
        <source>Bio</source>
        <translation>Биография</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="271"/>
        <source>No bio yet.</source>
        <translation>Биографии пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="273"/>
        <source>In the agenda</source>
        <translation>В повестке дня</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="289"/>
        <source>yes: left out of packs that leave out internal notes</source>
        <translation>да: не включается в комплекты без внутренних записок</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="295"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="296"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="297"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="298"/>
        <source>Sessions</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="299"/>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rich.py" line="311"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="327"/>
        <source>Agenda items</source>
        <translation>Пункты повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="331"/>
        <source>Bios</source>
        <translation>Биографии</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="352"/>
        <location filename="../../ui/rich.py" line="357"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../ui/text.py" line="58"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="59"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="60"/>
        <source>Info</source>
        <translation>Сообщение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="64"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="65"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="66"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="71"/>
        <source>bios in order of appearance</source>
        <translation>биографии в порядке выступления</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="72"/>
        <source>bios in alphabetical order</source>
        <translation>биографии в алфавитном порядке</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="82"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n пункт повестки дня</numerusform>
            <numerusform>%n пункта повестки дня</numerusform>
            <numerusform>%n пунктов повестки дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="83"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="84"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n записка</numerusform>
            <numerusform>%n записки</numerusform>
            <numerusform>%n записок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="123"/>
        <source>S{number}</source>
        <translation>Засед. {number}</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="159"/>
        <source>{role}: {names}</source>
        <translation>{role}: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="191"/>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>One per session</source>
        <translation>По заседаниям</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>internal notes included</source>
        <translation>внутренние записки включены</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>internal notes left out</source>
        <translation>без внутренних записок</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="218"/>
        <source>list of participants</source>
        <translation>список участников</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="219"/>
        <source>list of participants without emails</source>
        <translation>список участников без адресов эл. почты</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="226"/>
        <source>“{mark}”</source>
        <translation>«{mark}»</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="236"/>
        <source>No problems found</source>
        <translation>Проблем не обнаружено</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="257"/>
        <source>The meeting</source>
        <translation>Совещание</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="258"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="259"/>
        <source>Person</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="260"/>
        <source>Background note</source>
        <translation>Справочная записка</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="261"/>
        <source>Pack</source>
        <translation>Комплект</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="272"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
</context>
</TS>
