<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>AgendaImportDialog</name>
    <message>
        <location filename="../../ui/imports.py" line="344"/>
        <source>Import agenda — {file}</source>
        <translation>导入议程 — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="370"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="379"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="395"/>
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="400"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="401"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="402"/>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="403"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="404"/>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="405"/>
        <location filename="../../ui/imports.py" line="530"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="426"/>
        <source>{items}, {people}, {contacts}</source>
        <translation>{items}、{people}、{contacts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="427"/>
        <location filename="../../ui/imports.py" line="680"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n 个议程项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="428"/>
        <location filename="../../ui/imports.py" line="681"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="429"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="432"/>
        <source>Found {found} in {file}; the import was unsure of %n thing(s) (see Findings). Nothing changes in the meeting until you click Import.</source>
        <translation>
            <numerusform>在 {file} 中找到 {found}；导入时有 %n 处不确定（见“检查结果”）。单击“导入”之前，会议不会有任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="440"/>
        <source>Found {found} in {file}. Nothing changes in the meeting until you click Import.</source>
        <translation>在 {file} 中找到 {found}。单击“导入”之前，会议不会有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="454"/>
        <source>&amp;Agenda ({count})</source>
        <translation>议程（{count}）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="461"/>
        <source>&amp;Overview ({count})</source>
        <translation>概述（{count}）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="463"/>
        <source>&amp;People ({count})</source>
        <translation>人员（{count}）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="467"/>
        <source>&amp;Contacts ({count})</source>
        <translation>联系人（{count}）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="474"/>
        <source>&amp;Findings ({count})</source>
        <translation>检查结果（{count}）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="483"/>
        <source>Agenda items found</source>
        <translation>找到的议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="485"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="486"/>
        <source>Item and people</source>
        <translation>项目和参与人员</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="487"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="522"/>
        <source>Texts and links found</source>
        <translation>找到的文本和链接</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="524"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="525"/>
        <source>What it says</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="529"/>
        <source>Aims</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="531"/>
        <source>Logistics</source>
        <translation>后勤安排</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="532"/>
        <source>Acknowledgements</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="537"/>
        <source>Linked event</source>
        <translation>相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="538"/>
        <source>Further reading</source>
        <translation>延伸阅读</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="547"/>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="549"/>
        <location filename="../../ui/imports.py" line="566"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="550"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="551"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="563"/>
        <source>Contacts found</source>
        <translation>找到的联系人</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="565"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="567"/>
        <source>Copied in</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="570"/>
        <source>cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="582"/>
        <source>What the import was unsure of</source>
        <translation>导入时不确定的内容</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="583"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="588"/>
        <source>Guessed, check it: {message}</source>
        <translation>推测所得，请核对：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="605"/>
        <source>How to apply it</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="607"/>
        <source>A&amp;dd to this meeting</source>
        <translation>添加到本会议(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="609"/>
        <source>&amp;Replace the agenda and people</source>
        <translation>替换议程和人员(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="640"/>
        <source>The items found come after this meeting&apos;s %n. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>
            <numerusform>找到的项目将排在本会议现有的 %n 个项目之后。已有的人员（电子邮件或姓名相同）不会重复添加，只补充其缺少的信息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="648"/>
        <source>The items found are added. People it already has (same email or name) are not added twice: only their missing details are filled in.</source>
        <translation>将添加找到的项目。已有的人员（电子邮件或姓名相同）不会重复添加，只补充其缺少的信息。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="655"/>
        <source>%n of the items found are already in this meeting (same title and start): adding would list them twice.</source>
        <translation>
            <numerusform>找到的项目中有 %n 个已在本会议中（标题和开始时间相同）：添加后会重复列出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="662"/>
        <source>{sentence} {next_sentence}</source>
        <translation>{sentence}{next_sentence}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="670"/>
        <source>This meeting has no agenda or people yet: the same as adding.</source>
        <translation>本会议尚无议程或人员：效果与添加相同。</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="675"/>
        <source>Its {items} and {people} are removed first; those found who were already in it keep their bio, photo and email. Notes and packs lose their links to what is removed.</source>
        <translation>先移除会议现有的 {items}和 {people}；找到的人员中原已在会议中的，保留其简历、照片和电子邮件。背景说明和材料中与被移除内容的关联将丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="689"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="696"/>
        <source>Either way the title stays; the organiser, date, times, venue, texts (background, aims, logistics, acknowledgements), linked events and further reading are taken from the file only where the meeting has none, and contacts it lacks are added.</source>
        <translation>无论选择哪种方式，标题都保持不变；主办方、日期、时间、地点、文本（背景、目标、后勤安排、致谢）、相关活动和延伸阅读仅在会议中尚无相应内容时才从文件中获取，并添加会议缺少的联系人。</translation>
    </message>
</context>
<context>
    <name>AgendaItemEditor</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="641"/>
        <location filename="../../ui/editors/agenda.py" line="836"/>
        <source>Title of the session</source>
        <translation>本场会议的标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="642"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="646"/>
        <source>Own date</source>
        <translation>单独日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="648"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="649"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="653"/>
        <source>Where it takes place, if not the meeting&apos;s room</source>
        <translation>举行地点（如与会议的会议室不同）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="654"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="657"/>
        <source>room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="662"/>
        <source>https://… (webcast or online meeting)</source>
        <translation>https://…（网播或线上会议）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="663"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="666"/>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="669"/>
        <source>The webcast or the online meeting: a web address (https://…)</source>
        <translation>网播或线上会议：网址（https://…）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="674"/>
        <source>Description or guiding questions</source>
        <translation>描述或指导性问题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="676"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="681"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="683"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="685"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="686"/>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="687"/>
        <source>&amp;Room:</source>
        <translation>会议室(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="688"/>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="689"/>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="695"/>
        <source>Kind of entry</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="697"/>
        <source>A session has a number, a page of its own and a brief;
a break, meal, reception, registration or side event has none of them.</source>
        <translation>每场会议都有编号、单独的页面和简报；
休息、用餐、招待会、注册或会边活动则都没有。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="710"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="728"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="732"/>
        <source>Item has a date of its own</source>
        <translation>项目有单独的日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="735"/>
        <source>Tick when the item is not on the meeting&apos;s first day;
otherwise it takes place on the meeting&apos;s first day.</source>
        <translation>项目不在会议第一天举行时勾选此项；
否则项目在会议第一天举行。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="741"/>
        <source>Date of the item</source>
        <translation>项目日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="755"/>
        <source>Length of the slot</source>
        <translation>时段长度</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="768"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="777"/>
        <source>time slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="838"/>
        <source>Title of the entry</source>
        <translation>条目标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="847"/>
        <source>the meeting&apos;s first day</source>
        <translation>会议第一天</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="849"/>
        <source>the meeting has no date yet</source>
        <translation>会议尚无日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="885"/>
        <source>Move person up</source>
        <translation>上移人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="886"/>
        <source>Move person down</source>
        <translation>下移人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="887"/>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="890"/>
        <source>People in this item</source>
        <translation>本项目的参与人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="908"/>
        <source>Person to add</source>
        <translation>要添加的人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="909"/>
        <source>Choose or type a name</source>
        <translation>选择或输入姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="910"/>
        <source>Someone of the meeting, or the name of a new person</source>
        <translation>本会议中的人员，或新人员的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="914"/>
        <source>Role of the person to add</source>
        <translation>要添加人员的角色</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="918"/>
        <source>A role from the list, or your own wording</source>
        <translation>从列表中选择角色，或自行输入</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="921"/>
        <location filename="../../ui/editors/agenda.py" line="954"/>
        <location filename="../../ui/editors/agenda.py" line="1128"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="924"/>
        <source>Add this person to the item in this role (Enter)</source>
        <translation>以此角色将此人添加到本项目（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="952"/>
        <source>Add new person</source>
        <translation>添加新人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="956"/>
        <source>“{name}” is not in the meeting yet: “Add new person” adds them.</source>
        <translation>“{name}”尚不在本会议中：单击“添加新人员”即可添加。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="985"/>
        <location filename="../../ui/editors/agenda.py" line="1012"/>
        <source>The person was not added: {problem}.</source>
        <translation>未添加该人员：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="989"/>
        <source>{name} is already in {item} as {role}.</source>
        <translation>{name}已以{role}身份列入{item}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="997"/>
        <source>Add {name} to {item}</source>
        <translation>将{name}添加到{item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1016"/>
        <source>Add new person {name} to {item}</source>
        <translation>将新人员{name}添加到{item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1028"/>
        <source>Remove {name} from {item}</source>
        <translation>从{item}中移除{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1050"/>
        <source>The role was not changed: {problem}.</source>
        <translation>未更改角色：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1054"/>
        <source>Change role of {name} in {item}</source>
        <translation>更改{name}在{item}中的角色</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1073"/>
        <source>Move step up</source>
        <translation>上移环节</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1074"/>
        <source>Move step down</source>
        <translation>下移环节</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1075"/>
        <source>Remove step</source>
        <translation>移除环节</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1078"/>
        <source>Running order</source>
        <translation>会议流程</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>New step</source>
        <translation>新环节</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1109"/>
        <source>Step to add</source>
        <translation>要添加的环节</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1112"/>
        <source>Speaker of the step to add</source>
        <translation>要添加环节的发言者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1113"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1114"/>
        <source>Someone of the meeting, or a description such as
“A human rights defender (to be named)”</source>
        <translation>本会议中的人员，或一段描述，例如
“一名人权维护者（待定）”</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1122"/>
        <source>Minutes of the step to add</source>
        <translation>要添加环节的分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1125"/>
        <source>Length of the step; “none” when it has no set length</source>
        <translation>环节时长；无固定时长时为“无”</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1131"/>
        <source>Add this step at the end of the running order (Enter)</source>
        <translation>将此环节添加到会议流程末尾（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1135"/>
        <source>Minutes of the steps against the slot</source>
        <translation>各环节分钟数与时段对比</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1141"/>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1179"/>
        <source>The step was not added: {problem}.</source>
        <translation>未添加环节：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1182"/>
        <source>Add step {step} to {item}</source>
        <translation>将环节{step}添加到{item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1194"/>
        <source>Remove step {step} from {item}</source>
        <translation>从{item}中移除环节{step}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1211"/>
        <source>Change label of {step} in {item}</source>
        <translation>更改{item}中{step}的名称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1212"/>
        <source>The step&apos;s label was not changed: {problem}.</source>
        <translation>未更改环节名称：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1221"/>
        <source>Change speaker of {step} in {item}</source>
        <translation>更改{item}中{step}的发言者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1222"/>
        <source>The step&apos;s speaker was not changed: {problem}.</source>
        <translation>未更改环节发言者：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1230"/>
        <source>Change minutes of {step} in {item}</source>
        <translation>更改{item}中{step}的分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1231"/>
        <source>The step&apos;s minutes were not changed: {problem}.</source>
        <translation>未更改环节分钟数：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1276"/>
        <source>Move {name} up</source>
        <translation>上移{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1278"/>
        <source>Move {name} down</source>
        <translation>下移{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1295"/>
        <source>The change was not made: {problem}.</source>
        <translation>未进行更改：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1376"/>
        <source>{total} of {slot} min ({over} min over the slot)</source>
        <translation>{total}/{slot} 分钟（超出时段 {over} 分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="1378"/>
        <source>{total} of {slot} min</source>
        <translation>{total}/{slot} 分钟</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models.py" line="400"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="401"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="402"/>
        <source>People</source>
        <translation>参与人员</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages.py" line="225"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="231"/>
        <source>No agenda items yet.</source>
        <translation>尚无议程项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="253"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="170"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="179"/>
        <source>Something went wrong that the app did not expect:</source>
        <translation>发生了应用程序未预料到的错误：</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="182"/>
        <source>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</source>
        <translation>此错误未更改您的会议文件，此前所做的所有更改均已保存。如果窗口运行异常，请退出并重新启动应用程序：会议将按原样打开。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="190"/>
        <source>The details are in the log file {file}; please send it with a note of what you were doing.</source>
        <translation>详细信息位于日志文件 {file} 中；请发送该文件，并说明您当时正在进行的操作。</translation>
    </message>
</context>
<context>
    <name>BiosListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="531"/>
        <source>{person} · not in the chosen items</source>
        <translation>{person} · 不在所选项目中</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="539"/>
        <source>; </source>
        <extracomment>what separates a person&apos;s appearances in the agenda.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="540"/>
        <source>Not in the agenda</source>
        <translation>不在议程中</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../ui/build_dialog.py" line="42"/>
        <source>&amp;PDF</source>
        <translation>PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="43"/>
        <source>&amp;DOCX</source>
        <translation>DOCX(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="61"/>
        <source>The checks found nothing to fix in this pack.</source>
        <translation>检查未发现本材料中有需要修改之处。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="65"/>
        <source>The checks found %n warning(s) in this pack (listed below); you can still build.</source>
        <translation>
            <numerusform>检查在本材料中发现 %n 个警告（见下文）；仍可生成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="71"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="73"/>
        <source>The checks found {errors} in this pack (listed below); fix them first.</source>
        <translation>检查在本材料中发现 {errors}（见下文）；请先修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="77"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="78"/>
        <source>The checks found {errors} and {warnings} in this pack (listed below); fix the errors first.</source>
        <translation>检查在本材料中发现 {errors}和 {warnings}（见下文）；请先修改错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="90"/>
        <source>{file} — %n page(s)</source>
        <translation>
            <numerusform>{file} — %n 页</numerusform>
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
        <translation>生成材料 — {meeting}</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="126"/>
        <source>Pack</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="127"/>
        <source>The pack definition to build</source>
        <translation>要生成的材料</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="136"/>
        <source>Write a {format} file of each pack</source>
        <translation>为每份材料生成一个 {format} 文件</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="140"/>
        <source>Per-&amp;session packs</source>
        <translation>每场会议的材料(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="142"/>
        <source>Also write one moderator brief per agenda session</source>
        <translation>同时为议程中的每场会议生成一份主持人简报</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="145"/>
        <source>Build &amp;even if some characters cannot be drawn</source>
        <translation>即使有字符无法显示也生成(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="148"/>
        <source>Characters no pack font can draw are left out of the PDF; without this, they stop the build</source>
        <translation>所有材料字体都无法显示的字符将从 PDF 中略去；不勾选此项时，这类字符会中止生成</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="155"/>
        <location filename="../../ui/build_dialog.py" line="286"/>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="156"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="158"/>
        <source>Choose the folder the packs are written to</source>
        <translation>选择材料的输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="164"/>
        <source>P&amp;ack:</source>
        <translation>材料(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="165"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="168"/>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="179"/>
        <source>Build progress</source>
        <translation>生成进度</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="184"/>
        <source>Files written</source>
        <translation>已生成的文件</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="186"/>
        <source>Problems and warnings</source>
        <translation>问题和警告</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="190"/>
        <source>Files written:</source>
        <translation>已生成的文件：</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="192"/>
        <source>Problems and warnings:</source>
        <translation>问题和警告：</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="196"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="198"/>
        <source>Show the output folder in the file manager</source>
        <translation>在文件管理器中显示输出文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="200"/>
        <source>&amp;Build</source>
        <translation>生成(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="203"/>
        <source>Build the pack in the background (the window stays usable)</source>
        <translation>在后台生成材料（窗口仍可使用）</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="205"/>
        <location filename="../../ui/build_dialog.py" line="444"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="304"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="312"/>
        <source>Choose at least one format (PDF or DOCX).</source>
        <translation>请至少选择一种格式（PDF 或 DOCX）。</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="314"/>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="319"/>
        <source>{path} is a file, not a folder: choose another output folder.</source>
        <translation>{path} 是文件而非文件夹：请另选输出文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="342"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="381"/>
        <source>Done: %n file(s) written. The PDF files are restricted by password.</source>
        <translation>
            <numerusform>完成：已生成 %n 个文件。PDF 文件受密码保护。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/build_dialog.py" line="388"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>完成：已生成 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="396"/>
        <source>Nothing was built:</source>
        <translation>未生成任何内容：</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="405"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="439"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="441"/>
        <source>Stop the build; nothing is written</source>
        <translation>停止生成；不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/build_dialog.py" line="445"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
</context>
<context>
    <name>BuildTask</name>
    <message>
        <location filename="../../ui/tasks.py" line="66"/>
        <source>Unexpected error: {error}: {message}</source>
        <translation>意外错误：{error}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="75"/>
        <source>the build failed for an unknown reason</source>
        <translation>生成因未知原因失败</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="82"/>
        <source>the build stopped without a result</source>
        <translation>生成已中止，未产生结果</translation>
    </message>
</context>
<context>
    <name>ContentsList</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="637"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="638"/>
        <source>Move the selected entry up</source>
        <translation>上移所选条目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="644"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="645"/>
        <source>Move the selected entry down</source>
        <translation>下移所选条目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="649"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="651"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>EditorCommon</name>
    <message>
        <location filename="../../ui/editors/common.py" line="92"/>
        <source>{tip} ({keys})</source>
        <extracomment>a tooltip followed by its keyboard shortcut.</extracomment>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/common.py" line="159"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
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
        <translation>{file} 大于 {size}</translation>
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
        <translation>{file} 为空</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="191"/>
        <source>{file} cannot be read ({reason})</source>
        <translation>无法读取 {file}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/common.py" line="194"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/editors/base.py" line="51"/>
        <source>‘{title}’</source>
        <extracomment>the quotation marks around a title in undo texts and messages.</extracomment>
        <translation>“{title}”</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="67"/>
        <source>Problem with the last change</source>
        <translation>上次更改出现问题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="350"/>
        <source>Edit {field} of {title}</source>
        <extracomment>an undo text, e.g. &quot;Edit name of ‘Jane Doe’&quot;; {field} is a field&apos;s name.</extracomment>
        <translation>编辑{title}的{field}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/base.py" line="356"/>
        <location filename="../../ui/editors/pack.py" line="1046"/>
        <source>The {field} was not changed: {problem}.</source>
        <extracomment>{field} is a field&apos;s name; {problem} is the model&apos;s reason.</extracomment>
        <translation>未更改{field}：{problem}。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;New Meeting</source>
        <translation>新建会议(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="68"/>
        <source>Start a new, empty meeting</source>
        <translation>新建一个空白会议</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="76"/>
        <source>Open a meeting file (.meeting) or meeting JSON (.json)</source>
        <translation>打开会议文件（.meeting）或会议 JSON（.json）</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="85"/>
        <source>Save the meeting to a file of your choice; later changes are saved there</source>
        <translation>将会议保存到您选择的文件；之后的更改都会保存到该文件</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Import Meeting &amp;JSON…</source>
        <translation>导入会议 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="98"/>
        <source>Open a meeting JSON; its first change saves it as a meeting file (a draft)</source>
        <translation>打开会议 JSON；首次更改时会将其保存为会议文件（草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="106"/>
        <source>&amp;Export Meeting JSON…</source>
        <translation>导出会议 JSON(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="108"/>
        <source>Write the meeting as JSON, with attached files in a folder beside it</source>
        <translation>将会议导出为 JSON 文件，附件存放在其旁边的文件夹中</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="118"/>
        <source>Open a meeting worked on lately</source>
        <translation>打开最近处理过的会议</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="136"/>
        <source>No recent meetings</source>
        <translation>无最近打开的会议</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>&amp;Clear Recent Meetings</source>
        <translation>清除最近打开列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="159"/>
        <source>Open Meeting</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="175"/>
        <source>Cannot open meeting</source>
        <translation>无法打开会议</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="186"/>
        <source>The meeting in {file} could not be opened:</source>
        <translation>无法打开 {file} 中的会议：</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="197"/>
        <source>The window still shows the built-in sample meeting.</source>
        <translation>窗口仍显示内置的示例会议。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="199"/>
        <source>The window still shows a new meeting.</source>
        <translation>窗口仍显示一个新会议。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="200"/>
        <source>The window still shows “{title}” ({file}).</source>
        <translation>窗口仍显示“{title}”（{file}）。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="208"/>
        <source>Save Meeting As</source>
        <translation>会议另存为</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Meeting files</source>
        <translation>会议文件</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="222"/>
        <source>The meeting could not be saved to {file}:</source>
        <translation>无法将会议保存到 {file}：</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="223"/>
        <source>Nothing else was changed.</source>
        <translation>未作其他更改。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Cannot save meeting</source>
        <translation>无法保存会议</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="234"/>
        <source>Saved to {file}</source>
        <translation>已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="243"/>
        <source>Import Meeting JSON</source>
        <translation>导入会议 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="251"/>
        <source>Export Meeting JSON</source>
        <translation>导出会议 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="261"/>
        <source>The meeting could not be written to {file}:</source>
        <translation>无法将会议写入 {file}：</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="264"/>
        <source>Cannot export meeting</source>
        <translation>无法导出会议</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="271"/>
        <source>Exported {file} and %n attached file(s)</source>
        <translation>
            <numerusform>已导出 {file} 和 %n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="275"/>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>saving takes longer than it should (a slow disk?)</source>
        <translation>保存耗时过长（磁盘速度慢？）</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="294"/>
        <source>The latest changes could not be saved:</source>
        <translation>无法保存最近的更改：</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="295"/>
        <source>Save the meeting to another file before closing?</source>
        <translation>关闭前是否将会议保存到另一个文件？</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="298"/>
        <source>Changes not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="309"/>
        <source>Meeting JSON</source>
        <translation>会议 JSON</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../ui/files.py" line="11"/>
        <source>Meeting files and JSON</source>
        <translation>会议文件和 JSON</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="12"/>
        <source>Meeting files</source>
        <translation>会议文件</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="13"/>
        <source>Meeting JSON</source>
        <translation>会议 JSON</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="350"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="351"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="352"/>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../ui/help.py" line="392"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="395"/>
        <source>How to use the app</source>
        <translation>如何使用本应用程序</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="397"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="400"/>
        <source>Every keyboard shortcut of the menus</source>
        <translation>菜单中的所有键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="50"/>
        <source>Import &amp;Agenda from Concept Note…</source>
        <translation>从概念说明导入议程(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="52"/>
        <source>Read the agenda, people and contacts from a concept note (.docx, .pdf, .txt, .md)</source>
        <translation>从概念说明（.docx、.pdf、.txt、.md）读取议程、人员和联系人</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="60"/>
        <source>Import &amp;Timetable from Indico…</source>
        <translation>从 Indico 导入时间表(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="62"/>
        <source>Read the sessions, rooms and people of an Indico timetable export (.json)</source>
        <translation>读取 Indico 时间表导出文件（.json）中的各场会议、会议室和人员</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="70"/>
        <source>Import &amp;People from CSV or Excel…</source>
        <translation>从 CSV 或 Excel 导入人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="72"/>
        <source>Add or update people from a registration list (.csv, .xlsx), after a preview</source>
        <translation>预览后，从注册名单（.csv、.xlsx）中添加或更新人员</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="80"/>
        <source>Add &amp;Notes from Files…</source>
        <translation>从文件添加背景说明(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="82"/>
        <source>Attach DOCX, PDF, Markdown or text files as background notes</source>
        <translation>附加 DOCX、PDF、Markdown 或文本文件作为背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="112"/>
        <source>Import Agenda from Concept Note</source>
        <translation>从概念说明导入议程</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="121"/>
        <source>Import Timetable from Indico</source>
        <translation>从 Indico 导入时间表</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="130"/>
        <source>Import People from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入人员</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="140"/>
        <source>Add Notes from Files</source>
        <translation>从文件添加背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="188"/>
        <source>These files are not meetings, CSV lists or notes the app can read:</source>
        <translation>以下文件不是本应用程序可读取的会议、CSV 名单或背景说明：</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="191"/>
        <source>Notes can be DOCX, PDF, Markdown (.md) or text (.txt).</source>
        <translation>背景说明可以是 DOCX、PDF、Markdown（.md）或文本（.txt）文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="194"/>
        <source>Files not added</source>
        <translation>未添加的文件</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../ui/imports.py" line="80"/>
        <source>Word documents</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="81"/>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="82"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="83"/>
        <source>Text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="85"/>
        <source>Note files</source>
        <translation>背景说明文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="86"/>
        <source>Concept notes</source>
        <translation>概念说明</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="87"/>
        <source>People lists</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="88"/>
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="89"/>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="90"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="149"/>
        <source>The file cannot be read ({reason})</source>
        <translation>无法读取该文件（{reason}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="164"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>……另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="170"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="178"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="247"/>
        <location filename="../../ui/imports.py" line="266"/>
        <source>Cannot import agenda</source>
        <translation>无法导入议程</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="248"/>
        <source>The agenda could not be read from {file}:</source>
        <translation>无法从 {file} 读取议程：</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="264"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="267"/>
        <source>The agenda could not be applied from {file}:</source>
        <translation>无法应用 {file} 中的议程：</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="271"/>
        <source>Import agenda from {file}</source>
        <translation>从 {file} 导入议程</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="734"/>
        <source>Import people from {file}</source>
        <translation>从 {file} 导入人员</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="743"/>
        <source>Cannot import people</source>
        <translation>无法导入人员</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="744"/>
        <source>No people could be read from {file}:</source>
        <translation>未能从 {file} 读取任何人员：</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="790"/>
        <source>The session {session} is no longer in the meeting, so no note was added.</source>
        <translation>会议场次 {session} 已不在本会议中，因此未添加背景说明。</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="795"/>
        <location filename="../../ui/imports.py" line="819"/>
        <source>Cannot add notes</source>
        <translation>无法添加背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="835"/>
        <source>Add note {title}</source>
        <translation>添加背景说明{title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="836"/>
        <source>Add %n notes</source>
        <translation>
            <numerusform>添加 %n 份背景说明</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="846"/>
        <source>These files were not added:</source>
        <translation>以下文件未添加：</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="849"/>
        <source>Added, but worth a look:</source>
        <translation>已添加，但建议查看：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/imports.py" line="852"/>
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>已添加 %n 份背景说明。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="854"/>
        <source>No note added.</source>
        <translation>未添加背景说明。</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="858"/>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
    <message>
        <location filename="../../ui/imports.py" line="860"/>
        <source>Check the added notes</source>
        <translation>请检查已添加的背景说明</translation>
    </message>
</context>
<context>
    <name>IndicoImport</name>
    <message>
        <location filename="../../ui/indico_import.py" line="18"/>
        <source>Indico exports</source>
        <translation>Indico 导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="19"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="37"/>
        <source>Cannot import timetable</source>
        <translation>无法导入时间表</translation>
    </message>
    <message>
        <location filename="../../ui/indico_import.py" line="38"/>
        <source>The timetable could not be read from {file}:</source>
        <translation>无法从 {file} 读取时间表：</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="92"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="93"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="94"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="95"/>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="96"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="97"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="505"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="508"/>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="510"/>
        <source>Code, e.g. pt-BR</source>
        <translation>代码，例如 pt-BR</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="511"/>
        <source>Language code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="514"/>
        <source>A BCP-47 language code, such as de, pt-BR or zh-Hant</source>
        <translation>BCP-47 语言代码，例如 de、pt-BR 或 zh-Hant</translation>
    </message>
</context>
<context>
    <name>ListEdits</name>
    <message>
        <location filename="../../ui/list_edits.py" line="35"/>
        <source>New agenda item</source>
        <translation>新议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="36"/>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="37"/>
        <source>New note</source>
        <translation>新背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="38"/>
        <source>New pack</source>
        <translation>新材料</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="41"/>
        <source>Add agenda item {title}</source>
        <translation>添加议程项目{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="42"/>
        <source>Add person {title}</source>
        <translation>添加人员{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="43"/>
        <source>Add note {title}</source>
        <translation>添加背景说明{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="44"/>
        <source>Add pack {title}</source>
        <translation>添加材料{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="47"/>
        <source>Remove agenda item {title}</source>
        <translation>删除议程项目{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="48"/>
        <source>Remove person {title}</source>
        <translation>删除人员{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="49"/>
        <source>Remove note {title}</source>
        <translation>删除背景说明{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="50"/>
        <source>Remove pack {title}</source>
        <translation>删除材料{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="112"/>
        <source>Move {title} up</source>
        <translation>上移{title}</translation>
    </message>
    <message>
        <location filename="../../ui/list_edits.py" line="114"/>
        <source>Move {title} down</source>
        <translation>下移{title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="118"/>
        <source>Move {title} up %n places</source>
        <translation>
            <numerusform>将{title}上移 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_edits.py" line="119"/>
        <source>Move {title} down %n places</source>
        <translation>
            <numerusform>将{title}下移 %n 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="424"/>
        <source>Logo preview</source>
        <translation>标志预览</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="426"/>
        <source>Logo file</source>
        <translation>标志文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="427"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="432"/>
        <source>Choose a PNG, JPEG or GIF image for the cover sheet</source>
        <translation>为封面选择 PNG、JPEG 或 GIF 图像</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="434"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="437"/>
        <source>Print the cover sheet without a logo</source>
        <translation>打印不带标志的封面</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="467"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="468"/>
        <source>The cover sheet has no logo.</source>
        <translation>封面没有标志。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="471"/>
        <source>Cannot show</source>
        <translation>无法显示</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="489"/>
        <source>{file} ({kilobytes} KB)</source>
        <translation>{file}（{kilobytes} KB）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="491"/>
        <source>{file} ({width} × {height} px · {kilobytes} KB)</source>
        <translation>{file}（{width} × {height} 像素 · {kilobytes} KB）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Sample meeting</source>
        <translation>示例会议</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>The meeting at a glance</source>
        <translation>会议概览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Agenda items, their people and running order</source>
        <translation>议程项目及其参与人员和会议流程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Everyone in the meeting, with their bios</source>
        <translation>会议的所有人员及其简历</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Notes</source>
        <translation>背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Notes</source>
        <translation>背景说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Background notes and their files</source>
        <translation>背景说明及其文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Packs</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Packs</source>
        <translation>材料(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>The packs to build and what goes into each</source>
        <translation>要生成的材料及每份材料的内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Checks</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Problems to fix before building the packs; double-click one to go to it</source>
        <translation>生成材料前需解决的问题；双击某个问题可转到相应位置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>The last PDF pack built, with its pages, zoom and bookmarks</source>
        <translation>最近生成的 PDF 材料，含页面、缩放和书签</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Add Agenda Item</source>
        <translation>添加议程项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Remove Agenda Item</source>
        <translation>删除议程项目(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Add Person</source>
        <translation>添加人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Remove Person</source>
        <translation>删除人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Add Note</source>
        <translation>添加背景说明(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Remove Note</source>
        <translation>删除背景说明(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Add Pack</source>
        <translation>添加材料(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Remove Pack</source>
        <translation>删除材料(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Sections</source>
        <translation>各部分</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Quit {app}</source>
        <translation>退出 {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>The language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>&amp;Build…</source>
        <translation>生成(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>Build packs of this meeting (PDF, DOCX) in the background</source>
        <translation>在后台生成本会议的材料（PDF、DOCX）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Move &amp;Following Items…</source>
        <translation>移动后续项目(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>Move the selected agenda item and the rest of its day by some minutes</source>
        <translation>将所选议程项目及当天其后的项目移动若干分钟</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Nothing was moved: the meeting changed while the dialog was open</source>
        <translation>未移动任何项目：对话框打开期间会议已发生更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>&amp;Undo {action}</source>
        <translation>撤销 {action}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Redo {action}</source>
        <translation>重做 {action}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="617"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="618"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 份背景说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Checks (%n)</source>
        <translation>
            <numerusform>检查（%n）</numerusform>
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
        <translation>无更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="689"/>
        <source>The meeting is saved as soon as you change something</source>
        <translation>每次更改后，会议即自动保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="691"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="692"/>
        <source>Saving to {file}</source>
        <translation>正在保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694"/>
        <source>Saved as a draft</source>
        <translation>已保存为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="695"/>
        <source>Saved in {file}; use File ▸ Save As… to keep it where you choose</source>
        <translation>已保存在 {file} 中；使用“文件 ▸ 另存为…”可将其保存到您选择的位置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="699"/>
        <source>All changes saved</source>
        <translation>所有更改均已保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>Every change is saved to {file}</source>
        <translation>每项更改都会保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>{problem}
Your changes are kept in the window: use File ▸ Save As… to save them to another file.</source>
        <translation>{problem}
您的更改仍保留在窗口中：请使用“文件 ▸ 另存为…”将其保存到另一个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Changes could not be saved: {problem}</source>
        <translation>无法保存更改：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787"/>
        <source>{action}. Undo with {keys}.</source>
        <translation>{action}。按 {keys} 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Assembles briefing packs (DOCX and PDF) for intergovernmental meetings: agenda, speaker bios, background notes and contacts. Works offline.</source>
        <translation>为政府间会议汇编简报材料（DOCX 和 PDF）：议程、发言者简历、背景说明和联系方式。可离线使用。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="917"/>
        <source>MIT licence.</source>
        <translation>MIT 许可证。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="920"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="964"/>
        <source>No packs defined yet: the full pack holds everything that is not internal</source>
        <translation>尚未定义材料：全套材料包含所有非内部内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="968"/>
        <source>%n pack(s)</source>
        <translation>
            <numerusform>%n 份材料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <location filename="../../ui/pages.py" line="65"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="66"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>Edit the selected entry; every change is saved as you make it</source>
        <translation>编辑所选条目；每项更改都会即时保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>The selected entry as the pack will present it</source>
        <translation>所选条目在材料中的呈现效果</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="119"/>
        <source>Nothing here yet.</source>
        <translation>此处尚无内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="128"/>
        <source>{page}: summary of the selected entry</source>
        <translation>{page}：所选条目摘要</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="261"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>No people yet.</source>
        <translation>尚无人员。</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="281"/>
        <source>Notes</source>
        <translation>背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="286"/>
        <source>No background notes yet.</source>
        <translation>尚无背景说明。</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="307"/>
        <source>Packs</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="313"/>
        <source>No packs yet.</source>
        <translation>尚无材料。</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="330"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="336"/>
        <source>No problems found: the packs are ready to build.</source>
        <translation>未发现问题：材料已可生成。</translation>
    </message>
</context>
<context>
    <name>MeetingDocument</name>
    <message>
        <location filename="../../ui/document.py" line="391"/>
        <source>the drafts folder {folder} cannot be made ({reason})</source>
        <translation>无法创建草稿文件夹 {folder}（{reason}）</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/editors/meeting.py" line="78"/>
        <source>Multistakeholder consultation</source>
        <translation>多利益攸关方协商</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="79"/>
        <source>Expert meeting</source>
        <translation>专家会议</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="80"/>
        <source>Working group session</source>
        <translation>工作组会议</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="81"/>
        <source>Forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="82"/>
        <source>Side event</source>
        <translation>会边活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="83"/>
        <source>Panel discussion</source>
        <translation>小组讨论</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="84"/>
        <source>Workshop</source>
        <translation>讲习班</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="85"/>
        <source>Briefing</source>
        <translation>情况介绍会</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="86"/>
        <source>Webinar</source>
        <translation>网络研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="111"/>
        <location filename="../../ui/editors/meeting.py" line="589"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="112"/>
        <source>No contacts yet. Click Add to add one.</source>
        <translation>尚无联系人。单击“添加”即可添加。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="113"/>
        <source>Add a contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="114"/>
        <source>Remove the selected contact</source>
        <translation>删除所选联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="115"/>
        <source>Move the selected contact up</source>
        <translation>上移所选联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="116"/>
        <source>Move the selected contact down</source>
        <translation>下移所选联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="117"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="118"/>
        <source>Remove contact {name}</source>
        <translation>删除联系人{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="119"/>
        <source>Move contact {name} up</source>
        <translation>上移联系人{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="120"/>
        <source>Move contact {name} down</source>
        <translation>下移联系人{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="121"/>
        <source>The contacts were not changed: {problem}.</source>
        <translation>未更改联系人：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="127"/>
        <source>Edit name of contact {name}</source>
        <translation>编辑联系人{name}的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="128"/>
        <source>The name of contact {name} was not changed: {problem}.</source>
        <translation>未更改联系人{name}的姓名：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="131"/>
        <source>A person or an office</source>
        <translation>个人或办公室</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="134"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="136"/>
        <source>Edit role of contact {name}</source>
        <translation>编辑联系人{name}的职责</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="137"/>
        <source>The role of contact {name} was not changed: {problem}.</source>
        <translation>未更改联系人{name}的职责：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="140"/>
        <source>What to contact them about</source>
        <translation>可就哪些事项联系</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="143"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="145"/>
        <source>Edit email of contact {name}</source>
        <translation>编辑联系人{name}的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="146"/>
        <source>The email of contact {name} was not changed: {problem}.</source>
        <translation>未更改联系人{name}的电子邮件：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="151"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="153"/>
        <source>Edit phone of contact {name}</source>
        <translation>编辑联系人{name}的电话</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="154"/>
        <source>The phone of contact {name} was not changed: {problem}.</source>
        <translation>未更改联系人{name}的电话：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="159"/>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="161"/>
        <source>Edit cc of contact {name}</source>
        <translation>编辑联系人{name}的抄送设置</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="162"/>
        <source>The cc of contact {name} was not changed: {problem}.</source>
        <translation>未更改联系人{name}的抄送设置：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="167"/>
        <source>Copied in (cc) on queries</source>
        <translation>有咨询时抄送（cc）此联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="170"/>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="178"/>
        <location filename="../../ui/editors/meeting.py" line="591"/>
        <source>Linked events</source>
        <translation>相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="179"/>
        <source>No linked events yet. Click Add to add one.</source>
        <translation>尚无相关活动。单击“添加”即可添加。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="180"/>
        <source>Add a linked event</source>
        <translation>添加相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="181"/>
        <source>Remove the selected linked event</source>
        <translation>删除所选相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="182"/>
        <source>Move the selected linked event up</source>
        <translation>上移所选相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="183"/>
        <source>Move the selected linked event down</source>
        <translation>下移所选相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="184"/>
        <source>Add linked event</source>
        <translation>添加相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="185"/>
        <source>Remove linked event {name}</source>
        <translation>删除相关活动{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="186"/>
        <source>Move linked event {name} up</source>
        <translation>上移相关活动{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="187"/>
        <source>Move linked event {name} down</source>
        <translation>下移相关活动{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="188"/>
        <source>The linked events were not changed: {problem}.</source>
        <translation>未更改相关活动：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="194"/>
        <location filename="../../ui/editors/meeting.py" line="275"/>
        <location filename="../../ui/editors/meeting.py" line="652"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="196"/>
        <source>Edit title of linked event {name}</source>
        <translation>编辑相关活动{name}的标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="197"/>
        <source>The title of linked event {name} was not changed: {problem}.</source>
        <translation>未更改相关活动{name}的标题：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="202"/>
        <location filename="../../ui/editors/meeting.py" line="1095"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="204"/>
        <source>Edit first day of linked event {name}</source>
        <translation>编辑相关活动{name}的开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="205"/>
        <source>The first day of linked event {name} was not changed: {problem}.</source>
        <translation>未更改相关活动{name}的开始日期：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="213"/>
        <location filename="../../ui/editors/meeting.py" line="1108"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="215"/>
        <source>Edit last day of linked event {name}</source>
        <translation>编辑相关活动{name}的结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="216"/>
        <source>The last day of linked event {name} was not changed: {problem}.</source>
        <translation>未更改相关活动{name}的结束日期：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="224"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="226"/>
        <source>Edit relation of linked event {name}</source>
        <translation>编辑相关活动{name}的关系</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="227"/>
        <source>The relation of linked event {name} was not changed: {problem}.</source>
        <translation>未更改相关活动{name}的关系：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="231"/>
        <source>How the meeting relates to the event</source>
        <translation>本会议与该活动的关系</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="234"/>
        <location filename="../../ui/editors/meeting.py" line="734"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="236"/>
        <source>Edit venue of linked event {name}</source>
        <translation>编辑相关活动{name}的地点</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="237"/>
        <source>The venue of linked event {name} was not changed: {problem}.</source>
        <translation>未更改相关活动{name}的地点：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="242"/>
        <location filename="../../ui/editors/meeting.py" line="292"/>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="244"/>
        <source>Edit URL of linked event {name}</source>
        <translation>编辑相关活动{name}的网址</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="245"/>
        <source>The URL of linked event {name} was not changed: {problem}.</source>
        <translation>未更改相关活动{name}的网址：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="248"/>
        <source>The event&apos;s web page, https://… (may be left empty)</source>
        <translation>活动网页，https://…（可留空）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="253"/>
        <source>New linked event</source>
        <translation>新相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="261"/>
        <source>References</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="262"/>
        <source>No references yet. Click Add to add one.</source>
        <translation>尚无参考资料。单击“添加”即可添加。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="263"/>
        <source>Add a reference</source>
        <translation>添加参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="264"/>
        <source>Remove the selected reference</source>
        <translation>删除所选参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="265"/>
        <source>Move the selected reference up</source>
        <translation>上移所选参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="266"/>
        <source>Move the selected reference down</source>
        <translation>下移所选参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="267"/>
        <source>Add reference</source>
        <translation>添加参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="268"/>
        <source>Remove reference {name}</source>
        <translation>删除参考资料{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="269"/>
        <source>Move reference {name} up</source>
        <translation>上移参考资料{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="270"/>
        <source>Move reference {name} down</source>
        <translation>下移参考资料{name}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="271"/>
        <source>The references were not changed: {problem}.</source>
        <translation>未更改参考资料：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="277"/>
        <source>Edit title of reference {name}</source>
        <translation>编辑参考资料{name}的标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="278"/>
        <source>The title of reference {name} was not changed: {problem}.</source>
        <translation>未更改参考资料{name}的标题：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="283"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="285"/>
        <source>Edit description of reference {name}</source>
        <translation>编辑参考资料{name}的描述</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="286"/>
        <source>The description of reference {name} was not changed: {problem}.</source>
        <translation>未更改参考资料{name}的描述：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="294"/>
        <source>Edit URL of reference {name}</source>
        <translation>编辑参考资料{name}的网址</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="295"/>
        <source>The URL of reference {name} was not changed: {problem}.</source>
        <translation>未更改参考资料{name}的网址：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="298"/>
        <source>Where to find it (may be left empty)</source>
        <translation>查找位置（可留空）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="301"/>
        <source>New reference</source>
        <translation>新参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="594"/>
        <source>Further reading</source>
        <translation>延伸阅读</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="624"/>
        <source>The meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="627"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="628"/>
        <source>S&amp;hort title:</source>
        <translation>简称(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="629"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="630"/>
        <source>&amp;Organiser:</source>
        <translation>主办方(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="631"/>
        <source>Lo&amp;go:</source>
        <translation>标志(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="632"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="637"/>
        <source>Printed in the running header; the title is used if empty.</source>
        <translation>印在页眉中；留空则使用标题。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="653"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="654"/>
        <source>Title of the meeting</source>
        <translation>会议标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="658"/>
        <source>Short title</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="659"/>
        <source>short title</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="660"/>
        <source>Shorter title for the running header</source>
        <translation>用于页眉的较短标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="665"/>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="666"/>
        <source>organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="667"/>
        <source>Who convenes the meeting</source>
        <translation>会议召集方</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="670"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="686"/>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="688"/>
        <source>Choose a type of meeting, or type your own</source>
        <translation>选择会议类型，或自行输入</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="690"/>
        <source>Consultation, expert meeting, workshop…</source>
        <translation>协商、专家会议、讲习班等</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="704"/>
        <source>When and where</source>
        <translation>时间和地点</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="707"/>
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="708"/>
        <source>Last &amp;day:</source>
        <translation>结束日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="709"/>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="710"/>
        <source>&amp;Ends at:</source>
        <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="711"/>
        <source>&amp;Venue:</source>
        <translation>地点(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="712"/>
        <source>&amp;Room:</source>
        <translation>会议室(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="713"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="714"/>
        <source>Cou&amp;ntry:</source>
        <translation>国家(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="735"/>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="736"/>
        <source>Building or site</source>
        <translation>建筑或场地</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="740"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="741"/>
        <source>room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="742"/>
        <source>Room or hall</source>
        <translation>会议室或会议厅</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="745"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="748"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="766"/>
        <source>Concept note</source>
        <translation>概念说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="770"/>
        <source>Plain text, printed as typed. A blank line starts a new paragraph; a line starting with “- ” is a bullet point.</source>
        <translation>纯文本，按输入原样打印。空行表示新段落；以“- ”开头的行为项目符号。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="917"/>
        <source>meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="918"/>
        <source>Edit meeting type of {title}</source>
        <translation>编辑{title}的会议类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="951"/>
        <source>the last day ({last}) would come before the first day ({first})</source>
        <translation>结束日期（{last}）将早于开始日期（{first}）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="964"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="965"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="969"/>
        <source>Choose a logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="985"/>
        <source>Set logo {file}</source>
        <translation>设置标志{file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="986"/>
        <location filename="../../ui/editors/meeting.py" line="1014"/>
        <source>logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="990"/>
        <source>The logo was not changed: {problem}.</source>
        <translation>未更改标志：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1001"/>
        <source>The logo was not changed: ‘{file}’ cannot be read as an image; it may be damaged.</source>
        <translation>未更改标志：无法将“{file}”读取为图像；该文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1013"/>
        <source>Remove logo {file}</source>
        <translation>移除标志{file}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1028"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1029"/>
        <source>Edit language of {title}</source>
        <translation>编辑{title}的语言</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1041"/>
        <source>The language was not changed: no language code was given; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>未更改语言：未提供语言代码；请输入代码，例如“de”或“pt-BR”。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1046"/>
        <source>The language was not changed: ‘{code}’ is not a language code; type a code such as ‘de’ or ‘pt-BR’.</source>
        <translation>未更改语言：“{code}”不是语言代码；请输入代码，例如“de”或“pt-BR”。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1059"/>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1061"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1062"/>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1063"/>
        <source>Why the meeting is held: the context, the issues</source>
        <translation>举行会议的原因：背景、议题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1067"/>
        <source>&amp;Aims:</source>
        <translation>目标(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1069"/>
        <source>Aims</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1070"/>
        <source>aims</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1071"/>
        <source>What the meeting is to achieve</source>
        <translation>会议要实现的目标</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1075"/>
        <source>Logisti&amp;cs:</source>
        <translation>后勤安排(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1077"/>
        <source>Logistics</source>
        <translation>后勤安排</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1078"/>
        <source>logistics</source>
        <translation>后勤安排</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1079"/>
        <source>Registration, badges, interpretation, coffee…</source>
        <translation>注册、证件、口译、茶歇等</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1083"/>
        <source>Ac&amp;knowledgements:</source>
        <translation>致谢(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1085"/>
        <source>Acknowledgements</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1086"/>
        <source>acknowledgements</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1087"/>
        <source>Sponsors and partners to thank</source>
        <translation>需要致谢的赞助方和合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1096"/>
        <source>First day is set</source>
        <translation>已设置开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1097"/>
        <source>No date yet</source>
        <translation>尚无日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1098"/>
        <source>Untick if there is no date yet</source>
        <translation>如尚无日期，请取消勾选</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1099"/>
        <source>first day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1100"/>
        <source>Edit first day of {title}</source>
        <translation>编辑{title}的开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1101"/>
        <source>Clear first day of {title}</source>
        <translation>清除{title}的开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1102"/>
        <source>The first day was not changed: {problem}.</source>
        <translation>未更改开始日期：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1109"/>
        <source>Last day is set</source>
        <translation>已设置结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1110"/>
        <source>One-day meeting</source>
        <translation>单日会议</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1111"/>
        <source>Untick for a one-day meeting</source>
        <translation>如为单日会议，请取消勾选</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1112"/>
        <source>last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1113"/>
        <source>Edit last day of {title}</source>
        <translation>编辑{title}的结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1114"/>
        <source>Clear last day of {title}</source>
        <translation>清除{title}的结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1115"/>
        <source>The last day was not changed: {problem}.</source>
        <translation>未更改结束日期：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1121"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1122"/>
        <source>Start time is set</source>
        <translation>已设置开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1123"/>
        <location filename="../../ui/editors/meeting.py" line="1136"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1124"/>
        <source>Untick if the start is not known</source>
        <translation>如开始时间未知，请取消勾选</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1125"/>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1126"/>
        <source>Edit start time of {title}</source>
        <translation>编辑{title}的开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1127"/>
        <source>Clear start time of {title}</source>
        <translation>清除{title}的开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1128"/>
        <source>The start time was not changed: {problem}.</source>
        <translation>未更改开始时间：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1134"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1135"/>
        <source>End time is set</source>
        <translation>已设置结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1137"/>
        <source>Untick if the end is not known</source>
        <translation>如结束时间未知，请取消勾选</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1138"/>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1139"/>
        <source>Edit end time of {title}</source>
        <translation>编辑{title}的结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1140"/>
        <source>Clear end time of {title}</source>
        <translation>清除{title}的结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/editors/meeting.py" line="1141"/>
        <source>The end time was not changed: {problem}.</source>
        <translation>未更改结束时间：{problem}。</translation>
    </message>
</context>
<context>
    <name>MinutesSpinBox</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="449"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="451"/>
        <source> min</source>
        <extracomment>after the number of minutes in a spin box (with its space), e.g. &quot;5 min&quot;.</extracomment>
        <translation> 分钟</translation>
    </message>
</context>
<context>
    <name>MoveFollowingDialog</name>
    <message>
        <location filename="../../ui/retime.py" line="40"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="47"/>
        <source>Move {title} by {minutes}</source>
        <translation>将{title}移动 {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="51"/>
        <source>Move %n items by {minutes}</source>
        <translation>
            <numerusform>将 %n 个项目移动 {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="61"/>
        <source>Move {title} by {minutes}</source>
        <comment>button</comment>
        <translation>将{title}移动 {minutes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="64"/>
        <source>Move %n items by {minutes}</source>
        <comment>button</comment>
        <translation>
            <numerusform>将 %n 个项目移动 {minutes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="92"/>
        <source>Move Following Items</source>
        <translation>移动后续项目</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="101"/>
        <source>Move {title} and every item after it the same day, in every room, keeping their lengths. A negative number moves them earlier.</source>
        <translation>移动{title}及当天在其后的所有项目（所有会议室），时长保持不变。负数表示提前。</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="111"/>
        <source> min</source>
        <comment>the unit after the number of minutes</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="114"/>
        <source>Minutes to move by</source>
        <translation>移动的分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="120"/>
        <source>&amp;Include the selected item</source>
        <translation>包括所选项目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="124"/>
        <source>Untick to move only what comes after it (when the selected item runs longer)</source>
        <translation>取消勾选则只移动其后的项目（适用于所选项目延长的情况）</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="130"/>
        <source>What will move</source>
        <translation>将移动的项目</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="146"/>
        <source>&amp;Move by:</source>
        <translation>移动时长(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="168"/>
        <source>Cannot move: {problem}.</source>
        <translation>无法移动：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="184"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="191"/>
        <source>Nothing moves by 0 min.</source>
        <translation>移动 0 分钟不会有任何变化。</translation>
    </message>
    <message>
        <location filename="../../ui/retime.py" line="193"/>
        <source>No item follows it that day.</source>
        <translation>当天其后没有项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="195"/>
        <source>What will move (%n item(s)):</source>
        <translation>
            <numerusform>将移动的项目（%n 个）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="217"/>
        <source>{moved} and %n more</source>
        <translation>
            <numerusform>{moved} 及另外 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retime.py" line="220"/>
        <source>Moved %n item(s) by {minutes}: {moved}</source>
        <translation>
            <numerusform>已将 %n 个项目移动 {minutes}：{moved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/text.py" line="286"/>
        <source>Word document (DOCX)</source>
        <translation>Word 文档（DOCX）</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="287"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="288"/>
        <source>Markdown text</source>
        <translation>Markdown 文本</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="289"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="55"/>
        <source>Note files</source>
        <translation>背景说明文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="58"/>
        <source>Word documents</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="59"/>
        <source>PDF documents</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="60"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="61"/>
        <source>Text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="62"/>
        <location filename="../../ui/editors/note.py" line="439"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="66"/>
        <source>A blank line starts a new paragraph; a line starting with “- ” is a bullet point. Everything else prints exactly as typed. For headings and emphasis, attach a Markdown (.md) file.</source>
        <translation>空行表示新段落；以“- ”开头的行为项目符号。其他内容均按输入原样打印。如需标题和强调格式，请附加 Markdown（.md）文件。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="72"/>
        <source>Tick the sessions this note is for: it also goes into their per-session packs.</source>
        <translation>勾选本背景说明所针对的各场会议：它也会收入这些会议的材料。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="111"/>
        <source>Title of the note, as printed</source>
        <translation>背景说明的标题（与打印内容一致）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="112"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="115"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="117"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="119"/>
        <source>&amp;Internal (never in packs for participants)</source>
        <translation>内部（绝不收入供与会者的材料）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="121"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="123"/>
        <source>An internal note goes only into packs that include internal notes</source>
        <translation>内部背景说明只收入包含内部背景说明的材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="155"/>
        <source>Sessions of this note</source>
        <translation>本背景说明所针对的各场会议</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="158"/>
        <source>The agenda has no items yet.</source>
        <translation>议程尚无项目。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="162"/>
        <source>&amp;Sessions</source>
        <translation>各场会议(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="173"/>
        <source>The note&apos;s own text, as it should appear in the pack</source>
        <translation>背景说明自身的文本，与其在材料中的呈现一致</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="175"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="183"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="196"/>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="197"/>
        <source>Use a DOCX, PDF, Markdown or text file as this note</source>
        <translation>使用 DOCX、PDF、Markdown 或文本文件作为本背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="203"/>
        <source>Replace file…</source>
        <translation>替换文件…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="204"/>
        <source>Put another file in place of this one</source>
        <translation>用另一个文件替换此文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="209"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="210"/>
        <source>Save the note&apos;s file somewhere on this computer</source>
        <translation>将背景说明的文件保存到本计算机上的某个位置</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="215"/>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="216"/>
        <source>Remove the file from the note; the note keeps its own text</source>
        <translation>从背景说明中移除文件；背景说明保留其自身文本</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="228"/>
        <source>a DOCX, PDF, Markdown or text file, or write the note below.</source>
        <comment>after the Attach file… button</comment>
        <translation>DOCX、PDF、Markdown 或文本文件，或在下方撰写背景说明。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="247"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="252"/>
        <source>File format and size</source>
        <translation>文件格式和大小</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="333"/>
        <source>Text printed &amp;before the file (optional):</source>
        <translation>在文件前打印的文本（可选）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="335"/>
        <source>&amp;Text of the note:</source>
        <translation>背景说明文本(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="354"/>
        <source>Mark {title} internal</source>
        <translation>将{title}标记为内部</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="356"/>
        <source>Mark {title} for participants</source>
        <translation>将{title}标记为供与会者使用</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="360"/>
        <source>internal flag</source>
        <translation>内部标记</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="374"/>
        <source>Link {note} to {item}</source>
        <translation>将{note}关联到{item}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="376"/>
        <source>Unlink {note} from {item}</source>
        <translation>取消{note}与{item}的关联</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="380"/>
        <source>sessions</source>
        <translation>各场会议</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="395"/>
        <source>Choose the note&apos;s file</source>
        <translation>选择背景说明的文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="409"/>
        <source>The file was not changed: {problem}.</source>
        <translation>未更改文件：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="413"/>
        <source>Replace file of {title}</source>
        <translation>替换{title}的文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="415"/>
        <source>Attach file to {title}</source>
        <translation>为{title}附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="419"/>
        <location filename="../../ui/editors/note.py" line="430"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="429"/>
        <source>Remove file of {title}</source>
        <translation>移除{title}的文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="442"/>
        <source>Save a copy of the note&apos;s file</source>
        <translation>保存背景说明文件的副本</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="456"/>
        <source>The copy was not saved: {file} cannot be written ({reason}).</source>
        <translation>未保存副本：无法写入 {file}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/note.py" line="463"/>
        <source>Saved a copy of {file} as {path}</source>
        <translation>已将 {file} 的副本另存为 {path}</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="560"/>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="571"/>
        <source>For: {sessions}</source>
        <translation>适用于：{sessions}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../ui/models.py" line="275"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="276"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="277"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="278"/>
        <source>Sessions</source>
        <translation>各场会议</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="279"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="294"/>
        <source>internal</source>
        <translation>内部</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages.py" line="84"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="87"/>
        <source>Meeting summary</source>
        <translation>会议摘要</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="93"/>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../ui/editors/pack.py" line="95"/>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="96"/>
        <source>Bios</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="97"/>
        <source>Notes</source>
        <translation>背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="101"/>
        <source>&amp;Agenda items</source>
        <translation>议程项目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="102"/>
        <source>&amp;Bios</source>
        <translation>简历(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="103"/>
        <source>N&amp;otes</source>
        <translation>背景说明(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="107"/>
        <source>Full pack</source>
        <translation>全套材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="108"/>
        <source>One pack per session (moderator briefs)</source>
        <translation>每场会议一份材料（主持人简报）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="113"/>
        <source>Order of appearance</source>
        <translation>出场顺序</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="114"/>
        <source>Alphabetical</source>
        <translation>按字母顺序</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="118"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="125"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="129"/>
        <source>For participants only</source>
        <translation>仅供与会者使用</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="130"/>
        <source>Restricted</source>
        <translation>限制分发</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="131"/>
        <source>Internal — not for distribution</source>
        <translation>内部——不得分发</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="132"/>
        <source>Draft — not for circulation</source>
        <translation>草稿——不得传阅</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="135"/>
        <source>Ticked, each page of a merged PDF note is shrunk (to about 90 %) so the pack&apos;s running header and footer fit around it. Untick for notes whose margins are free: their pages keep their full size and the header and footer are printed in those margins.</source>
        <translation>勾选后，并入的 PDF 背景说明的每一页都会缩小（约至 90%），以便在其周围放置材料的页眉和页脚。页边距留空的背景说明请取消勾选：其页面保持原尺寸，页眉和页脚打印在页边距中。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="176"/>
        <source>{first} and {last}</source>
        <extracomment>two or more formats, e.g. &quot;PDF and DOCX&quot;; {first} may be a list itself.</extracomment>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="184"/>
        <source>{items}, {bios}, {notes}</source>
        <extracomment>how many agenda items, bios and notes a pack holds.</extracomment>
        <translation>{items}、{bios}、{notes}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="185"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n 个议程项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="186"/>
        <source>%n bio(s)</source>
        <translation>
            <numerusform>%n 份简历</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/pack.py" line="187"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 份背景说明</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="192"/>
        <source>One pack per session</source>
        <translation>每场会议一份材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="205"/>
        <source>{hint} People in none of the chosen agenda items are in italics.</source>
        <extracomment>{hint} says how the pack orders the ticked bios.</extracomment>
        <translation>{hint}不在任何所选议程项目中的人员以斜体显示。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="214"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, sorted by surname; the ticks here are not used.</source>
        <translation>每场会议的材料收入该场会议人员的简历，按姓氏排序；此处的勾选不起作用。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="219"/>
        <source>Each session&apos;s pack has the bios of that session&apos;s people, in the order they appear in it; the ticks here are not used.</source>
        <translation>每场会议的材料收入该场会议人员的简历，按其在该场会议中的出场顺序排列；此处的勾选不起作用。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="225"/>
        <source>Alphabetical: the pack sorts the ticked bios by surname (the last word of the name); the order of this list is not used.</source>
        <translation>按字母顺序：材料将勾选的简历按姓氏（姓名的最后一个词）排序；此列表的顺序不起作用。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="230"/>
        <source>Order of appearance: the pack prints the ticked bios in this list&apos;s order, which starts as the order people first appear in the agenda; move a name to change it.</source>
        <translation>出场顺序：材料按此列表的顺序打印勾选的简历，初始顺序为人员在议程中首次出现的顺序；移动姓名即可更改顺序。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="238"/>
        <source>The programme and the session pages follow the ticked items in this order; a newly ticked item goes to its place in the agenda.</source>
        <translation>日程和各场会议页面按此顺序收入勾选的项目；新勾选的项目会放到其在议程中的位置。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="243"/>
        <source>One pack for each ticked item that has people in it (for every such item when none is ticked); each lists the ticked items of its day in its programme.</source>
        <translation>为每个有参与人员的勾选项目各生成一份材料（未勾选任何项目时，为所有此类项目生成）；每份材料的日程列出当天勾选的项目。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="250"/>
        <source>The pack has the ticked notes in this order, internal ones too. ‘Include internal notes’ concerns the packs made per session.</source>
        <translation>材料按此顺序收入勾选的背景说明，包括内部背景说明。“包括内部背景说明”仅适用于按场会议生成的材料。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="255"/>
        <source>Each session&apos;s pack has that session&apos;s notes that are ticked here (all of them when none is ticked), in the meeting&apos;s order; internal ones only when included below.</source>
        <translation>每场会议的材料收入该场会议在此处勾选的背景说明（未勾选任何一项时收入全部），按会议中的顺序排列；仅当下方选择包括内部背景说明时才收入内部背景说明。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="262"/>
        <source>The agenda is empty: add items on the Agenda page.</source>
        <translation>议程为空：请在“议程”页上添加项目。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="263"/>
        <source>The meeting has no people yet: add them on the People page.</source>
        <translation>会议尚无人员：请在“人员”页上添加。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="266"/>
        <source>The meeting has no background notes yet: add them on the Notes page.</source>
        <translation>会议尚无背景说明：请在“背景说明”页上添加。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="741"/>
        <source>Contents of the pack</source>
        <translation>材料内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="750"/>
        <source>What the pack holds</source>
        <translation>材料包含的内容</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>e.g. Full pack</source>
        <translation>例如：全套材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="763"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="765"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="767"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="769"/>
        <source>One full pack, or one pack per session for its moderator and speakers</source>
        <translation>一份全套材料，或每场会议一份供其主持人和发言者使用的材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="780"/>
        <source>Build as {format}</source>
        <translation>生成 {format}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="787"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="790"/>
        <source>S&amp;hrink merged PDF pages to fit the header and footer</source>
        <translation>缩小并入的 PDF 页面以容纳页眉和页脚(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="792"/>
        <source>Shrink merged PDF pages</source>
        <translation>缩小并入的 PDF 页面</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="797"/>
        <source>Pack</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="799"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="800"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="801"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="802"/>
        <source>Pape&amp;r:</source>
        <translation>纸张(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="810"/>
        <source>Include a list of par&amp;ticipants</source>
        <translation>包括与会者名单(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="813"/>
        <source>Include a list of participants</source>
        <translation>包括与会者名单</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="816"/>
        <source>A “List of participants” section: everyone in the meeting, grouped by category</source>
        <translation>“与会者名单”部分：列出会议的所有人员，按类别分组</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="822"/>
        <source>Show participants&apos; &amp;emails</source>
        <translation>显示与会者的电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="823"/>
        <source>Show participants&apos; emails</source>
        <translation>显示与会者的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="825"/>
        <source>Whether the list of participants gives each one&apos;s email</source>
        <translation>与会者名单是否列出每位与会者的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="850"/>
        <source>Distribution mark</source>
        <translation>分发标记</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="852"/>
        <source>Printed on the cover, e.g. “For participants only”</source>
        <translation>印在封面上，例如“仅供与会者使用”</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="855"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="859"/>
        <source>Edit distribution mark of {pack}</source>
        <translation>编辑{pack}的分发标记</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="860"/>
        <location filename="../../ui/editors/pack.py" line="1203"/>
        <source>The distribution mark was not changed: {problem}.</source>
        <translation>未更改分发标记：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="864"/>
        <source>e.g. Draft 3, 28 November 2017</source>
        <translation>例如：第 3 稿，2017 年 11 月 28 日</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="865"/>
        <source>Version or status line</source>
        <translation>版本或状态行</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="868"/>
        <source>Printed on the cover under the pack&apos;s name</source>
        <translation>印在封面上材料名称的下方</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="873"/>
        <source>Edit version line of {pack}</source>
        <translation>编辑{pack}的版本行</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="874"/>
        <source>The version line was not changed: {problem}.</source>
        <translation>未更改版本行：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="876"/>
        <source>Cover sheet</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="878"/>
        <source>Distribution &amp;mark:</source>
        <translation>分发标记(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="879"/>
        <source>&amp;Version line:</source>
        <translation>版本行(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="899"/>
        <location filename="../../ui/editors/pack.py" line="907"/>
        <source>Only people in the chosen items</source>
        <translation>仅限所选项目中的人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="902"/>
        <source>Tick exactly the people who have a role in the chosen agenda items</source>
        <translation>只勾选在所选议程项目中担任角色的人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="911"/>
        <source>Bio order</source>
        <translation>简历顺序</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="913"/>
        <source>Bio &amp;order:</source>
        <translation>简历顺序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="914"/>
        <source>Include &amp;internal notes</source>
        <translation>包括内部背景说明(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="915"/>
        <source>Include internal notes</source>
        <translation>包括内部背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="917"/>
        <source>Whether the packs made per session include their sessions&apos; internal notes</source>
        <translation>按场会议生成的材料是否包括相应会议的内部背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1008"/>
        <source>{list} ({chosen} of {total})</source>
        <extracomment>a tab&apos;s title with how many of the list&apos;s entries the pack holds.</extracomment>
        <translation>{list}（{chosen}/{total}）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1043"/>
        <source>Rename pack {pack}</source>
        <translation>重命名材料{pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1097"/>
        <source>Set kind of {pack} to full pack</source>
        <translation>将{pack}的类型设为全套材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1099"/>
        <source>Set kind of {pack} to one pack per session</source>
        <translation>将{pack}的类型设为每场会议一份材料</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1100"/>
        <source>The kind was not changed: {problem}.</source>
        <translation>未更改类型：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1111"/>
        <source>Set formats of {pack} to {formats}</source>
        <translation>将{pack}的格式设为 {formats}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1114"/>
        <source>The formats were not changed: {problem}.</source>
        <translation>未更改格式：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1119"/>
        <source>Set paper of {pack} to {paper}</source>
        <translation>将{pack}的纸张设为 {paper}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1122"/>
        <source>The paper was not changed: {problem}.</source>
        <translation>未更改纸张：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1127"/>
        <source>Shrink merged PDF pages of {pack}</source>
        <translation>缩小{pack}中并入的 PDF 页面</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1129"/>
        <source>Stamp merged PDF pages of {pack} without shrinking</source>
        <translation>不缩小{pack}中并入的 PDF 页面，直接加印页眉页脚</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1131"/>
        <source>The merged pages were not changed: {problem}.</source>
        <translation>未更改并入的页面：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1141"/>
        <source>Include a list of participants in {pack}</source>
        <translation>在{pack}中包括与会者名单</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1143"/>
        <source>Leave the list of participants out of {pack}</source>
        <translation>从{pack}中略去与会者名单</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1145"/>
        <source>The list of participants was not changed: {problem}.</source>
        <translation>未更改与会者名单：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1155"/>
        <source>Show participants&apos; emails in {pack}</source>
        <translation>在{pack}中显示与会者的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1157"/>
        <source>Leave participants&apos; emails out of {pack}</source>
        <translation>从{pack}中略去与会者的电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1159"/>
        <source>The participants&apos; emails were not changed: {problem}.</source>
        <translation>未更改与会者的电子邮件：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1170"/>
        <source>Set bio order of {pack} to alphabetical</source>
        <translation>将{pack}的简历顺序设为按字母顺序</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1172"/>
        <source>Set bio order of {pack} to order of appearance</source>
        <translation>将{pack}的简历顺序设为出场顺序</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1173"/>
        <source>The bio order was not changed: {problem}.</source>
        <translation>未更改简历顺序：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1182"/>
        <source>Include internal notes in {pack}</source>
        <translation>在{pack}中包括内部背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1184"/>
        <source>Leave internal notes out of {pack}</source>
        <translation>从{pack}中略去内部背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1186"/>
        <source>The internal notes were not changed: {problem}.</source>
        <translation>未更改内部背景说明：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1200"/>
        <source>Set distribution mark of {pack} to {mark}</source>
        <translation>将{pack}的分发标记设为{mark}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1202"/>
        <source>Set distribution mark of {pack} to none</source>
        <translation>清除{pack}的分发标记</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1218"/>
        <source>Add {entry} to {pack}</source>
        <translation>将{entry}添加到{pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1220"/>
        <source>Remove {entry} from {pack}</source>
        <translation>从{pack}中移除{entry}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1231"/>
        <source>Move {entry} up in {pack}</source>
        <translation>在{pack}中上移{entry}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1233"/>
        <source>Move {entry} down in {pack}</source>
        <translation>在{pack}中下移{entry}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1271"/>
        <source>Set bios of {pack} to the people in its agenda items</source>
        <translation>将{pack}的简历设为其议程项目中的人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1290"/>
        <source>Select all agenda items</source>
        <translation>全选议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1291"/>
        <source>Select no agenda items</source>
        <translation>取消选择所有议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1292"/>
        <source>How the pack uses the agenda items</source>
        <translation>材料如何使用议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1296"/>
        <source>Select all bios</source>
        <translation>全选简历</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1297"/>
        <source>Select no bios</source>
        <translation>取消选择所有简历</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1298"/>
        <source>How the pack uses the bios</source>
        <translation>材料如何使用简历</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1301"/>
        <source>Select all notes</source>
        <translation>全选背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1302"/>
        <source>Select no notes</source>
        <translation>取消选择所有背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1303"/>
        <source>How the pack uses the notes</source>
        <translation>材料如何使用背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1310"/>
        <source>Add all agenda items to {pack}</source>
        <translation>将所有议程项目添加到{pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1311"/>
        <source>Remove all agenda items from {pack}</source>
        <translation>从{pack}中移除所有议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1312"/>
        <source>Add all bios to {pack}</source>
        <translation>将所有简历添加到{pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1313"/>
        <source>Remove all bios from {pack}</source>
        <translation>从{pack}中移除所有简历</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1314"/>
        <source>Add all notes to {pack}</source>
        <translation>将所有背景说明添加到{pack}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1315"/>
        <source>Remove all notes from {pack}</source>
        <translation>从{pack}中移除所有背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1323"/>
        <source>The agenda items were not changed: {problem}.</source>
        <translation>未更改议程项目：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1325"/>
        <source>The bios were not changed: {problem}.</source>
        <translation>未更改简历：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pack.py" line="1326"/>
        <source>The notes were not changed: {problem}.</source>
        <translation>未更改背景说明：{problem}。</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/models.py" line="304"/>
        <source>Pack</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="305"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="306"/>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="307"/>
        <source>Bios</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="308"/>
        <source>Notes</source>
        <translation>背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="309"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="321"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="322"/>
        <source>Role</source>
        <translation>角色</translation>
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
        <translation>PDF 文件将加密（AES-256）；DOCX 文件不受保护。
打开 PDF 文件时需要输入打开密码。没有所有者密码，
读者可以打印文件和复制文本，但不能更改文件或添加批注。
可设置其中一个密码，也可两个都设置。密码仅用于本次生成，不会保存：请妥善保管。</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="36"/>
        <source>Asked for to open the PDF files; left empty, anyone can open them</source>
        <translation>打开 PDF 文件时需要输入；留空则任何人都可以打开</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="39"/>
        <source>Needed to change, annotate or reassemble the PDF files; left empty, whoever opens them may do anything</source>
        <translation>更改、批注或重新组合 PDF 文件时需要输入；留空则打开文件的任何人都可以执行任何操作</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="67"/>
        <source>Res&amp;trict the PDF pack with passwords</source>
        <translation>用密码限制 PDF 材料(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="72"/>
        <source>Encrypt the PDF packs of this build with an open and/or owner password</source>
        <translation>用打开密码和/或所有者密码加密本次生成的 PDF 材料</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="78"/>
        <source>Open password</source>
        <translation>打开密码</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="81"/>
        <source>Owner password</source>
        <translation>所有者密码</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="83"/>
        <source>S&amp;how passwords</source>
        <translation>显示密码(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="85"/>
        <source>Show the passwords as typed, to check them</source>
        <translation>按输入内容显示密码，以便核对</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="98"/>
        <source>Ope&amp;n password:</source>
        <translation>打开密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="99"/>
        <source>O&amp;wner password:</source>
        <translation>所有者密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="124"/>
        <source>Type an open password, an owner password or both, or untick ‘Restrict the PDF pack with passwords’.</source>
        <translation>请输入打开密码、所有者密码或两者，或取消勾选“用密码限制 PDF 材料”。</translation>
    </message>
    <message>
        <location filename="../../ui/passwords.py" line="132"/>
        <source>The {field} {problem}.</source>
        <translation>{field} {problem}。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="36"/>
        <source>Cannot preview {file}: the file does not exist.

{path}</source>
        <translation>无法预览 {file}：文件不存在。

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="39"/>
        <source>Cannot preview {file}: the file is not a PDF, or is damaged.

{path}</source>
        <translation>无法预览 {file}：该文件不是 PDF 文件或已损坏。

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="42"/>
        <source>Cannot preview {file}: the file is protected by a password.

{path}</source>
        <translation>无法预览 {file}：该文件受密码保护。

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="45"/>
        <source>Cannot preview {file}: the file is encrypted in a way not supported.

{path}</source>
        <translation>无法预览 {file}：不支持该文件的加密方式。

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="49"/>
        <source>Cannot preview {file}: the file could not be read yet.

{path}</source>
        <translation>无法预览 {file}：暂时无法读取该文件。

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="53"/>
        <source>Cannot preview {file}: the file could not be opened.

{path}</source>
        <translation>无法预览 {file}：无法打开该文件。

{path}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="57"/>
        <source>No PDF to preview yet. Build a pack in PDF to see it here.</source>
        <translation>尚无可预览的 PDF。生成 PDF 格式的材料后即可在此查看。</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="73"/>
        <source>PDF pages</source>
        <translation>PDF 页面</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="81"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="83"/>
        <source>The pack&apos;s bookmarks: click one to go to its page</source>
        <translation>材料的书签：单击书签可转到相应页面</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="96"/>
        <source>Preview message</source>
        <translation>预览消息</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="302"/>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="313"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="314"/>
        <source>Go to the previous page</source>
        <translation>转到上一页</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="320"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="321"/>
        <source>Go to the next page</source>
        <translation>转到下一页</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="327"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="328"/>
        <source>Show the pages smaller</source>
        <translation>缩小显示页面</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="334"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="335"/>
        <source>Show the pages larger</source>
        <translation>放大显示页面</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="341"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="342"/>
        <source>Show the pages at their actual size</source>
        <translation>按实际大小显示页面</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="348"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="349"/>
        <source>Fit the page width to the window</source>
        <translation>使页面宽度适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="356"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="357"/>
        <source>Show whole pages in the window</source>
        <translation>在窗口中显示整页</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="384"/>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="386"/>
        <source>The page shown: type a number to go to that page</source>
        <translation>当前显示的页面：输入页码可转到该页</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="396"/>
        <source>Zoom level</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="397"/>
        <source>How large the pages are shown</source>
        <translation>页面显示的大小</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="519"/>
        <source> of {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="524"/>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <location filename="../../ui/people_import.py" line="60"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="66"/>
        <location filename="../../ui/people_import.py" line="446"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="67"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="68"/>
        <location filename="../../ui/people_import.py" line="447"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="69"/>
        <location filename="../../ui/people_import.py" line="448"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="70"/>
        <location filename="../../ui/people_import.py" line="449"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="71"/>
        <source>Bio</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="72"/>
        <location filename="../../ui/people_import.py" line="450"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="73"/>
        <location filename="../../ui/people_import.py" line="451"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="155"/>
        <source>Import people — {file}</source>
        <translation>导入人员 — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="209"/>
        <source>&amp;Columns of the file</source>
        <translation>文件的列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="212"/>
        <source>Choose what each column holds; the lists on the right follow.</source>
        <translation>选择每列包含的内容；右侧列表随之更新。</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="220"/>
        <source>Columns of the file</source>
        <translation>文件的列</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="223"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="224"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="225"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="252"/>
        <source>(column {number})</source>
        <translation>（第 {number} 列）</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="259"/>
        <source>Imported as, for column {column}</source>
        <translation>导入为（列：{column}）</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="295"/>
        <source>Choose which column holds the names: Full name, or First name and Last name.</source>
        <translation>请选择包含姓名的列：“全名”，或“名”和“姓”。</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="344"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="404"/>
        <source>&amp;Tick all</source>
        <translation>全部勾选(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="405"/>
        <source>&amp;Untick all</source>
        <translation>全部取消勾选(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="444"/>
        <source>New people</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="452"/>
        <location filename="../../ui/people_import.py" line="461"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="456"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="458"/>
        <source>Person and field</source>
        <translation>人员和字段</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="459"/>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="460"/>
        <source>From the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="466"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="467"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="489"/>
        <source>&amp;New people ({count})</source>
        <translation>新人员（{count}）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="492"/>
        <source>C&amp;hanges ({count})</source>
        <translation>更改（{count}）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="495"/>
        <source>P&amp;roblems ({count})</source>
        <translation>问题（{count}）(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="505"/>
        <source>From {file} (read as {format}), %n row(s): {problem}</source>
        <translation>
            <numerusform>{file}（按 {format} 格式读取）共 %n 行：{problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="513"/>
        <source>From {file} (read as {format}), %n row(s): {new}, {changed}, {unchanged}. Untick what should not change; nothing changes in the meeting until you click Apply.</source>
        <translation>
            <numerusform>{file}（按 {format} 格式读取）共 %n 行：{new}、{changed}、{unchanged}。请取消勾选不应更改的内容；单击“应用”之前，会议不会有任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="524"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n 名新人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="525"/>
        <source>%n person(s) with changes</source>
        <translation>
            <numerusform>%n 名人员有更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="526"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n 名人员已是最新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/people_import.py" line="534"/>
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>应用 %n 项更改(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="536"/>
        <source>Nothing to apply</source>
        <translation>无可应用的更改</translation>
    </message>
    <message>
        <location filename="../../ui/people_import.py" line="541"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models.py" line="251"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="252"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="253"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="254"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="255"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/editors/person.py" line="59"/>
        <source>Mr.</source>
        <translation>先生</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="60"/>
        <source>Ms.</source>
        <translation>女士</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="61"/>
        <source>Mrs.</source>
        <translation>夫人</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="62"/>
        <source>Dr.</source>
        <translation>博士</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="63"/>
        <source>Prof.</source>
        <translation>教授</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="64"/>
        <source>H.E.</source>
        <translation>阁下</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="65"/>
        <source>H.E. Mr.</source>
        <translation>先生阁下</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="66"/>
        <source>H.E. Ms.</source>
        <translation>女士阁下</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="72"/>
        <source>This bio is a placeholder. Replace it with the person&apos;s real bio before the pack is sent.</source>
        <translation>此简历为占位文本。请在发送材料前替换为此人的真实简历。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="102"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="103"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="111"/>
        <source>{role} in {title}</source>
        <extracomment>a person&apos;s role in an agenda item, e.g. &quot;Moderator in ‘Session 2’&quot;.</extracomment>
        <translation>{title}的{role}</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="119"/>
        <source>; </source>
        <extracomment>what separates a person&apos;s appearances in the agenda.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="120"/>
        <source>Not in the agenda yet</source>
        <translation>尚未列入议程</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="137"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="141"/>
        <source>Appears in</source>
        <translation>出现在</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="142"/>
        <source>Appears in:</source>
        <translation>出现在：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="152"/>
        <source>Full name, as printed</source>
        <translation>全名（与打印内容一致）</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="154"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="158"/>
        <source>&amp;Honorific:</source>
        <translation>称谓(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="160"/>
        <source>e.g. Senior Advisor</source>
        <translation>例如：高级顾问</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="162"/>
        <source>position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="164"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="166"/>
        <source>e.g. International Service for Human Rights</source>
        <translation>例如：国际人权服务社</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="168"/>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="170"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="172"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="174"/>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="176"/>
        <source>Categor&amp;y:</source>
        <translation>类别(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="178"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="182"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="184"/>
        <source>Whom the person represents, as a list of participants groups them</source>
        <translation>此人所代表的方面，也是与会者名单的分组依据</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="196"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="216"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="218"/>
        <source>The country the person represents or comes from: a name or a code</source>
        <translation>此人代表或来自的国家：名称或代码</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="222"/>
        <location filename="../../ui/editors/person.py" line="279"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="237"/>
        <source>The country was not changed: {name} is not a country name or code the app knows; choose one from the list.</source>
        <translation>未更改国家：{name}不是本应用程序可识别的国家名称或代码；请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="246"/>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="274"/>
        <source>Honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="276"/>
        <source>Mr., Ms., Dr., H.E. … or any other form of address</source>
        <translation>先生、女士、博士、阁下或任何其他称谓</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="280"/>
        <location filename="../../ui/editors/person.py" line="290"/>
        <source>honorific</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="301"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="305"/>
        <source>Photo file</source>
        <translation>照片文件</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="308"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="309"/>
        <source>Choose a PNG, JPEG or GIF photo of this person</source>
        <translation>选择此人的 PNG、JPEG 或 GIF 照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="316"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="317"/>
        <source>Remove this person&apos;s photo from the meeting</source>
        <translation>从会议中移除此人的照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="345"/>
        <source>The person&apos;s bio, as it should appear in the pack</source>
        <translation>此人的简历，与其在材料中的呈现一致</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="349"/>
        <source>bio</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="354"/>
        <source>Word count of the bio</source>
        <translation>简历词数</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="357"/>
        <source>&amp;Bio</source>
        <translation>简历(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="368"/>
        <source>Placeholder warning</source>
        <translation>占位文本警告</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="429"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="435"/>
        <source>Cannot show this image</source>
        <translation>无法显示此图像</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editors/person.py" line="454"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="463"/>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="475"/>
        <source>The photo was not changed: {problem}.</source>
        <translation>未更改照片：{problem}。</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="478"/>
        <source>Set photo of {name}</source>
        <translation>设置{name}的照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="483"/>
        <source>Remove photo of {name}</source>
        <translation>移除{name}的照片</translation>
    </message>
    <message>
        <location filename="../../ui/editors/person.py" line="492"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>System language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source>Language of the window:</source>
        <translation>窗口语言：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>新语言将在下次启动应用程序时生效。</translation>
    </message>
</context>
<context>
    <name>RunningOrderModel</name>
    <message>
        <location filename="../../ui/editors/agenda.py" line="349"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="350"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="../../ui/editors/agenda.py" line="351"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py" line="280"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="284"/>
        <source>Filter by command or key</source>
        <translation>按命令或按键筛选</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="286"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="292"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="294"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="307"/>
        <source>Lists, text fields and the Preview page have keys of their own, described in the User Guide.</source>
        <translation>列表、文本字段和“预览”页有各自的快捷键，详见《用户指南》。</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="358"/>
        <source>No shortcut matches “{text}”.</source>
        <translation>没有与“{text}”匹配的快捷键。</translation>
    </message>
</context>
<context>
    <name>TupleTable</name>
    <message>
        <location filename="../../ui/editors/tables.py" line="156"/>
        <source>‘{text}’ is not a date; write it like {example}</source>
        <translation>“{text}”不是日期；请按 {example} 的格式填写</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="546"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="552"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="558"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/editors/tables.py" line="564"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help.py" line="154"/>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="159"/>
        <source>User guide page</source>
        <translation>用户指南页面</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="169"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="176"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="183"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>rich</name>
    <message>
        <location filename="../../ui/rich.py" line="367"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="368"/>
        <source>Concerns</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="369"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="377"/>
        <source>What to do</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="381"/>
        <source>Double-click the finding (or press Enter) to go to what it concerns.</source>
        <translation>双击检查结果（或按 Enter）可转到其涉及的对象。</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="114"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="115"/>
        <source>Aims</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="117"/>
        <source>Linked events</source>
        <translation>相关活动</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="121"/>
        <source>References</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="124"/>
        <source>Logistics</source>
        <translation>后勤安排</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="125"/>
        <source>Acknowledgements</source>
        <translation>致谢</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="127"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="136"/>
        <source>Short title</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="137"/>
        <location filename="../../ui/rich.py" line="212"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="138"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="139"/>
        <source>Organiser</source>
        <translation>主办方</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="190"/>
        <source>Nobody has a role in this item yet.</source>
        <translation>本项目尚未安排人员。</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="194"/>
        <source>Running order</source>
        <translation>会议流程</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="196"/>
        <location filename="../../ui/rich.py" line="335"/>
        <source>Background notes</source>
        <translation>背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="211"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="213"/>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="214"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="244"/>
        <source>{role} — {item} ({time})</source>
        <translation>{role} — {item}（{time}）</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="260"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="262"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="268"/>
        <source>Bio</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="271"/>
        <source>No bio yet.</source>
        <translation>尚无简历。</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="273"/>
        <source>In the agenda</source>
        <translation>议程中的角色</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="289"/>
        <source>yes: left out of packs that leave out internal notes</source>
        <translation>是：凡排除内部背景说明的材料，均不收入本背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="295"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="296"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="297"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="298"/>
        <source>Sessions</source>
        <translation>各场会议</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="299"/>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rich.py" line="311"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="327"/>
        <source>Agenda items</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="331"/>
        <source>Bios</source>
        <translation>简历</translation>
    </message>
    <message>
        <location filename="../../ui/rich.py" line="352"/>
        <location filename="../../ui/rich.py" line="357"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../ui/text.py" line="58"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="59"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="60"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="64"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="65"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="66"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n 条信息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="71"/>
        <source>bios in order of appearance</source>
        <translation>简历按出场顺序</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="72"/>
        <source>bios in alphabetical order</source>
        <translation>简历按字母顺序</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="82"/>
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n 个议程项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="83"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text.py" line="84"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 份背景说明</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="123"/>
        <source>S{number}</source>
        <translation>第 {number} 场</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="159"/>
        <source>{role}: {names}</source>
        <translation>{role}：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="191"/>
        <source>Full</source>
        <translation>全套</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="192"/>
        <source>One per session</source>
        <translation>每场会议一份</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="210"/>
        <source>internal notes included</source>
        <translation>包括内部背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="211"/>
        <source>internal notes left out</source>
        <translation>不包括内部背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="218"/>
        <source>list of participants</source>
        <translation>与会者名单</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="219"/>
        <source>list of participants without emails</source>
        <translation>与会者名单（不含电子邮件）</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="226"/>
        <source>“{mark}”</source>
        <translation>“{mark}”</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="236"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="257"/>
        <source>The meeting</source>
        <translation>本会议</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="258"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="259"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="260"/>
        <source>Background note</source>
        <translation>背景说明</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="261"/>
        <source>Pack</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../ui/text.py" line="272"/>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
</context>
</TS>
