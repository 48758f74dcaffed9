<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../ui/imports.py" line="344"/>
        <source>Import agenda — {file}</source>
        <translation>Importer l&apos;ordre du jour — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="370"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="379"/>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="395"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="400"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="401"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="402"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="403"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="404"/>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="405"/>
        <location filename="../../ui/imports.py" line="530"/>
        <source>Background</source>
        <translation>Contexte</translation>
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
            <numerusform>%n point de l&apos;ordre du jour</numerusform>
            <numerusform>%n points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="428"/>
        <location filename="../../ui/imports.py" line="681"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
            <numerusform>{file} contient {found} ; %n élément reste incertain (voir l&apos;onglet Constats). Rien ne change dans la réunion avant que vous ne cliquiez sur Importer.</numerusform>
            <numerusform>{file} contient {found} ; %n éléments restent incertains (voir l&apos;onglet Constats). Rien ne change dans la réunion avant que vous ne cliquiez sur Importer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="440"/>
        <source>Found {found} in {file}. Nothing changes in the meeting until you click Import.</source>
        <translation>{file} contient {found}. Rien ne change dans la réunion avant que vous ne cliquiez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="454"/>
        <source>&amp;Agenda ({count})</source>
        <translation>&amp;Ordre du jour ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="461"/>
        <source>&amp;Overview ({count})</source>
        <translation>&amp;Vue d&apos;ensemble ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="463"/>
        <source>&amp;People ({count})</source>
        <translation>&amp;Personnes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="467"/>
        <source>&amp;Contacts ({count})</source>
        <translation>&amp;Contacts ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="474"/>
        <source>&amp;Findings ({count})</source>
        <translation>Co&amp;nstats ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="483"/>
        <source>Agenda items found</source>
        <translation>Points de l&apos;ordre du jour trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="485"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="486"/>
        <source>Item and people</source>
        <translation>Point et personnes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="487"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="522"/>
        <source>Texts and links found</source>
        <translation>Textes et liens trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="524"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="525"/>
        <source>What it says</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="529"/>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="531"/>
        <source>Logistics</source>
        <translation>Informations pratiques</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="532"/>
        <source>Acknowledgements</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="537"/>
        <source>Linked event</source>
        <translation>Manifestation connexe</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="538"/>
        <source>Further reading</source>
        <translation>Pour en savoir plus</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="547"/>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="549"/>
        <location filename="../../ui/imports.py" line="566"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="550"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="551"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="563"/>
        <source>Contacts found</source>
        <translation>Contacts trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="565"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="567"/>
        <source>Copied in</source>
        <translation>En copie</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="570"/>
        <source>cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="582"/>
        <source>What the import was unsure of</source>
        <translation>Éléments incertains de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="588"/>
        <source>Guessed, check it: {message}</source>
        <translation>Supposé, à vérifier : {message}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="605"/>
        <source>How to apply it</source>
        <translation>Mode d&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="607"/>
        <source>A&amp;dd to this meeting</source>
        <translation>A&amp;jouter à cette réunion</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="609"/>
        <source>&amp;Replace the agenda and people</source>
        <translation>&amp;Remplacer l&apos;ordre du jour et les personnes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="640"/>
        <source>The items found come after this meeting&apos;s %n. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>
            <numerusform>Les points trouvés sont ajoutés à la suite de ceux de cette réunion (%n point). Les personnes qu&apos;elle compte déjà (même courriel ou même nom) ne sont pas ajoutées deux fois : seules les informations qui leur manquent sont complétées.</numerusform>
            <numerusform>Les points trouvés sont ajoutés à la suite de ceux de cette réunion (%n points). Les personnes qu&apos;elle compte déjà (même courriel ou même nom) ne sont pas ajoutées deux fois : seules les informations qui leur manquent sont complétées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="648"/>
        <source>The items found are added. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>Les points trouvés sont ajoutés. Les personnes que la réunion compte déjà (même courriel ou même nom) ne sont pas ajoutées deux fois : seules les informations qui leur manquent sont complétées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="655"/>
        <source>%n of the items found are already in this meeting (same title and start): adding would list them twice.</source>
        <translation>
            <numerusform>%n des points trouvés figure déjà dans cette réunion (même titre et même début) : l&apos;ajouter le ferait apparaître deux fois.</numerusform>
            <numerusform>%n des points trouvés figurent déjà dans cette réunion (même titre et même début) : les ajouter les ferait apparaître deux fois.</numerusform>
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
        <translation>Cette réunion n&apos;a encore ni ordre du jour ni personnes : remplacer revient à ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="675"/>
        <source>Its {items} and {people} are removed first; those found who were already in it keep their bio, photo and email. Notes and packs lose their links to what is removed.</source>
        <translation>Sont d&apos;abord supprimés de la réunion : {items} et {people} ; les personnes trouvées qui y figuraient déjà conservent leur notice biographique, leur photo et leur courriel. Les notes et les dossiers perdent leurs liens avec ce qui est supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="689"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="696"/>
        <source>Either way the title stays; the organiser, date, times, venue, texts (background, aims, logistics, acknowledgements), linked events and further reading are taken from the file only where the meeting has none, and contacts it lacks are added.</source>
        <translation>Dans les deux cas, le titre est conservé ; l&apos;organisateur, la date, les horaires, le lieu, les textes (contexte, objectifs, informations pratiques, remerciements), les manifestations connexes et les lectures complémentaires ne sont repris du fichier que si la réunion n&apos;en a pas, et les contacts qui lui manquent sont ajoutés.</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="641"/>
        <location filename="../../ui/editors/agenda.py" line="836"/>
        <source>Title of the session</source>
        <translation>Titre de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="642"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="646"/>
        <source>Own date</source>
        <translation>Date propre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="648"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="649"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="653"/>
        <source>Where it takes place, if not the meeting&apos;s room</source>
        <translation>Lieu du point, s&apos;il diffère de la salle de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="654"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="657"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="662"/>
        <source>https://… (webcast or online meeting)</source>
        <translation>https://… (retransmission ou réunion en ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="663"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="666"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="669"/>
        <source>The webcast or the online meeting: a web address (https://…)</source>
        <translation>La retransmission ou la réunion en ligne : une adresse web (https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="674"/>
        <source>Description or guiding questions</source>
        <translation>Description ou questions d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="676"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="681"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="683"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="685"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="686"/>
        <source>T&amp;ime:</source>
        <translation>&amp;Horaire :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="687"/>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="688"/>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="689"/>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="695"/>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="697"/>
        <source>A session has a number, a page of its own and a brief;
a break, meal, reception, registration or side event has none of them.</source>
        <translation>Une séance a un numéro, une page propre et une note pour le modérateur ;
une pause, un repas, une réception, l&apos;inscription ou une manifestation parallèle n&apos;en ont pas.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="710"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="728"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="732"/>
        <source>Item has a date of its own</source>
        <translation>Le point a une date propre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="735"/>
        <source>Tick when the item is not on the meeting&apos;s first day;
otherwise it takes place on the meeting&apos;s first day.</source>
        <translation>Cochez cette case lorsque le point n&apos;a pas lieu le premier jour de la réunion ;
sinon, il a lieu le premier jour de la réunion.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="741"/>
        <source>Date of the item</source>
        <translation>Date du point</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="755"/>
        <source>Length of the slot</source>
        <translation>Durée du créneau</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="768"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="777"/>
        <source>time slot</source>
        <translation>créneau</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="838"/>
        <source>Title of the entry</source>
        <translation>Titre de l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="847"/>
        <source>the meeting&apos;s first day</source>
        <translation>le premier jour de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="849"/>
        <source>the meeting has no date yet</source>
        <translation>la réunion n&apos;a pas encore de date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="885"/>
        <source>Move person up</source>
        <translation>Déplacer la personne vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="886"/>
        <source>Move person down</source>
        <translation>Déplacer la personne vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="887"/>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="890"/>
        <source>People in this item</source>
        <translation>Personnes de ce point</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="908"/>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="909"/>
        <source>Choose or type a name</source>
        <translation>Choisissez ou saisissez un nom</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="910"/>
        <source>Someone of the meeting, or the name of a new person</source>
        <translation>Une personne de la réunion, ou le nom d&apos;une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="914"/>
        <source>Role of the person to add</source>
        <translation>Rôle de la personne à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="918"/>
        <source>A role from the list, or your own wording</source>
        <translation>Un rôle de la liste, ou votre propre libellé</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="921"/>
        <location filename="../../ui/editors/agenda.py" line="954"/>
        <location filename="../../ui/editors/agenda.py" line="1128"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="924"/>
        <source>Add this person to the item in this role (Enter)</source>
        <translation>Ajouter cette personne au point dans ce rôle (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="952"/>
        <source>Add new person</source>
        <translation>Créer et ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="956"/>
        <source>“{name}” is not in the meeting yet: “Add new person” adds them.</source>
        <translation>« {name} » ne figure pas encore dans la réunion : « Créer et ajouter » l&apos;y ajoute.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="985"/>
        <location filename="../../ui/editors/agenda.py" line="1012"/>
        <source>The person was not added: {problem}.</source>
        <translation>La personne n&apos;a pas été ajoutée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="989"/>
        <source>{name} is already in {item} as {role}.</source>
        <translation>{name} figure déjà dans {item} en tant que {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="997"/>
        <source>Add {name} to {item}</source>
        <translation>Ajouter {name} à {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1016"/>
        <source>Add new person {name} to {item}</source>
        <translation>Ajouter la nouvelle personne {name} à {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1028"/>
        <source>Remove {name} from {item}</source>
        <translation>Retirer {name} de {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1050"/>
        <source>The role was not changed: {problem}.</source>
        <translation>Le rôle n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1054"/>
        <source>Change role of {name} in {item}</source>
        <translation>Modifier le rôle de {name} dans {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1073"/>
        <source>Move step up</source>
        <translation>Déplacer l&apos;étape vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1074"/>
        <source>Move step down</source>
        <translation>Déplacer l&apos;étape vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1075"/>
        <source>Remove step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1078"/>
        <source>Running order</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>Step to add</source>
        <translation>Étape à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1112"/>
        <source>Speaker of the step to add</source>
        <translation>Intervenant de l&apos;étape à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1113"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1114"/>
        <source>Someone of the meeting, or a description such as
“A human rights defender (to be named)”</source>
        <translation>Une personne de la réunion, ou une description comme
« Un défenseur des droits de l&apos;homme (à désigner) »</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1122"/>
        <source>Minutes of the step to add</source>
        <translation>Durée en minutes de l&apos;étape à ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1125"/>
        <source>Length of the step; “none” when it has no set length</source>
        <translation>Durée de l&apos;étape ; « aucune » lorsqu&apos;elle n&apos;a pas de durée fixée</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1131"/>
        <source>Add this step at the end of the running order (Enter)</source>
        <translation>Ajouter cette étape à la fin du déroulement (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1135"/>
        <source>Minutes of the steps against the slot</source>
        <translation>Durée des étapes par rapport au créneau</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1141"/>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1179"/>
        <source>The step was not added: {problem}.</source>
        <translation>L&apos;étape n&apos;a pas été ajoutée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1182"/>
        <source>Add step {step} to {item}</source>
        <translation>Ajouter l&apos;étape {step} à {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1194"/>
        <source>Remove step {step} from {item}</source>
        <translation>Supprimer l&apos;étape {step} de {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1211"/>
        <source>Change label of {step} in {item}</source>
        <translation>Modifier le libellé de {step} dans {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1212"/>
        <source>The step&apos;s label was not changed: {problem}.</source>
        <translation>Le libellé de l&apos;étape n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1221"/>
        <source>Change speaker of {step} in {item}</source>
        <translation>Modifier l&apos;intervenant de {step} dans {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1222"/>
        <source>The step&apos;s speaker was not changed: {problem}.</source>
        <translation>L&apos;intervenant de l&apos;étape n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1230"/>
        <source>Change minutes of {step} in {item}</source>
        <translation>Modifier la durée de {step} dans {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1231"/>
        <source>The step&apos;s minutes were not changed: {problem}.</source>
        <translation>La durée de l&apos;étape n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1276"/>
        <source>Move {name} up</source>
        <translation>Déplacer {name} vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1278"/>
        <source>Move {name} down</source>
        <translation>Déplacer {name} vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1295"/>
        <source>The change was not made: {problem}.</source>
        <translation>La modification n&apos;a pas été effectuée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1376"/>
        <source>{total} of {slot} min ({over} min over the slot)</source>
        <translation>{total} sur {slot} min ({over} min de dépassement)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1378"/>
        <source>{total} of {slot} min</source>
        <translation>{total} sur {slot} min</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models.py" line="400"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="401"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="402"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages.py" line="225"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="231"/>
        <source>No agenda items yet.</source>
        <translation>Aucun point à l&apos;ordre du jour pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="253"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>Something went wrong that the app did not expect:</source>
        <translation>Un problème inattendu s&apos;est produit dans l&apos;application :</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</source>
        <translation>Cette erreur n&apos;a pas modifié le fichier de votre réunion, et toutes les modifications faites auparavant ont été enregistrées. Si la fenêtre se comporte mal, quittez l&apos;application et relancez-la : la réunion s&apos;ouvre telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="190"/>
        <source>The details are in the log file {file}; please send it with a note of what you were doing.</source>
        <translation>Les détails figurent dans le fichier journal {file} ; veuillez l&apos;envoyer en indiquant ce que vous étiez en train de faire.</translation>
    </message>
</context>
<context>
    <name>BiosListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="531"/>
        <source>{person} · not in the chosen items</source>
        <translation>{person} · hors des points choisis</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="539"/>
        <source>; </source>
        <extracomment>what separates a person&apos;s appearances in the agenda.</extracomment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="540"/>
        <source>Not in the agenda</source>
        <translation>Ne figure pas à l&apos;ordre du jour</translation>
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
        <translation>Les vérifications n&apos;ont rien trouvé à corriger dans ce dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="65"/>
        <source>The checks found %n warning(s) in this pack (listed below); you can still build.</source>
        <translation>
            <numerusform>Les vérifications ont trouvé %n avertissement dans ce dossier (voir ci-dessous) ; vous pouvez tout de même le générer.</numerusform>
            <numerusform>Les vérifications ont trouvé %n avertissements dans ce dossier (voir ci-dessous) ; vous pouvez tout de même le générer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="71"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="73"/>
        <source>The checks found {errors} in this pack (listed below); fix them first.</source>
        <translation>Les vérifications ont trouvé {errors} dans ce dossier (voir ci-dessous), à corriger avant de le générer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="78"/>
        <source>The checks found {errors} and {warnings} in this pack (listed below); fix the errors first.</source>
        <translation>Les vérifications ont trouvé {errors} et {warnings} dans ce dossier (voir ci-dessous) ; corrigez d&apos;abord les erreurs.</translation>
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
        <translation>Générer les dossiers — {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="126"/>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="127"/>
        <source>The pack definition to build</source>
        <translation>Le dossier à générer</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="136"/>
        <source>Write a {format} file of each pack</source>
        <translation>Écrire un fichier {format} de chaque dossier</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="140"/>
        <source>Per-&amp;session packs</source>
        <translation>Dossiers par &amp;séance</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="142"/>
        <source>Also write one moderator brief per agenda session</source>
        <translation>Écrire aussi une note pour le modérateur par séance de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="145"/>
        <source>Build &amp;even if some characters cannot be drawn</source>
        <translation>Générer même si certains &amp;caractères ne peuvent être dessinés</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="148"/>
        <source>Characters no pack font can draw are left out of the PDF; without this, they stop the build</source>
        <translation>Les caractères qu&apos;aucune police du dossier ne sait dessiner sont omis du PDF ; sinon, ils arrêtent la génération</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="155"/>
        <location filename="../../ui/build_dialog.py" line="286"/>
        <source>Output folder</source>
        <translation>Répertoire de sortie</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="156"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="158"/>
        <source>Choose the folder the packs are written to</source>
        <translation>Choisir le répertoire dans lequel les dossiers sont écrits</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="164"/>
        <source>P&amp;ack:</source>
        <translation>Doss&amp;ier :</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="165"/>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="168"/>
        <source>&amp;Output folder:</source>
        <translation>Répertoire de s&amp;ortie :</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="179"/>
        <source>Build progress</source>
        <translation>Progression de la génération</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="184"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="186"/>
        <source>Problems and warnings</source>
        <translation>Problèmes et avertissements</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="190"/>
        <source>Files written:</source>
        <translation>Fichiers écrits :</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="192"/>
        <source>Problems and warnings:</source>
        <translation>Problèmes et avertissements :</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="196"/>
        <source>Open &amp;folder</source>
        <translation>O&amp;uvrir le répertoire</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="198"/>
        <source>Show the output folder in the file manager</source>
        <translation>Afficher le répertoire de sortie dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="200"/>
        <source>&amp;Build</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="203"/>
        <source>Build the pack in the background (the window stays usable)</source>
        <translation>Générer le dossier en arrière-plan (la fenêtre reste utilisable)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="205"/>
        <location filename="../../ui/build_dialog.py" line="444"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="304"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="312"/>
        <source>Choose at least one format (PDF or DOCX).</source>
        <translation>Choisissez au moins un format (PDF ou DOCX).</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="314"/>
        <source>Choose an output folder.</source>
        <translation>Choisissez un répertoire de sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="319"/>
        <source>{path} is a file, not a folder: choose another output folder.</source>
        <translation>{path} est un fichier, et non un répertoire : choisissez un autre répertoire de sortie.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="381"/>
        <source>Done: %n file(s) written. The PDF files are restricted by password.</source>
        <translation>
            <numerusform>Terminé : %n fichier écrit. Les fichiers PDF sont protégés par mot de passe.</numerusform>
            <numerusform>Terminé : %n fichiers écrits. Les fichiers PDF sont protégés par mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="388"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Terminé : %n fichier écrit.</numerusform>
            <numerusform>Terminé : %n fichiers écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="396"/>
        <source>Nothing was built:</source>
        <translation>Rien n&apos;a été généré :</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="405"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="439"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="441"/>
        <source>Stop the build; nothing is written</source>
        <translation>Arrêter la génération ; rien n&apos;est écrit</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="445"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
</context>
<context>
    <name>BuildTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="66"/>
        <source>Unexpected error: {error}: {message}</source>
        <translation>Erreur inattendue : {error} : {message}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="75"/>
        <source>the build failed for an unknown reason</source>
        <translation>la génération a échoué pour une raison inconnue</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="82"/>
        <source>the build stopped without a result</source>
        <translation>la génération s&apos;est arrêtée sans résultat</translation>
    </message>
</context>
<context>
    <name>ContentsList</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="637"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="638"/>
        <source>Move the selected entry up</source>
        <translation>Déplacer l&apos;entrée choisie vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="644"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="645"/>
        <source>Move the selected entry down</source>
        <translation>Déplacer l&apos;entrée choisie vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="649"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="651"/>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
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
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="163"/>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="166"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="178"/>
        <source>{file} is larger than {size}</source>
        <translation>{file} dépasse {size}</translation>
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
        <translation>{file} est vide</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="191"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="194"/>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/editors/base.py" line="51"/>
        <source>‘{title}’</source>
        <extracomment>the quotation marks around a title in undo texts and messages.</extracomment>
        <translation>« {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="67"/>
        <source>Problem with the last change</source>
        <translation>Problème lors de la dernière modification</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="350"/>
        <source>Edit {field} of {title}</source>
        <extracomment>an undo text, e.g. &quot;Edit name of ‘Jane Doe’&quot;; {field} is a field&apos;s name.</extracomment>
        <translation>Modifier le champ {field} de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="356"/>
        <location filename="../../ui/editors/pack.py" line="1046"/>
        <source>The {field} was not changed: {problem}.</source>
        <extracomment>{field} is a field&apos;s name; {problem} is the model&apos;s reason.</extracomment>
        <translation>Le champ {field} n&apos;a pas été modifié : {problem}.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="68"/>
        <source>Start a new, empty meeting</source>
        <translation>Créer une réunion vide</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="76"/>
        <source>Open a meeting file (.meeting) or meeting JSON (.json)</source>
        <translation>Ouvrir un fichier de réunion (.meeting) ou une réunion JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="85"/>
        <source>Save the meeting to a file of your choice; later changes are saved there</source>
        <translation>Enregistrer la réunion dans le fichier de votre choix ; les modifications ultérieures y sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Import Meeting &amp;JSON…</source>
        <translation>Importer une réunion &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="98"/>
        <source>Open a meeting JSON; its first change saves it as a meeting file (a draft)</source>
        <translation>Ouvrir une réunion JSON ; sa première modification l&apos;enregistre comme fichier de réunion (brouillon)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="106"/>
        <source>&amp;Export Meeting JSON…</source>
        <translation>&amp;Exporter la réunion en JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="108"/>
        <source>Write the meeting as JSON, with attached files in a folder beside it</source>
        <translation>Écrire la réunion en JSON, avec les fichiers joints dans un répertoire à côté</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>Open a meeting worked on lately</source>
        <translation>Ouvrir une réunion sur laquelle vous avez travaillé récemment</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="136"/>
        <source>No recent meetings</source>
        <translation>Aucune réunion récente</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>&amp;Clear Recent Meetings</source>
        <translation>&amp;Effacer la liste des réunions récentes</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>Open Meeting</source>
        <translation>Ouvrir une réunion</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="175"/>
        <source>Cannot open meeting</source>
        <translation>Impossible d&apos;ouvrir la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="186"/>
        <source>The meeting in {file} could not be opened:</source>
        <translation>La réunion contenue dans {file} n&apos;a pas pu être ouverte :</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="197"/>
        <source>The window still shows the built-in sample meeting.</source>
        <translation>La fenêtre affiche toujours la réunion d&apos;exemple intégrée.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>The window still shows a new meeting.</source>
        <translation>La fenêtre affiche toujours une nouvelle réunion.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="200"/>
        <source>The window still shows “{title}” ({file}).</source>
        <translation>La fenêtre affiche toujours « {title} » ({file}).</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="208"/>
        <source>Save Meeting As</source>
        <translation>Enregistrer la réunion sous</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Meeting files</source>
        <translation>Fichiers de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="222"/>
        <source>The meeting could not be saved to {file}:</source>
        <translation>La réunion n&apos;a pas pu être enregistrée dans {file} :</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="223"/>
        <source>Nothing else was changed.</source>
        <translation>Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Cannot save meeting</source>
        <translation>Impossible d&apos;enregistrer la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="234"/>
        <source>Saved to {file}</source>
        <translation>Réunion enregistrée dans {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="243"/>
        <source>Import Meeting JSON</source>
        <translation>Importer une réunion JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="251"/>
        <source>Export Meeting JSON</source>
        <translation>Exporter la réunion en JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="261"/>
        <source>The meeting could not be written to {file}:</source>
        <translation>La réunion n&apos;a pas pu être écrite dans {file} :</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="264"/>
        <source>Cannot export meeting</source>
        <translation>Impossible d&apos;exporter la réunion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="271"/>
        <source>Exported {file} and %n attached file(s)</source>
        <translation>
            <numerusform>Réunion exportée dans {file}, avec %n fichier joint</numerusform>
            <numerusform>Réunion exportée dans {file}, avec %n fichiers joints</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="275"/>
        <source>Exported {file}</source>
        <translation>Réunion exportée dans {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>saving takes longer than it should (a slow disk?)</source>
        <translation>l&apos;enregistrement prend plus de temps que prévu (disque lent ?)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="294"/>
        <source>The latest changes could not be saved:</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées :</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="295"/>
        <source>Save the meeting to another file before closing?</source>
        <translation>Enregistrer la réunion dans un autre fichier avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="298"/>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="309"/>
        <source>Meeting JSON</source>
        <translation>Réunion JSON</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ui/files.py" line="11"/>
        <source>Meeting files and JSON</source>
        <translation>Fichiers de réunion et JSON</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="12"/>
        <source>Meeting files</source>
        <translation>Fichiers de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="13"/>
        <source>Meeting JSON</source>
        <translation>Réunion JSON</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="350"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="351"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="352"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="395"/>
        <source>How to use the app</source>
        <translation>Comment utiliser l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="397"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="400"/>
        <source>Every keyboard shortcut of the menus</source>
        <translation>Tous les raccourcis clavier des menus</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="50"/>
        <source>Import &amp;Agenda from Concept Note…</source>
        <translation>Importer l&apos;ordre du jour d&apos;une note &amp;conceptuelle…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="52"/>
        <source>Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)</source>
        <translation>Lire l&apos;ordre du jour, les personnes et les contacts d&apos;une note conceptuelle (.docx, .pdf, .txt, .md)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="60"/>
        <source>Import &amp;Timetable from Indico…</source>
        <translation>Importer le programme depuis &amp;Indico…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="62"/>
        <source>Read the sessions, rooms and people of an Indico timetable export (.json)</source>
        <translation>Lire les séances, les salles et les personnes d&apos;un programme exporté d&apos;Indico (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="70"/>
        <source>Import &amp;People from CSV or Excel…</source>
        <translation>Importer des &amp;personnes (CSV ou Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="72"/>
        <source>Add or update people from a registration list (.csv, .xlsx), after a preview</source>
        <translation>Ajouter ou mettre à jour des personnes à partir d&apos;une liste d&apos;inscription (.csv, .xlsx), après un aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="80"/>
        <source>Add &amp;Notes from Files…</source>
        <translation>&amp;Ajouter des notes à partir de fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="82"/>
        <source>Attach DOCX, PDF, Markdown or text files as background notes</source>
        <translation>Joindre des fichiers DOCX, PDF, Markdown ou texte comme notes d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="112"/>
        <source>Import Agenda from Concept Note</source>
        <translation>Importer l&apos;ordre du jour d&apos;une note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="121"/>
        <source>Import Timetable from Indico</source>
        <translation>Importer le programme depuis Indico</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="130"/>
        <source>Import People from CSV or Excel</source>
        <translation>Importer des personnes (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="140"/>
        <source>Add Notes from Files</source>
        <translation>Ajouter des notes à partir de fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="188"/>
        <source>These files are not meetings, CSV lists or notes the app can read:</source>
        <translation>Ces fichiers ne sont ni des réunions, ni des listes CSV, ni des notes que l&apos;application peut lire :</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="191"/>
        <source>Notes can be DOCX, PDF, Markdown (.md) or text (.txt).</source>
        <translation>Les notes peuvent être au format DOCX, PDF, Markdown (.md) ou texte (.txt).</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="194"/>
        <source>Files not added</source>
        <translation>Fichiers non ajoutés</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../ui/imports.py" line="80"/>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="81"/>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="82"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="83"/>
        <source>Text files</source>
        <translation>Fichiers texte</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="85"/>
        <source>Note files</source>
        <translation>Fichiers de notes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="86"/>
        <source>Concept notes</source>
        <translation>Notes conceptuelles</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="87"/>
        <source>People lists</source>
        <translation>Listes de personnes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="88"/>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="89"/>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="90"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="149"/>
        <source>The file cannot be read ({reason})</source>
        <translation>Impossible de lire le fichier ({reason})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="164"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="170"/>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="178"/>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="247"/>
        <location filename="../../ui/imports.py" line="266"/>
        <source>Cannot import agenda</source>
        <translation>Impossible d&apos;importer l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="248"/>
        <source>The agenda could not be read from {file}:</source>
        <translation>Impossible de lire l&apos;ordre du jour dans {file} :</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="264"/>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="267"/>
        <source>The agenda could not be applied from {file}:</source>
        <translation>Impossible d&apos;appliquer l&apos;ordre du jour tiré de {file} :</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="271"/>
        <source>Import agenda from {file}</source>
        <translation>Importer l&apos;ordre du jour depuis {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="734"/>
        <source>Import people from {file}</source>
        <translation>Importer des personnes depuis {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="743"/>
        <source>Cannot import people</source>
        <translation>Impossible d&apos;importer des personnes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="744"/>
        <source>No people could be read from {file}:</source>
        <translation>Aucune personne n&apos;a pu être lue dans {file} :</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="790"/>
        <source>The session {session} is no longer in the meeting, so no note was added.</source>
        <translation>La séance {session} ne figure plus dans la réunion ; aucune note n&apos;a donc été ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="795"/>
        <location filename="../../ui/imports.py" line="819"/>
        <source>Cannot add notes</source>
        <translation>Impossible d&apos;ajouter des notes</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="835"/>
        <source>Add note {title}</source>
        <translation>Ajouter la note {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="836"/>
        <source>Add %n notes</source>
        <translation>
            <numerusform>Ajouter %n note</numerusform>
            <numerusform>Ajouter %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="846"/>
        <source>These files were not added:</source>
        <translation>Ces fichiers n&apos;ont pas été ajoutés :</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="849"/>
        <source>Added, but worth a look:</source>
        <translation>Ajoutés, mais à vérifier :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="852"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n note ajoutée.</numerusform>
            <numerusform>%n notes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="854"/>
        <source>No note added.</source>
        <translation>Aucune note ajoutée.</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="858"/>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="860"/>
        <source>Check the added notes</source>
        <translation>Vérifiez les notes ajoutées</translation>
    </message>
</context>
<context>
    <name>IndicoImport</name>
    <message>
        <location filename="../../ui/indico_import.py" line="18"/>
        <source>Indico exports</source>
        <translation>Fichiers exportés d&apos;Indico</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="19"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="37"/>
        <source>Cannot import timetable</source>
        <translation>Impossible d&apos;importer le programme</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="38"/>
        <source>The timetable could not be read from {file}:</source>
        <translation>Impossible de lire le programme dans {file} :</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="92"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="93"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="94"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="95"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="96"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="97"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="505"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="508"/>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="510"/>
        <source>Code, e.g. pt-BR</source>
        <translation>Code, p. ex. pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="511"/>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="514"/>
        <source>A BCP-47 language code, such as de, pt-BR or zh-Hant</source>
        <translation>Un code de langue BCP 47, comme de, pt-BR ou zh-Hant</translation>
    </message>
</context>
<context>
    <name>ListEdits</name>
    <message>
        <location filename="../../ui/list_edits.py" line="35"/>
        <source>New agenda item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="36"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="37"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="38"/>
        <source>New pack</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="41"/>
        <source>Add agenda item {title}</source>
        <translation>Ajouter le point {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="42"/>
        <source>Add person {title}</source>
        <translation>Ajouter la personne {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="43"/>
        <source>Add note {title}</source>
        <translation>Ajouter la note {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="44"/>
        <source>Add pack {title}</source>
        <translation>Ajouter le dossier {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="47"/>
        <source>Remove agenda item {title}</source>
        <translation>Supprimer le point {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="48"/>
        <source>Remove person {title}</source>
        <translation>Supprimer la personne {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="49"/>
        <source>Remove note {title}</source>
        <translation>Supprimer la note {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="50"/>
        <source>Remove pack {title}</source>
        <translation>Supprimer le dossier {title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="112"/>
        <source>Move {title} up</source>
        <translation>Déplacer {title} vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="114"/>
        <source>Move {title} down</source>
        <translation>Déplacer {title} vers le bas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="118"/>
        <source>Move {title} up %n places</source>
        <translation>
            <numerusform>Déplacer {title} de %n position vers le haut</numerusform>
            <numerusform>Déplacer {title} de %n positions vers le haut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="119"/>
        <source>Move {title} down %n places</source>
        <translation>
            <numerusform>Déplacer {title} de %n position vers le bas</numerusform>
            <numerusform>Déplacer {title} de %n positions vers le bas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="424"/>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="426"/>
        <source>Logo file</source>
        <translation>Fichier du logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="427"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="432"/>
        <source>Choose a PNG, JPEG or GIF image for the cover sheet</source>
        <translation>Choisir une image PNG, JPEG ou GIF pour la page de couverture</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="434"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="437"/>
        <source>Print the cover sheet without a logo</source>
        <translation>Imprimer la page de couverture sans logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="467"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="468"/>
        <source>The cover sheet has no logo.</source>
        <translation>La page de couverture n&apos;a pas de logo.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="471"/>
        <source>Cannot show</source>
        <translation>Affichage impossible</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="489"/>
        <source>{file} ({kilobytes} KB)</source>
        <translation>{file} ({kilobytes} Ko)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="491"/>
        <source>{file} ({width} × {height} px · {kilobytes} KB)</source>
        <translation>{file} ({width} × {height} px · {kilobytes} Ko)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Sample meeting</source>
        <translation>Réunion d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The meeting at a glance</source>
        <translation>La réunion d&apos;un coup d&apos;œil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Agenda items, their people and running order</source>
        <translation>Les points de l&apos;ordre du jour, leurs personnes et leur déroulement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Everyone in the meeting, with their bios</source>
        <translation>Toutes les personnes de la réunion, avec leur notice biographique</translation>
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
        <translation>Les notes d&apos;information et leurs fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Packs</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>The packs to build and what goes into each</source>
        <translation>Les dossiers à générer et le contenu de chacun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Problems to fix before building the packs; double-click one to go to it</source>
        <translation>Les problèmes à corriger avant de générer les dossiers ; double-cliquez sur l&apos;un d&apos;eux pour y accéder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>The last PDF pack built, with its pages, zoom and bookmarks</source>
        <translation>Le dernier dossier PDF généré, avec ses pages, son zoom et ses signets</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Add Agenda Item</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Remove Agenda Item</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Add Person</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Remove Person</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Add Note</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Remove Note</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Add Pack</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Remove Pack</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Quit {app}</source>
        <translation>Quitter {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>The language of the window</source>
        <translation>La langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Build…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Build packs of this meeting (PDF, DOCX) in the background</source>
        <translation>Générer les dossiers de cette réunion (PDF, DOCX) en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Move &amp;Following Items…</source>
        <translation>Déca&amp;ler les points suivants…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Move the selected agenda item and the rest of its day by some minutes</source>
        <translation>Décaler de quelques minutes le point choisi et les points suivants de la même journée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Nothing was moved: the meeting changed while the dialog was open</source>
        <translation>Rien n&apos;a été décalé : la réunion a été modifiée pendant que la boîte de dialogue était ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Main tool bar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="617"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
            <numerusform>Vérifications (%n)</numerusform>
            <numerusform>Vérifications (%n)</numerusform>
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
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>The meeting is saved as soon as you change something</source>
        <translation>La réunion est enregistrée dès que vous y modifiez quelque chose</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Saving to {file}</source>
        <translation>Enregistrement dans {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Saved as a draft</source>
        <translation>Enregistré comme brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Saved in {file}; use File ▸ Save As… to keep it where you choose</source>
        <translation>Brouillon enregistré dans {file} ; utilisez Fichier ▸ Enregistrer sous… pour le conserver à l&apos;emplacement de votre choix</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Every change is saved to {file}</source>
        <translation>Chaque modification est enregistrée dans {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>{problem}
Your changes are kept in the window: use File ▸ Save As… to save them to another file.</source>
        <translation>{problem}
Vos modifications sont conservées dans la fenêtre : utilisez Fichier ▸ Enregistrer sous… pour les enregistrer dans un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Changes could not be saved: {problem}</source>
        <translation>Les modifications n&apos;ont pas pu être enregistrées : {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>{action}. Undo with {keys}.</source>
        <translation>{action}. Pour annuler : {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: agenda, speaker bios, background notes and contacts. Works offline.</source>
        <translation>Assemble des dossiers d&apos;information (DOCX et PDF) pour les réunions intergouvernementales : ordre du jour, notices biographiques des intervenants, notes d&apos;information et contacts. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>MIT licence.</source>
        <translation>Licence MIT.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>No packs defined yet: the full pack holds everything that is not internal</source>
        <translation>Aucun dossier défini pour l&apos;instant : le dossier complet contient tout ce qui n&apos;est pas interne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="968"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../ui/pages.py" line="65"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="66"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>Edit the selected entry; every change is saved as you make it</source>
        <translation>Modifier l&apos;entrée choisie ; chaque modification est enregistrée dès qu&apos;elle est faite</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>The selected entry as the pack will present it</source>
        <translation>L&apos;entrée choisie telle que le dossier la présentera</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="119"/>
        <source>Nothing here yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="128"/>
        <source>{page}: summary of the selected entry</source>
        <translation>{page} : résumé de l&apos;entrée choisie</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="261"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>No people yet.</source>
        <translation>Aucune personne pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="281"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="286"/>
        <source>No background notes yet.</source>
        <translation>Aucune note d&apos;information pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307"/>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="313"/>
        <source>No packs yet.</source>
        <translation>Aucun dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="330"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="336"/>
        <source>No problems found: the packs are ready to build.</source>
        <translation>Aucun problème relevé : les dossiers sont prêts à être générés.</translation>
    </message>
</context>
<context>
    <name>MeetingDocument</name>
    <message>
        <location filename="../../ui/document.py" line="391"/>
        <source>the drafts folder {folder} cannot be made ({reason})</source>
        <translation>le répertoire des brouillons {folder} ne peut pas être créé ({reason})</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="78"/>
        <source>Multistakeholder consultation</source>
        <translation>Consultation multipartite</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="79"/>
        <source>Expert meeting</source>
        <translation>Réunion d&apos;experts</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="80"/>
        <source>Working group session</source>
        <translation>Session de groupe de travail</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="81"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="82"/>
        <source>Side event</source>
        <translation>Manifestation parallèle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="83"/>
        <source>Panel discussion</source>
        <translation>Réunion-débat</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="84"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="85"/>
        <source>Briefing</source>
        <translation>Réunion d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="86"/>
        <source>Webinar</source>
        <translation>Webinaire</translation>
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
        <translation>Aucun contact pour l&apos;instant. Cliquez sur Ajouter pour en ajouter un.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="113"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="114"/>
        <source>Remove the selected contact</source>
        <translation>Supprimer le contact choisi</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="115"/>
        <source>Move the selected contact up</source>
        <translation>Déplacer le contact choisi vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="116"/>
        <source>Move the selected contact down</source>
        <translation>Déplacer le contact choisi vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="117"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="118"/>
        <source>Remove contact {name}</source>
        <translation>Supprimer le contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="119"/>
        <source>Move contact {name} up</source>
        <translation>Déplacer le contact {name} vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="120"/>
        <source>Move contact {name} down</source>
        <translation>Déplacer le contact {name} vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="121"/>
        <source>The contacts were not changed: {problem}.</source>
        <translation>Les contacts n&apos;ont pas été modifiés : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="125"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="127"/>
        <source>Edit name of contact {name}</source>
        <translation>Modifier le nom du contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="128"/>
        <source>The name of contact {name} was not changed: {problem}.</source>
        <translation>Le nom du contact {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="131"/>
        <source>A person or an office</source>
        <translation>Une personne ou un service</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="134"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="136"/>
        <source>Edit role of contact {name}</source>
        <translation>Modifier le rôle du contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="137"/>
        <source>The role of contact {name} was not changed: {problem}.</source>
        <translation>Le rôle du contact {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="140"/>
        <source>What to contact them about</source>
        <translation>Les questions pour lesquelles le contacter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="143"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="145"/>
        <source>Edit email of contact {name}</source>
        <translation>Modifier le courriel du contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="146"/>
        <source>The email of contact {name} was not changed: {problem}.</source>
        <translation>Le courriel du contact {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="151"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="153"/>
        <source>Edit phone of contact {name}</source>
        <translation>Modifier le téléphone du contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="154"/>
        <source>The phone of contact {name} was not changed: {problem}.</source>
        <translation>Le téléphone du contact {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="159"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="161"/>
        <source>Edit cc of contact {name}</source>
        <translation>Modifier la mise en copie (Cc) du contact {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="162"/>
        <source>The cc of contact {name} was not changed: {problem}.</source>
        <translation>La mise en copie (Cc) du contact {name} n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="167"/>
        <source>Copied in (cc) on queries</source>
        <translation>Mis en copie (Cc) des demandes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="170"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="178"/>
        <location filename="../../ui/editors/meeting.py" line="591"/>
        <source>Linked events</source>
        <translation>Manifestations connexes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="179"/>
        <source>No linked events yet. Click Add to add one.</source>
        <translation>Aucune manifestation connexe pour l&apos;instant. Cliquez sur Ajouter pour en ajouter une.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="180"/>
        <source>Add a linked event</source>
        <translation>Ajouter une manifestation connexe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="181"/>
        <source>Remove the selected linked event</source>
        <translation>Supprimer la manifestation connexe choisie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="182"/>
        <source>Move the selected linked event up</source>
        <translation>Déplacer la manifestation connexe choisie vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="183"/>
        <source>Move the selected linked event down</source>
        <translation>Déplacer la manifestation connexe choisie vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="184"/>
        <source>Add linked event</source>
        <translation>Ajouter une manifestation connexe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="185"/>
        <source>Remove linked event {name}</source>
        <translation>Supprimer la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="186"/>
        <source>Move linked event {name} up</source>
        <translation>Déplacer la manifestation connexe {name} vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="187"/>
        <source>Move linked event {name} down</source>
        <translation>Déplacer la manifestation connexe {name} vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="188"/>
        <source>The linked events were not changed: {problem}.</source>
        <translation>Les manifestations connexes n&apos;ont pas été modifiées : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="194"/>
        <location filename="../../ui/editors/meeting.py" line="275"/>
        <location filename="../../ui/editors/meeting.py" line="652"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="196"/>
        <source>Edit title of linked event {name}</source>
        <translation>Modifier le titre de la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="197"/>
        <source>The title of linked event {name} was not changed: {problem}.</source>
        <translation>Le titre de la manifestation connexe {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="202"/>
        <location filename="../../ui/editors/meeting.py" line="1095"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="204"/>
        <source>Edit first day of linked event {name}</source>
        <translation>Modifier le premier jour de la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="205"/>
        <source>The first day of linked event {name} was not changed: {problem}.</source>
        <translation>Le premier jour de la manifestation connexe {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="213"/>
        <location filename="../../ui/editors/meeting.py" line="1108"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="215"/>
        <source>Edit last day of linked event {name}</source>
        <translation>Modifier le dernier jour de la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="216"/>
        <source>The last day of linked event {name} was not changed: {problem}.</source>
        <translation>Le dernier jour de la manifestation connexe {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="224"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="226"/>
        <source>Edit relation of linked event {name}</source>
        <translation>Modifier la relation avec la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="227"/>
        <source>The relation of linked event {name} was not changed: {problem}.</source>
        <translation>La relation avec la manifestation connexe {name} n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="231"/>
        <source>How the meeting relates to the event</source>
        <translation>Le lien entre la réunion et la manifestation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="234"/>
        <location filename="../../ui/editors/meeting.py" line="734"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="236"/>
        <source>Edit venue of linked event {name}</source>
        <translation>Modifier le lieu de la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="237"/>
        <source>The venue of linked event {name} was not changed: {problem}.</source>
        <translation>Le lieu de la manifestation connexe {name} n&apos;a pas été modifié : {problem}.</translation>
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
        <translation>Modifier l&apos;URL de la manifestation connexe {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="245"/>
        <source>The URL of linked event {name} was not changed: {problem}.</source>
        <translation>L&apos;URL de la manifestation connexe {name} n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="248"/>
        <source>The event&apos;s web page, https://… (may be left empty)</source>
        <translation>La page web de la manifestation, https://… (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="253"/>
        <source>New linked event</source>
        <translation>Nouvelle manifestation connexe</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="261"/>
        <source>References</source>
        <translation>Pour en savoir plus</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="262"/>
        <source>No references yet. Click Add to add one.</source>
        <translation>Aucune référence pour l&apos;instant. Cliquez sur Ajouter pour en ajouter une.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="263"/>
        <source>Add a reference</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="264"/>
        <source>Remove the selected reference</source>
        <translation>Supprimer la référence choisie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="265"/>
        <source>Move the selected reference up</source>
        <translation>Déplacer la référence choisie vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="266"/>
        <source>Move the selected reference down</source>
        <translation>Déplacer la référence choisie vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="267"/>
        <source>Add reference</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="268"/>
        <source>Remove reference {name}</source>
        <translation>Supprimer la référence {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="269"/>
        <source>Move reference {name} up</source>
        <translation>Déplacer la référence {name} vers le haut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="270"/>
        <source>Move reference {name} down</source>
        <translation>Déplacer la référence {name} vers le bas</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="271"/>
        <source>The references were not changed: {problem}.</source>
        <translation>Les références n&apos;ont pas été modifiées : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="277"/>
        <source>Edit title of reference {name}</source>
        <translation>Modifier le titre de la référence {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="278"/>
        <source>The title of reference {name} was not changed: {problem}.</source>
        <translation>Le titre de la référence {name} n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="283"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="285"/>
        <source>Edit description of reference {name}</source>
        <translation>Modifier la description de la référence {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="286"/>
        <source>The description of reference {name} was not changed: {problem}.</source>
        <translation>La description de la référence {name} n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="294"/>
        <source>Edit URL of reference {name}</source>
        <translation>Modifier l&apos;URL de la référence {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="295"/>
        <source>The URL of reference {name} was not changed: {problem}.</source>
        <translation>L&apos;URL de la référence {name} n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="298"/>
        <source>Where to find it (may be left empty)</source>
        <translation>Où la trouver (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="301"/>
        <source>New reference</source>
        <translation>Nouvelle référence</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="594"/>
        <source>Further reading</source>
        <translation>Pour en savoir plus</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="624"/>
        <source>The meeting</source>
        <translation>La réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="627"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="628"/>
        <source>S&amp;hort title:</source>
        <translation>Titre a&amp;brégé :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="629"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="630"/>
        <source>&amp;Organiser:</source>
        <translation>Or&amp;ganisateur :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="631"/>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="632"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="637"/>
        <source>Printed in the running header; the title is used if empty.</source>
        <translation>Imprimé dans l&apos;en-tête courant ; à défaut, le titre est utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="653"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="654"/>
        <source>Title of the meeting</source>
        <translation>Titre de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="658"/>
        <source>Short title</source>
        <translation>Titre abrégé</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="659"/>
        <source>short title</source>
        <translation>titre abrégé</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="660"/>
        <source>Shorter title for the running header</source>
        <translation>Titre plus court pour l&apos;en-tête courant</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="665"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="666"/>
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="667"/>
        <source>Who convenes the meeting</source>
        <translation>Qui convoque la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="670"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="686"/>
        <source>Meeting type</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="688"/>
        <source>Choose a type of meeting, or type your own</source>
        <translation>Choisissez un type de réunion, ou saisissez le vôtre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="690"/>
        <source>Consultation, expert meeting, workshop…</source>
        <translation>Consultation, réunion d&apos;experts, atelier…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="704"/>
        <source>When and where</source>
        <translation>Dates et lieu</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="707"/>
        <source>&amp;First day:</source>
        <translation>Pre&amp;mier jour :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="708"/>
        <source>Last &amp;day:</source>
        <translation>Dernier &amp;jour :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="709"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="710"/>
        <source>&amp;Ends at:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="711"/>
        <source>&amp;Venue:</source>
        <translation>Lie&amp;u :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="712"/>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="713"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="714"/>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="735"/>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="736"/>
        <source>Building or site</source>
        <translation>Bâtiment ou site</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="740"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="741"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="742"/>
        <source>Room or hall</source>
        <translation>Salle ou auditorium</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="766"/>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="770"/>
        <source>Plain text, printed as typed. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>Texte brut, imprimé tel qu&apos;il a été saisi. Une ligne vide commence un nouveau paragraphe ; une ligne commençant par « - » est une puce.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="917"/>
        <source>meeting type</source>
        <translation>type de réunion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="918"/>
        <source>Edit meeting type of {title}</source>
        <translation>Modifier le type de réunion de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="951"/>
        <source>the last day ({last}) would come before the first day ({first})</source>
        <translation>le dernier jour ({last}) précéderait le premier jour ({first})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="964"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="965"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="969"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="985"/>
        <source>Set logo {file}</source>
        <translation>Définir le logo {file}</translation>
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
        <translation>Le logo n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1001"/>
        <source>The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.</source>
        <translation>Le logo n&apos;a pas été modifié : « {file} » ne peut pas être lu comme une image ; il est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1013"/>
        <source>Remove logo {file}</source>
        <translation>Retirer le logo {file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1028"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1029"/>
        <source>Edit language of {title}</source>
        <translation>Modifier la langue de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1041"/>
        <source>The language was not changed: no language code was given; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>La langue n&apos;a pas été modifiée : aucun code de langue n&apos;a été indiqué ; saisissez un code comme « de » ou « pt-BR ».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1046"/>
        <source>The language was not changed: ‘{code}’ is not a language code; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>La langue n&apos;a pas été modifiée : « {code} » n&apos;est pas un code de langue ; saisissez un code comme « de » ou « pt-BR ».</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1059"/>
        <source>&amp;Background:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1061"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1062"/>
        <source>background</source>
        <translation>contexte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1063"/>
        <source>Why the meeting is held: the context, the issues</source>
        <translation>Pourquoi la réunion a lieu : le contexte, les enjeux</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1067"/>
        <source>&amp;Aims:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1069"/>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1070"/>
        <source>aims</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1071"/>
        <source>What the meeting is to achieve</source>
        <translation>Ce que la réunion doit permettre d&apos;accomplir</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1075"/>
        <source>Logisti&amp;cs:</source>
        <translation>&amp;Informations pratiques :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1077"/>
        <source>Logistics</source>
        <translation>Informations pratiques</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1078"/>
        <source>logistics</source>
        <translation>informations pratiques</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1079"/>
        <source>Registration, badges, interpretation, coffee…</source>
        <translation>Inscription, badges, interprétation, café…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1083"/>
        <source>Ac&amp;knowledgements:</source>
        <translation>&amp;Remerciements :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1085"/>
        <source>Acknowledgements</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1086"/>
        <source>acknowledgements</source>
        <translation>remerciements</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1087"/>
        <source>Sponsors and partners to thank</source>
        <translation>Parrains et partenaires à remercier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1096"/>
        <source>First day is set</source>
        <translation>Premier jour défini</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1097"/>
        <source>No date yet</source>
        <translation>Pas encore de date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1098"/>
        <source>Untick if there is no date yet</source>
        <translation>Décochez cette case s&apos;il n&apos;y a pas encore de date</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1099"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1100"/>
        <source>Edit first day of {title}</source>
        <translation>Modifier le premier jour de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1101"/>
        <source>Clear first day of {title}</source>
        <translation>Effacer le premier jour de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1102"/>
        <source>The first day was not changed: {problem}.</source>
        <translation>Le premier jour n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1109"/>
        <source>Last day is set</source>
        <translation>Dernier jour défini</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1110"/>
        <source>One-day meeting</source>
        <translation>Réunion d&apos;une journée</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1111"/>
        <source>Untick for a one-day meeting</source>
        <translation>Décochez cette case pour une réunion d&apos;une journée</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1112"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1113"/>
        <source>Edit last day of {title}</source>
        <translation>Modifier le dernier jour de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1114"/>
        <source>Clear last day of {title}</source>
        <translation>Effacer le dernier jour de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1115"/>
        <source>The last day was not changed: {problem}.</source>
        <translation>Le dernier jour n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1121"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1122"/>
        <source>Start time is set</source>
        <translation>Heure de début définie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1123"/>
        <location filename="../../ui/editors/meeting.py" line="1136"/>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1124"/>
        <source>Untick if the start is not known</source>
        <translation>Décochez cette case si l&apos;heure de début n&apos;est pas connue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1125"/>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1126"/>
        <source>Edit start time of {title}</source>
        <translation>Modifier l&apos;heure de début de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1127"/>
        <source>Clear start time of {title}</source>
        <translation>Effacer l&apos;heure de début de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1128"/>
        <source>The start time was not changed: {problem}.</source>
        <translation>L&apos;heure de début n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1134"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1135"/>
        <source>End time is set</source>
        <translation>Heure de fin définie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1137"/>
        <source>Untick if the end is not known</source>
        <translation>Décochez cette case si l&apos;heure de fin n&apos;est pas connue</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1138"/>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1139"/>
        <source>Edit end time of {title}</source>
        <translation>Modifier l&apos;heure de fin de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1140"/>
        <source>Clear end time of {title}</source>
        <translation>Effacer l&apos;heure de fin de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1141"/>
        <source>The end time was not changed: {problem}.</source>
        <translation>L&apos;heure de fin n&apos;a pas été modifiée : {problem}.</translation>
    </message>
</context>
<context>
    <name>MinutesSpinBox</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="449"/>
        <source>none</source>
        <translation>aucune</translation>
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
        <translation>Décaler {title} de {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="51"/>
        <source>Move %n items by {minutes}</source>
        <translation>
            <numerusform>Décaler %n point de {minutes}</numerusform>
            <numerusform>Décaler %n points de {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="61"/>
        <source>Move {title} by {minutes}</source>
        <comment>button</comment>
        <translation>Décaler {title} de {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="64"/>
        <source>Move %n items by {minutes}</source>
        <comment>button</comment>
        <translation>
            <numerusform>Décaler %n point de {minutes}</numerusform>
            <numerusform>Décaler %n points de {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="92"/>
        <source>Move Following Items</source>
        <translation>Décaler les points suivants</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="101"/>
        <source>Move {title} and every item after it the same day, in every room, keeping their lengths. A negative number moves them earlier.</source>
        <translation>Décale {title} et tous les points qui le suivent le même jour, dans toutes les salles, en conservant leur durée. Un nombre négatif les avance.</translation>
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
        <translation>Décalage en minutes</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="120"/>
        <source>&amp;Include the selected item</source>
        <translation>&amp;Inclure le point choisi</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="124"/>
        <source>Untick to move only what comes after it (when the selected item runs longer)</source>
        <translation>Décochez cette case pour ne décaler que ce qui le suit (lorsque le point choisi se prolonge)</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="130"/>
        <source>What will move</source>
        <translation>Ce qui sera décalé</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="146"/>
        <source>&amp;Move by:</source>
        <translation>&amp;Décaler de :</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="168"/>
        <source>Cannot move: {problem}.</source>
        <translation>Décalage impossible : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="184"/>
        <source>Move</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="191"/>
        <source>Nothing moves by 0 min.</source>
        <translation>Un décalage de 0 min ne change rien.</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="193"/>
        <source>No item follows it that day.</source>
        <translation>Aucun point ne le suit ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="195"/>
        <source>What will move (%n item(s)):</source>
        <translation>
            <numerusform>Ce qui sera décalé (%n point) :</numerusform>
            <numerusform>Ce qui sera décalé (%n points) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="217"/>
        <source>{moved} and %n more</source>
        <translation>
            <numerusform>{moved} et %n autre</numerusform>
            <numerusform>{moved} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="220"/>
        <source>Moved %n item(s) by {minutes}: {moved}</source>
        <translation>
            <numerusform>%n point décalé de {minutes} : {moved}</numerusform>
            <numerusform>%n points décalés de {minutes} : {moved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/text.py" line="286"/>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="287"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="288"/>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="289"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="55"/>
        <source>Note files</source>
        <translation>Fichiers de notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="58"/>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="59"/>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="60"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="61"/>
        <source>Text files</source>
        <translation>Fichiers texte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="62"/>
        <location filename="../../ui/editors/note.py" line="439"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="66"/>
        <source>A blank line starts a new paragraph; a line starting with “- ” is a bullet point. Everything else prints exactly as typed. For headings and emphasis, attach a Markdown (.md) file.</source>
        <translation>Une ligne vide commence un nouveau paragraphe ; une ligne commençant par « - » est une puce. Tout le reste est imprimé tel qu&apos;il a été saisi. Pour des titres et des mises en valeur, joignez un fichier Markdown (.md).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="72"/>
        <source>Tick the sessions this note is for: it also goes into their per-session packs.</source>
        <translation>Cochez les séances auxquelles se rapporte cette note : elle figure aussi dans leurs dossiers par séance.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="111"/>
        <source>Title of the note, as printed</source>
        <translation>Titre de la note, tel qu&apos;il sera imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="112"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="115"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="119"/>
        <source>&amp;Internal (never in packs for participants)</source>
        <translation>&amp;Interne (jamais dans les dossiers destinés aux participants)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="121"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="123"/>
        <source>An internal note goes only into packs that include internal notes</source>
        <translation>Une note interne ne figure que dans les dossiers qui incluent les notes internes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="155"/>
        <source>Sessions of this note</source>
        <translation>Séances de cette note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="158"/>
        <source>The agenda has no items yet.</source>
        <translation>L&apos;ordre du jour ne comporte encore aucun point.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="162"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="173"/>
        <source>The note&apos;s own text, as it should appear in the pack</source>
        <translation>Le texte propre de la note, tel qu&apos;il doit figurer dans le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="175"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="183"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="196"/>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="197"/>
        <source>Use a DOCX, PDF, Markdown or text file as this note</source>
        <translation>Utiliser un fichier DOCX, PDF, Markdown ou texte comme note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="203"/>
        <source>Replace file…</source>
        <translation>Remplacer le fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="204"/>
        <source>Put another file in place of this one</source>
        <translation>Mettre un autre fichier à la place de celui-ci</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="209"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="210"/>
        <source>Save the note&apos;s file somewhere on this computer</source>
        <translation>Enregistrer le fichier de la note sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="215"/>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="216"/>
        <source>Remove the file from the note; the note keeps its own text</source>
        <translation>Retirer le fichier de la note ; la note conserve son propre texte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="228"/>
        <source>a DOCX, PDF, Markdown or text file, or write the note below.</source>
        <comment>after the Attach file… button</comment>
        <translation>(DOCX, PDF, Markdown ou texte), ou rédigez la note ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="247"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="252"/>
        <source>File format and size</source>
        <translation>Format et taille du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="333"/>
        <source>Text printed &amp;before the file (optional):</source>
        <translation>Texte imprimé &amp;avant le fichier (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="335"/>
        <source>&amp;Text of the note:</source>
        <translation>Te&amp;xte de la note :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="354"/>
        <source>Mark {title} internal</source>
        <translation>Marquer {title} comme interne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="356"/>
        <source>Mark {title} for participants</source>
        <translation>Marquer {title} comme destinée aux participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="360"/>
        <source>internal flag</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="374"/>
        <source>Link {note} to {item}</source>
        <translation>Rattacher {note} à {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="376"/>
        <source>Unlink {note} from {item}</source>
        <translation>Détacher {note} de {item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="380"/>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="395"/>
        <source>Choose the note&apos;s file</source>
        <translation>Choisir le fichier de la note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="409"/>
        <source>The file was not changed: {problem}.</source>
        <translation>Le fichier n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="413"/>
        <source>Replace file of {title}</source>
        <translation>Remplacer le fichier de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="415"/>
        <source>Attach file to {title}</source>
        <translation>Joindre un fichier à {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="419"/>
        <location filename="../../ui/editors/note.py" line="430"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="429"/>
        <source>Remove file of {title}</source>
        <translation>Retirer le fichier de {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="442"/>
        <source>Save a copy of the note&apos;s file</source>
        <translation>Enregistrer une copie du fichier de la note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="456"/>
        <source>The copy was not saved: {file} cannot be written ({reason}).</source>
        <translation>La copie n&apos;a pas été enregistrée : {file} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="463"/>
        <source>Saved a copy of {file} as {path}</source>
        <translation>Copie de {file} enregistrée sous {path}</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="560"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="571"/>
        <source>For: {sessions}</source>
        <translation>Concerne : {sessions}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/models.py" line="275"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="276"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="277"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="294"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="84"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="87"/>
        <source>Meeting summary</source>
        <translation>Résumé de la réunion</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="93"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="95"/>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="96"/>
        <source>Bios</source>
        <translation>Notices biographiques</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="97"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="101"/>
        <source>&amp;Agenda items</source>
        <translation>&amp;Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="102"/>
        <source>&amp;Bios</source>
        <translation>Notices &amp;biographiques</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="103"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="107"/>
        <source>Full pack</source>
        <translation>Dossier complet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="108"/>
        <source>One pack per session (moderator briefs)</source>
        <translation>Un dossier par séance (notes pour le modérateur)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="113"/>
        <source>Order of appearance</source>
        <translation>Ordre d&apos;apparition</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="114"/>
        <source>Alphabetical</source>
        <translation>Ordre alphabétique</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="118"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="125"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="129"/>
        <source>For participants only</source>
        <translation>Réservé aux participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="130"/>
        <source>Restricted</source>
        <translation>Diffusion restreinte</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="131"/>
        <source>Internal — not for distribution</source>
        <translation>Usage interne — ne pas distribuer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="132"/>
        <source>Draft — not for circulation</source>
        <translation>Projet — ne pas diffuser</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="135"/>
        <source>Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack&apos;s running header and footer fit around it. Untick for notes whose margins are free: their pages keep their full size and the header and footer are printed in those margins.</source>
        <translation>Si cette case est cochée, chaque page d&apos;une note PDF fusionnée est réduite (à environ 90 %) pour laisser place à l&apos;en-tête courant et au pied de page du dossier. Décochez-la pour les notes dont les marges sont libres : leurs pages gardent leur taille réelle, et l&apos;en-tête et le pied de page sont imprimés dans ces marges.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="176"/>
        <source>{first} and {last}</source>
        <extracomment>two or more formats, e.g. &quot;PDF and DOCX&quot;; {first} may be a list itself.</extracomment>
        <translation>{first} et {last}</translation>
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
            <numerusform>%n point de l&apos;ordre du jour</numerusform>
            <numerusform>%n points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="186"/>
        <source>%n bio(s)</source>
        <translation>
            <numerusform>%n notice biographique</numerusform>
            <numerusform>%n notices biographiques</numerusform>
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
        <translation>Un dossier par séance</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="205"/>
        <source>{hint} People in none of the chosen agenda items are in italics.</source>
        <extracomment>{hint} says how the pack orders the ticked bios.</extracomment>
        <translation>{hint} Les personnes qui ne figurent dans aucun des points choisis sont en italique.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="214"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, sorted by surname; the ticks here are not used.</source>
        <translation>Le dossier de chaque séance contient les notices biographiques des personnes de cette séance, triées par nom de famille ; les coches de cette liste ne sont pas utilisées.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="219"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, in the order they appear in it; the ticks here are not used.</source>
        <translation>Le dossier de chaque séance contient les notices biographiques des personnes de cette séance, dans leur ordre d&apos;apparition dans celle-ci ; les coches de cette liste ne sont pas utilisées.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="225"/>
        <source>Alphabetical: the pack sorts the ticked bios by surname (the last word of the name); the order of this list is not used.</source>
        <translation>Ordre alphabétique : le dossier trie les notices cochées par nom de famille (le dernier mot du nom) ; l&apos;ordre de cette liste n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="230"/>
        <source>Order of appearance: the pack prints the ticked bios in this list&apos;s order, which starts as the order people first appear in the agenda; move a name to change it.</source>
        <translation>Ordre d&apos;apparition : le dossier imprime les notices cochées dans l&apos;ordre de cette liste, qui est d&apos;abord celui dans lequel les personnes apparaissent pour la première fois dans l&apos;ordre du jour ; déplacez un nom pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="238"/>
        <source>The programme and the session pages follow the ticked items in this order; a newly ticked item goes to its place in the agenda.</source>
        <translation>Le programme et les pages des séances suivent les points cochés dans cet ordre ; un point nouvellement coché prend sa place dans l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="243"/>
        <source>One pack for each ticked item that has people in it (for every such item when none is ticked); each lists the ticked items of its day in its programme.</source>
        <translation>Un dossier pour chaque point coché qui comporte des personnes (pour chacun de ces points si aucun n&apos;est coché) ; chaque dossier présente dans son programme les points cochés de sa journée.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="250"/>
        <source>The pack has the ticked notes in this order, internal ones too. ‘Include internal notes’ concerns the packs made per session.</source>
        <translation>Le dossier contient les notes cochées dans cet ordre, y compris les notes internes. « Inclure les notes internes » concerne les dossiers par séance.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="255"/>
        <source>Each session&apos;s pack has that session&apos;s notes that are ticked here (all of them when none is ticked), in the meeting&apos;s order; internal ones only when included below.</source>
        <translation>Le dossier de chaque séance contient les notes de cette séance qui sont cochées ici (toutes si aucune n&apos;est cochée), dans l&apos;ordre de la réunion ; les notes internes seulement si elles sont incluses ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="262"/>
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>L&apos;ordre du jour est vide : ajoutez des points dans la page Ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="263"/>
        <source>The meeting has no people yet: add them on the People page.</source>
        <translation>La réunion ne compte encore aucune personne : ajoutez-en dans la page Personnes.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="266"/>
        <source>The meeting has no background notes yet: add them on the Notes page.</source>
        <translation>La réunion n&apos;a encore aucune note d&apos;information : ajoutez-en dans la page Notes.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="741"/>
        <source>Contents of the pack</source>
        <translation>Contenu du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="750"/>
        <source>What the pack holds</source>
        <translation>Ce que contient le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>e.g. Full pack</source>
        <translation>p. ex. Dossier complet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="765"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="767"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="769"/>
        <source>One full pack, or one pack per session for its moderator and speakers</source>
        <translation>Un dossier complet, ou un dossier par séance pour son modérateur et ses intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="780"/>
        <source>Build as {format}</source>
        <translation>Générer en {format}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="787"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="790"/>
        <source>S&amp;hrink merged PDF pages to fit the header and footer</source>
        <translation>Ré&amp;duire les pages PDF fusionnées pour l&apos;en-tête et le pied de page</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="792"/>
        <source>Shrink merged PDF pages</source>
        <translation>Réduire les pages PDF fusionnées</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="797"/>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="799"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="800"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="801"/>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="802"/>
        <source>Pape&amp;r:</source>
        <translation>Papie&amp;r :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="810"/>
        <source>Include a list of par&amp;ticipants</source>
        <translation>Inclure une &amp;liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="813"/>
        <source>Include a list of participants</source>
        <translation>Inclure une liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="816"/>
        <source>A “List of participants” section: everyone in the meeting, grouped by category</source>
        <translation>Une section « Liste des participants » : toutes les personnes de la réunion, regroupées par catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="822"/>
        <source>Show participants&apos; &amp;emails</source>
        <translation>Afficher le &amp;courriel des participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="823"/>
        <source>Show participants&apos; emails</source>
        <translation>Afficher le courriel des participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="825"/>
        <source>Whether the list of participants gives each one&apos;s email</source>
        <translation>Indique si la liste des participants donne le courriel de chacun</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="850"/>
        <source>Distribution mark</source>
        <translation>Mention de diffusion</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="852"/>
        <source>Printed on the cover, e.g. “For participants only”</source>
        <translation>Imprimée sur la couverture, p. ex. « Réservé aux participants »</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="855"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="859"/>
        <source>Edit distribution mark of {pack}</source>
        <translation>Modifier la mention de diffusion de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="860"/>
        <location filename="../../ui/editors/pack.py" line="1203"/>
        <source>The distribution mark was not changed: {problem}.</source>
        <translation>La mention de diffusion n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="864"/>
        <source>e.g. Draft 3, 28 November 2017</source>
        <translation>p. ex. Projet 3, 28 novembre 2017</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="865"/>
        <source>Version or status line</source>
        <translation>Ligne de version ou d&apos;état</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="868"/>
        <source>Printed on the cover under the pack&apos;s name</source>
        <translation>Imprimée sur la couverture sous le nom du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="873"/>
        <source>Edit version line of {pack}</source>
        <translation>Modifier la ligne de version de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="874"/>
        <source>The version line was not changed: {problem}.</source>
        <translation>La ligne de version n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="876"/>
        <source>Cover sheet</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="878"/>
        <source>Distribution &amp;mark:</source>
        <translation>&amp;Mention de diffusion :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="879"/>
        <source>&amp;Version line:</source>
        <translation>Ligne de &amp;version :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="899"/>
        <location filename="../../ui/editors/pack.py" line="907"/>
        <source>Only people in the chosen items</source>
        <translation>Seulement les personnes des points choisis</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="902"/>
        <source>Tick exactly the people who have a role in the chosen agenda items</source>
        <translation>Cocher exactement les personnes qui ont un rôle dans les points choisis</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="911"/>
        <source>Bio order</source>
        <translation>Ordre des notices</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="913"/>
        <source>Bio &amp;order:</source>
        <translation>Ordre des notic&amp;es :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="914"/>
        <source>Include &amp;internal notes</source>
        <translation>Inclure les notes &amp;internes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="915"/>
        <source>Include internal notes</source>
        <translation>Inclure les notes internes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="917"/>
        <source>Whether the packs made per session include their sessions&apos; internal notes</source>
        <translation>Indique si les dossiers par séance incluent les notes internes de leur séance</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1008"/>
        <source>{list} ({chosen} of {total})</source>
        <extracomment>a tab&apos;s title with how many of the list&apos;s entries the pack holds.</extracomment>
        <translation>{list} ({chosen} sur {total})</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1043"/>
        <source>Rename pack {pack}</source>
        <translation>Renommer le dossier {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1097"/>
        <source>Set kind of {pack} to full pack</source>
        <translation>Faire de {pack} un dossier complet</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1099"/>
        <source>Set kind of {pack} to one pack per session</source>
        <translation>Faire de {pack} un dossier par séance</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1100"/>
        <source>The kind was not changed: {problem}.</source>
        <translation>Le type n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1111"/>
        <source>Set formats of {pack} to {formats}</source>
        <translation>Définir les formats de {pack} sur {formats}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1114"/>
        <source>The formats were not changed: {problem}.</source>
        <translation>Les formats n&apos;ont pas été modifiés : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1119"/>
        <source>Set paper of {pack} to {paper}</source>
        <translation>Définir le papier de {pack} sur {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1122"/>
        <source>The paper was not changed: {problem}.</source>
        <translation>Le papier n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1127"/>
        <source>Shrink merged PDF pages of {pack}</source>
        <translation>Réduire les pages PDF fusionnées de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1129"/>
        <source>Stamp merged PDF pages of {pack} without shrinking</source>
        <translation>Ne pas réduire les pages PDF fusionnées de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1131"/>
        <source>The merged pages were not changed: {problem}.</source>
        <translation>Les pages fusionnées n&apos;ont pas été modifiées : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1141"/>
        <source>Include a list of participants in {pack}</source>
        <translation>Inclure une liste des participants dans {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1143"/>
        <source>Leave the list of participants out of {pack}</source>
        <translation>Retirer la liste des participants de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1145"/>
        <source>The list of participants was not changed: {problem}.</source>
        <translation>La liste des participants n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1155"/>
        <source>Show participants&apos; emails in {pack}</source>
        <translation>Afficher le courriel des participants dans {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1157"/>
        <source>Leave participants&apos; emails out of {pack}</source>
        <translation>Masquer le courriel des participants dans {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1159"/>
        <source>The participants&apos; emails were not changed: {problem}.</source>
        <translation>Le courriel des participants n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1170"/>
        <source>Set bio order of {pack} to alphabetical</source>
        <translation>Trier les notices de {pack} par ordre alphabétique</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1172"/>
        <source>Set bio order of {pack} to order of appearance</source>
        <translation>Trier les notices de {pack} par ordre d&apos;apparition</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1173"/>
        <source>The bio order was not changed: {problem}.</source>
        <translation>L&apos;ordre des notices n&apos;a pas été modifié : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1182"/>
        <source>Include internal notes in {pack}</source>
        <translation>Inclure les notes internes dans {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1184"/>
        <source>Leave internal notes out of {pack}</source>
        <translation>Exclure les notes internes de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1186"/>
        <source>The internal notes were not changed: {problem}.</source>
        <translation>Les notes internes n&apos;ont pas été modifiées : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1200"/>
        <source>Set distribution mark of {pack} to {mark}</source>
        <translation>Définir la mention de diffusion de {pack} sur {mark}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1202"/>
        <source>Set distribution mark of {pack} to none</source>
        <translation>Supprimer la mention de diffusion de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1218"/>
        <source>Add {entry} to {pack}</source>
        <translation>Ajouter {entry} à {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1220"/>
        <source>Remove {entry} from {pack}</source>
        <translation>Retirer {entry} de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1231"/>
        <source>Move {entry} up in {pack}</source>
        <translation>Déplacer {entry} vers le haut dans {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1233"/>
        <source>Move {entry} down in {pack}</source>
        <translation>Déplacer {entry} vers le bas dans {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1271"/>
        <source>Set bios of {pack} to the people in its agenda items</source>
        <translation>Faire correspondre les notices de {pack} aux personnes de ses points</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1290"/>
        <source>Select all agenda items</source>
        <translation>Sélectionner tous les points</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1291"/>
        <source>Select no agenda items</source>
        <translation>Ne sélectionner aucun point</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1292"/>
        <source>How the pack uses the agenda items</source>
        <translation>Comment le dossier utilise les points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1296"/>
        <source>Select all bios</source>
        <translation>Sélectionner toutes les notices</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1297"/>
        <source>Select no bios</source>
        <translation>Ne sélectionner aucune notice</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1298"/>
        <source>How the pack uses the bios</source>
        <translation>Comment le dossier utilise les notices biographiques</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1301"/>
        <source>Select all notes</source>
        <translation>Sélectionner toutes les notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1302"/>
        <source>Select no notes</source>
        <translation>Ne sélectionner aucune note</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1303"/>
        <source>How the pack uses the notes</source>
        <translation>Comment le dossier utilise les notes</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1310"/>
        <source>Add all agenda items to {pack}</source>
        <translation>Ajouter tous les points de l&apos;ordre du jour à {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1311"/>
        <source>Remove all agenda items from {pack}</source>
        <translation>Retirer tous les points de l&apos;ordre du jour de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1312"/>
        <source>Add all bios to {pack}</source>
        <translation>Ajouter toutes les notices à {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1313"/>
        <source>Remove all bios from {pack}</source>
        <translation>Retirer toutes les notices de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1314"/>
        <source>Add all notes to {pack}</source>
        <translation>Ajouter toutes les notes à {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1315"/>
        <source>Remove all notes from {pack}</source>
        <translation>Retirer toutes les notes de {pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1323"/>
        <source>The agenda items were not changed: {problem}.</source>
        <translation>Les points de l&apos;ordre du jour n&apos;ont pas été modifiés : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1325"/>
        <source>The bios were not changed: {problem}.</source>
        <translation>Les notices n&apos;ont pas été modifiées : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1326"/>
        <source>The notes were not changed: {problem}.</source>
        <translation>Les notes n&apos;ont pas été modifiées : {problem}.</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/models.py" line="304"/>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="305"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="306"/>
        <source>Agenda items</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="307"/>
        <source>Bios</source>
        <translation>Notices</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="322"/>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <translation>Les fichiers PDF sont chiffrés (AES-256) ; les fichiers DOCX ne sont pas
protégés. Le mot de passe d&apos;ouverture est demandé pour ouvrir les PDF.
Sans le mot de passe du propriétaire, les lecteurs peuvent les imprimer
et en copier le texte, mais non les modifier ni les annoter. Indiquez l&apos;un
des deux mots de passe ou les deux. Ils ne servent qu&apos;à cette génération
et ne sont jamais enregistrés : conservez-les en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="36"/>
        <source>Asked for to open the PDF files; left empty, anyone can open them</source>
        <translation>Demandé pour ouvrir les fichiers PDF ; s&apos;il est vide, tout le monde peut les ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="39"/>
        <source>Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them may do anything</source>
        <translation>Nécessaire pour modifier, annoter ou réorganiser les fichiers PDF ; s&apos;il est vide, quiconque les ouvre peut tout faire</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="67"/>
        <source>Res&amp;trict the PDF pack with passwords</source>
        <translation>Pro&amp;téger le dossier PDF par mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="72"/>
        <source>Encrypt the PDF packs of this build with an open and/or owner password</source>
        <translation>Chiffrer les dossiers PDF de cette génération avec un mot de passe d&apos;ouverture et/ou un mot de passe du propriétaire</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="78"/>
        <source>Open password</source>
        <translation>Mot de passe d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="81"/>
        <source>Owner password</source>
        <translation>Mot de passe du propriétaire</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="83"/>
        <source>S&amp;how passwords</source>
        <translation>A&amp;fficher les mots de passe</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="85"/>
        <source>Show the passwords as typed, to check them</source>
        <translation>Afficher les mots de passe tels qu&apos;ils sont saisis, pour les vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="98"/>
        <source>Ope&amp;n password:</source>
        <translation>Mot de passe d&apos;ou&amp;verture :</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="99"/>
        <source>O&amp;wner password:</source>
        <translation>Mot de passe du propriét&amp;aire :</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="124"/>
        <source>Type an open password, an owner password or both, or untick ‘Restrict the PDF pack with passwords’.</source>
        <translation>Saisissez un mot de passe d&apos;ouverture, un mot de passe du propriétaire ou les deux, ou décochez « Protéger le dossier PDF par mot de passe ».</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="132"/>
        <source>The {field} {problem}.</source>
        <translation>Le {field} {problem}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="36"/>
        <source>Cannot preview {file}: the file does not exist.

{path}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de {file} : le fichier n&apos;existe pas.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="39"/>
        <source>Cannot preview {file}: the file is not a PDF, or is damaged.

{path}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de {file} : le fichier n&apos;est pas un PDF, ou il est endommagé.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="42"/>
        <source>Cannot preview {file}: the file is protected by a password.

{path}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de {file} : le fichier est protégé par mot de passe.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="45"/>
        <source>Cannot preview {file}: the file is encrypted in a way not supported.

{path}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de {file} : le fichier est chiffré d&apos;une manière non prise en charge.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="49"/>
        <source>Cannot preview {file}: the file could not be read yet.

{path}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de {file} : le fichier n&apos;a pas encore pu être lu.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="53"/>
        <source>Cannot preview {file}: the file could not be opened.

{path}</source>
        <translation>Impossible d&apos;afficher l&apos;aperçu de {file} : le fichier n&apos;a pas pu être ouvert.

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="57"/>
        <source>No PDF to preview yet. Build a pack in PDF to see it here.</source>
        <translation>Aucun PDF à afficher pour l&apos;instant. Générez un dossier au format PDF pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="73"/>
        <source>PDF pages</source>
        <translation>Pages du PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="81"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="83"/>
        <source>The pack&apos;s bookmarks: click one to go to its page</source>
        <translation>Les signets du dossier : cliquez sur l&apos;un d&apos;eux pour afficher sa page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="96"/>
        <source>Preview message</source>
        <translation>Message de l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="302"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="313"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="314"/>
        <source>Go to the previous page</source>
        <translation>Aller à la page précédente</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="320"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="321"/>
        <source>Go to the next page</source>
        <translation>Aller à la page suivante</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="327"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="328"/>
        <source>Show the pages smaller</source>
        <translation>Afficher les pages en plus petit</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="334"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="335"/>
        <source>Show the pages larger</source>
        <translation>Afficher les pages en plus grand</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="341"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="342"/>
        <source>Show the pages at their actual size</source>
        <translation>Afficher les pages à leur taille réelle</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="348"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="349"/>
        <source>Fit the page width to the window</source>
        <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="356"/>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="357"/>
        <source>Show whole pages in the window</source>
        <translation>Afficher des pages entières dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="384"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="386"/>
        <source>The page shown: type a number to go to that page</source>
        <translation>La page affichée : saisissez un numéro pour aller à cette page</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="396"/>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="397"/>
        <source>How large the pages are shown</source>
        <translation>Taille d&apos;affichage des pages</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="519"/>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="524"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <location filename="../../ui/people_import.py" line="60"/>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="66"/>
        <location filename="../../ui/people_import.py" line="446"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="67"/>
        <source>Honorific</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="68"/>
        <location filename="../../ui/people_import.py" line="447"/>
        <source>Position</source>
        <translation>Fonction</translation>
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
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="71"/>
        <source>Bio</source>
        <translation>Notice biographique</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="72"/>
        <location filename="../../ui/people_import.py" line="450"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="73"/>
        <location filename="../../ui/people_import.py" line="451"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="155"/>
        <source>Import people — {file}</source>
        <translation>Importer des personnes — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="209"/>
        <source>&amp;Columns of the file</source>
        <translation>&amp;Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="212"/>
        <source>Choose what each column holds; the lists on the right follow.</source>
        <translation>Choisissez ce que contient chaque colonne ; les listes de droite sont mises à jour en conséquence.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="220"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="223"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="224"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="225"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="252"/>
        <source>(column {number})</source>
        <translation>(colonne {number})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="259"/>
        <source>Imported as, for column {column}</source>
        <translation>Importée comme, pour la colonne {column}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="295"/>
        <source>Choose which column holds the names: Full name, or First name and Last name.</source>
        <translation>Choisissez la colonne qui contient les noms : Nom complet, ou Prénom et Nom de famille.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="344"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="404"/>
        <source>&amp;Tick all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="405"/>
        <source>&amp;Untick all</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="444"/>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="452"/>
        <location filename="../../ui/people_import.py" line="461"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="456"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="458"/>
        <source>Person and field</source>
        <translation>Personne et champ</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="459"/>
        <source>Now</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="460"/>
        <source>From the file</source>
        <translation>Valeur du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="466"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="489"/>
        <source>&amp;New people ({count})</source>
        <translation>&amp;Nouvelles personnes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="492"/>
        <source>C&amp;hanges ({count})</source>
        <translation>&amp;Modifications ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="495"/>
        <source>P&amp;roblems ({count})</source>
        <translation>&amp;Problèmes ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="505"/>
        <source>From {file} (read as {format}), %n row(s): {problem}</source>
        <translation>
            <numerusform>Fichier {file} (lu au format {format}), %n ligne : {problem}</numerusform>
            <numerusform>Fichier {file} (lu au format {format}), %n lignes : {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="513"/>
        <source>From {file} (read as {format}), %n row(s): {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</source>
        <translation>
            <numerusform>Fichier {file} (lu au format {format}), %n ligne : {new}, {changed}, {unchanged}. Décochez ce qui ne doit pas changer ; rien ne change dans la réunion avant que vous ne cliquiez sur Appliquer.</numerusform>
            <numerusform>Fichier {file} (lu au format {format}), %n lignes : {new}, {changed}, {unchanged}. Décochez ce qui ne doit pas changer ; rien ne change dans la réunion avant que vous ne cliquiez sur Appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="524"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n nouvelle personne</numerusform>
            <numerusform>%n nouvelles personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="525"/>
        <source>%n person(s) with changes</source>
        <translation>
            <numerusform>%n personne à modifier</numerusform>
            <numerusform>%n personnes à modifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="526"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n déjà à jour</numerusform>
            <numerusform>%n déjà à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="534"/>
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Appliquer %n modification</numerusform>
            <numerusform>&amp;Appliquer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="536"/>
        <source>Nothing to apply</source>
        <translation>Rien à appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="541"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models.py" line="251"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="253"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="254"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="255"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/editors/person.py" line="59"/>
        <source>Mr.</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="60"/>
        <source>Ms.</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="61"/>
        <source>Mrs.</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="62"/>
        <source>Dr.</source>
        <translation>Dr</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="63"/>
        <source>Prof.</source>
        <translation>Pr</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="64"/>
        <source>H.E.</source>
        <translation>S. E.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="65"/>
        <source>H.E. Mr.</source>
        <translation>S. E. M.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="66"/>
        <source>H.E. Ms.</source>
        <translation>S. E. Mme</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="72"/>
        <source>This bio is a placeholder. Replace it with the person&apos;s real bio before the pack is sent.</source>
        <translation>Cette notice biographique est provisoire. Remplacez-la par la véritable notice de la personne avant l&apos;envoi du dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="102"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="103"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="111"/>
        <source>{role} in {title}</source>
        <extracomment>a person&apos;s role in an agenda item, e.g. &quot;Moderator in ‘Session 2’&quot;.</extracomment>
        <translation>{role} dans {title}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="119"/>
        <source>; </source>
        <extracomment>what separates a person&apos;s appearances in the agenda.</extracomment>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="120"/>
        <source>Not in the agenda yet</source>
        <translation>Ne figure pas encore à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="137"/>
        <source>Photo:</source>
        <translation>Photo :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="141"/>
        <source>Appears in</source>
        <translation>Apparaît dans</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="142"/>
        <source>Appears in:</source>
        <translation>Apparaît dans :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="152"/>
        <source>Full name, as printed</source>
        <translation>Nom complet, tel qu&apos;il sera imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="154"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="158"/>
        <source>&amp;Honorific:</source>
        <translation>&amp;Titre de civilité :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="160"/>
        <source>e.g. Senior Advisor</source>
        <translation>p. ex. Conseiller principal</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="162"/>
        <source>position</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="164"/>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="166"/>
        <source>e.g. International Service for Human Rights</source>
        <translation>p. ex. Service international pour les droits de l&apos;homme</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="168"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="170"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="172"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="174"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="176"/>
        <source>Categor&amp;y:</source>
        <translation>Catégor&amp;ie :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="178"/>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="182"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="184"/>
        <source>Whom the person represents, as a list of participants groups them</source>
        <translation>Entité représentée par la personne, selon les groupes de la liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="196"/>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="216"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="218"/>
        <source>The country the person represents or comes from: a name or a code</source>
        <translation>Le pays que la personne représente ou dont elle vient : un nom ou un code</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="222"/>
        <location filename="../../ui/editors/person.py" line="279"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="237"/>
        <source>The country was not changed: {name} is not a country name or code the app knows; choose one from the list.</source>
        <translation>Le pays n&apos;a pas été modifié : {name} n&apos;est ni un nom ni un code de pays connu de l&apos;application ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="246"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="274"/>
        <source>Honorific</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="276"/>
        <source>Mr., Ms., Dr., H.E. … or any other form of address</source>
        <translation>M., Mme, Dr, S. E. ou tout autre titre de civilité</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="280"/>
        <location filename="../../ui/editors/person.py" line="290"/>
        <source>honorific</source>
        <translation>titre de civilité</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="301"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="305"/>
        <source>Photo file</source>
        <translation>Fichier de la photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="308"/>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="309"/>
        <source>Choose a PNG, JPEG or GIF photo of this person</source>
        <translation>Choisir une photo PNG, JPEG ou GIF de cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="316"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="317"/>
        <source>Remove this person&apos;s photo from the meeting</source>
        <translation>Retirer de la réunion la photo de cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="345"/>
        <source>The person&apos;s bio, as it should appear in the pack</source>
        <translation>La notice biographique de la personne, telle qu&apos;elle doit figurer dans le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="349"/>
        <source>bio</source>
        <translation>notice biographique</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="354"/>
        <source>Word count of the bio</source>
        <translation>Nombre de mots de la notice biographique</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="357"/>
        <source>&amp;Bio</source>
        <translation>Notice &amp;biographique</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="368"/>
        <source>Placeholder warning</source>
        <translation>Avertissement : texte provisoire</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="429"/>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="435"/>
        <source>Cannot show this image</source>
        <translation>Impossible d&apos;afficher cette image</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/person.py" line="454"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="463"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="475"/>
        <source>The photo was not changed: {problem}.</source>
        <translation>La photo n&apos;a pas été modifiée : {problem}.</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="478"/>
        <source>Set photo of {name}</source>
        <translation>Définir la photo de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="483"/>
        <source>Remove photo of {name}</source>
        <translation>Retirer la photo de {name}</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre :</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>Le changement de langue prend effet au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>RunningOrderModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="349"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="350"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="284"/>
        <source>Filter by command or key</source>
        <translation>Filtrer par commande ou par touche</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="286"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="307"/>
        <source>Lists, text fields and the Preview page have keys of their own, described in the User Guide.</source>
        <translation>Les listes, les champs de texte et la page Aperçu ont leurs propres raccourcis, décrits dans le Guide de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="358"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>Aucun raccourci ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>TupleTable</name>
    <message>
        <location filename="../../ui/editors/tables.py" line="156"/>
        <source>‘{text}’ is not a date; write it like {example}</source>
        <translation>« {text} » n&apos;est pas une date ; saisissez-la sous la forme {example}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="546"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="552"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="558"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="564"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help.py" line="154"/>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="159"/>
        <source>User guide page</source>
        <translation>Page du guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="169"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="176"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="183"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>rich</name>
    <message>
        <location filename="../../ui/rich.py" line="367"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="368"/>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="369"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="377"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="381"/>
        <source>Double-click the finding (or press Enter) to go to what it concerns.</source>
        <translation>Double-cliquez sur le constat (ou appuyez sur Entrée) pour accéder à l&apos;élément concerné.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="114"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="115"/>
        <source>Aims</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="117"/>
        <source>Linked events</source>
        <translation>Manifestations connexes</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="121"/>
        <source>References</source>
        <translation>Pour en savoir plus</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="124"/>
        <source>Logistics</source>
        <translation>Informations pratiques</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="127"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="136"/>
        <source>Short title</source>
        <translation>Titre abrégé</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="137"/>
        <location filename="../../ui/rich.py" line="212"/>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="138"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="139"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="190"/>
        <source>Nobody has a role in this item yet.</source>
        <translation>Personne n&apos;a encore de rôle dans ce point.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="194"/>
        <source>Running order</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="196"/>
        <location filename="../../ui/rich.py" line="335"/>
        <source>Background notes</source>
        <translation>Notes d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="211"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="213"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="214"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="244"/>
        <source>{role} — {item} ({time})</source>
        <translation>{role} — {item} ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="260"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="262"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="268"/>
        <source>Bio</source>
        <translation>Notice biographique</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="271"/>
        <source>No bio yet.</source>
        <translation>Aucune notice biographique pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="273"/>
        <source>In the agenda</source>
        <translation>Dans l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="289"/>
        <source>yes: left out of packs that leave out internal notes</source>
        <translation>oui : exclue des dossiers qui excluent les notes internes</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="295"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="296"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="297"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="298"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="299"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rich.py" line="311"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="327"/>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="331"/>
        <source>Bios</source>
        <translation>Notices biographiques</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="352"/>
        <location filename="../../ui/rich.py" line="357"/>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../ui/text.py" line="58"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="59"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="60"/>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="64"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="65"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="66"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="71"/>
        <source>bios in order of appearance</source>
        <translation>notices par ordre d&apos;apparition</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="72"/>
        <source>bios in alphabetical order</source>
        <translation>notices par ordre alphabétique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="82"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n point de l&apos;ordre du jour</numerusform>
            <numerusform>%n points de l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="83"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
        <translation>{role} : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="191"/>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>One per session</source>
        <translation>Un par séance</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>internal notes included</source>
        <translation>notes internes incluses</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>internal notes left out</source>
        <translation>notes internes exclues</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="218"/>
        <source>list of participants</source>
        <translation>liste des participants</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="219"/>
        <source>list of participants without emails</source>
        <translation>liste des participants sans courriel</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="226"/>
        <source>“{mark}”</source>
        <translation>« {mark} »</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="236"/>
        <source>No problems found</source>
        <translation>Aucun problème relevé</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="257"/>
        <source>The meeting</source>
        <translation>La réunion</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="258"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="259"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="260"/>
        <source>Background note</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="261"/>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="272"/>
        <source>{kind}: {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
</context>
</TS>
