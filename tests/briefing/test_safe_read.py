"""The one reader of files a user names: regular files only, never more than a limit."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.errors import RefusedFileError
from briefing.safe_read import open_regular_file, read_file_head, read_regular_file

needs_dev_zero = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")


def test_a_regular_file_within_its_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"x" * 1000)
    assert read_regular_file(path, 1000) == b"x" * 1000
    assert read_file_head(path, 10) == b"x" * 10
    with open_regular_file(path, 1000) as stream:
        assert stream.read() == b"x" * 1000


def test_a_file_over_its_limit_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (3 * 1024 * 1024 + 1))
    with pytest.raises(RefusedFileError) as info:
        read_regular_file(path, 3 * 1024 * 1024)
    assert str(info.value) == "big.txt: is larger than 3 MB"
    assert info.value.path == path and info.value.problem == "is larger than 3 MB"


def test_a_fifo_is_refused_without_blocking(fifo: Callable[[str], Path]) -> None:
    path = fifo("notes.txt")
    for read in (
        lambda: read_regular_file(path, 100),
        lambda: read_file_head(path, 100),
        lambda: open_regular_file(path, 100).__enter__(),
    ):
        with pytest.raises(RefusedFileError) as info:
            read()
        assert str(info.value) == "notes.txt: is not a regular file (a FIFO)"


@needs_dev_zero
def test_a_device_and_a_link_to_it_are_refused(tmp_path: Path) -> None:
    link = tmp_path / "paper.pdf"
    link.symlink_to("/dev/zero")
    for path in (Path("/dev/zero"), link):
        with pytest.raises(RefusedFileError, match=r"is not a regular file \(a device\)$"):
            read_regular_file(path, 1024)
        with pytest.raises(RefusedFileError, match=r"is not a regular file \(a device\)$"):
            read_file_head(path, 100)


@pytest.mark.skipif(not os.path.exists("/proc/self/environ"), reason="no /proc")
def test_a_file_that_says_it_is_empty_is_still_read_only_to_its_limit() -> None:
    environ = Path("/proc/self/environ")
    assert environ.stat().st_size == 0  # /proc files do not say how long they are
    with pytest.raises(RefusedFileError, match="^environ: is larger than 4 bytes$"):
        read_regular_file(environ, 4)


def test_a_stream_refuses_once_it_passes_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(b"Name\n" + b"Ann\n" * 1000)
    os.truncate(path, 5)  # small when opened…
    with open_regular_file(path, 2048) as stream:
        with path.open("ab") as grow:  # …and growing while read
            grow.write(b"Ann\n" * 1000)
        with pytest.raises(RefusedFileError, match="^people.csv: is larger than 2 KB$"):
            stream.read()


def test_what_the_system_refuses_is_its_own_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing.txt", 100)
    with pytest.raises(IsADirectoryError):
        read_regular_file(tmp_path, 100)
    with pytest.raises(IsADirectoryError):
        read_file_head(tmp_path, 100)


def test_a_size_limit_is_written_as_each_language_groups_thousands() -> None:
    from briefing.safe_read import too_large

    assert str(too_large(1500)) == "is larger than 1,500 bytes"
    french = too_large(1500).translated("fr")
    assert french.startswith("dépasse 1") and french.endswith("500 octets")
    assert "1,500" not in french  # French groups with a space, never a comma
