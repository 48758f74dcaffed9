"""Meetings written wholly in each UN official language, and an English one with foreign names.

Each meeting has the shape of the built-in sample (:mod:`briefing.sample`): an opening, three
moderated panels over two days, a closing, six people with bios, and a Markdown note. Every
word the user would type is in the meeting's language, roles included, typed as a secretariat
types them (the model may or may not know them). The texts are written to catch what goes wrong
in each script:

- French: narrow no-break spaces (U+202F) before ``? ; : !`` and inside « », U+00A0 inside
  numbers and U+2011 inside words, often enough that lines wrap next to them;
- Arabic: Latin words and numbers inside the text ("(UNGPs 2011)", "A/HRC/47/39");
- Chinese: dense punctuation (、。，）」：；！？（「) so that lines wrap next to it;
- English: people named in Arabic, Chinese and Cyrillic script, one with an Arabic bio.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from briefing.model import (
    AgendaItem,
    Attachment,
    Meeting,
    Note,
    Participant,
    Person,
    Role,
)

NNBSP = "\u202f"  # narrow no-break space: French puts it before ? ; : ! and inside « »
NBSP = "\u00a0"
NBHY = "\u2011"  # non-breaking hyphen

FIRST_DAY = dt.date(2025, 3, 10)
LAST_DAY = dt.date(2025, 3, 11)
BUILD_DATE = dt.date(2025, 3, 3)

# The roles each person has, by their place in ``Text.people`` (0 opens and closes).
OPENING, KICK_OFF_1, MODERATOR_1, KICK_OFF_2, MODERATOR_2, PANELLIST = range(6)


@dataclass(frozen=True)
class Roles:
    """The roles as the secretariat typed them, in the meeting's language."""

    opening: str
    kick_off: str
    moderator_1: str  # the first panel's moderator (a woman in every meeting)
    moderator_2: str  # the second and third panels' moderator (a man)
    panellist: str
    closing: str


@dataclass(frozen=True)
class Text:
    """Everything typed into one meeting."""

    language: str
    title: str
    short_title: str
    meeting_type: str
    organiser: str
    venue: str
    room: str
    city: str
    country: str
    background: str
    aims: str
    items: tuple[str, str, str, str, str]  # opening, panel 1, panel 2, panel 3, closing
    people: tuple[tuple[str, str, str, str], ...]  # name, position, organisation, bio
    roles: Roles
    note_title: str
    note: str


def fr(text: str) -> str:
    """French typography: a narrow no-break space before ? ; : ! and inside « »."""
    for mark in "?;:!":
        text = text.replace(f" {mark}", f"{NNBSP}{mark}")
    return text.replace("« ", f"«{NNBSP}").replace(" »", f"{NNBSP}»")


FRENCH = Text(
    language="fr",
    title=(
        "Consultation régionale sur la protection des défenseuses et défenseurs des droits "
        "de l'homme dans le contexte des activités des entreprises"
    ),
    short_title="Défenseurs des droits de l'homme et entreprises",
    meeting_type="Consultation multipartite",
    organiser="Groupe de travail sur la question des droits de l'homme et des entreprises",
    venue="Palais des Nations",
    room="Salle XXII",
    city="Genève",
    country="Suisse",
    background=fr(
        "La fermeture de l'espace civique et la multiplication des attaques contre les "
        "défenseurs des droits de l'homme appellent une réponse résolue : selon les données "
        f"réunies par la société civile, plus de 4{NBSP}700 attaques ont visé depuis 2015 des "
        "personnes qui dénonçaient les effets des activités des entreprises ! Le Groupe de "
        "travail rappelle que les Principes directeurs reposent sur trois piliers : « protéger, "
        "respecter et réparer ». Comment les entreprises peuvent-elles, dès lors, contribuer à "
        "un environnement sûr ? Quelles garanties les États doivent-ils offrir ; quelles "
        f"mesures les initiatives multi{NBHY}acteurs ont{NBHY}elles déjà prises ? Ces "
        "questions, posées lors du Forum de 2024, restent ouvertes : la consultation "
        "cherchera à y répondre, pilier par pilier, avec celles et ceux qui agissent sur le "
        "terrain.\n\n"
        "Les défenseurs jouent un rôle essentiel : ils aident à repérer les incidences "
        "négatives, à alerter les communautés touchées et à obtenir réparation ; leur travail "
        "est, en ce sens, « une condition de la diligence raisonnable » elle-même."
    ),
    aims=fr(
        "La consultation poursuit trois objectifs :\n\n"
        "- faire le point sur les modèles et initiatives existants ;\n"
        "- recenser les obstacles qu'ils rencontrent ;\n"
        "- formuler des recommandations pour les orientations du Groupe de travail.\n\n"
        "Les participantes et participants sont invités à préparer de brèves interventions "
        f"(trois minutes au plus) ; un rendez{NBHY}vous de suivi aura lieu à l'automne !"
    ),
    items=(
        "Allocution d'ouverture et présentation des objectifs",
        "Lacunes de la mise en œuvre des piliers I et III : quels modèles fonctionnent ?",
        "Lacunes de la mise en œuvre du pilier II : le rôle des entreprises",
        "Intensifier la protection : enseignements des mécanismes d'intervention conjointe",
        "Conclusions et prochaines étapes",
    ),
    people=(
        (
            "Claire Dubois-Martin",
            "Présidente",
            "Groupe de travail sur les entreprises et les droits de l'homme",
            fr(
                "Claire Dubois-Martin préside le Groupe de travail depuis 2023. Juriste de "
                "formation, elle a dirigé pendant dix ans une clinique de droit international à "
                "Lyon ; elle a également conseillé plusieurs gouvernements sur l'élaboration de "
                "plans d'action nationaux."
            ),
        ),
        (
            "Jean-Baptiste Koné",
            "Rapporteur spécial",
            "Conseil des droits de l'homme",
            fr(
                "Jean-Baptiste Koné est Rapporteur spécial sur la situation des défenseurs des "
                "droits de l'homme. Avocat au barreau d'Abidjan, il a défendu de nombreux "
                "journalistes et syndicalistes : il est l'auteur d'un rapport remarqué sur les "
                "représailles."
            ),
        ),
        (
            "Aminata Diallo",
            "Directrice des programmes",
            "Service international pour les droits de l'homme",
            fr(
                "Aminata Diallo dirige les programmes du Service international pour les droits "
                "de l'homme. Elle accompagne depuis quinze ans des défenseuses en Afrique de "
                "l'Ouest ; son travail porte sur la protection collective."
            ),
        ),
        (
            "Hélène Lefèvre",
            "Conseillère principale",
            "Alliance pour une industrie responsable",
            fr(
                "Hélène Lefèvre conseille des entreprises du secteur minier sur la diligence "
                "raisonnable. Elle a auparavant travaillé à l'Organisation internationale du "
                "Travail, à Genève et à Dakar."
            ),
        ),
        (
            "Olivier Mercier",
            "Directeur exécutif",
            "Centre de ressources sur les entreprises et les droits de l'homme",
            fr(
                "Olivier Mercier dirige le Centre de ressources depuis 2019. Il a fondé la base "
                "de données du Centre sur les attaques contre les défenseurs ; il enseigne "
                "aussi à l'Institut de hautes études internationales."
            ),
        ),
        (
            "Sophie Nguyen",
            "Chargée de plaidoyer",
            "Coalition des défenseurs de l'environnement",
            fr(
                "Sophie Nguyen coordonne le plaidoyer de la Coalition auprès des institutions "
                "financières. Elle a travaillé au Viet Nam et au Cambodge avec des communautés "
                "touchées par de grands projets d'infrastructure."
            ),
        ),
    ),
    roles=Roles(
        opening="Allocution d'ouverture",
        kick_off="Remarques liminaires",
        moderator_1="Modératrice",
        moderator_2="Modérateur",
        panellist="Panéliste",
        closing="Clôture",
    ),
    note_title="Note d'information",
    note=fr(
        "# Note d'information\n\n"
        "Pourquoi cette consultation ? Parce que les attaques augmentent : les défenseurs "
        "l'ont dit au Forum ; les entreprises l'ont reconnu !\n\n"
        "- Documents de référence : « Principes directeurs » et rapport A/HRC/47/39 ;\n"
        f"- langues de travail : anglais, espagnol et français ; interprétation en 3{NBSP}langues.\n"
    ),
)

SPANISH = Text(
    language="es",
    title=(
        "Consulta regional sobre la protección de las personas defensoras de los derechos "
        "humanos en el contexto de las actividades empresariales"
    ),
    short_title="Personas defensoras y empresas",
    meeting_type="Consulta con múltiples partes interesadas",
    organiser="Grupo de Trabajo sobre las Empresas y los Derechos Humanos",
    venue="Palacio de las Naciones",
    room="Sala XXII",
    city="Ginebra",
    country="Suiza",
    background=(
        "El cierre del espacio cívico y el aumento de los ataques contra las personas "
        "defensoras de los derechos humanos exigen una respuesta firme. Las personas "
        "defensoras ayudan a detectar los efectos negativos de las actividades empresariales, "
        "alertan a las comunidades afectadas y reclaman reparación. ¿Cómo pueden las empresas "
        "contribuir a un entorno seguro? ¿Qué garantías deben ofrecer los Estados? La consulta "
        "buscará respuestas concretas, pilar por pilar, junto con quienes trabajan sobre el "
        "terreno.\n\n"
        "Los Principios Rectores, aprobados por el Consejo de Derechos Humanos en su "
        "resolución 17/4, se basan en tres pilares: proteger, respetar y remediar. Su "
        "aplicación sigue siendo desigual, sobre todo cuando las personas defensoras sufren "
        "represalias."
    ),
    aims=(
        "La consulta tiene tres objetivos:\n\n"
        "- hacer balance de los modelos e iniciativas existentes;\n"
        "- determinar los obstáculos a los que se enfrentan;\n"
        "- formular recomendaciones para la orientación del Grupo de Trabajo.\n\n"
        "Se invita a las personas participantes a preparar intervenciones breves, de tres "
        "minutos como máximo. ¡Gracias por su colaboración!"
    ),
    items=(
        "Palabras de apertura y presentación de los objetivos",
        "Deficiencias en la aplicación de los pilares I y III: ¿qué modelos funcionan?",
        "Deficiencias en la aplicación del pilar II: el papel de las empresas",
        "Ampliar la protección: lecciones de los mecanismos de respuesta conjunta",
        "Conclusiones y próximos pasos",
    ),
    people=(
        (
            "María Fernanda Rojas",
            "Presidenta",
            "Grupo de Trabajo sobre las Empresas y los Derechos Humanos",
            "María Fernanda Rojas preside el Grupo de Trabajo desde 2023. Abogada "
            "constitucionalista, dirigió durante diez años una clínica jurídica en Bogotá y "
            "asesoró a varios gobiernos en la elaboración de planes de acción nacionales.",
        ),
        (
            "Carlos Eduardo Mendoza",
            "Relator Especial",
            "Consejo de Derechos Humanos",
            "Carlos Eduardo Mendoza es Relator Especial sobre la situación de los defensores de "
            "los derechos humanos. Ha representado a periodistas y sindicalistas ante tribunales "
            "nacionales e internacionales.",
        ),
        (
            "Lucía Herrera",
            "Directora de programas",
            "Servicio Internacional para los Derechos Humanos",
            "Lucía Herrera dirige los programas para América Latina del Servicio Internacional "
            "para los Derechos Humanos. Acompaña desde hace quince años a defensoras "
            "indígenas y campesinas.",
        ),
        (
            "Andrés Villalobos",
            "Asesor principal",
            "Iniciativa para una Minería Responsable",
            "Andrés Villalobos asesora a empresas del sector extractivo en materia de debida "
            "diligencia. Trabajó anteriormente en la Organización Internacional del Trabajo, en "
            "Lima y en Ginebra.",
        ),
        (
            "Gabriel Ortiz",
            "Director ejecutivo",
            "Centro de Información sobre Empresas y Derechos Humanos",
            "Gabriel Ortiz dirige el Centro de Información desde 2019. Creó la base de datos "
            "del Centro sobre ataques contra personas defensoras y enseña en la Universidad de "
            "Chile.",
        ),
        (
            "Valentina Aguirre",
            "Responsable de incidencia",
            "Coalición de Defensoras del Medio Ambiente",
            "Valentina Aguirre coordina la labor de incidencia de la Coalición ante las "
            "instituciones financieras. Ha trabajado con comunidades afectadas por grandes "
            "proyectos hidroeléctricos en Centroamérica.",
        ),
    ),
    roles=Roles(
        opening="Palabras de apertura",
        kick_off="Intervención inicial",
        moderator_1="Moderadora",
        moderator_2="Moderador",
        panellist="Panelista",
        closing="Clausura",
    ),
    note_title="Nota informativa",
    note=(
        "# Nota informativa\n\n"
        "¿Por qué esta consulta? Porque los ataques van en aumento y las empresas lo "
        "reconocen.\n\n"
        "- Documentos de referencia: los Principios Rectores y el informe A/HRC/47/39;\n"
        "- idiomas de trabajo: español, francés e inglés, con interpretación simultánea.\n"
    ),
)

RUSSIAN = Text(
    language="ru",
    title=(
        "Региональная консультация по вопросам защиты правозащитников в контексте "
        "предпринимательской деятельности"
    ),
    short_title="Правозащитники и предпринимательская деятельность",
    meeting_type="Консультация с участием многих заинтересованных сторон",
    organiser=(
        "Рабочая группа по вопросу о правах человека и транснациональных корпорациях и других "
        "предприятиях"
    ),
    venue="Дворец Наций",
    room="Зал XXII",
    city="Женева",
    country="Швейцария",
    background=(
        "Сужение гражданского пространства и рост числа нападений на правозащитников требуют "
        "решительных ответных мер. Правозащитники помогают выявлять негативные последствия "
        "деятельности предприятий, предупреждают затронутые общины и добиваются возмещения "
        "ущерба. Каким образом предприятия могут способствовать созданию безопасной среды? "
        "Какие гарантии должны обеспечивать государства? Консультация позволит обсудить эти "
        "вопросы с теми, кто работает на местах.\n\n"
        "Руководящие принципы, одобренные Советом по правам человека в резолюции 17/4, "
        "основаны на трёх компонентах: защита, соблюдение и средства правовой защиты. Их "
        "осуществление по-прежнему остаётся неравномерным."
    ),
    aims=(
        "Консультация преследует три цели:\n\n"
        "- оценить существующие модели и инициативы;\n"
        "- выявить препятствия, с которыми они сталкиваются;\n"
        "- подготовить рекомендации для руководства Рабочей группы.\n\n"
        "Участникам предлагается подготовить краткие выступления продолжительностью не более "
        "трёх минут."
    ),
    items=(
        "Вступительное слово и цели консультации",
        "Пробелы в осуществлении компонентов I и III: какие модели работают",
        "Пробелы в осуществлении компонента II: роль предприятий",
        "Расширение защиты: уроки механизмов совместного реагирования",
        "Выводы и дальнейшие шаги",
    ),
    people=(
        (
            "Ольга Смирнова",
            "Председатель",
            "Рабочая группа по вопросу о правах человека и предприятиях",
            "Ольга Смирнова возглавляет Рабочую группу с 2023 года. Юрист-международник, она "
            "десять лет руководила правовой клиникой в Санкт-Петербурге и консультировала "
            "правительства по национальным планам действий.",
        ),
        (
            "Алексей Волков",
            "Специальный докладчик",
            "Совет по правам человека",
            "Алексей Волков является Специальным докладчиком по вопросу о положении "
            "правозащитников. Он защищал журналистов и профсоюзных активистов в национальных и "
            "международных судах.",
        ),
        (
            "Марина Кузнецова",
            "Директор программ",
            "Международная служба по правам человека",
            "Марина Кузнецова руководит программами Международной службы по правам человека в "
            "Центральной Азии. Уже пятнадцать лет она поддерживает правозащитниц, работающих в "
            "сельских районах.",
        ),
        (
            "Дмитрий Орлов",
            "Старший советник",
            "Инициатива за ответственную добычу полезных ископаемых",
            "Дмитрий Орлов консультирует горнодобывающие компании по вопросам должной "
            "осмотрительности. Ранее он работал в Международной организации труда в Женеве и "
            "Москве.",
        ),
        (
            "Сергей Белов",
            "Исполнительный директор",
            "Информационный центр по вопросам предпринимательства и прав человека",
            "Сергей Белов руководит Информационным центром с 2019 года. Он создал базу данных "
            "Центра о нападениях на правозащитников и преподаёт в Женевском институте "
            "международных исследований.",
        ),
        (
            "Ирина Соколова",
            "Специалист по правозащитной деятельности",
            "Коалиция экологических правозащитников",
            "Ирина Соколова координирует работу Коалиции с финансовыми учреждениями. Она "
            "работала с общинами, затронутыми крупными инфраструктурными проектами.",
        ),
    ),
    roles=Roles(
        opening="Вступительное слово",
        kick_off="Вводное выступление",
        moderator_1="Модератор",
        moderator_2="Ведущий",
        panellist="Участник дискуссии",
        closing="Заключительное слово",
    ),
    note_title="Информационная записка",
    note=(
        "# Информационная записка\n\n"
        "Число нападений на правозащитников растёт, и предприятия это признают.\n\n"
        "- Справочные документы: Руководящие принципы и доклад A/HRC/47/39;\n"
        "- рабочие языки: английский, испанский, русский и французский.\n"
    ),
)

ARABIC = Text(
    language="ar",
    title="مشاورة إقليمية بشأن حماية المدافعين عن حقوق الإنسان في سياق أنشطة الأعمال التجارية",
    short_title="المدافعون عن حقوق الإنسان والأعمال التجارية",
    meeting_type="مشاورة متعددة أصحاب المصلحة",
    organiser=(
        "الفريق العامل المعني بمسألة حقوق الإنسان والشركات عبر الوطنية وغيرها من مؤسسات الأعمال"
    ),
    venue="قصر الأمم",
    room="القاعة الثانية والعشرون",
    city="جنيف",
    country="سويسرا",
    background=(
        "يتطلب تقلص الحيز المدني وتزايد الاعتداءات على المدافعين عن حقوق الإنسان استجابة "
        "حازمة. فالمدافعون يساعدون على تحديد الآثار السلبية لأنشطة الأعمال التجارية، وينبهون "
        "المجتمعات المتضررة، ويطالبون بسبل الانتصاف. وتستند المبادئ التوجيهية بشأن الأعمال "
        "التجارية وحقوق الإنسان (UNGPs 2011) إلى ثلاث ركائز هي الحماية والاحترام والانتصاف، "
        "وقد أيدها مجلس حقوق الإنسان في قراره 17/4. وقد بيّن تقرير الفريق العامل "
        "A/HRC/47/39 أن تنفيذ هذه المبادئ لا يزال متفاوتا بعد مرور عشر سنوات على اعتمادها.\n\n"
        "وستتيح المشاورة فرصة لمناقشة هذه المسائل مع العاملين في الميدان، ركيزة بعد ركيزة."
    ),
    aims=(
        "تسعى المشاورة إلى تحقيق ثلاثة أهداف:\n\n"
        "- تقييم النماذج والمبادرات القائمة؛\n"
        "- تحديد العقبات التي تواجهها؛\n"
        "- صياغة توصيات لتوجيهات الفريق العامل.\n\n"
        "ويُدعى المشاركون إلى إعداد مداخلات موجزة لا تتجاوز ثلاث دقائق."
    ),
    items=(
        "كلمة افتتاحية وعرض أهداف المشاورة",
        "الثغرات في تنفيذ الركيزتين الأولى والثالثة: ما النماذج الناجحة؟",
        "الثغرات في تنفيذ الركيزة الثانية: دور مؤسسات الأعمال",
        "توسيع نطاق الحماية: دروس من آليات الاستجابة المشتركة",
        "الاستنتاجات والخطوات التالية",
    ),
    people=(
        (
            "ليلى الحسيني",
            "رئيسة الفريق العامل",
            "الفريق العامل المعني بالأعمال التجارية وحقوق الإنسان",
            "تترأس ليلى الحسيني الفريق العامل منذ عام 2023. وهي محامية متخصصة في القانون "
            "الدولي، أدارت عيادة قانونية في عمّان طوال عشر سنوات، وقدمت المشورة إلى عدة حكومات "
            "بشأن خطط العمل الوطنية.",
        ),
        (
            "كريم منصور",
            "المقرر الخاص",
            "مجلس حقوق الإنسان",
            "كريم منصور هو المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان. وقد دافع عن "
            "صحفيين ونقابيين أمام المحاكم الوطنية والدولية.",
        ),
        (
            "سلمى بن عمر",
            "مديرة البرامج",
            "الخدمة الدولية لحقوق الإنسان",
            "تدير سلمى بن عمر برامج الخدمة الدولية لحقوق الإنسان في شمال أفريقيا. وهي تدعم "
            "المدافعات عن حقوق الإنسان في المناطق الريفية منذ خمسة عشر عاما.",
        ),
        (
            "يوسف الأنصاري",
            "مستشار أول",
            "مبادرة التعدين المسؤول",
            "يقدم يوسف الأنصاري المشورة إلى شركات التعدين بشأن العناية الواجبة. وقد عمل سابقا "
            "في منظمة العمل الدولية في جنيف وبيروت.",
        ),
        (
            "طارق الزين",
            "المدير التنفيذي",
            "مركز موارد الأعمال التجارية وحقوق الإنسان",
            "يدير طارق الزين مركز الموارد منذ عام 2019. وقد أنشأ قاعدة بيانات المركز بشأن "
            "الاعتداءات على المدافعين عن حقوق الإنسان.",
        ),
        (
            "هالة الشامي",
            "مسؤولة المناصرة",
            "تحالف المدافعين عن البيئة",
            "تنسق هالة الشامي أعمال المناصرة التي يقوم بها التحالف لدى المؤسسات المالية. "
            "وقد عملت مع مجتمعات متضررة من مشاريع البنية التحتية الكبرى.",
        ),
    ),
    roles=Roles(
        opening="كلمة افتتاحية",
        kick_off="مداخلة استهلالية",
        moderator_1="مديرة الحوار",
        moderator_2="مدير الحوار",
        panellist="عضو حلقة النقاش",
        closing="كلمة ختامية",
    ),
    note_title="مذكرة إعلامية",
    note=(
        "# مذكرة إعلامية\n\n"
        "تتزايد الاعتداءات على المدافعين عن حقوق الإنسان، وتعترف مؤسسات الأعمال بذلك.\n\n"
        "- الوثائق المرجعية: المبادئ التوجيهية (UNGPs 2011) والتقرير A/HRC/47/39؛\n"
        "- لغات العمل: الإسبانية والإنكليزية والعربية والفرنسية.\n"
    ),
)

CHINESE = Text(
    language="zh",
    title="关于在工商活动背景下保护人权维护者的区域磋商",
    short_title="人权维护者与工商业",
    meeting_type="多利益攸关方磋商",
    organiser="联合国工商业与人权问题工作组",
    venue="万国宫",
    room="第二十二会议室",
    city="日内瓦",
    country="瑞士",
    background=(
        "公民空间日益缩小，针对人权维护者的攻击不断增加，这要求采取坚决的应对措施。"
        "人权维护者帮助查明工商活动的不利影响，提醒受影响社区，并寻求补救；他们的工作"
        "本身就是尽职调查的条件。《工商企业与人权：实施联合国“保护、尊重和补救”框架指导"
        "原则》（以下简称「指导原则」）以三大支柱为基础：国家保护、企业尊重、获得补救。"
        "企业如何帮助营造安全的环境？国家应提供哪些保障？多利益攸关方倡议已经采取了哪些"
        "措施？这些问题仍未解决！本次磋商将与一线工作者逐一讨论上述问题，并听取来自"
        "非洲、亚洲、拉丁美洲和东欧的意见。\n\n"
        "人权理事会在第17/4号决议中核可了「指导原则」；十年来，其落实情况仍参差不齐。"
    ),
    aims=(
        "本次磋商有三个目标：\n\n"
        "- 评估现有模式和倡议；\n"
        "- 查明它们面临的障碍；\n"
        "- 为工作组的指导意见提出建议。\n\n"
        "请与会者准备简短发言（每人不超过三分钟）。"
    ),
    items=(
        "开幕致辞及磋商目标介绍",
        "第一和第三支柱落实方面的差距：哪些模式行之有效？",
        "第二支柱落实方面的差距：工商企业的作用",
        "扩大保护：联合应对机制的经验教训",
        "结论和后续步骤",
    ),
    people=(
        (
            "王晓梅",
            "主席",
            "联合国工商业与人权问题工作组",
            "王晓梅自2023年起担任工作组主席。她是国际法学者，曾在北京主持法律诊所十年，"
            "并就国家行动计划向多国政府提供咨询；她还著有关于企业问责的专著。",
        ),
        (
            "李建国",
            "特别报告员",
            "人权理事会",
            "李建国是人权维护者处境问题特别报告员。他曾在国内和国际法院为记者、工会成员"
            "辩护；他撰写的关于报复行为的报告广受关注。",
        ),
        (
            "张丽华",
            "项目主任",
            "国际人权服务社",
            "张丽华负责国际人权服务社的亚洲项目。十五年来，她一直支持农村地区的女性人权"
            "维护者，重点关注集体保护。",
        ),
        (
            "陈志远",
            "高级顾问",
            "负责任采矿倡议",
            "陈志远就尽职调查问题为采矿企业提供咨询。他曾在国际劳工组织日内瓦总部和曼谷"
            "办事处工作。",
        ),
        (
            "刘文博",
            "执行主任",
            "工商业与人权资源中心",
            "刘文博自2019年起领导资源中心。他建立了中心关于攻击人权维护者事件的数据库，"
            "并在日内瓦国际关系与发展高等研究院任教。",
        ),
        (
            "赵明轩",
            "倡导干事",
            "环境维护者联盟",
            "赵明轩负责协调联盟对金融机构的倡导工作。她曾与受大型基础设施项目影响的社区合作。",
        ),
    ),
    roles=Roles(
        opening="开幕致辞",
        kick_off="引导发言",
        moderator_1="主持人",
        moderator_2="主持",
        panellist="小组讨论嘉宾",
        closing="闭幕致辞",
    ),
    note_title="情况说明",
    note=(
        "# 情况说明\n\n"
        "针对人权维护者的攻击不断增加，工商企业也承认这一点。\n\n"
        "- 参考文件：「指导原则」和报告A/HRC/47/39；\n"
        "- 工作语文：阿拉伯文、中文、英文、法文、俄文和西班牙文。\n"
    ),
)

ENGLISH_MIXED = Text(
    language="en",
    title="Regional consultation on human rights defenders and business in Asia and the Arab region",
    short_title="Human rights defenders and business",
    meeting_type="Multi-stakeholder consultation",
    organiser="UN Working Group on Business and Human Rights",
    venue="Palais des Nations",
    room="Room XXII",
    city="Geneva",
    country="Switzerland",
    background=(
        "The closing of civic space and increasing attacks on human rights defenders call for "
        "a firm response. Defenders help to identify the adverse impacts of business "
        "activities, alert affected communities and seek remedy. The consultation brings "
        "together defenders, businesses and States from Asia and the Arab region to discuss "
        "how protection can be scaled up.\n\n"
        "The Guiding Principles, endorsed by the Human Rights Council in its resolution 17/4, "
        "rest on three pillars: protect, respect and remedy."
    ),
    aims=(
        "The consultation has three aims:\n\n"
        "- to take stock of existing models and initiatives;\n"
        "- to identify the obstacles they face;\n"
        "- to make recommendations for the Working Group's guidance."
    ),
    items=(
        "Opening and introduction",
        "Pillar I and III implementation gaps: which models work?",
        "Pillar II implementation gaps: the role of business",
        "Scaling up protection: lessons from joint response mechanisms",
        "Wrap-up and next steps",
    ),
    people=(
        (
            "Priya Raman",
            "Chairperson",
            "UN Working Group on Business and Human Rights",
            "Priya Raman has chaired the Working Group since 2023. A lawyer by training, she "
            "ran a legal clinic in Chennai for ten years.",
        ),
        (
            "رنا الخطيب",
            "المقررة الخاصة",
            "مجلس حقوق الإنسان",
            "رنا الخطيب هي المقررة الخاصة المعنية بحالة المدافعين عن حقوق الإنسان. وقد دافعت عن "
            "صحفيين ونقابيين أمام المحاكم الوطنية والدولية، وأعدت التقرير A/HRC/47/39.",
        ),
        (
            "周文静",
            "Programme Director",
            "International Service for Human Rights",
            "Zhou Wenjing leads the Asia programme of the International Service for Human "
            "Rights. She has supported women defenders in rural areas for fifteen years.",
        ),
        (
            "Наталья Морозова",
            "Senior Adviser",
            "Responsible Mining Initiative",
            "Natalia Morozova advises mining companies on due diligence. She previously worked "
            "for the International Labour Organization in Geneva and Moscow.",
        ),
        (
            "James Whitfield",
            "Executive Director",
            "Business & Human Rights Resource Centre",
            "James Whitfield has led the Resource Centre since 2019. He set up its database of "
            "attacks on defenders.",
        ),
        (
            "Amina Yusuf",
            "Advocacy Officer",
            "Environmental Defenders Coalition",
            "Amina Yusuf coordinates the Coalition's advocacy with financial institutions.",
        ),
    ),
    roles=Roles(
        opening="Opening remarks",
        kick_off="Kick-off remarks",
        moderator_1="Moderator",
        moderator_2="Moderator",
        panellist="Panellist",
        closing="Closing remarks",
    ),
    note_title="Information note",
    note=(
        "# Information note\n\n"
        "Attacks on defenders are rising, and businesses acknowledge it.\n\n"
        "- Reference documents: the Guiding Principles and report A/HRC/47/39;\n"
        "- working languages: Arabic, Chinese, English, French, Russian and Spanish.\n"
    ),
)

TEXTS: dict[str, Text] = {
    "ar": ARABIC,
    "zh": CHINESE,
    "en": ENGLISH_MIXED,
    "fr": FRENCH,
    "ru": RUSSIAN,
    "es": SPANISH,
}
"""Each meeting's text by name: the six languages (``en`` is the English meeting with
Arabic, Chinese and Russian names)."""


def _person_ids(text: Text) -> list[str]:
    return [f"{text.language}-person-{n}" for n in range(len(text.people))]


def _items(text: Text) -> tuple[AgendaItem, ...]:
    """The sample's shape: an opening, three moderated panels (the last on day two), a close."""
    ids = _person_ids(text)
    r = text.roles

    def role(person: int, typed: str) -> Participant:
        return Participant(ids[person], Role.parse(typed))

    slots = [
        ("opening", dt.time(10, 0), dt.time(10, 15), FIRST_DAY, [role(OPENING, r.opening)]),
        (
            "panel-1",
            dt.time(10, 15),
            dt.time(11, 0),
            FIRST_DAY,
            [role(KICK_OFF_1, r.kick_off), role(MODERATOR_1, r.moderator_1)],
        ),
        (
            "panel-2",
            dt.time(11, 0),
            dt.time(11, 45),
            FIRST_DAY,
            [
                role(KICK_OFF_2, r.kick_off),
                role(PANELLIST, r.panellist),
                role(MODERATOR_2, r.moderator_2),
            ],
        ),
        (
            "panel-3",
            dt.time(10, 0),
            dt.time(11, 30),
            LAST_DAY,
            [role(PANELLIST, r.panellist), role(MODERATOR_2, r.moderator_2)],
        ),
        ("closing", dt.time(11, 30), dt.time(12, 0), LAST_DAY, [role(OPENING, r.closing)]),
    ]
    return tuple(
        AgendaItem(ident, title, start, end, date=day, participants=tuple(people))
        for (ident, start, end, day, people), title in zip(slots, text.items, strict=True)
    )


def make_meeting(name: str) -> Meeting:
    """The meeting written in language ``name`` (a key of :data:`TEXTS`)."""
    text = TEXTS[name]
    people = tuple(
        Person(ident, person_name, position=position, organisation=organisation, bio=bio)
        for ident, (person_name, position, organisation, bio) in zip(
            _person_ids(text), text.people, strict=True
        )
    )
    note = Note(
        f"{name}-note",
        text.note_title,
        attachment=Attachment(f"note-{name}.md", text.note.encode("utf-8")),
        session_ids=("panel-1",),
    )
    return Meeting(
        title=text.title,
        short_title=text.short_title,
        meeting_type=text.meeting_type,
        organiser=text.organiser,
        first_date=FIRST_DAY,
        last_date=LAST_DAY,
        start=dt.time(10, 0),
        end=dt.time(12, 0),
        venue=text.venue,
        room=text.room,
        city=text.city,
        country=text.country,
        language=text.language,
        background=text.background,
        aims=text.aims,
        people=people,
        agenda=_items(text),
        notes=(note,),
    )


def typed_roles(name: str) -> set[str]:
    """Every role typed into meeting ``name``, as typed."""
    return set(dataclasses.astuple(TEXTS[name].roles))
