"""Numbered names for downloads that meet a taken name, and what the process remembers of them (bounded)."""

from __future__ import annotations

from pathlib import Path

import pytest
from magic_hour import _folder


def _place(folder: _folder.Folder, name: str, n: int) -> Path:
    tmp = f".part-{n}"
    folder.create(tmp).close()
    return folder.place(tmp, name)


def test_taken_names_get_the_next_number_past_the_highest(tmp_path: Path) -> None:
    for existing in ("out.png", "out-7.png", "out-abc.png", "out-\u00b2.png", "out-3.png.bak", "xout-9.png"):
        (tmp_path / existing).write_bytes(b"")
    folder = _folder.Folder(tmp_path)
    try:
        placed = [_place(folder, "out.png", n).name for n in range(3)]
    finally:
        folder.close()
    assert placed == ["out-8.png", "out-9.png", "out-10.png"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".part-")]


def test_names_without_an_extension_and_a_first_free_name(tmp_path: Path) -> None:
    folder = _folder.Folder(tmp_path)
    try:
        assert [_place(folder, "clip", n).name for n in range(3)] == ["clip", "clip-1", "clip-2"]
    finally:
        folder.close()


def test_the_remembered_numbers_stay_bounded(tmp_path: Path) -> None:
    folder = _folder.Folder(tmp_path)
    try:
        for n in range(50):  # names of their own, as project ids make them: nothing to remember
            _place(folder, f"unique-{n}.png", n)
        assert not any(key[0] == tmp_path for key in _folder._last_numbers)
        for n in range(_folder._REMEMBERED + 40):  # every one collides once
            (tmp_path / f"taken-{n}.png").write_bytes(b"")
            _place(folder, f"taken-{n}.png", 1000 + n)
    finally:
        folder.close()
    assert len(_folder._last_numbers) <= _folder._REMEMBERED


def test_a_missing_directory_is_made_on_first_use_and_a_file_in_its_place_is_refused(tmp_path: Path) -> None:
    folder = _folder.Folder(tmp_path / "new" / "nested")
    try:
        assert _place(folder, "out.png", 0) == tmp_path / "new" / "nested" / "out.png"
    finally:
        folder.close()
    (tmp_path / "a-file").write_bytes(b"")
    blocked = _folder.Folder(tmp_path / "a-file")
    try:
        with pytest.raises(OSError):
            blocked.create(".part")
    finally:
        blocked.close()
