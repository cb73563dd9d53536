from __future__ import annotations

import io

import pytest

from summarize.errors import DecodeError, ReadError
from summarize.readers import decode, read_folder, read_path, read_stream, split_articles

TEXT = "Le café a rouvert après l'été. Ça fait plaisir à tout le monde, dit la gérante."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_with_and_without_marks(encoding):
    assert decode(TEXT.encode(encoding), "x") == TEXT


def test_legacy_single_byte_text_is_read():
    assert decode(TEXT.encode("cp1252"), "x") == TEXT


def test_binary_is_refused_with_the_name():
    with pytest.raises(DecodeError, match="photo.jpg: looks like a binary file"):
        decode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 50, "photo.jpg")


def test_broken_utf16_is_refused():
    with pytest.raises(DecodeError, match="not valid utf-16"):
        decode(b"\xff\xfe" + b"A\x00\x00\xd8", "x.txt")


def test_read_path_labels_with_the_path(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-16")
    document = read_path(path)
    assert document.text == TEXT and document.id == str(path)


def test_missing_and_folder_are_read_errors(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="is a folder"):
        read_path(tmp_path)


def test_stream_is_one_article():
    [document] = read_stream(io.BytesIO(TEXT.encode()))
    assert (document.text, document.id) == (TEXT, "<stdin>")


def test_separator_lines_split_a_stream_and_nothing_is_lost():
    text = "First one.\r\n|||||\r\nSecond one.\n  |||||  \n\n|||||\nThird | one."
    documents = split_articles(text, "feed")
    assert [d.id for d in documents] == ["feed#1", "feed#2", "feed#3"]
    assert [d.text for d in documents] == ["First one.", "Second one.", "Third | one."]


def test_folder_order_is_by_path_and_empty_folders_are_errors(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/d.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Text of {name}.", encoding="utf-8")
    assert [d.id for d in read_folder(tmp_path)] == [str(tmp_path / n) for n in ("a.txt", "b.txt")]
    deep = [d.id for d in read_folder(tmp_path, recursive=True)]
    assert deep == [str(tmp_path / n) for n in ("a.txt", "b.txt", "sub/c.txt")]
    with pytest.raises(ReadError, match="no file matching '\\*.html'"):
        read_folder(tmp_path, pattern="*.html")


def test_damaged_utf8_is_refused_not_garbled():
    data = "Le café a rouvert. ".encode() * 5 + b"\xff\xfe" + b" Fin."
    with pytest.raises(DecodeError, match=r"x.txt: UTF-8 up to byte 100, then bytes that are not"):
        decode(data, "x.txt")


def test_nul_and_control_characters_in_utf8_text_are_kept():
    text = "The vote passed.\x00 The council met. \x07Rain fell."
    assert decode(text.encode(), "x") == text


@pytest.mark.parametrize(
    "text",
    [
        "Le café a rouvert après l'été.",
        "après",
        "El niño comió después de la reunión.",
        "Der Bürgermeister sagte, die Brücke öffne später.",
    ],
)
def test_short_latin1_text_is_read_as_western_not_central_european(text):
    """Issue 21, case 6: "après" came out "aprčs" (read as cp1250)."""
    assert decode(text.encode("latin-1"), "x") == text


@pytest.mark.parametrize(
    "text",
    [
        "Zażółć gęślą jaźń. Wójt powiedział, że most otwarto.",
        "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    ],
)
def test_central_european_text_is_still_read_as_such(text):
    assert decode(text.encode("cp1250"), "x") == text
