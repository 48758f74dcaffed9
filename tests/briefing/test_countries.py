"""Countries: UN names in the six languages, recognition of what users type, UN list order."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from briefing.countries import (
    LANGUAGES,
    country_codes,
    country_name,
    country_sort_key,
    find_country,
    is_member_state,
    is_observer_state,
)

# code: (English, French, Spanish, Russian, Arabic, Chinese), as UN documents print them
NAMES = {
    "KR": (
        "Republic of Korea",
        "République de Corée",
        "República de Corea",
        "Республика Корея",
        "جمهورية كوريا",
        "大韩民国",
    ),
    "KP": (
        "Democratic People's Republic of Korea",
        "République populaire démocratique de Corée",
        "República Popular Democrática de Corea",
        "Корейская Народно-Демократическая Республика",
        "جمهورية كوريا الشعبية الديمقراطية",
        "朝鲜民主主义人民共和国",
    ),
    "PS": (
        "State of Palestine",
        "État de Palestine",
        "Estado de Palestina",
        "Государство Палестина",
        "دولة فلسطين",
        "巴勒斯坦国",
    ),
    "VA": ("Holy See", "Saint-Siège", "Santa Sede", "Святой Престол", "الكرسي الرسولي", "教廷"),
    "CD": (
        "Democratic Republic of the Congo",
        "République démocratique du Congo",
        "República Democrática del Congo",
        "Демократическая Республика Конго",
        "جمهورية الكونغو الديمقراطية",
        "刚果民主共和国",
    ),
    "ST": (
        "Sao Tome and Principe",
        "Sao Tomé-et-Principe",
        "Santo Tomé y Príncipe",
        "Сан-Томе и Принсипи",
        "سان تومي وبرينسيبي",
        "圣多美和普林西比",
    ),
    "MM": ("Myanmar", "Myanmar", "Myanmar", "Мьянма", "ميانمار", "缅甸"),
    "US": (
        "United States of America",
        "États-Unis d'Amérique",
        "Estados Unidos de América",
        "Соединенные Штаты Америки",
        "الولايات المتحدة الأمريكية",
        "美利坚合众国",
    ),
    "BO": (
        "Bolivia (Plurinational State of)",
        "Bolivie (État plurinational de)",
        "Bolivia (Estado Plurinacional de)",
        "Боливия (Многонациональное Государство)",
        "بوليفيا (دولة - المتعددة القوميات)",
        "多民族玻利维亚国",
    ),
    "TR": ("Türkiye", "Türkiye", "Türkiye", "Турция", "تركيا", "土耳其"),
    "NL": (
        "Netherlands (Kingdom of the)",
        "Pays-Bas (Royaume des)",
        "Países Bajos (Reino de los)",
        "Нидерланды (Королевство)",
        "هولندا (مملكة -)",
        "荷兰王国",
    ),
    "CI": (
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Кот-д'Ивуар",
        "كوت ديفوار",
        "科特迪瓦",
    ),
    "BS": ("Bahamas", "Bahamas", "Bahamas", "Багамские Острова", "جزر البهاما", "巴哈马"),
    "GB": (
        "United Kingdom of Great Britain and Northern Ireland",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "Reino Unido de Gran Bretaña e Irlanda del Norte",
        "Соединенное Королевство Великобритании и Северной Ирландии",
        "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية",
        "大不列颠及北爱尔兰联合王国",
    ),
}


@pytest.mark.parametrize(("code", "names"), NAMES.items())
def test_un_names_in_the_six_languages(code: str, names: tuple[str, ...]) -> None:
    languages = ("en", "fr", "es", "ru", "ar", "zh")
    assert tuple(country_name(code, language) for language in languages) == names


def test_a_language_with_a_region_is_its_language() -> None:
    assert country_name("kr", "fr-CH") == "République de Corée"
    assert country_name("KR", "zh_Hans") == "大韩民国"


def test_other_territories_keep_their_cldr_names() -> None:
    assert country_name("HK", "en") == "Hong Kong SAR China"
    assert country_name("PR", "fr") == "Porto Rico"
    assert not is_member_state("HK") and not is_observer_state("HK")


def test_unknown_code_is_itself() -> None:
    assert country_name("ZZX", "en") == "ZZX"


def test_member_and_observer_states_are_counted() -> None:
    codes = country_codes()
    assert sum(is_member_state(code) for code in codes) == 193
    assert [code for code in codes if is_observer_state(code)] == ["VA", "PS"]
    assert is_member_state("ch") and not is_observer_state("CH")
    assert not is_member_state("VA") and is_observer_state("va")


def test_data_file_names_every_state_in_every_language() -> None:
    text = resources.files("briefing").joinpath("data/un_states.json").read_text("utf-8")
    states = json.loads(text)["states"]
    assert len(states) == 195
    for state in states:
        assert all(state["short"][language] for language in LANGUAGES), state["alpha2"]
        assert "(the)" not in state["short"]["en"] and "*" not in state["short"]["en"]
        assert len(state["zh_pinyin"].split()) == len(state["short"]["zh"]), state["alpha2"]
        assert find_country(state["alpha3"]) == state["alpha2"]
        for language in LANGUAGES:
            assert find_country(state["formal"][language]) == state["alpha2"], language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Republic of Korea", "KR"),
        ("South Korea", "KR"),
        ("KOR", "KR"),
        ("kr", "KR"),
        ("the Netherlands", "NL"),
        ("Netherlands (Kingdom of the)", "NL"),
        ("Kingdom of the Netherlands", "NL"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Turkey", "TR"),
        ("Cote d’Ivoire", "CI"),
        ("CÔTE D'IVOIRE", "CI"),
        ("Etats-Unis d’Amerique", "US"),
        ("les États-Unis d'Amérique", "US"),
        ("USA", "US"),
        ("Holy See", "VA"),
        ("Vatican City", "VA"),
        ("Palestine", "PS"),
        ("État de Palestine", "PS"),
        ("Bolivia", "BO"),
        ("Plurinational State of Bolivia", "BO"),
        ("Sao Tomé-et-Principe", "ST"),
        ("Swaziland", "SZ"),
        ("the former Yugoslav Republic of Macedonia", "MK"),
        ("Республика Корея", "KR"),
        ("Турецкая Республика", "TR"),
        ("جمهورية كوريا", "KR"),
        ("大韩民国", "KR"),
        ("荷兰", "NL"),
        ("El Salvador", "SV"),
        ("Suisse", "CH"),
    ],
)
def test_find_country_recognises_un_and_usual_names(text: str, code: str) -> None:
    assert find_country(text) == code


@pytest.mark.parametrize("text", ["", "  ", "Atlantis", "XX", "the"])
def test_find_country_finds_nothing_in_what_names_no_country(text: str) -> None:
    assert find_country(text) is None


def _ordered(codes: list[str], language: str) -> list[str]:
    ordered = sorted(codes, key=lambda code: country_sort_key(code, language))
    return [country_name(code, language) for code in ordered]


LIST = ["US", "CH", "KR", "DE", "CN"]


def test_english_order() -> None:
    assert _ordered(LIST, "en") == [
        "China",
        "Germany",
        "Republic of Korea",
        "Switzerland",
        "United States of America",
    ]


def test_french_order() -> None:
    assert _ordered([*LIST, "EG"], "fr") == [
        "Allemagne",
        "Chine",
        "Égypte",
        "États-Unis d'Amérique",
        "République de Corée",
        "Suisse",
    ]


def test_spanish_order() -> None:
    assert _ordered([*LIST, "ES"], "es") == [
        "Alemania",
        "China",
        "España",
        "Estados Unidos de América",
        "República de Corea",
        "Suiza",
    ]


def test_russian_order() -> None:
    assert _ordered(LIST, "ru") == [
        "Германия",
        "Китай",
        "Республика Корея",
        "Соединенные Штаты Америки",
        "Швейцария",
    ]


def test_arabic_order_does_not_count_the_article() -> None:
    # الأرجنتين among the ا after أذربيجان, الصين among the ص, الولايات and اليابان last
    codes = [*LIST, "JO", "AZ", "AR", "RU", "JP", "EG"]
    assert _ordered(codes, "ar") == [
        "الاتحاد الروسي",
        "أذربيجان",
        "الأرجنتين",
        "الأردن",
        "ألمانيا",
        "جمهورية كوريا",
        "سويسرا",
        "الصين",
        "مصر",
        "الولايات المتحدة الأمريكية",
        "اليابان",
    ]


def test_chinese_order_is_by_pinyin_then_tone_then_strokes() -> None:
    assert _ordered(LIST, "zh") == ["大韩民国", "德国", "美利坚合众国", "瑞士", "中国"]
    # 基 jī, 吉 jí, 几 jǐ: tone before the next syllable; 立 (5 strokes) before 利 (7)
    codes = ["GN", "DJ", "KI", "KG", "LR", "LT", "LB", "GM", "CG"]
    assert _ordered(codes, "zh") == [
        "冈比亚",
        "刚果",
        "基里巴斯",
        "吉布提",
        "吉尔吉斯斯坦",
        "几内亚",
        "黎巴嫩",
        "立陶宛",
        "利比里亚",
    ]


def test_chinese_order_of_place_name_readings() -> None:
    # 尼泊尔 is ní bó ěr, before 尼加拉瓜 (ní jiā); 塞 is sài, so 塞浦路斯 after 萨摩亚 (sà)
    assert _ordered(["NP", "NI", "CY", "WS", "SA"], "zh") == [
        "尼泊尔",
        "尼加拉瓜",
        "萨摩亚",
        "塞浦路斯",
        "沙特阿拉伯",
    ]


def test_every_un_name_and_code_finds_its_own_state() -> None:
    states = [code for code in country_codes() if is_member_state(code) or is_observer_state(code)]
    wrong = [
        (code, language)
        for code in states
        for language in LANGUAGES
        if find_country(country_name(code, language)) != code
    ]
    assert wrong == []
    assert [code for code in states if find_country(code) != code] == []
