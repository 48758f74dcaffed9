<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../ui/imports.py" line="344"/>
        <source>Import agenda — {file}</source>
        <translation>Import agenda — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="370"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
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
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="400"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="401"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="402"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="403"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="404"/>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="405"/>
        <location filename="../../ui/imports.py" line="530"/>
        <source>Background</source>
        <translation>Background</translation>
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
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="428"/>
        <location filename="../../ui/imports.py" line="681"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="429"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="432"/>
        <source>Found {found} in {file}; the import was unsure of %n thing(s) (see Findings). Nothing changes in the meeting until you click Import.</source>
        <translation>
            <numerusform>Found {found} in {file}; the import was unsure of %n thing (see Findings). Nothing changes in the meeting until you click Import.</numerusform>
            <numerusform>Found {found} in {file}; the import was unsure of %n things (see Findings). Nothing changes in the meeting until you click Import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="440"/>
        <source>Found {found} in {file}. Nothing changes in the meeting until you click Import.</source>
        <translation>Found {found} in {file}. Nothing changes in the meeting until you click Import.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="454"/>
        <source>&amp;Agenda ({count})</source>
        <translation>&amp;Agenda ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="461"/>
        <source>&amp;Overview ({count})</source>
        <translation>&amp;Overview ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="463"/>
        <source>&amp;People ({count})</source>
        <translation>&amp;People ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="467"/>
        <source>&amp;Contacts ({count})</source>
        <translation>&amp;Contacts ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="474"/>
        <source>&amp;Findings ({count})</source>
        <translation>&amp;Findings ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="483"/>
        <source>Agenda items found</source>
        <translation>Agenda items found</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="485"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="486"/>
        <source>Item and people</source>
        <translation>Item and people</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="487"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="522"/>
        <source>Texts and links found</source>
        <translation>Texts and links found</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="524"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="525"/>
        <source>What it says</source>
        <translation>What it says</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="529"/>
        <source>Aims</source>
        <translation>Aims</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="531"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="532"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="537"/>
        <source>Linked event</source>
        <translation>Linked event</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="538"/>
        <source>Further reading</source>
        <translation>Further reading</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="547"/>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="549"/>
        <location filename="../../ui/imports.py" line="566"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="550"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="551"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="563"/>
        <source>Contacts found</source>
        <translation>Contacts found</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="565"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="567"/>
        <source>Copied in</source>
        <translation>Copied in</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="570"/>
        <source>cc</source>
        <translation>cc</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="582"/>
        <source>What the import was unsure of</source>
        <translation>What the import was unsure of</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="588"/>
        <source>Guessed, check it: {message}</source>
        <translation>Guessed, check it: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="605"/>
        <source>How to apply it</source>
        <translation>How to apply it</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="607"/>
        <source>A&amp;dd to this meeting</source>
        <translation>A&amp;dd to this meeting</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="609"/>
        <source>&amp;Replace the agenda and people</source>
        <translation>&amp;Replace the agenda and people</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="640"/>
        <source>The items found come after this meeting&apos;s %n. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>
            <numerusform>The items found come after this meeting&apos;s %n item. People it already has (same email or name) are not added twice: only their missing details are filled in.</numerusform>
            <numerusform>The items found come after this meeting&apos;s %n items. People it already has (same email or name) are not added twice: only their missing details are filled in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="648"/>
        <source>The items found are added. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>The items found are added. People it already has (same email or name) are not added twice: only their missing details are filled in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="655"/>
        <source>%n of the items found are already in this meeting (same title and start): adding would list them twice.</source>
        <translation>
            <numerusform>%n of the items found is already in this meeting (same title and start): adding would list it twice.</numerusform>
            <numerusform>%n of the items found are already in this meeting (same title and start): adding would list them twice.</numerusform>
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
        <translation>This meeting has no agenda or people yet: the same as adding.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="675"/>
        <source>Its {items} and {people} are removed first; those found who were already in it keep their bio, photo and email. Notes and packs lose their links to what is removed.</source>
        <translation>Its {items} and {people} are removed first; those found who were already in it keep their bio, photo and email. Notes and packs lose their links to what is removed.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="689"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="696"/>
        <source>Either way the title stays; the organiser, date, times, venue, texts (background, aims, logistics, acknowledgements), linked events and further reading are taken from the file only where the meeting has none, and contacts it lacks are added.</source>
        <translation>Either way the title stays; the organiser, date, times, venue, texts (background, aims, logistics, acknowledgements), linked events and further reading are taken from the file only where the meeting has none, and contacts it lacks are added.</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="641"/>
        <location filename="../../ui/editors/agenda.py" line="836"/>
        <source>Title of the session</source>
        <translation>Title of the session</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="642"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="646"/>
        <source>Own date</source>
        <translation>Own date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="648"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="649"/>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="653"/>
        <source>Where it takes place, if not the meeting&apos;s room</source>
        <translation>Where it takes place, if not the meeting&apos;s room</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="654"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="657"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="662"/>
        <source>https://… (webcast or online meeting)</source>
        <translation>https://… (webcast or online meeting)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="663"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="666"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="669"/>
        <source>The webcast or the online meeting: a web address (https://…)</source>
        <translation>The webcast or the online meeting: a web address (https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="674"/>
        <source>Description or guiding questions</source>
        <translation>Description or guiding questions</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="676"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="681"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="683"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="685"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="686"/>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="687"/>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="688"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="689"/>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="695"/>
        <source>Kind of entry</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="697"/>
        <source>A session has a number, a page of its own and a brief;
a break, meal, reception, registration or side event has none of them.</source>
        <translation>A session has a number, a page of its own and a brief;
a break, meal, reception, registration or side event has none of them.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="710"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="728"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="732"/>
        <source>Item has a date of its own</source>
        <translation>Item has a date of its own</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="735"/>
        <source>Tick when the item is not on the meeting&apos;s first day;
otherwise it takes place on the meeting&apos;s first day.</source>
        <translation>Tick when the item is not on the meeting&apos;s first day;
otherwise it takes place on the meeting&apos;s first day.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="741"/>
        <source>Date of the item</source>
        <translation>Date of the item</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="755"/>
        <source>Length of the slot</source>
        <translation>Length of the slot</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="768"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="777"/>
        <source>time slot</source>
        <translation>time slot</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="838"/>
        <source>Title of the entry</source>
        <translation>Title of the entry</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="847"/>
        <source>the meeting&apos;s first day</source>
        <translation>the meeting&apos;s first day</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="849"/>
        <source>the meeting has no date yet</source>
        <translation>the meeting has no date yet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="885"/>
        <source>Move person up</source>
        <translation>Move person up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="886"/>
        <source>Move person down</source>
        <translation>Move person down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="887"/>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="890"/>
        <source>People in this item</source>
        <translation>People in this item</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="908"/>
        <source>Person to add</source>
        <translation>Person to add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="909"/>
        <source>Choose or type a name</source>
        <translation>Choose or type a name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="910"/>
        <source>Someone of the meeting, or the name of a new person</source>
        <translation>Someone of the meeting, or the name of a new person</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="914"/>
        <source>Role of the person to add</source>
        <translation>Role of the person to add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="918"/>
        <source>A role from the list, or your own wording</source>
        <translation>A role from the list, or your own wording</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="921"/>
        <location filename="../../ui/editors/agenda.py" line="954"/>
        <location filename="../../ui/editors/agenda.py" line="1128"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="924"/>
        <source>Add this person to the item in this role (Enter)</source>
        <translation>Add this person to the item in this role (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="952"/>
        <source>Add new person</source>
        <translation>Add new person</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="956"/>
        <source>“{name}” is not in the meeting yet: “Add new person” adds them.</source>
        <translation>“{name}” is not in the meeting yet: “Add new person” adds them.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="985"/>
        <location filename="../../ui/editors/agenda.py" line="1012"/>
        <source>The person was not added: {problem}.</source>
        <translation>The person was not added: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="989"/>
        <source>{name} is already in {item} as {role}.</source>
        <translation>{name} is already in {item} as {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="997"/>
        <source>Add {name} to {item}</source>
        <translation>Add {name} to {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1016"/>
        <source>Add new person {name} to {item}</source>
        <translation>Add new person {name} to {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1028"/>
        <source>Remove {name} from {item}</source>
        <translation>Remove {name} from {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1050"/>
        <source>The role was not changed: {problem}.</source>
        <translation>The role was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1054"/>
        <source>Change role of {name} in {item}</source>
        <translation>Change role of {name} in {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1073"/>
        <source>Move step up</source>
        <translation>Move step up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1074"/>
        <source>Move step down</source>
        <translation>Move step down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1075"/>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1078"/>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>Step to add</source>
        <translation>Step to add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1112"/>
        <source>Speaker of the step to add</source>
        <translation>Speaker of the step to add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1113"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1114"/>
        <source>Someone of the meeting, or a description such as
“A human rights defender (to be named)”</source>
        <translation>Someone of the meeting, or a description such as
“A human rights defender (to be named)”</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1122"/>
        <source>Minutes of the step to add</source>
        <translation>Minutes of the step to add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1125"/>
        <source>Length of the step; “none” when it has no set length</source>
        <translation>Length of the step; “none” when it has no set length</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1131"/>
        <source>Add this step at the end of the running order (Enter)</source>
        <translation>Add this step at the end of the running order (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1135"/>
        <source>Minutes of the steps against the slot</source>
        <translation>Minutes of the steps against the slot</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1141"/>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1179"/>
        <source>The step was not added: {problem}.</source>
        <translation>The step was not added: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1182"/>
        <source>Add step {step} to {item}</source>
        <translation>Add step {step} to {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1194"/>
        <source>Remove step {step} from {item}</source>
        <translation>Remove step {step} from {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1211"/>
        <source>Change label of {step} in {item}</source>
        <translation>Change label of {step} in {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1212"/>
        <source>The step&apos;s label was not changed: {problem}.</source>
        <translation>The step&apos;s label was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1221"/>
        <source>Change speaker of {step} in {item}</source>
        <translation>Change speaker of {step} in {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1222"/>
        <source>The step&apos;s speaker was not changed: {problem}.</source>
        <translation>The step&apos;s speaker was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1230"/>
        <source>Change minutes of {step} in {item}</source>
        <translation>Change minutes of {step} in {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1231"/>
        <source>The step&apos;s minutes were not changed: {problem}.</source>
        <translation>The step&apos;s minutes were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1276"/>
        <source>Move {name} up</source>
        <translation>Move {name} up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1278"/>
        <source>Move {name} down</source>
        <translation>Move {name} down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1295"/>
        <source>The change was not made: {problem}.</source>
        <translation>The change was not made: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1376"/>
        <source>{total} of {slot} min ({over} min over the slot)</source>
        <translation>{total} of {slot} min ({over} min over the slot)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1378"/>
        <source>{total} of {slot} min</source>
        <translation>{total} of {slot} min</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models.py" line="400"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="401"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="402"/>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages.py" line="225"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="231"/>
        <source>No agenda items yet.</source>
        <translation>No agenda items yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="253"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>Something went wrong that the app did not expect:</source>
        <translation>Something went wrong that the app did not expect:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</source>
        <translation>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="190"/>
        <source>The details are in the log file {file}; please send it with a note of what you were doing.</source>
        <translation>The details are in the log file {file}; please send it with a note of what you were doing.</translation>
    </message>
</context>
<context>
    <name>BiosListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="531"/>
        <source>{person} · not in the chosen items</source>
        <translation>{person} · not in the chosen items</translation>
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
        <translation>Not in the agenda</translation>
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
        <translation>The checks found nothing to fix in this pack.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="65"/>
        <source>The checks found %n warning(s) in this pack (listed below); you can still build.</source>
        <translation>
            <numerusform>The checks found %n warning in this pack (listed below); you can still build.</numerusform>
            <numerusform>The checks found %n warnings in this pack (listed below); you can still build.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="71"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="73"/>
        <source>The checks found {errors} in this pack (listed below); fix them first.</source>
        <translation>The checks found {errors} in this pack (listed below); fix them first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="78"/>
        <source>The checks found {errors} and {warnings} in this pack (listed below); fix the errors first.</source>
        <translation>The checks found {errors} and {warnings} in this pack (listed below); fix the errors first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="90"/>
        <source>{file} — %n page(s)</source>
        <translation>
            <numerusform>{file} — %n page</numerusform>
            <numerusform>{file} — %n pages</numerusform>
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
        <translation>Build packs — {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="126"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="127"/>
        <source>The pack definition to build</source>
        <translation>The pack definition to build</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="136"/>
        <source>Write a {format} file of each pack</source>
        <translation>Write a {format} file of each pack</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="140"/>
        <source>Per-&amp;session packs</source>
        <translation>Per-&amp;session packs</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="142"/>
        <source>Also write one moderator brief per agenda session</source>
        <translation>Also write one moderator brief per agenda session</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="145"/>
        <source>Build &amp;even if some characters cannot be drawn</source>
        <translation>Build &amp;even if some characters cannot be drawn</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="148"/>
        <source>Characters no pack font can draw are left out of the PDF; without this, they stop the build</source>
        <translation>Characters no pack font can draw are left out of the PDF; without this, they stop the build</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="155"/>
        <location filename="../../ui/build_dialog.py" line="286"/>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="156"/>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="158"/>
        <source>Choose the folder the packs are written to</source>
        <translation>Choose the folder the packs are written to</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="164"/>
        <source>P&amp;ack:</source>
        <translation>P&amp;ack:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="165"/>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="168"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="179"/>
        <source>Build progress</source>
        <translation>Build progress</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="184"/>
        <source>Files written</source>
        <translation>Files written</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="186"/>
        <source>Problems and warnings</source>
        <translation>Problems and warnings</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="190"/>
        <source>Files written:</source>
        <translation>Files written:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="192"/>
        <source>Problems and warnings:</source>
        <translation>Problems and warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="196"/>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="198"/>
        <source>Show the output folder in the file manager</source>
        <translation>Show the output folder in the file manager</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="200"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="203"/>
        <source>Build the pack in the background (the window stays usable)</source>
        <translation>Build the pack in the background (the window stays usable)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="205"/>
        <location filename="../../ui/build_dialog.py" line="444"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="304"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="312"/>
        <source>Choose at least one format (PDF or DOCX).</source>
        <translation>Choose at least one format (PDF or DOCX).</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="314"/>
        <source>Choose an output folder.</source>
        <translation>Choose an output folder.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="319"/>
        <source>{path} is a file, not a folder: choose another output folder.</source>
        <translation>{path} is a file, not a folder: choose another output folder.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="381"/>
        <source>Done: %n file(s) written. The PDF files are restricted by password.</source>
        <translation>
            <numerusform>Done: %n file written. The PDF files are restricted by password.</numerusform>
            <numerusform>Done: %n files written. The PDF files are restricted by password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="388"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Done: %n file written.</numerusform>
            <numerusform>Done: %n files written.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="396"/>
        <source>Nothing was built:</source>
        <translation>Nothing was built:</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="405"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="439"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="441"/>
        <source>Stop the build; nothing is written</source>
        <translation>Stop the build; nothing is written</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="445"/>
        <source>Close this window</source>
        <translation>Close this window</translation>
    </message>
</context>
<context>
    <name>BuildTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="66"/>
        <source>Unexpected error: {error}: {message}</source>
        <translation>Unexpected error: {error}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="75"/>
        <source>the build failed for an unknown reason</source>
        <translation>the build failed for an unknown reason</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="82"/>
        <source>the build stopped without a result</source>
        <translation>the build stopped without a result</translation>
    </message>
</context>
<context>
    <name>ContentsList</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="637"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="638"/>
        <source>Move the selected entry up</source>
        <translation>Move the selected entry up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="644"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="645"/>
        <source>Move the selected entry down</source>
        <translation>Move the selected entry down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="649"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="651"/>
        <source>Select none</source>
        <translation>Select none</translation>
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
        <translation>{file} is larger than {size}</translation>
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
        <translation>{file} is empty</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="191"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} cannot be read ({reason})</translation>
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
        <translation>‘{title}’</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="67"/>
        <source>Problem with the last change</source>
        <translation>Problem with the last change</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="350"/>
        <source>Edit {field} of {title}</source>
        <extracomment>an undo text, e.g. &quot;Edit name of ‘Jane Doe’&quot;; {field} is a field&apos;s name.</extracomment>
        <translation>Edit {field} of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="356"/>
        <location filename="../../ui/editors/pack.py" line="1046"/>
        <source>The {field} was not changed: {problem}.</source>
        <extracomment>{field} is a field&apos;s name; {problem} is the model&apos;s reason.</extracomment>
        <translation>The {field} was not changed: {problem}.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;New Meeting</source>
        <translation>&amp;New Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="68"/>
        <source>Start a new, empty meeting</source>
        <translation>Start a new, empty meeting</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="76"/>
        <source>Open a meeting file (.meeting) or meeting JSON (.json)</source>
        <translation>Open a meeting file (.meeting) or meeting JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="85"/>
        <source>Save the meeting to a file of your choice; later changes are saved there</source>
        <translation>Save the meeting to a file of your choice; later changes are saved there</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Import Meeting &amp;JSON…</source>
        <translation>Import Meeting &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="98"/>
        <source>Open a meeting JSON; its first change saves it as a meeting file (a draft)</source>
        <translation>Open a meeting JSON; its first change saves it as a meeting file (a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="106"/>
        <source>&amp;Export Meeting JSON…</source>
        <translation>&amp;Export Meeting JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="108"/>
        <source>Write the meeting as JSON, with attached files in a folder beside it</source>
        <translation>Write the meeting as JSON, with attached files in a folder beside it</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>Open a meeting worked on lately</source>
        <translation>Open a meeting worked on lately</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="136"/>
        <source>No recent meetings</source>
        <translation>No recent meetings</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>&amp;Clear Recent Meetings</source>
        <translation>&amp;Clear Recent Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>Open Meeting</source>
        <translation>Open Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="175"/>
        <source>Cannot open meeting</source>
        <translation>Cannot open meeting</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="186"/>
        <source>The meeting in {file} could not be opened:</source>
        <translation>The meeting in {file} could not be opened:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="197"/>
        <source>The window still shows the built-in sample meeting.</source>
        <translation>The window still shows the built-in sample meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>The window still shows a new meeting.</source>
        <translation>The window still shows a new meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="200"/>
        <source>The window still shows “{title}” ({file}).</source>
        <translation>The window still shows “{title}” ({file}).</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="208"/>
        <source>Save Meeting As</source>
        <translation>Save Meeting As</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Meeting files</source>
        <translation>Meeting files</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="222"/>
        <source>The meeting could not be saved to {file}:</source>
        <translation>The meeting could not be saved to {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="223"/>
        <source>Nothing else was changed.</source>
        <translation>Nothing else was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Cannot save meeting</source>
        <translation>Cannot save meeting</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="234"/>
        <source>Saved to {file}</source>
        <translation>Saved to {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="243"/>
        <source>Import Meeting JSON</source>
        <translation>Import Meeting JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="251"/>
        <source>Export Meeting JSON</source>
        <translation>Export Meeting JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="261"/>
        <source>The meeting could not be written to {file}:</source>
        <translation>The meeting could not be written to {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="264"/>
        <source>Cannot export meeting</source>
        <translation>Cannot export meeting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="271"/>
        <source>Exported {file} and %n attached file(s)</source>
        <translation>
            <numerusform>Exported {file} and %n attached file</numerusform>
            <numerusform>Exported {file} and %n attached files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="275"/>
        <source>Exported {file}</source>
        <translation>Exported {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>saving takes longer than it should (a slow disk?)</source>
        <translation>saving takes longer than it should (a slow disk?)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="294"/>
        <source>The latest changes could not be saved:</source>
        <translation>The latest changes could not be saved:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="295"/>
        <source>Save the meeting to another file before closing?</source>
        <translation>Save the meeting to another file before closing?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="298"/>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="309"/>
        <source>Meeting JSON</source>
        <translation>Meeting JSON</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ui/files.py" line="11"/>
        <source>Meeting files and JSON</source>
        <translation>Meeting files and JSON</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="12"/>
        <source>Meeting files</source>
        <translation>Meeting files</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="13"/>
        <source>Meeting JSON</source>
        <translation>Meeting JSON</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="350"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="351"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="352"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="395"/>
        <source>How to use the app</source>
        <translation>How to use the app</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="397"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="400"/>
        <source>Every keyboard shortcut of the menus</source>
        <translation>Every keyboard shortcut of the menus</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="50"/>
        <source>Import &amp;Agenda from Concept Note…</source>
        <translation>Import &amp;Agenda from Concept Note…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="52"/>
        <source>Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)</source>
        <translation>Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="60"/>
        <source>Import &amp;Timetable from Indico…</source>
        <translation>Import &amp;Timetable from Indico…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="62"/>
        <source>Read the sessions, rooms and people of an Indico timetable export (.json)</source>
        <translation>Read the sessions, rooms and people of an Indico timetable export (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="70"/>
        <source>Import &amp;People from CSV or Excel…</source>
        <translation>Import &amp;People from CSV or Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="72"/>
        <source>Add or update people from a registration list (.csv, .xlsx), after a preview</source>
        <translation>Add or update people from a registration list (.csv, .xlsx), after a preview</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="80"/>
        <source>Add &amp;Notes from Files…</source>
        <translation>Add &amp;Notes from Files…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="82"/>
        <source>Attach DOCX, PDF, Markdown or text files as background notes</source>
        <translation>Attach DOCX, PDF, Markdown or text files as background notes</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="112"/>
        <source>Import Agenda from Concept Note</source>
        <translation>Import Agenda from Concept Note</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="121"/>
        <source>Import Timetable from Indico</source>
        <translation>Import Timetable from Indico</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="130"/>
        <source>Import People from CSV or Excel</source>
        <translation>Import People from CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="140"/>
        <source>Add Notes from Files</source>
        <translation>Add Notes from Files</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="188"/>
        <source>These files are not meetings, CSV lists or notes the app can read:</source>
        <translation>These files are not meetings, CSV lists or notes the app can read:</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="191"/>
        <source>Notes can be DOCX, PDF, Markdown (.md) or text (.txt).</source>
        <translation>Notes can be DOCX, PDF, Markdown (.md) or text (.txt).</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="194"/>
        <source>Files not added</source>
        <translation>Files not added</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../ui/imports.py" line="80"/>
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="81"/>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="82"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="83"/>
        <source>Text files</source>
        <translation>Text files</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="85"/>
        <source>Note files</source>
        <translation>Note files</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="86"/>
        <source>Concept notes</source>
        <translation>Concept notes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="87"/>
        <source>People lists</source>
        <translation>People lists</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="88"/>
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="89"/>
        <source>Excel workbooks</source>
        <translation>Excel workbooks</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="90"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="149"/>
        <source>The file cannot be read ({reason})</source>
        <translation>The file cannot be read ({reason})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="164"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
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
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="247"/>
        <location filename="../../ui/imports.py" line="266"/>
        <source>Cannot import agenda</source>
        <translation>Cannot import agenda</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="248"/>
        <source>The agenda could not be read from {file}:</source>
        <translation>The agenda could not be read from {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="264"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="267"/>
        <source>The agenda could not be applied from {file}:</source>
        <translation>The agenda could not be applied from {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="271"/>
        <source>Import agenda from {file}</source>
        <translation>Import agenda from {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="734"/>
        <source>Import people from {file}</source>
        <translation>Import people from {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="743"/>
        <source>Cannot import people</source>
        <translation>Cannot import people</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="744"/>
        <source>No people could be read from {file}:</source>
        <translation>No people could be read from {file}:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="790"/>
        <source>The session {session} is no longer in the meeting, so no note was added.</source>
        <translation>The session {session} is no longer in the meeting, so no note was added.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="795"/>
        <location filename="../../ui/imports.py" line="819"/>
        <source>Cannot add notes</source>
        <translation>Cannot add notes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="835"/>
        <source>Add note {title}</source>
        <translation>Add note {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="836"/>
        <source>Add %n notes</source>
        <translation>
            <numerusform>Add %n note</numerusform>
            <numerusform>Add %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="846"/>
        <source>These files were not added:</source>
        <translation>These files were not added:</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="849"/>
        <source>Added, but worth a look:</source>
        <translation>Added, but worth a look:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="852"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n note added.</numerusform>
            <numerusform>%n notes added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="854"/>
        <source>No note added.</source>
        <translation>No note added.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="858"/>
        <source>Some files were not added</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="860"/>
        <source>Check the added notes</source>
        <translation>Check the added notes</translation>
    </message>
</context>
<context>
    <name>IndicoImport</name>
    <message>
        <location filename="../../ui/indico_import.py" line="18"/>
        <source>Indico exports</source>
        <translation>Indico exports</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="19"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="37"/>
        <source>Cannot import timetable</source>
        <translation>Cannot import timetable</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="38"/>
        <source>The timetable could not be read from {file}:</source>
        <translation>The timetable could not be read from {file}:</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="92"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="93"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="94"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="95"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="96"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="97"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="505"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="508"/>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="510"/>
        <source>Code, e.g. pt-BR</source>
        <translation>Code, e.g. pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="511"/>
        <source>Language code</source>
        <translation>Language code</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="514"/>
        <source>A BCP-47 language code, such as de, pt-BR or zh-Hant</source>
        <translation>A BCP-47 language code, such as de, pt-BR or zh-Hant</translation>
    </message>
</context>
<context>
    <name>ListEdits</name>
    <message>
        <location filename="../../ui/list_edits.py" line="35"/>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="36"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="37"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="38"/>
        <source>New pack</source>
        <translation>New pack</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="41"/>
        <source>Add agenda item {title}</source>
        <translation>Add agenda item {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="42"/>
        <source>Add person {title}</source>
        <translation>Add person {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="43"/>
        <source>Add note {title}</source>
        <translation>Add note {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="44"/>
        <source>Add pack {title}</source>
        <translation>Add pack {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="47"/>
        <source>Remove agenda item {title}</source>
        <translation>Remove agenda item {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="48"/>
        <source>Remove person {title}</source>
        <translation>Remove person {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="49"/>
        <source>Remove note {title}</source>
        <translation>Remove note {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="50"/>
        <source>Remove pack {title}</source>
        <translation>Remove pack {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="112"/>
        <source>Move {title} up</source>
        <translation>Move {title} up</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="114"/>
        <source>Move {title} down</source>
        <translation>Move {title} down</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="118"/>
        <source>Move {title} up %n places</source>
        <translation>
            <numerusform>Move {title} up %n place</numerusform>
            <numerusform>Move {title} up %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="119"/>
        <source>Move {title} down %n places</source>
        <translation>
            <numerusform>Move {title} down %n place</numerusform>
            <numerusform>Move {title} down %n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="424"/>
        <source>Logo preview</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="426"/>
        <source>Logo file</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="427"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="432"/>
        <source>Choose a PNG, JPEG or GIF image for the cover sheet</source>
        <translation>Choose a PNG, JPEG or GIF image for the cover sheet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="434"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="437"/>
        <source>Print the cover sheet without a logo</source>
        <translation>Print the cover sheet without a logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="467"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="468"/>
        <source>The cover sheet has no logo.</source>
        <translation>The cover sheet has no logo.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="471"/>
        <source>Cannot show</source>
        <translation>Cannot show</translation>
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
        <translation>Sample meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The meeting at a glance</source>
        <translation>The meeting at a glance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Agenda items, their people and running order</source>
        <translation>Agenda items, their people and running order</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Everyone in the meeting, with their bios</source>
        <translation>Everyone in the meeting, with their bios</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Background notes and their files</source>
        <translation>Background notes and their files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Packs</source>
        <translation>&amp;Packs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>The packs to build and what goes into each</source>
        <translation>The packs to build and what goes into each</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Problems to fix before building the packs; double-click one to go to it</source>
        <translation>Problems to fix before building the packs; double-click one to go to it</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>The last PDF pack built, with its pages, zoom and bookmarks</source>
        <translation>The last PDF pack built, with its pages, zoom and bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Add Agenda Item</source>
        <translation>&amp;Add Agenda Item</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Remove Agenda Item</source>
        <translation>&amp;Remove Agenda Item</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Add Person</source>
        <translation>&amp;Add Person</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Remove Person</source>
        <translation>&amp;Remove Person</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Add Note</source>
        <translation>&amp;Add Note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Remove Note</source>
        <translation>&amp;Remove Note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Add Pack</source>
        <translation>&amp;Add Pack</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Remove Pack</source>
        <translation>&amp;Remove Pack</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Quit {app}</source>
        <translation>Quit {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;About {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Version and licence</source>
        <translation>Version and licence</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>The language of the window</source>
        <translation>The language of the window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Build…</source>
        <translation>&amp;Build…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Build packs of this meeting (PDF, DOCX) in the background</source>
        <translation>Build packs of this meeting (PDF, DOCX) in the background</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Move &amp;Following Items…</source>
        <translation>Move &amp;Following Items…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Move the selected agenda item and the rest of its day by some minutes</source>
        <translation>Move the selected agenda item and the rest of its day by some minutes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Nothing was moved: the meeting changed while the dialog was open</source>
        <translation>Nothing was moved: the meeting changed while the dialog was open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Main tool bar</source>
        <translation>Main tool bar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="617"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="618"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Checks (%n)</source>
        <translation>
            <numerusform>Checks (%n)</numerusform>
            <numerusform>Checks (%n)</numerusform>
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
        <translation>No changes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>The meeting is saved as soon as you change something</source>
        <translation>The meeting is saved as soon as you change something</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Saving to {file}</source>
        <translation>Saving to {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Saved as a draft</source>
        <translation>Saved as a draft</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Saved in {file}; use File ▸ Save As… to keep it where you choose</source>
        <translation>Saved in {file}; use File ▸ Save As… to keep it where you choose</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Every change is saved to {file}</source>
        <translation>Every change is saved to {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>{problem}
Your changes are kept in the window: use File ▸ Save As… to save them to another file.</source>
        <translation>{problem}
Your changes are kept in the window: use File ▸ Save As… to save them to another file.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Changes could not be saved: {problem}</source>
        <translation>Changes could not be saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>{action}. Undo with {keys}.</source>
        <translation>{action}. Undo with {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: agenda, speaker bios, background notes and contacts. Works offline.</source>
        <translation>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: agenda, speaker bios, background notes and contacts. Works offline.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>MIT licence.</source>
        <translation>MIT licence.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>No packs defined yet: the full pack holds everything that is not internal</source>
        <translation>No packs defined yet: the full pack holds everything that is not internal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="968"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n pack</numerusform>
            <numerusform>%n packs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../ui/pages.py" line="65"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="66"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>Edit the selected entry; every change is saved as you make it</source>
        <translation>Edit the selected entry; every change is saved as you make it</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>The selected entry as the pack will present it</source>
        <translation>The selected entry as the pack will present it</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="119"/>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="128"/>
        <source>{page}: summary of the selected entry</source>
        <translation>{page}: summary of the selected entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="261"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>No people yet.</source>
        <translation>No people yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="281"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="286"/>
        <source>No background notes yet.</source>
        <translation>No background notes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307"/>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="313"/>
        <source>No packs yet.</source>
        <translation>No packs yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="330"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="336"/>
        <source>No problems found: the packs are ready to build.</source>
        <translation>No problems found: the packs are ready to build.</translation>
    </message>
</context>
<context>
    <name>MeetingDocument</name>
    <message>
        <location filename="../../ui/document.py" line="391"/>
        <source>the drafts folder {folder} cannot be made ({reason})</source>
        <translation>the drafts folder {folder} cannot be made ({reason})</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="78"/>
        <source>Multistakeholder consultation</source>
        <translation>Multistakeholder consultation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="79"/>
        <source>Expert meeting</source>
        <translation>Expert meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="80"/>
        <source>Working group session</source>
        <translation>Working group session</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="81"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="82"/>
        <source>Side event</source>
        <translation>Side event</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="83"/>
        <source>Panel discussion</source>
        <translation>Panel discussion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="84"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="85"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="86"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="111"/>
        <location filename="../../ui/editors/meeting.py" line="589"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="112"/>
        <source>No contacts yet. Click Add to add one.</source>
        <translation>No contacts yet. Click Add to add one.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="113"/>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="114"/>
        <source>Remove the selected contact</source>
        <translation>Remove the selected contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="115"/>
        <source>Move the selected contact up</source>
        <translation>Move the selected contact up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="116"/>
        <source>Move the selected contact down</source>
        <translation>Move the selected contact down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="117"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="118"/>
        <source>Remove contact {name}</source>
        <translation>Remove contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="119"/>
        <source>Move contact {name} up</source>
        <translation>Move contact {name} up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="120"/>
        <source>Move contact {name} down</source>
        <translation>Move contact {name} down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="121"/>
        <source>The contacts were not changed: {problem}.</source>
        <translation>The contacts were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="127"/>
        <source>Edit name of contact {name}</source>
        <translation>Edit name of contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="128"/>
        <source>The name of contact {name} was not changed: {problem}.</source>
        <translation>The name of contact {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="131"/>
        <source>A person or an office</source>
        <translation>A person or an office</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="134"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="136"/>
        <source>Edit role of contact {name}</source>
        <translation>Edit role of contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="137"/>
        <source>The role of contact {name} was not changed: {problem}.</source>
        <translation>The role of contact {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="140"/>
        <source>What to contact them about</source>
        <translation>What to contact them about</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="143"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="145"/>
        <source>Edit email of contact {name}</source>
        <translation>Edit email of contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="146"/>
        <source>The email of contact {name} was not changed: {problem}.</source>
        <translation>The email of contact {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="151"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="153"/>
        <source>Edit phone of contact {name}</source>
        <translation>Edit phone of contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="154"/>
        <source>The phone of contact {name} was not changed: {problem}.</source>
        <translation>The phone of contact {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="159"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="161"/>
        <source>Edit cc of contact {name}</source>
        <translation>Edit cc of contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="162"/>
        <source>The cc of contact {name} was not changed: {problem}.</source>
        <translation>The cc of contact {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="167"/>
        <source>Copied in (cc) on queries</source>
        <translation>Copied in (cc) on queries</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="170"/>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="178"/>
        <location filename="../../ui/editors/meeting.py" line="591"/>
        <source>Linked events</source>
        <translation>Linked events</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="179"/>
        <source>No linked events yet. Click Add to add one.</source>
        <translation>No linked events yet. Click Add to add one.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="180"/>
        <source>Add a linked event</source>
        <translation>Add a linked event</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="181"/>
        <source>Remove the selected linked event</source>
        <translation>Remove the selected linked event</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="182"/>
        <source>Move the selected linked event up</source>
        <translation>Move the selected linked event up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="183"/>
        <source>Move the selected linked event down</source>
        <translation>Move the selected linked event down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="184"/>
        <source>Add linked event</source>
        <translation>Add linked event</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="185"/>
        <source>Remove linked event {name}</source>
        <translation>Remove linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="186"/>
        <source>Move linked event {name} up</source>
        <translation>Move linked event {name} up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="187"/>
        <source>Move linked event {name} down</source>
        <translation>Move linked event {name} down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="188"/>
        <source>The linked events were not changed: {problem}.</source>
        <translation>The linked events were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="194"/>
        <location filename="../../ui/editors/meeting.py" line="275"/>
        <location filename="../../ui/editors/meeting.py" line="652"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="196"/>
        <source>Edit title of linked event {name}</source>
        <translation>Edit title of linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="197"/>
        <source>The title of linked event {name} was not changed: {problem}.</source>
        <translation>The title of linked event {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="202"/>
        <location filename="../../ui/editors/meeting.py" line="1095"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="204"/>
        <source>Edit first day of linked event {name}</source>
        <translation>Edit first day of linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="205"/>
        <source>The first day of linked event {name} was not changed: {problem}.</source>
        <translation>The first day of linked event {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="213"/>
        <location filename="../../ui/editors/meeting.py" line="1108"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="215"/>
        <source>Edit last day of linked event {name}</source>
        <translation>Edit last day of linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="216"/>
        <source>The last day of linked event {name} was not changed: {problem}.</source>
        <translation>The last day of linked event {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="224"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="226"/>
        <source>Edit relation of linked event {name}</source>
        <translation>Edit relation of linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="227"/>
        <source>The relation of linked event {name} was not changed: {problem}.</source>
        <translation>The relation of linked event {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="231"/>
        <source>How the meeting relates to the event</source>
        <translation>How the meeting relates to the event</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="234"/>
        <location filename="../../ui/editors/meeting.py" line="734"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="236"/>
        <source>Edit venue of linked event {name}</source>
        <translation>Edit venue of linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="237"/>
        <source>The venue of linked event {name} was not changed: {problem}.</source>
        <translation>The venue of linked event {name} was not changed: {problem}.</translation>
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
        <translation>Edit URL of linked event {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="245"/>
        <source>The URL of linked event {name} was not changed: {problem}.</source>
        <translation>The URL of linked event {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="248"/>
        <source>The event&apos;s web page, https://… (may be left empty)</source>
        <translation>The event&apos;s web page, https://… (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="253"/>
        <source>New linked event</source>
        <translation>New linked event</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="261"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="262"/>
        <source>No references yet. Click Add to add one.</source>
        <translation>No references yet. Click Add to add one.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="263"/>
        <source>Add a reference</source>
        <translation>Add a reference</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="264"/>
        <source>Remove the selected reference</source>
        <translation>Remove the selected reference</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="265"/>
        <source>Move the selected reference up</source>
        <translation>Move the selected reference up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="266"/>
        <source>Move the selected reference down</source>
        <translation>Move the selected reference down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="267"/>
        <source>Add reference</source>
        <translation>Add reference</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="268"/>
        <source>Remove reference {name}</source>
        <translation>Remove reference {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="269"/>
        <source>Move reference {name} up</source>
        <translation>Move reference {name} up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="270"/>
        <source>Move reference {name} down</source>
        <translation>Move reference {name} down</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="271"/>
        <source>The references were not changed: {problem}.</source>
        <translation>The references were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="277"/>
        <source>Edit title of reference {name}</source>
        <translation>Edit title of reference {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="278"/>
        <source>The title of reference {name} was not changed: {problem}.</source>
        <translation>The title of reference {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="283"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="285"/>
        <source>Edit description of reference {name}</source>
        <translation>Edit description of reference {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="286"/>
        <source>The description of reference {name} was not changed: {problem}.</source>
        <translation>The description of reference {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="294"/>
        <source>Edit URL of reference {name}</source>
        <translation>Edit URL of reference {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="295"/>
        <source>The URL of reference {name} was not changed: {problem}.</source>
        <translation>The URL of reference {name} was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="298"/>
        <source>Where to find it (may be left empty)</source>
        <translation>Where to find it (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="301"/>
        <source>New reference</source>
        <translation>New reference</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="594"/>
        <source>Further reading</source>
        <translation>Further reading</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="624"/>
        <source>The meeting</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="627"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="628"/>
        <source>S&amp;hort title:</source>
        <translation>S&amp;hort title:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="629"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="630"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="631"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="632"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="637"/>
        <source>Printed in the running header; the title is used if empty.</source>
        <translation>Printed in the running header; the title is used if empty.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="653"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="654"/>
        <source>Title of the meeting</source>
        <translation>Title of the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="658"/>
        <source>Short title</source>
        <translation>Short title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="659"/>
        <source>short title</source>
        <translation>short title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="660"/>
        <source>Shorter title for the running header</source>
        <translation>Shorter title for the running header</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="665"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="666"/>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="667"/>
        <source>Who convenes the meeting</source>
        <translation>Who convenes the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="670"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="686"/>
        <source>Meeting type</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="688"/>
        <source>Choose a type of meeting, or type your own</source>
        <translation>Choose a type of meeting, or type your own</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="690"/>
        <source>Consultation, expert meeting, workshop…</source>
        <translation>Consultation, expert meeting, workshop…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="704"/>
        <source>When and where</source>
        <translation>When and where</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="707"/>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="708"/>
        <source>Last &amp;day:</source>
        <translation>Last &amp;day:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="709"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="710"/>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="711"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="712"/>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="713"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="714"/>
        <source>Cou&amp;ntry:</source>
        <translation>Cou&amp;ntry:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="735"/>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="736"/>
        <source>Building or site</source>
        <translation>Building or site</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="740"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="741"/>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="742"/>
        <source>Room or hall</source>
        <translation>Room or hall</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="766"/>
        <source>Concept note</source>
        <translation>Concept note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="770"/>
        <source>Plain text, printed as typed. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>Plain text, printed as typed. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="917"/>
        <source>meeting type</source>
        <translation>meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="918"/>
        <source>Edit meeting type of {title}</source>
        <translation>Edit meeting type of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="951"/>
        <source>the last day ({last}) would come before the first day ({first})</source>
        <translation>the last day ({last}) would come before the first day ({first})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="964"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="965"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="969"/>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="985"/>
        <source>Set logo {file}</source>
        <translation>Set logo {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="986"/>
        <location filename="../../ui/editors/meeting.py" line="1014"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="990"/>
        <source>The logo was not changed: {problem}.</source>
        <translation>The logo was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1001"/>
        <source>The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.</source>
        <translation>The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1013"/>
        <source>Remove logo {file}</source>
        <translation>Remove logo {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1028"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1029"/>
        <source>Edit language of {title}</source>
        <translation>Edit language of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1041"/>
        <source>The language was not changed: no language code was given; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>The language was not changed: no language code was given; type a code such as ‘de’ or ‘pt-BR’.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1046"/>
        <source>The language was not changed: ‘{code}’ is not a language code; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>The language was not changed: ‘{code}’ is not a language code; type a code such as ‘de’ or ‘pt-BR’.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1059"/>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1061"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1062"/>
        <source>background</source>
        <translation>background</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1063"/>
        <source>Why the meeting is held: the context, the issues</source>
        <translation>Why the meeting is held: the context, the issues</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1067"/>
        <source>&amp;Aims:</source>
        <translation>&amp;Aims:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1069"/>
        <source>Aims</source>
        <translation>Aims</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1070"/>
        <source>aims</source>
        <translation>aims</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1071"/>
        <source>What the meeting is to achieve</source>
        <translation>What the meeting is to achieve</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1075"/>
        <source>Logisti&amp;cs:</source>
        <translation>Logisti&amp;cs:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1077"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1078"/>
        <source>logistics</source>
        <translation>logistics</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1079"/>
        <source>Registration, badges, interpretation, coffee…</source>
        <translation>Registration, badges, interpretation, coffee…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1083"/>
        <source>Ac&amp;knowledgements:</source>
        <translation>Ac&amp;knowledgements:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1085"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1086"/>
        <source>acknowledgements</source>
        <translation>acknowledgements</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1087"/>
        <source>Sponsors and partners to thank</source>
        <translation>Sponsors and partners to thank</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1096"/>
        <source>First day is set</source>
        <translation>First day is set</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1097"/>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1098"/>
        <source>Untick if there is no date yet</source>
        <translation>Untick if there is no date yet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1099"/>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1100"/>
        <source>Edit first day of {title}</source>
        <translation>Edit first day of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1101"/>
        <source>Clear first day of {title}</source>
        <translation>Clear first day of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1102"/>
        <source>The first day was not changed: {problem}.</source>
        <translation>The first day was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1109"/>
        <source>Last day is set</source>
        <translation>Last day is set</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1110"/>
        <source>One-day meeting</source>
        <translation>One-day meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1111"/>
        <source>Untick for a one-day meeting</source>
        <translation>Untick for a one-day meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1112"/>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1113"/>
        <source>Edit last day of {title}</source>
        <translation>Edit last day of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1114"/>
        <source>Clear last day of {title}</source>
        <translation>Clear last day of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1115"/>
        <source>The last day was not changed: {problem}.</source>
        <translation>The last day was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1121"/>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1122"/>
        <source>Start time is set</source>
        <translation>Start time is set</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1123"/>
        <location filename="../../ui/editors/meeting.py" line="1136"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1124"/>
        <source>Untick if the start is not known</source>
        <translation>Untick if the start is not known</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1125"/>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1126"/>
        <source>Edit start time of {title}</source>
        <translation>Edit start time of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1127"/>
        <source>Clear start time of {title}</source>
        <translation>Clear start time of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1128"/>
        <source>The start time was not changed: {problem}.</source>
        <translation>The start time was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1134"/>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1135"/>
        <source>End time is set</source>
        <translation>End time is set</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1137"/>
        <source>Untick if the end is not known</source>
        <translation>Untick if the end is not known</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1138"/>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1139"/>
        <source>Edit end time of {title}</source>
        <translation>Edit end time of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1140"/>
        <source>Clear end time of {title}</source>
        <translation>Clear end time of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1141"/>
        <source>The end time was not changed: {problem}.</source>
        <translation>The end time was not changed: {problem}.</translation>
    </message>
</context>
<context>
    <name>MinutesSpinBox</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="449"/>
        <source>none</source>
        <translation>none</translation>
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
        <translation>Move {title} by {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="51"/>
        <source>Move %n items by {minutes}</source>
        <translation>
            <numerusform>Move %n item by {minutes}</numerusform>
            <numerusform>Move %n items by {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="61"/>
        <source>Move {title} by {minutes}</source>
        <comment>button</comment>
        <translation>Move {title} by {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="64"/>
        <source>Move %n items by {minutes}</source>
        <comment>button</comment>
        <translation>
            <numerusform>Move %n item by {minutes}</numerusform>
            <numerusform>Move %n items by {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="92"/>
        <source>Move Following Items</source>
        <translation>Move Following Items</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="101"/>
        <source>Move {title} and every item after it the same day, in every room, keeping their lengths. A negative number moves them earlier.</source>
        <translation>Move {title} and every item after it the same day, in every room, keeping their lengths. A negative number moves them earlier.</translation>
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
        <translation>Minutes to move by</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="120"/>
        <source>&amp;Include the selected item</source>
        <translation>&amp;Include the selected item</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="124"/>
        <source>Untick to move only what comes after it (when the selected item runs longer)</source>
        <translation>Untick to move only what comes after it (when the selected item runs longer)</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="130"/>
        <source>What will move</source>
        <translation>What will move</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="146"/>
        <source>&amp;Move by:</source>
        <translation>&amp;Move by:</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="168"/>
        <source>Cannot move: {problem}.</source>
        <translation>Cannot move: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="184"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="191"/>
        <source>Nothing moves by 0 min.</source>
        <translation>Nothing moves by 0 min.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="193"/>
        <source>No item follows it that day.</source>
        <translation>No item follows it that day.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="195"/>
        <source>What will move (%n item(s)):</source>
        <translation>
            <numerusform>What will move (%n item):</numerusform>
            <numerusform>What will move (%n items):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="217"/>
        <source>{moved} and %n more</source>
        <translation>
            <numerusform>{moved} and %n more</numerusform>
            <numerusform>{moved} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="220"/>
        <source>Moved %n item(s) by {minutes}: {moved}</source>
        <translation>
            <numerusform>Moved %n item by {minutes}: {moved}</numerusform>
            <numerusform>Moved %n items by {minutes}: {moved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/text.py" line="286"/>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="287"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="288"/>
        <source>Markdown text</source>
        <translation>Markdown text</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="289"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="55"/>
        <source>Note files</source>
        <translation>Note files</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="58"/>
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="59"/>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="60"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="61"/>
        <source>Text files</source>
        <translation>Text files</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="62"/>
        <location filename="../../ui/editors/note.py" line="439"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="66"/>
        <source>A blank line starts a new paragraph; a line starting with “- ” is a bullet point. Everything else prints exactly as typed. For headings and emphasis, attach a Markdown (.md) file.</source>
        <translation>A blank line starts a new paragraph; a line starting with “- ” is a bullet point. Everything else prints exactly as typed. For headings and emphasis, attach a Markdown (.md) file.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="72"/>
        <source>Tick the sessions this note is for: it also goes into their per-session packs.</source>
        <translation>Tick the sessions this note is for: it also goes into their per-session packs.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="111"/>
        <source>Title of the note, as printed</source>
        <translation>Title of the note, as printed</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="112"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="115"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="119"/>
        <source>&amp;Internal (never in packs for participants)</source>
        <translation>&amp;Internal (never in packs for participants)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="121"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="123"/>
        <source>An internal note goes only into packs that include internal notes</source>
        <translation>An internal note goes only into packs that include internal notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="155"/>
        <source>Sessions of this note</source>
        <translation>Sessions of this note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="158"/>
        <source>The agenda has no items yet.</source>
        <translation>The agenda has no items yet.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="162"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="173"/>
        <source>The note&apos;s own text, as it should appear in the pack</source>
        <translation>The note&apos;s own text, as it should appear in the pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="175"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="183"/>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="196"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="197"/>
        <source>Use a DOCX, PDF, Markdown or text file as this note</source>
        <translation>Use a DOCX, PDF, Markdown or text file as this note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="203"/>
        <source>Replace file…</source>
        <translation>Replace file…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="204"/>
        <source>Put another file in place of this one</source>
        <translation>Put another file in place of this one</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="209"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="210"/>
        <source>Save the note&apos;s file somewhere on this computer</source>
        <translation>Save the note&apos;s file somewhere on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="215"/>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="216"/>
        <source>Remove the file from the note; the note keeps its own text</source>
        <translation>Remove the file from the note; the note keeps its own text</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="228"/>
        <source>a DOCX, PDF, Markdown or text file, or write the note below.</source>
        <comment>after the Attach file… button</comment>
        <translation>a DOCX, PDF, Markdown or text file, or write the note below.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="247"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="252"/>
        <source>File format and size</source>
        <translation>File format and size</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="333"/>
        <source>Text printed &amp;before the file (optional):</source>
        <translation>Text printed &amp;before the file (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="335"/>
        <source>&amp;Text of the note:</source>
        <translation>&amp;Text of the note:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="354"/>
        <source>Mark {title} internal</source>
        <translation>Mark {title} internal</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="356"/>
        <source>Mark {title} for participants</source>
        <translation>Mark {title} for participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="360"/>
        <source>internal flag</source>
        <translation>internal flag</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="374"/>
        <source>Link {note} to {item}</source>
        <translation>Link {note} to {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="376"/>
        <source>Unlink {note} from {item}</source>
        <translation>Unlink {note} from {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="380"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="395"/>
        <source>Choose the note&apos;s file</source>
        <translation>Choose the note&apos;s file</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="409"/>
        <source>The file was not changed: {problem}.</source>
        <translation>The file was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="413"/>
        <source>Replace file of {title}</source>
        <translation>Replace file of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="415"/>
        <source>Attach file to {title}</source>
        <translation>Attach file to {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="419"/>
        <location filename="../../ui/editors/note.py" line="430"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="429"/>
        <source>Remove file of {title}</source>
        <translation>Remove file of {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="442"/>
        <source>Save a copy of the note&apos;s file</source>
        <translation>Save a copy of the note&apos;s file</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="456"/>
        <source>The copy was not saved: {file} cannot be written ({reason}).</source>
        <translation>The copy was not saved: {file} cannot be written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="463"/>
        <source>Saved a copy of {file} as {path}</source>
        <translation>Saved a copy of {file} as {path}</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="560"/>
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="571"/>
        <source>For: {sessions}</source>
        <translation>For: {sessions}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/models.py" line="275"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="276"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="277"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="294"/>
        <source>internal</source>
        <translation>internal</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="84"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="87"/>
        <source>Meeting summary</source>
        <translation>Meeting summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="93"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="95"/>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="96"/>
        <source>Bios</source>
        <translation>Bios</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="97"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="101"/>
        <source>&amp;Agenda items</source>
        <translation>&amp;Agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="102"/>
        <source>&amp;Bios</source>
        <translation>&amp;Bios</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="103"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="107"/>
        <source>Full pack</source>
        <translation>Full pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="108"/>
        <source>One pack per session (moderator briefs)</source>
        <translation>One pack per session (moderator briefs)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="113"/>
        <source>Order of appearance</source>
        <translation>Order of appearance</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="114"/>
        <source>Alphabetical</source>
        <translation>Alphabetical</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="118"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="125"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="129"/>
        <source>For participants only</source>
        <translation>For participants only</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="130"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="131"/>
        <source>Internal — not for distribution</source>
        <translation>Internal — not for distribution</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="132"/>
        <source>Draft — not for circulation</source>
        <translation>Draft — not for circulation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="135"/>
        <source>Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack&apos;s running header and footer fit around it. Untick for notes whose margins are free: their pages keep their full size and the header and footer are printed in those margins.</source>
        <translation>Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack&apos;s running header and footer fit around it. Untick for notes whose margins are free: their pages keep their full size and the header and footer are printed in those margins.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="176"/>
        <source>{first} and {last}</source>
        <extracomment>two or more formats, e.g. &quot;PDF and DOCX&quot;; {first} may be a list itself.</extracomment>
        <translation>{first} and {last}</translation>
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
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="186"/>
        <source>%n bio(s)</source>
        <translation>
            <numerusform>%n bio</numerusform>
            <numerusform>%n bios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="187"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="192"/>
        <source>One pack per session</source>
        <translation>One pack per session</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="205"/>
        <source>{hint} People in none of the chosen agenda items are in italics.</source>
        <extracomment>{hint} says how the pack orders the ticked bios.</extracomment>
        <translation>{hint} People in none of the chosen agenda items are in italics.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="214"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, sorted by surname; the ticks here are not used.</source>
        <translation>Each session&apos;s pack has the bios of that session&apos;s people, sorted by surname; the ticks here are not used.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="219"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, in the order they appear in it; the ticks here are not used.</source>
        <translation>Each session&apos;s pack has the bios of that session&apos;s people, in the order they appear in it; the ticks here are not used.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="225"/>
        <source>Alphabetical: the pack sorts the ticked bios by surname (the last word of the name); the order of this list is not used.</source>
        <translation>Alphabetical: the pack sorts the ticked bios by surname (the last word of the name); the order of this list is not used.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="230"/>
        <source>Order of appearance: the pack prints the ticked bios in this list&apos;s order, which starts as the order people first appear in the agenda; move a name to change it.</source>
        <translation>Order of appearance: the pack prints the ticked bios in this list&apos;s order, which starts as the order people first appear in the agenda; move a name to change it.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="238"/>
        <source>The programme and the session pages follow the ticked items in this order; a newly ticked item goes to its place in the agenda.</source>
        <translation>The programme and the session pages follow the ticked items in this order; a newly ticked item goes to its place in the agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="243"/>
        <source>One pack for each ticked item that has people in it (for every such item when none is ticked); each lists the ticked items of its day in its programme.</source>
        <translation>One pack for each ticked item that has people in it (for every such item when none is ticked); each lists the ticked items of its day in its programme.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="250"/>
        <source>The pack has the ticked notes in this order, internal ones too. ‘Include internal notes’ concerns the packs made per session.</source>
        <translation>The pack has the ticked notes in this order, internal ones too. ‘Include internal notes’ concerns the packs made per session.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="255"/>
        <source>Each session&apos;s pack has that session&apos;s notes that are ticked here (all of them when none is ticked), in the meeting&apos;s order; internal ones only when included below.</source>
        <translation>Each session&apos;s pack has that session&apos;s notes that are ticked here (all of them when none is ticked), in the meeting&apos;s order; internal ones only when included below.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="262"/>
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>The agenda is empty: add items on the Agenda page.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="263"/>
        <source>The meeting has no people yet: add them on the People page.</source>
        <translation>The meeting has no people yet: add them on the People page.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="266"/>
        <source>The meeting has no background notes yet: add them on the Notes page.</source>
        <translation>The meeting has no background notes yet: add them on the Notes page.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="741"/>
        <source>Contents of the pack</source>
        <translation>Contents of the pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="750"/>
        <source>What the pack holds</source>
        <translation>What the pack holds</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>e.g. Full pack</source>
        <translation>e.g. Full pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="765"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="767"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="769"/>
        <source>One full pack, or one pack per session for its moderator and speakers</source>
        <translation>One full pack, or one pack per session for its moderator and speakers</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="780"/>
        <source>Build as {format}</source>
        <translation>Build as {format}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="787"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="790"/>
        <source>S&amp;hrink merged PDF pages to fit the header and footer</source>
        <translation>S&amp;hrink merged PDF pages to fit the header and footer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="792"/>
        <source>Shrink merged PDF pages</source>
        <translation>Shrink merged PDF pages</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="797"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="799"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="800"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="801"/>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="802"/>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;r:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="810"/>
        <source>Include a list of par&amp;ticipants</source>
        <translation>Include a list of par&amp;ticipants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="813"/>
        <source>Include a list of participants</source>
        <translation>Include a list of participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="816"/>
        <source>A “List of participants” section: everyone in the meeting, grouped by category</source>
        <translation>A “List of participants” section: everyone in the meeting, grouped by category</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="822"/>
        <source>Show participants&apos; &amp;emails</source>
        <translation>Show participants&apos; &amp;emails</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="823"/>
        <source>Show participants&apos; emails</source>
        <translation>Show participants&apos; emails</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="825"/>
        <source>Whether the list of participants gives each one&apos;s email</source>
        <translation>Whether the list of participants gives each one&apos;s email</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="850"/>
        <source>Distribution mark</source>
        <translation>Distribution mark</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="852"/>
        <source>Printed on the cover, e.g. “For participants only”</source>
        <translation>Printed on the cover, e.g. “For participants only”</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="855"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="859"/>
        <source>Edit distribution mark of {pack}</source>
        <translation>Edit distribution mark of {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="860"/>
        <location filename="../../ui/editors/pack.py" line="1203"/>
        <source>The distribution mark was not changed: {problem}.</source>
        <translation>The distribution mark was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="864"/>
        <source>e.g. Draft 3, 28 November 2017</source>
        <translation>e.g. Draft 3, 28 November 2017</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="865"/>
        <source>Version or status line</source>
        <translation>Version or status line</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="868"/>
        <source>Printed on the cover under the pack&apos;s name</source>
        <translation>Printed on the cover under the pack&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="873"/>
        <source>Edit version line of {pack}</source>
        <translation>Edit version line of {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="874"/>
        <source>The version line was not changed: {problem}.</source>
        <translation>The version line was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="876"/>
        <source>Cover sheet</source>
        <translation>Cover sheet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="878"/>
        <source>Distribution &amp;mark:</source>
        <translation>Distribution &amp;mark:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="879"/>
        <source>&amp;Version line:</source>
        <translation>&amp;Version line:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="899"/>
        <location filename="../../ui/editors/pack.py" line="907"/>
        <source>Only people in the chosen items</source>
        <translation>Only people in the chosen items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="902"/>
        <source>Tick exactly the people who have a role in the chosen agenda items</source>
        <translation>Tick exactly the people who have a role in the chosen agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="911"/>
        <source>Bio order</source>
        <translation>Bio order</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="913"/>
        <source>Bio &amp;order:</source>
        <translation>Bio &amp;order:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="914"/>
        <source>Include &amp;internal notes</source>
        <translation>Include &amp;internal notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="915"/>
        <source>Include internal notes</source>
        <translation>Include internal notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="917"/>
        <source>Whether the packs made per session include their sessions&apos; internal notes</source>
        <translation>Whether the packs made per session include their sessions&apos; internal notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1008"/>
        <source>{list} ({chosen} of {total})</source>
        <extracomment>a tab&apos;s title with how many of the list&apos;s entries the pack holds.</extracomment>
        <translation>{list} ({chosen} of {total})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1043"/>
        <source>Rename pack {pack}</source>
        <translation>Rename pack {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1097"/>
        <source>Set kind of {pack} to full pack</source>
        <translation>Set kind of {pack} to full pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1099"/>
        <source>Set kind of {pack} to one pack per session</source>
        <translation>Set kind of {pack} to one pack per session</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1100"/>
        <source>The kind was not changed: {problem}.</source>
        <translation>The kind was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1111"/>
        <source>Set formats of {pack} to {formats}</source>
        <translation>Set formats of {pack} to {formats}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1114"/>
        <source>The formats were not changed: {problem}.</source>
        <translation>The formats were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1119"/>
        <source>Set paper of {pack} to {paper}</source>
        <translation>Set paper of {pack} to {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1122"/>
        <source>The paper was not changed: {problem}.</source>
        <translation>The paper was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1127"/>
        <source>Shrink merged PDF pages of {pack}</source>
        <translation>Shrink merged PDF pages of {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1129"/>
        <source>Stamp merged PDF pages of {pack} without shrinking</source>
        <translation>Stamp merged PDF pages of {pack} without shrinking</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1131"/>
        <source>The merged pages were not changed: {problem}.</source>
        <translation>The merged pages were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1141"/>
        <source>Include a list of participants in {pack}</source>
        <translation>Include a list of participants in {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1143"/>
        <source>Leave the list of participants out of {pack}</source>
        <translation>Leave the list of participants out of {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1145"/>
        <source>The list of participants was not changed: {problem}.</source>
        <translation>The list of participants was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1155"/>
        <source>Show participants&apos; emails in {pack}</source>
        <translation>Show participants&apos; emails in {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1157"/>
        <source>Leave participants&apos; emails out of {pack}</source>
        <translation>Leave participants&apos; emails out of {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1159"/>
        <source>The participants&apos; emails were not changed: {problem}.</source>
        <translation>The participants&apos; emails were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1170"/>
        <source>Set bio order of {pack} to alphabetical</source>
        <translation>Set bio order of {pack} to alphabetical</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1172"/>
        <source>Set bio order of {pack} to order of appearance</source>
        <translation>Set bio order of {pack} to order of appearance</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1173"/>
        <source>The bio order was not changed: {problem}.</source>
        <translation>The bio order was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1182"/>
        <source>Include internal notes in {pack}</source>
        <translation>Include internal notes in {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1184"/>
        <source>Leave internal notes out of {pack}</source>
        <translation>Leave internal notes out of {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1186"/>
        <source>The internal notes were not changed: {problem}.</source>
        <translation>The internal notes were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1200"/>
        <source>Set distribution mark of {pack} to {mark}</source>
        <translation>Set distribution mark of {pack} to {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1202"/>
        <source>Set distribution mark of {pack} to none</source>
        <translation>Set distribution mark of {pack} to none</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1218"/>
        <source>Add {entry} to {pack}</source>
        <translation>Add {entry} to {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1220"/>
        <source>Remove {entry} from {pack}</source>
        <translation>Remove {entry} from {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1231"/>
        <source>Move {entry} up in {pack}</source>
        <translation>Move {entry} up in {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1233"/>
        <source>Move {entry} down in {pack}</source>
        <translation>Move {entry} down in {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1271"/>
        <source>Set bios of {pack} to the people in its agenda items</source>
        <translation>Set bios of {pack} to the people in its agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1290"/>
        <source>Select all agenda items</source>
        <translation>Select all agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1291"/>
        <source>Select no agenda items</source>
        <translation>Select no agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1292"/>
        <source>How the pack uses the agenda items</source>
        <translation>How the pack uses the agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1296"/>
        <source>Select all bios</source>
        <translation>Select all bios</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1297"/>
        <source>Select no bios</source>
        <translation>Select no bios</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1298"/>
        <source>How the pack uses the bios</source>
        <translation>How the pack uses the bios</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1301"/>
        <source>Select all notes</source>
        <translation>Select all notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1302"/>
        <source>Select no notes</source>
        <translation>Select no notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1303"/>
        <source>How the pack uses the notes</source>
        <translation>How the pack uses the notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1310"/>
        <source>Add all agenda items to {pack}</source>
        <translation>Add all agenda items to {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1311"/>
        <source>Remove all agenda items from {pack}</source>
        <translation>Remove all agenda items from {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1312"/>
        <source>Add all bios to {pack}</source>
        <translation>Add all bios to {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1313"/>
        <source>Remove all bios from {pack}</source>
        <translation>Remove all bios from {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1314"/>
        <source>Add all notes to {pack}</source>
        <translation>Add all notes to {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1315"/>
        <source>Remove all notes from {pack}</source>
        <translation>Remove all notes from {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1323"/>
        <source>The agenda items were not changed: {problem}.</source>
        <translation>The agenda items were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1325"/>
        <source>The bios were not changed: {problem}.</source>
        <translation>The bios were not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1326"/>
        <source>The notes were not changed: {problem}.</source>
        <translation>The notes were not changed: {problem}.</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/models.py" line="304"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="305"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="306"/>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="307"/>
        <source>Bios</source>
        <translation>Bios</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="309"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="321"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="322"/>
        <source>Role</source>
        <translation>Role</translation>
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
        <translation>The PDF files are encrypted (AES-256); the DOCX files are not protected.
The open password is asked for to open them. Without the owner password,
readers may print them and copy their text, but not change or annotate them.
Give either or both. They serve this build only and are never saved: keep them safe.</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="36"/>
        <source>Asked for to open the PDF files; left empty, anyone can open them</source>
        <translation>Asked for to open the PDF files; left empty, anyone can open them</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="39"/>
        <source>Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them may do anything</source>
        <translation>Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them may do anything</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="67"/>
        <source>Res&amp;trict the PDF pack with passwords</source>
        <translation>Res&amp;trict the PDF pack with passwords</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="72"/>
        <source>Encrypt the PDF packs of this build with an open and/or owner password</source>
        <translation>Encrypt the PDF packs of this build with an open and/or owner password</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="78"/>
        <source>Open password</source>
        <translation>Open password</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="81"/>
        <source>Owner password</source>
        <translation>Owner password</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="83"/>
        <source>S&amp;how passwords</source>
        <translation>S&amp;how passwords</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="85"/>
        <source>Show the passwords as typed, to check them</source>
        <translation>Show the passwords as typed, to check them</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="98"/>
        <source>Ope&amp;n password:</source>
        <translation>Ope&amp;n password:</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="99"/>
        <source>O&amp;wner password:</source>
        <translation>O&amp;wner password:</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="124"/>
        <source>Type an open password, an owner password or both, or untick ‘Restrict the PDF pack with passwords’.</source>
        <translation>Type an open password, an owner password or both, or untick ‘Restrict the PDF pack with passwords’.</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="132"/>
        <source>The {field} {problem}.</source>
        <translation>The {field} {problem}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="36"/>
        <source>Cannot preview {file}: the file does not exist.

{path}</source>
        <translation>Cannot preview {file}: the file does not exist.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="39"/>
        <source>Cannot preview {file}: the file is not a PDF, or is damaged.

{path}</source>
        <translation>Cannot preview {file}: the file is not a PDF, or is damaged.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="42"/>
        <source>Cannot preview {file}: the file is protected by a password.

{path}</source>
        <translation>Cannot preview {file}: the file is protected by a password.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="45"/>
        <source>Cannot preview {file}: the file is encrypted in a way not supported.

{path}</source>
        <translation>Cannot preview {file}: the file is encrypted in a way not supported.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="49"/>
        <source>Cannot preview {file}: the file could not be read yet.

{path}</source>
        <translation>Cannot preview {file}: the file could not be read yet.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="53"/>
        <source>Cannot preview {file}: the file could not be opened.

{path}</source>
        <translation>Cannot preview {file}: the file could not be opened.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="57"/>
        <source>No PDF to preview yet. Build a pack in PDF to see it here.</source>
        <translation>No PDF to preview yet. Build a pack in PDF to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="73"/>
        <source>PDF pages</source>
        <translation>PDF pages</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="81"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="83"/>
        <source>The pack&apos;s bookmarks: click one to go to its page</source>
        <translation>The pack&apos;s bookmarks: click one to go to its page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="96"/>
        <source>Preview message</source>
        <translation>Preview message</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="302"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="313"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="314"/>
        <source>Go to the previous page</source>
        <translation>Go to the previous page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="320"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="321"/>
        <source>Go to the next page</source>
        <translation>Go to the next page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="327"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="328"/>
        <source>Show the pages smaller</source>
        <translation>Show the pages smaller</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="334"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="335"/>
        <source>Show the pages larger</source>
        <translation>Show the pages larger</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="341"/>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="342"/>
        <source>Show the pages at their actual size</source>
        <translation>Show the pages at their actual size</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="348"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="349"/>
        <source>Fit the page width to the window</source>
        <translation>Fit the page width to the window</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="356"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="357"/>
        <source>Show whole pages in the window</source>
        <translation>Show whole pages in the window</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="384"/>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="386"/>
        <source>The page shown: type a number to go to that page</source>
        <translation>The page shown: type a number to go to that page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="396"/>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="397"/>
        <source>How large the pages are shown</source>
        <translation>How large the pages are shown</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="519"/>
        <source> of {count}</source>
        <translation> of {count}</translation>
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
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="66"/>
        <location filename="../../ui/people_import.py" line="446"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="67"/>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="68"/>
        <location filename="../../ui/people_import.py" line="447"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="69"/>
        <location filename="../../ui/people_import.py" line="448"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="70"/>
        <location filename="../../ui/people_import.py" line="449"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="71"/>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="72"/>
        <location filename="../../ui/people_import.py" line="450"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="73"/>
        <location filename="../../ui/people_import.py" line="451"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="155"/>
        <source>Import people — {file}</source>
        <translation>Import people — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="209"/>
        <source>&amp;Columns of the file</source>
        <translation>&amp;Columns of the file</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="212"/>
        <source>Choose what each column holds; the lists on the right follow.</source>
        <translation>Choose what each column holds; the lists on the right follow.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="220"/>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="223"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="224"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="225"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="252"/>
        <source>(column {number})</source>
        <translation>(column {number})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="259"/>
        <source>Imported as, for column {column}</source>
        <translation>Imported as, for column {column}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="295"/>
        <source>Choose which column holds the names: Full name, or First name and Last name.</source>
        <translation>Choose which column holds the names: Full name, or First name and Last name.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="344"/>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="404"/>
        <source>&amp;Tick all</source>
        <translation>&amp;Tick all</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="405"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="444"/>
        <source>New people</source>
        <translation>New people</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="452"/>
        <location filename="../../ui/people_import.py" line="461"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="456"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="458"/>
        <source>Person and field</source>
        <translation>Person and field</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="459"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="460"/>
        <source>From the file</source>
        <translation>From the file</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="466"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="489"/>
        <source>&amp;New people ({count})</source>
        <translation>&amp;New people ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="492"/>
        <source>C&amp;hanges ({count})</source>
        <translation>C&amp;hanges ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="495"/>
        <source>P&amp;roblems ({count})</source>
        <translation>P&amp;roblems ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="505"/>
        <source>From {file} (read as {format}), %n row(s): {problem}</source>
        <translation>
            <numerusform>From {file} (read as {format}), %n row: {problem}</numerusform>
            <numerusform>From {file} (read as {format}), %n rows: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="513"/>
        <source>From {file} (read as {format}), %n row(s): {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</source>
        <translation>
            <numerusform>From {file} (read as {format}), %n row: {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</numerusform>
            <numerusform>From {file} (read as {format}), %n rows: {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="524"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="525"/>
        <source>%n person(s) with changes</source>
        <translation>
            <numerusform>%n person with changes</numerusform>
            <numerusform>%n people with changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="526"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="534"/>
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform>
            <numerusform>&amp;Apply %n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="536"/>
        <source>Nothing to apply</source>
        <translation>Nothing to apply</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="541"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models.py" line="251"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="253"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="254"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="255"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/editors/person.py" line="59"/>
        <source>Mr.</source>
        <translation>Mr.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="60"/>
        <source>Ms.</source>
        <translation>Ms.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="61"/>
        <source>Mrs.</source>
        <translation>Mrs.</translation>
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
        <translation>H.E.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="65"/>
        <source>H.E. Mr.</source>
        <translation>H.E. Mr.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="66"/>
        <source>H.E. Ms.</source>
        <translation>H.E. Ms.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="72"/>
        <source>This bio is a placeholder. Replace it with the person&apos;s real bio before the pack is sent.</source>
        <translation>This bio is a placeholder. Replace it with the person&apos;s real bio before the pack is sent.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="102"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="103"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="111"/>
        <source>{role} in {title}</source>
        <extracomment>a person&apos;s role in an agenda item, e.g. &quot;Moderator in ‘Session 2’&quot;.</extracomment>
        <translation>{role} in {title}</translation>
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
        <translation>Not in the agenda yet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="137"/>
        <source>Photo:</source>
        <translation>Photo:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="141"/>
        <source>Appears in</source>
        <translation>Appears in</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="142"/>
        <source>Appears in:</source>
        <translation>Appears in:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="152"/>
        <source>Full name, as printed</source>
        <translation>Full name, as printed</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="154"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="158"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Honorific:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="160"/>
        <source>e.g. Senior Advisor</source>
        <translation>e.g. Senior Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="162"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="164"/>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="166"/>
        <source>e.g. International Service for Human Rights</source>
        <translation>e.g. International Service for Human Rights</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="168"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="170"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="172"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="174"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="176"/>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="178"/>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="182"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="184"/>
        <source>Whom the person represents, as a list of participants groups them</source>
        <translation>Whom the person represents, as a list of participants groups them</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="196"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="216"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="218"/>
        <source>The country the person represents or comes from: a name or a code</source>
        <translation>The country the person represents or comes from: a name or a code</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="222"/>
        <location filename="../../ui/editors/person.py" line="279"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="237"/>
        <source>The country was not changed: {name} is not a country name or code the app knows; choose one from the list.</source>
        <translation>The country was not changed: {name} is not a country name or code the app knows; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="246"/>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="274"/>
        <source>Honorific</source>
        <translation>Honorific</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="276"/>
        <source>Mr., Ms., Dr., H.E. … or any other form of address</source>
        <translation>Mr., Ms., Dr., H.E. … or any other form of address</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="280"/>
        <location filename="../../ui/editors/person.py" line="290"/>
        <source>honorific</source>
        <translation>honorific</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="301"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="305"/>
        <source>Photo file</source>
        <translation>Photo file</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="308"/>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="309"/>
        <source>Choose a PNG, JPEG or GIF photo of this person</source>
        <translation>Choose a PNG, JPEG or GIF photo of this person</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="316"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="317"/>
        <source>Remove this person&apos;s photo from the meeting</source>
        <translation>Remove this person&apos;s photo from the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="345"/>
        <source>The person&apos;s bio, as it should appear in the pack</source>
        <translation>The person&apos;s bio, as it should appear in the pack</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="349"/>
        <source>bio</source>
        <translation>bio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="354"/>
        <source>Word count of the bio</source>
        <translation>Word count of the bio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="357"/>
        <source>&amp;Bio</source>
        <translation>&amp;Bio</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="368"/>
        <source>Placeholder warning</source>
        <translation>Placeholder warning</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="429"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="435"/>
        <source>Cannot show this image</source>
        <translation>Cannot show this image</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/person.py" line="454"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="463"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="475"/>
        <source>The photo was not changed: {problem}.</source>
        <translation>The photo was not changed: {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="478"/>
        <source>Set photo of {name}</source>
        <translation>Set photo of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="483"/>
        <source>Remove photo of {name}</source>
        <translation>Remove photo of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="492"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>System language ({language})</source>
        <translation>System language ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>A new language applies the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>RunningOrderModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="349"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="350"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="351"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="280"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="284"/>
        <source>Filter by command or key</source>
        <translation>Filter by command or key</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="286"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="307"/>
        <source>Lists, text fields and the Preview page have keys of their own, described in the User Guide.</source>
        <translation>Lists, text fields and the Preview page have keys of their own, described in the User Guide.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="358"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>No shortcut matches “{text}”.</translation>
    </message>
</context>
<context>
    <name>TupleTable</name>
    <message>
        <location filename="../../ui/editors/tables.py" line="156"/>
        <source>‘{text}’ is not a date; write it like {example}</source>
        <translation>‘{text}’ is not a date; write it like {example}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="546"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="552"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="558"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="564"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help.py" line="154"/>
        <source>User Guide</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="159"/>
        <source>User guide page</source>
        <translation>User guide page</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="169"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="176"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="183"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>rich</name>
    <message>
        <location filename="../../ui/rich.py" line="367"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="368"/>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="369"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="377"/>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="381"/>
        <source>Double-click the finding (or press Enter) to go to what it concerns.</source>
        <translation>Double-click the finding (or press Enter) to go to what it concerns.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="114"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="115"/>
        <source>Aims</source>
        <translation>Aims</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="117"/>
        <source>Linked events</source>
        <translation>Linked events</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="121"/>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="124"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="127"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="136"/>
        <source>Short title</source>
        <translation>Short title</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="137"/>
        <location filename="../../ui/rich.py" line="212"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="138"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="139"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="190"/>
        <source>Nobody has a role in this item yet.</source>
        <translation>Nobody has a role in this item yet.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="194"/>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="196"/>
        <location filename="../../ui/rich.py" line="335"/>
        <source>Background notes</source>
        <translation>Background notes</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="211"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="213"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="214"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="244"/>
        <source>{role} — {item} ({time})</source>
        <translation>{role} — {item} ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="260"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="262"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="268"/>
        <source>Bio</source>
        <translation>Bio</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="271"/>
        <source>No bio yet.</source>
        <translation>No bio yet.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="273"/>
        <source>In the agenda</source>
        <translation>In the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="289"/>
        <source>yes: left out of packs that leave out internal notes</source>
        <translation>yes: left out of packs that leave out internal notes</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="295"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="296"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="297"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="298"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="299"/>
        <source>Internal</source>
        <translation>Internal</translation>
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
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="331"/>
        <source>Bios</source>
        <translation>Bios</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="352"/>
        <location filename="../../ui/rich.py" line="357"/>
        <source>None.</source>
        <translation>None.</translation>
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
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="60"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="64"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="65"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="66"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="71"/>
        <source>bios in order of appearance</source>
        <translation>bios in order of appearance</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="72"/>
        <source>bios in alphabetical order</source>
        <translation>bios in alphabetical order</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="82"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="83"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="84"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
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
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>One per session</source>
        <translation>One per session</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>internal notes included</source>
        <translation>internal notes included</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>internal notes left out</source>
        <translation>internal notes left out</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="218"/>
        <source>list of participants</source>
        <translation>list of participants</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="219"/>
        <source>list of participants without emails</source>
        <translation>list of participants without emails</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="226"/>
        <source>“{mark}”</source>
        <translation>“{mark}”</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="236"/>
        <source>No problems found</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="257"/>
        <source>The meeting</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="258"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="259"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="260"/>
        <source>Background note</source>
        <translation>Background note</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="261"/>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="272"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
</context>
</TS>
