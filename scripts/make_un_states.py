"""Write briefing/data/un_states.json from the country-codes data package.

Usage: python scripts/make_un_states.py path/to/country-codes.csv

The CSV is ``data/country-codes.csv`` of https://github.com/datasets/country-codes (ODC-PDDL
1.0). Its "UNTERM ... Short/Formal" columns copy the UN Protocol and Liaison Service's list of
country names; that list predates some changes, which CORRECTIONS below brings up to date
(see briefing/data/README.md).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from pypinyin import Style, lazy_pinyin

LANGUAGES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian"}
LANGUAGES |= {"ar": "Arabic", "zh": "Chinese"}
OBSERVERS = {"VA", "PS"}
_ARTICLE = re.compile(r"\s*\((the|le|la|les|l'|el|los|las)\)$")
_LEADING = re.compile(r"^(?:(?:the|le|la|les|el|los|las)\s+|l['’])", re.IGNORECASE)

# Changes the UN made after the Protocol list the CSV copies was taken, and one state
# (Côte d'Ivoire) whose row lost its UNTERM names in the CSV.
CORRECTIONS: dict[str, dict[str, dict[str, str]]] = {
    "NL": {  # since 2023 (UNTERM; UN Statistics Division M49)
        "short": {
            "en": "Netherlands (Kingdom of the)",
            "fr": "Pays-Bas (Royaume des)",
            "es": "Países Bajos (Reino de los)",
            "ru": "Нидерланды (Королевство)",
            "ar": "هولندا (مملكة -)",
            "zh": "荷兰王国",
        },
    },
    "TR": {  # Türkiye since June 2022
        "short": {
            "en": "Türkiye",
            "fr": "Türkiye",
            "es": "Türkiye",
            "ru": "Турция",
            "ar": "تركيا",
            "zh": "土耳其",
        },
        "formal": {
            "en": "Republic of Türkiye",
            "fr": "République de Türkiye",
            "es": "República de Türkiye",
            "ru": "Турецкая Республика",
            "ar": "جمهورية تركيا",
            "zh": "土耳其共和国",
        },
    },
    "CI": {
        "short": {
            "en": "Côte d'Ivoire",
            "fr": "Côte d'Ivoire",
            "es": "Côte d'Ivoire",
            "ru": "Кот-д'Ивуар",
            "ar": "كوت ديفوار",
            "zh": "科特迪瓦",
        },
        "formal": {
            "en": "Republic of Côte d'Ivoire",
            "fr": "République de Côte d'Ivoire",
            "es": "República de Côte d'Ivoire",
            "ru": "Республика Кот-д'Ивуар",
            "ar": "جمهورية كوت ديفوار",
            "zh": "科特迪瓦共和国",
        },
    },
    # The UN Statistics Division's current names where the Protocol list is older.
    "IE": {"short": {"ar": "آيرلندا"}},
    "GB": {"short": {"ar": "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية"}},
    "TL": {"short": {"ar": "تيمور - ليشتي"}},
    "CG": {"short": {"zh": "刚果"}},
    "VA": {"short": {"zh": "教廷"}},
}

# Former or usual names a user may type, recognised but never printed.
ALIASES = {
    "TR": ["Turkey", "Turquie", "Turquía"],
    "SZ": ["Swaziland", "Swazilande", "Suazilandia"],
    "MK": ["The former Yugoslav Republic of Macedonia", "Macedonia", "Macédoine"],
    "PS": ["Palestine", "Palestina"],
    "CV": ["Cape Verde", "Cap-Vert"],
    "GB": ["United Kingdom", "UK", "Great Britain", "Royaume-Uni", "Reino Unido"],
    "US": ["United States", "USA", "États-Unis", "Estados Unidos"],
}

# Place-name readings pypinyin gets wrong (塞 in 塞内加尔 is sài, not sāi).
READINGS = {"塞": "sai4", "泊": "bo2", "佛": "fo2", "拉": "la1", "蒙": "meng3"}

# Total strokes of the characters of the Chinese names that share a reading (and tone) with
# another: dictionary order puts the one with fewer strokes first (立陶宛 before 利比里亚).
STROKES = {
    "耳": 6, "尔": 5, "菲": 11, "非": 8, "利": 7, "立": 5, "力": 2, "托": 6, "脱": 11,
    "德": 15, "得": 11, "及": 3, "吉": 6, "危": 6, "威": 9, "荷": 10, "和": 8, "合": 6,
    "玻": 9, "波": 8, "堡": 12, "保": 9, "来": 7, "莱": 10, "布": 5, "不": 4, "普": 12,
    "浦": 10, "埔": 10, "韦": 4, "维": 11, "酋": 9, "求": 7, "密": 11, "秘": 10, "地": 6,
    "帝": 9, "萄": 11, "陶": 10, "纳": 7, "那": 6, "西": 6, "希": 7, "甸": 7, "颠": 16,
    "索": 10, "所": 8, "奥": 12, "澳": 15, "刚": 6, "冈": 4, "坡": 8, "泊": 8, "博": 12,
    "伯": 7, "莫": 10, "墨": 15, "义": 3, "意": 13, "教": 11, "廷": 6,
}  # fmt: skip


def _clean(text: str) -> str:
    return _ARTICLE.sub("", text.replace("*", "").strip()).strip()


def _formal(text: str) -> str:
    return _LEADING.sub("", text.replace("*", "").strip())


def _pinyin(name: str) -> str:
    readings = lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True)
    return " ".join(
        READINGS.get(char, reading) for char, reading in zip(name, readings, strict=True)
    )


def _state(row: dict[str, str]) -> dict[str, object]:
    code = row["ISO3166-1-Alpha-2"]
    short = {lang: _clean(row[f"UNTERM {name} Short"]) for lang, name in LANGUAGES.items()}
    formal = {lang: _formal(row[f"UNTERM {name} Formal"]) for lang, name in LANGUAGES.items()}
    short |= CORRECTIONS.get(code, {}).get("short", {})
    formal |= CORRECTIONS.get(code, {}).get("formal", {})
    return {
        "alpha2": code,
        "alpha3": row["ISO3166-1-Alpha-3"],
        "status": "observer" if code in OBSERVERS else "member",
        "short": short,
        "formal": formal,
        "zh_pinyin": _pinyin(short["zh"]),
        "aliases": ALIASES.get(code, []),
    }


def _dumps(data: dict[str, object]) -> str:
    """JSON with one state a line: small, and a change shows as one line in a diff."""
    states = data.pop("states")
    head = json.dumps(data, ensure_ascii=False, separators=(",", ":"))[:-1]
    lines = ",\n".join(json.dumps(s, ensure_ascii=False, separators=(",", ":")) for s in states)
    return f'{head},\n"states":[\n{lines}\n]}}\n'


def main(csv_path: str) -> None:
    """Write the JSON file beside the package's other data."""
    with open(csv_path, encoding="utf-8", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if "**" not in r["UNTERM English Short"]]
    wanted = [r for r in rows if r["UNTERM English Short"] or r["ISO3166-1-Alpha-2"] in CORRECTIONS]
    states = sorted((_state(r) for r in wanted), key=lambda s: s["alpha2"])
    data = {
        "source": "https://github.com/datasets/country-codes data/country-codes.csv "
        "(UNTERM columns), corrected: see briefing/data/README.md",
        "licence": "ODC-PDDL-1.0",
        "zh_strokes": STROKES,
        "states": states,
    }
    out = Path(__file__).resolve().parent.parent / "briefing" / "data" / "un_states.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(_dumps(data), encoding="utf-8")
    members = sum(s["status"] == "member" for s in states)
    print(f"{out}: {members} Member States, {len(states) - members} observer States")


if __name__ == "__main__":
    main(sys.argv[1])
