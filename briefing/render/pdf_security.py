"""Restricted PDF packs: the encryption a pack is saved with, and the passwords it takes.

A restricted pack is encrypted with AES-256 (security handler revision 6), the strongest a PDF
knows and the one every current reader opens. Two passwords, each optional:

- the **open** password is asked for to open the pack at all;
- the **owner** password lifts the restrictions: without it, whoever opens the pack may print it
  (in high quality) and copy its text, screen readers included, but not change it, annotate it,
  fill its forms or take its pages apart.

With an open password alone nothing is restricted (the owner password is the open password);
with an owner password alone anyone may open the pack, with the restrictions.

Passwords reach a build in memory only (the app's build dialog) or from a small file
(``briefing build --password-file FILE``), never from the command line; no message names one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pikepdf

from briefing.errors import PasswordFileError, RefusedFileError, ValidationError
from briefing.messages import M_, Message
from briefing.render.base import PackPasswords
from briefing.safe_read import read_regular_file

MAX_PASSWORD_BYTES = 127
"""AES-256 uses the first 127 bytes of a password's UTF-8: longer ones are refused, not cut."""
PASSWORD_FILE_LIMIT = 4 * 1024
"""A password file holds two short lines; anything larger is not one."""
PASSWORD_KEYS = ("open", "owner")
PASSWORD_FIELDS = {"open": M_("open password"), "owner": M_("owner password")}
"""What messages call each password."""

RESTRICTED = pikepdf.Permissions(
    accessibility=True,
    extract=True,  # copying a quotation out of a pack edits nothing
    modify_annotation=False,
    modify_assembly=False,
    modify_form=False,
    modify_other=False,
    print_lowres=True,
    print_highres=True,
)
"""What whoever opens a pack with an owner password may do without that password."""
EVERY_RIGHT = pikepdf.Permissions(modify_assembly=True)  # pikepdf's default withholds that one


def encryption(passwords: PackPasswords) -> pikepdf.Encryption | None:
    """How to encrypt a pack with ``passwords`` (AES-256), or None for an unrestricted pack."""
    if not passwords:
        return None
    check_passwords(passwords)
    if not passwords.owner:  # open password only: whoever may open it may do anything
        return pikepdf.Encryption(
            owner=passwords.open, user=passwords.open, R=6, aes=True, allow=EVERY_RIGHT
        )
    return pikepdf.Encryption(
        owner=passwords.owner, user=passwords.open, R=6, aes=True, allow=RESTRICTED
    )


def save_options(passwords: PackPasswords) -> dict[str, Any]:
    """The keywords of ``pikepdf.Pdf.save`` for a pack with ``passwords``: its encryption, and
    a file identifier made from the content (same pack, same bytes) when it has none. qpdf
    refuses that identifier for an encrypted file, whose keys are fresh at every save anyway."""
    crypt = encryption(passwords)
    return {"encryption": crypt or False, "deterministic_id": crypt is None}


def check_passwords(passwords: PackPasswords) -> None:
    """Raise :class:`ValidationError` (naming which password, never showing it) if a pack
    cannot be restricted with ``passwords``."""
    for name in PASSWORD_KEYS:
        if len(getattr(passwords, name).encode("utf-8")) > MAX_PASSWORD_BYTES:
            problem = M_(
                "is longer than {limit} bytes, which a PDF keeps", limit=MAX_PASSWORD_BYTES
            )
            raise ValidationError(PASSWORD_FIELDS[name], problem)
    if passwords.open and passwords.open == passwords.owner:
        problem = M_(
            "is the open password, so whoever opens the pack could edit it; choose another"
        )
        raise ValidationError(PASSWORD_FIELDS["owner"], problem)


def read_password_file(path: Path) -> PackPasswords:
    """The passwords in a password file: UTF-8 lines ``open=…`` and/or ``owner=…``; blank
    lines and ``#`` comments are ignored. Errors name the file and the line, never a password."""
    try:
        data = read_regular_file(path, PASSWORD_FILE_LIMIT)
    except RefusedFileError as exc:
        raise PasswordFileError(path, exc.problem) from None
    except OSError as exc:
        problem = M_("cannot be read ({reason})", reason=exc.strerror or str(exc))
        raise PasswordFileError(path, problem) from None
    try:
        text = data.decode("utf-8-sig")  # the mark some editors put first is not a password
    except UnicodeDecodeError:
        raise PasswordFileError(path, M_("is not UTF-8 text")) from None
    passwords = PackPasswords(**_password_lines(path, text))
    try:
        check_passwords(passwords)
    except ValidationError as exc:
        raise PasswordFileError(path, _in_file(exc)) from None
    return passwords


def _in_file(error: ValidationError) -> Message:
    """A password problem as a password file's: ``the owner password is the open password…``."""
    return M_("the {field} {problem}", field=error.field, problem=error.problem)


def _password_lines(path: Path, text: str) -> dict[str, str]:
    """Each password a file's ``text`` gives, by key."""
    found: dict[str, str] = {}
    # Split on line feeds only: str.splitlines() would also cut at characters a password holds.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, equals, value = line.partition("=")
        key = key.strip().lower()
        if not equals or key not in PASSWORD_KEYS:
            problem = M_("only open=… and owner=… lines are allowed")
            raise PasswordFileError(path, problem, number)
        found[key] = _password_value(path, key, value, number, key in found)
    if not found:
        raise PasswordFileError(path, M_("gives no password; write open=… and/or owner=…"))
    return found


def _password_value(path: Path, key: str, value: str, number: int, seen: bool) -> str:
    """The password of one line, refused when it cannot be what the user meant."""
    field = PASSWORD_FIELDS[key]
    if seen:
        raise PasswordFileError(path, M_("gives the {field} a second time", field=field), number)
    if not value:
        raise PasswordFileError(path, M_("the {field} is empty", field=field), number)
    if value != value.strip():  # a space typed after "=" or left at the end is invisible
        problem = M_("the {field} begins or ends with a space; remove it", field=field)
        raise PasswordFileError(path, problem, number)
    return value
