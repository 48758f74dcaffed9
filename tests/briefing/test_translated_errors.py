"""A value a user typed wrong, a meeting file that cannot be opened and a malformed meeting JSON
say so in English as before and in each language of the window, with their names and numbers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from briefing.errors import JsonFormatError, MeetingFileError, ValidationError
from briefing.jsonio import read_meeting_json
from briefing.messages import Message
from briefing.model import Person
from briefing.store import load_meeting
from briefing.validation import MAX_BIO_CHARS, check_email, parse_time


def test_a_typed_time_is_refused_in_french_and_arabic() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time("9h30", "start")
    error = caught.value
    assert str(error) == "start: '9h30' is not a time; write it as HH:MM, e.g. 09:30"
    assert isinstance(error.problem, Message)
    assert error.problem.translated("fr") == (
        "«\u00a09h30\u00a0» n'est pas une heure\u00a0; écrivez-la sous la forme HH:MM, par "
        "exemple 09:30"
    )
    assert error.problem.translated("ar") == "«9h30» ليس وقتًا؛ اكتبه بالصيغة HH:MM، مثل 09:30"


def test_an_email_and_an_empty_name_are_refused_in_each_language() -> None:
    with pytest.raises(ValidationError) as caught:
        check_email("ana@")
    assert caught.value.problem.translated("es") == (
        "«ana@» no es una dirección de correo electrónico válida"
    )
    with pytest.raises(ValidationError) as empty:
        Person("p1", "  ")
    assert str(empty.value.problem) == "A person's name must not be empty"
    assert empty.value.problem.translated("ru") == "Имя лица не должно быть пустым"
    assert empty.value.problem.translated("zh") == "人员姓名不得为空"


def test_a_bio_too_long_names_whose_it_is_with_grouped_numbers() -> None:
    with pytest.raises(ValidationError) as caught:
        Person("p1", "Jane Doe", bio="x" * (MAX_BIO_CHARS + 1))
    problem = caught.value.problem
    assert str(problem) == (
        "the bio of person 'Jane Doe' is 50,001 characters long; at most 50,000 are allowed"
    )
    assert problem.translated("fr") == (
        "personne «\u00a0Jane Doe\u00a0», notice biographique\u00a0: 50\u202f001 caractères, "
        "alors que 50\u202f000 au plus sont autorisés"
    )
    assert "Jane Doe" in problem.translated("ar") and "50,001" in problem.translated("ar")


def test_a_meeting_file_that_cannot_be_opened_says_so_in_french_and_arabic(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.briefing"
    path.write_bytes(b"")
    with pytest.raises(MeetingFileError) as caught:
        load_meeting(path)
    error = caught.value
    assert str(error) == "notes.briefing: is an empty file, not a meeting file"
    assert error.message.translated("fr") == (
        "notes.briefing\u00a0: est un fichier vide, et non un fichier de réunion"
    )
    assert error.message.translated("ar") == "notes.briefing: ملف فارغ، وليس ملف اجتماع"
    back = pickle.loads(pickle.dumps(error.message))
    assert back.translated("ar") == error.message.translated("ar")


def test_a_missing_meeting_file_in_russian(tmp_path: Path) -> None:
    with pytest.raises(MeetingFileError) as caught:
        load_meeting(tmp_path / "gone.briefing")
    assert caught.value.message.translated("ru") == "gone.briefing: файл не существует"


def test_a_json_field_of_the_wrong_type_in_french(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(
        '{"format": "briefing-meeting", "format_version": 1, "title": 12}', encoding="utf-8"
    )
    with pytest.raises(JsonFormatError) as caught:
        read_meeting_json(path)
    error = caught.value
    assert str(error) == "m.json: title: must be a string, not a number"
    assert error.message.translated("fr") == (
        "m.json\u00a0: title\u00a0: doit être une chaîne de caractères, et non un nombre"
    )


def test_every_text_field_of_the_model_has_a_word_in_the_catalogs() -> None:
    """A message that names a field (too long, empty…) names it in the reader's language: a
    field with no catalog word would show its code name, half English, in every language."""
    import dataclasses
    import inspect

    import briefing.model as model
    from briefing.validation import FIELD_WORDS

    missing = [
        f"{cls.__name__}.{field.name}"
        for _name, cls in inspect.getmembers(model, inspect.isclass)
        if dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
        for field in dataclasses.fields(cls)
        if field.type == "str" and field.name not in FIELD_WORDS
    ]
    assert not missing


def test_a_distribution_mark_too_long_is_named_in_french() -> None:
    from briefing.model import PackOptions

    with pytest.raises(ValidationError) as caught:
        PackOptions(distribution_mark="x" * 5000)
    shown = caught.value.problem.translated("fr")
    assert "mention de diffusion" in shown and "distribution" not in shown, shown
