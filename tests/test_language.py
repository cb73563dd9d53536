from __future__ import annotations

import os
import subprocess
import sys

import pytest

from summarize.errors import LanguageError
from summarize.language import LANGUAGES, load_language


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_listed_language_loads(name):
    language = load_language(name)
    assert language.name == name
    assert language.stop_words
    assert isinstance(language.stem("running"), str)


def test_names_are_case_insensitive():
    assert load_language(" English ") is load_language("english")


def test_unknown_language_says_which_exist():
    with pytest.raises(LanguageError, match="english"):
        load_language("klingon")


def test_words_keep_inner_marks_and_drop_punctuation(english):
    assert english.words("Don't stop: U.S.-led, well-known talks, 2019!") == [
        "don't",
        "stop",
        "u.s",
        "led",
        "well-known",
        "talks",
        "2019",
    ]


def test_abbreviations_do_not_split_sentences(english):
    text = "Mr. Reyes and Dr. Silva met in Washington, D.C. on Monday. Talks went well."
    assert [text[a:b] for a, b in english.sentence_spans(text)] == [
        "Mr. Reyes and Dr. Silva met in Washington, D.C. on Monday.",
        "Talks went well.",
    ]


def test_works_offline_with_empty_nltk_data(tmp_path):
    """Nothing is fetched: with an empty NLTK_DATA and no network the pipeline still runs."""
    code = (
        "import socket\n"
        "def refuse(*args): raise OSError('network is off in this test')\n"
        "socket.socket.connect = refuse\n"
        "import nltk, summarize\n"
        f"assert nltk.data.path[0] == {str(tmp_path)!r}\n"
        "b = summarize.summarize(['The dam held. Crews worked all night to shore it up.',"
        " 'Crews shored up the dam all night and it held.'], max_sentences=1)\n"
        "print(b.sentences[0].text)\n"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "dam" in result.stdout
    assert not any(tmp_path.iterdir())
