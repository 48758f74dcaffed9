"""Restricted packs: AES-256 with the rights asked for, read back by pikepdf, pypdf and poppler;
password files parsed strictly, with errors that name the file and line but never a password."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pypdf
import pytest
from pypdf import PasswordType

from briefing.errors import PasswordFileError, ValidationError
from briefing.render.base import PackPasswords
from briefing.render.pdf_security import (
    MAX_PASSWORD_BYTES,
    PASSWORD_FILE_LIMIT,
    check_passwords,
    encryption,
    read_password_file,
    save_options,
)

OPEN = "Genève öffnen 開く"  # not only ASCII: a PDF hashes a password's UTF-8
OWNER = "secrétariat-only"
PASSWORDS_BOTH = PackPasswords(open=OPEN, owner=OWNER)
EDITING = ("modify_annotation", "modify_assembly", "modify_form", "modify_other")
ALLOWED = ("print_lowres", "print_highres", "extract", "accessibility")


def _restricted(passwords: PackPasswords) -> bytes:
    """A small two-page PDF saved with ``passwords``."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, encryption=encryption(passwords) or False)
    return out.getvalue()


def _pikepdf(data: bytes, password: str = "") -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data), password=password)


def _refused_by_pikepdf(data: bytes, password: str) -> bool:
    try:
        _pikepdf(data, password)
    except pikepdf.PasswordError:
        return True
    return False


def _pypdf_access(data: bytes, password: str) -> PasswordType:
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    return reader.decrypt(password)


def _allows(pdf: pikepdf.Pdf, rights: tuple[str, ...]) -> list[bool]:
    return [getattr(pdf.allow, right) for right in rights]


def test_no_password_no_encryption() -> None:
    assert encryption(PackPasswords()) is None
    data = _restricted(PackPasswords())
    assert not pypdf.PdfReader(io.BytesIO(data)).is_encrypted


def test_an_open_password_alone_is_asked_for_and_then_allows_everything() -> None:
    data = _restricted(PackPasswords(open=OPEN))
    assert _refused_by_pikepdf(data, "") and _refused_by_pikepdf(data, "guess")
    assert _pypdf_access(data, "") == PasswordType.NOT_DECRYPTED
    with _pikepdf(data, OPEN) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert str(pdf.encryption.stream_method) == "EncryptionMethod.aesv3"
        assert all(_allows(pdf, EDITING + ALLOWED))
        assert pdf.owner_password_matched  # the open password is the owner password too
        assert len(pdf.pages) == 2
    assert _pypdf_access(data, OPEN) != PasswordType.NOT_DECRYPTED


def test_an_owner_password_alone_lets_anyone_read_and_print_but_not_edit() -> None:
    data = _restricted(PackPasswords(owner=OWNER))
    with _pikepdf(data) as pdf:  # opens without a password
        assert pdf.is_encrypted and pdf.encryption.R == 6
        assert all(_allows(pdf, ALLOWED))
        assert not any(_allows(pdf, EDITING))
        assert not pdf.owner_password_matched
    assert _pypdf_access(data, "") == PasswordType.USER_PASSWORD
    with _pikepdf(data, OWNER) as pdf:
        assert pdf.owner_password_matched  # the owner password lifts the restrictions
    assert _pypdf_access(data, OWNER) == PasswordType.OWNER_PASSWORD


def test_both_passwords_open_restricted_and_the_owner_password_lifts_the_restriction() -> None:
    data = _restricted(PackPasswords(open=OPEN, owner=OWNER))
    assert _refused_by_pikepdf(data, "")
    assert _pypdf_access(data, "") == PasswordType.NOT_DECRYPTED
    with _pikepdf(data, OPEN) as pdf:
        assert not pdf.owner_password_matched
        assert all(_allows(pdf, ALLOWED)) and not any(_allows(pdf, EDITING))
    assert _pypdf_access(data, OPEN) == PasswordType.USER_PASSWORD
    with _pikepdf(data, OWNER) as pdf:
        assert pdf.owner_password_matched and len(pdf.pages) == 2
    assert _pypdf_access(data, OWNER) == PasswordType.OWNER_PASSWORD


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_poppler_sees_aes_256_and_the_rights(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    path.write_bytes(_restricted(PackPasswords(open="open-sesame", owner=OWNER)))
    # poppler takes the password as an argument: a fixed test password, not a user's.
    refused = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    assert refused.returncode != 0 and "Incorrect password" in refused.stderr
    info = subprocess.run(
        ["pdfinfo", "-upw", "open-sesame", str(path)], capture_output=True, text=True, check=True
    ).stdout
    encrypted = next(line for line in info.splitlines() if line.startswith("Encrypted:"))
    assert "algorithm:AES-256" in encrypted
    assert "print:yes" in encrypted and "copy:yes" in encrypted
    assert "change:no" in encrypted and "addNotes:no" in encrypted


def _saved(passwords: PackPasswords) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, **save_options(passwords))
    return out.getvalue()


def test_save_options_keep_open_packs_reproducible_and_restricted_ones_saveable() -> None:
    assert _saved(PackPasswords()) == _saved(PackPasswords())  # same pack, same bytes
    # qpdf refuses a content-made identifier for an encrypted file: these save without one,
    # and differ, their keys being fresh at every save.
    first, second = _saved(PASSWORDS_BOTH), _saved(PASSWORDS_BOTH)
    assert first != second
    for data in (first, second):
        with _pikepdf(data, OWNER) as pdf:
            assert pdf.is_encrypted and pdf.owner_password_matched


def test_passwords_that_cannot_restrict_a_pack_are_refused_without_showing_them() -> None:
    long = "é" * (MAX_PASSWORD_BYTES // 2 + 1)  # 128 bytes of UTF-8
    with pytest.raises(ValidationError) as info:
        check_passwords(PackPasswords(open=long))
    assert info.value.field == "open password" and long not in str(info.value)
    check_passwords(PackPasswords(owner="é" * (MAX_PASSWORD_BYTES // 2)))  # 126 bytes: fine
    with pytest.raises(ValidationError) as info:
        encryption(PackPasswords(open=OPEN, owner=OPEN))
    assert info.value.field == "owner password" and OPEN not in str(info.value)


def test_passwords_never_show_in_a_repr() -> None:
    passwords = PackPasswords(open=OPEN, owner=OWNER)
    assert OPEN not in repr(passwords) and OWNER not in repr(passwords)


# --------------------------------------------------------------------------- password files


def _file(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "pack passwords.txt"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("open=Genève öffnen 開く\n", PackPasswords(open=OPEN)),
        ("owner=secrétariat-only", PackPasswords(owner=OWNER)),
        (
            "\ufeff# the pack for the delegations\r\n\r\nopen=a=b#c\r\n  owner=x y\r\n",
            PackPasswords(open="a=b#c", owner="x y"),
        ),
        (" Owner =secrétariat-only\n\n\n", PackPasswords(owner=OWNER)),
        ("open=tab\there\x0cform feed\n", PackPasswords(open="tab\there\x0cform feed")),
    ],
)
def test_good_password_files(tmp_path: Path, content: str, expected: PackPasswords) -> None:
    passwords = read_password_file(_file(tmp_path, content))
    assert (passwords.open, passwords.owner) == (expected.open, expected.owner)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("open=hunter2\nopne=hunter3\n", "line 2: only open=… and owner=… lines are allowed"),
        ("# comment\nhunter2\n", "line 2: only open=… and owner=… lines are allowed"),
        ("open=hunter2\nopen=hunter3\n", "line 2: gives the open password a second time"),
        ("owner=\n", "line 1: the owner password is empty"),
        ("open=hunter2 \n", "line 1: the open password begins or ends with a space; remove it"),
        ("open= hunter2\n", "line 1: the open password begins or ends with a space; remove it"),
        ("# nothing yet\n\n", "gives no password; write open=… and/or owner=…"),
        ("", "gives no password; write open=… and/or owner=…"),
        (
            "open=hunter2\nowner=hunter2\n",
            "the owner password is the open password, so whoever opens the pack could edit "
            "it; choose another",
        ),
        (f"open={'h' * 128}\n", "the open password is longer than 127 bytes, which a PDF keeps"),
        (b"open=hunter\xe92\n", "is not UTF-8 text"),
    ],
)
def test_bad_password_files_name_the_file_and_line_but_no_password(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = _file(tmp_path, content)
    with pytest.raises(PasswordFileError) as info:
        read_password_file(path)
    assert str(info.value) == f"pack passwords.txt: {message}"
    assert info.value.path == path
    assert "hunter" not in str(info.value) and "\n" not in str(info.value)


def test_a_missing_or_special_password_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(PasswordFileError) as info:
        read_password_file(tmp_path / "missing.txt")
    assert str(info.value) == "missing.txt: cannot be read (No such file or directory)"
    with pytest.raises(PasswordFileError) as info:
        read_password_file(tmp_path)
    assert str(info.value).startswith(f"{tmp_path.name}: cannot be read (Is a directory)")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(PasswordFileError) as info:  # refused at once, not waited on
        read_password_file(fifo)
    assert str(info.value).startswith("fifo: is not a regular file")


def test_a_password_file_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    path = _file(tmp_path, "# " + "x" * PASSWORD_FILE_LIMIT + "\nopen=hunter2\n")
    with pytest.raises(PasswordFileError) as info:
        read_password_file(path)
    assert str(info.value) == "pack passwords.txt: is larger than 4 KB"
    limit = _file(tmp_path, "open=hunter2\n".ljust(PASSWORD_FILE_LIMIT, "\n"))
    assert read_password_file(limit).open == "hunter2"  # exactly at the limit: read
