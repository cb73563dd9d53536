from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import Options, summarize
from summarize.errors import LanguageError, NothingRelevantError
from summarize.language import CODES, LANGUAGES, describe, load_language, resolve
from summarize.language.table import PARTS
from summarize.stages.segment import segment
from summarize.types import Document, count_words

from .languages import STORIES, story
from .stories import FLOOD


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_listed_language_loads(name):
    language = load_language(name)
    assert language.name == name
    assert language.stop_words
    assert isinstance(language.stem("running"), str)


def test_names_are_case_insensitive():
    assert load_language(" English ") is load_language("english")


def test_unknown_language_says_which_exist():
    with pytest.raises(LanguageError, match="summarize --languages"):
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


def test_a_spaced_ellipsis_ends_the_sentence_it_follows(english):
    text = "The crowd ran for the doors . . . Then the roof fell in."
    assert [text[a:b] for a, b in english.sentence_spans(text)] == [
        "The crowd ran for the doors . . .",
        "Then the roof fell in.",
    ]


def test_works_offline_with_empty_nltk_data(tmp_path):
    """Nothing is fetched or written: with an empty NLTK_DATA, an empty home and no
    network, every language loads and summarizes its story, and auto-detection runs."""
    data, home = tmp_path / "nltk_data", tmp_path / "home"
    data.mkdir()
    home.mkdir()
    code = (
        "import socket\n"
        "def refuse(*args): raise OSError('network is off in this test')\n"
        "socket.socket.connect = refuse\n"
        "import nltk, summarize\n"
        "from tests.languages import story\n"
        f"assert nltk.data.path[0] == {str(data)!r}\n"
        "for name in summarize.LANGUAGES:\n"
        "    articles = story(name)\n"
        "    brief = summarize.summarize(articles, language=name, max_sentences=1)\n"
        "    assert summarize.summarize(articles, language='auto').language == name, name\n"
        "    print(name, brief.sentences[0].text)\n"
    )
    env = {**os.environ, "NLTK_DATA": str(data), "HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(LANGUAGES)
    assert not any(data.iterdir())
    assert not any(home.iterdir())


def test_every_language_has_a_story_of_our_own():
    assert set(STORIES) == set(LANGUAGES)


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_language_splits_our_story_at_its_sentences(name):
    language = load_language(name)
    documents = [Document(text) for text in story(name)]
    found = segment(documents, language)
    for index, article in enumerate(STORIES[name]):
        assert [s.text for s in found if s.article == index] == list(article)


@pytest.mark.parametrize("name", LANGUAGES)
def test_every_language_gives_a_brief_of_exact_spans(name):
    articles = story(name)
    brief = summarize(articles, language=name, max_sentences=3)
    assert 2 <= len(brief) <= 3  # a sentence that repeats a kept one stays out
    written = {sentence for article in STORIES[name] for sentence in article}
    for sentence in brief.sentences:
        assert articles[sentence.source][sentence.start : sentence.end] == sentence.text
        assert sentence.text in written
        for span in sentence.sources:  # the sentence itself, then any that corroborate it
            assert articles[span.source][span.start : span.end] in STORIES[name][span.source]


@pytest.mark.parametrize(
    ("name", "text", "sentences"),
    [
        ("arabic", "هل وصل القطار؟ نعم، وصل.", ["هل وصل القطار؟", "نعم، وصل."]),
        ("persian", "قطار رسید؟ بله رسید.", ["قطار رسید؟", "بله رسید."]),
        ("urdu", "ٹرین آ گئی۔ کیا وہ دیر سے آئی؟", ["ٹرین آ گئی۔", "کیا وہ دیر سے آئی؟"]),
        ("hindi", "ट्रेन आ गई। क्या वह देर से आई?", ["ट्रेन आ गई।", "क्या वह देर से आई?"]),
        ("bengali", "ট্রেন এসেছে। দেরি হয়েছে?", ["ট্রেন এসেছে।", "দেরি হয়েছে?"]),
        ("chinese", "火车到了。晚点了吗？没有！", ["火车到了。", "晚点了吗？", "没有！"]),
        ("japanese", "電車が着いた！遅れたか？", ["電車が着いた！", "遅れたか？"]),
        ("japanese", "駅員は「着いた」と言った。", ["駅員は「着いた」と言った。"]),
        ("greek", "Ήρθε το τρένο; Ναι.", ["Ήρθε το τρένο;", "Ναι."]),
        ("hebrew", "הרכבת הגיעה? כן.", ["הרכבת הגיעה?", "כן."]),
        ("korean", "기차가 왔나요? 네.", ["기차가 왔나요?", "네."]),
    ],
)
def test_each_script_ends_sentences_at_its_own_marks(name, text, sentences):
    spans = list(load_language(name).sentence_spans(text))
    assert [text[start:end] for start, end in spans] == sentences


@pytest.mark.parametrize(
    ("name", "text", "sentences"),
    [
        (
            "english",
            '"Is it over?" the mayor asked. It was.',
            ['"Is it over?" the mayor asked.', "It was."],
        ),
        ("spanish", "«¿Llegó?», preguntó ella. Sí.", ["«¿Llegó?», preguntó ella.", "Sí."]),
        (
            "russian",
            "«Где судно?» — спросил министр. Все молчали.",
            ["«Где судно?» — спросил министр.", "Все молчали."],
        ),
        (
            "japanese",
            "大臣は『準備はできている！』と述べた。",
            ["大臣は『準備はできている！』と述べた。"],
        ),
        ("spanish", "La Dra. Ruiz habló. Luego se fue.", ["La Dra. Ruiz habló.", "Luego se fue."]),
        (
            "arabic",
            "قالت الوزيرة د. ليلى حداد إن العمل مستمر. وانتهى الاجتماع.",
            ["قالت الوزيرة د. ليلى حداد إن العمل مستمر.", "وانتهى الاجتماع."],
        ),
        ("hindi", "मंत्री डॉ. लैला ने कहा। बैठक खत्म हुई।", ["मंत्री डॉ. लैला ने कहा।", "बैठक खत्म हुई।"]),
    ],
)
def test_a_quote_its_speaker_and_a_title_stay_in_one_sentence(name, text, sentences):
    spans = list(load_language(name).sentence_spans(text))
    assert [text[start:end] for start, end in spans] == sentences


def test_words_keep_the_combining_marks_of_their_script():
    assert load_language("hindi").words("हिंदी समाचार।") == ["हिंदी", "समाचार"]
    assert load_language("arabic").words("مُحَمَّد، غدًا") == ["مُحَمَّد", "غدًا"]
    assert load_language("hebrew").words("צה״ל הודיע") == ["צה״ל", "הודיע"]


def test_unspaced_scripts_are_read_in_letter_pairs():
    assert load_language("chinese").words("新桥2024年通车") == ["新桥", "2024", "年通", "通车"]
    assert load_language("japanese").words("新しい橋です") == ["新し", "い橋", "橋で"]  # no "しい"
    assert load_language("korean").words("다리가 열렸다") == ["다리", "리가", "열렸", "렸다"]
    assert load_language("english").words("新桥") == ["新桥"]


def test_a_query_finds_its_words_in_every_script():
    chinese = summarize(story("chinese"), language="chinese", query="渡轮", max_sentences=1)
    assert "渡轮" in chinese.sentences[0].text
    arabic = summarize(story("arabic"), language="arabic", query="العبارة", max_sentences=1)
    assert "العبارة" in arabic.sentences[0].text
    with pytest.raises(NothingRelevantError):  # it shares only the ending "のか" with the story
        summarize(story("japanese"), language="japanese", query="大統領はどうするのか")


def test_languages_are_named_by_name_or_code():
    assert resolve("AR") == "arabic"
    assert resolve("zh-CN") == resolve("zh_TW") == "chinese"
    assert load_language("zh") is load_language("Chinese")
    assert Options(language=" UK ").language == "ukrainian"
    assert Options(language="Auto").language == "auto"


def test_every_language_says_where_its_parts_come_from():
    for name in LANGUAGES:
        parts = describe(name)
        assert parts["language"] == name
        assert parts["code"] == CODES[name]
        assert parts["sentences"] in ("Punkt", "sentencex")
    assert describe("greek")["stems"] == "PyStemmer (Snowball)"
    assert describe("urdu")["stems"] == "none"
    assert describe("ja")["word units"] == "letter pairs"


def test_stemmers_give_the_same_stems_from_many_threads():
    from concurrent.futures import ThreadPoolExecutor

    words = [w for article in STORIES["arabic"] for s in article for w in s.split()] * 20
    alone = [load_language("arabic").stem.__wrapped__(word) for word in words]
    load_language("arabic").stem.cache_clear()
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(load_language("arabic").stem.__wrapped__, words)) == alone


def test_a_run_without_letters_counts_as_no_word():
    assert count_words("新桥" + "=" * 50 + "。") == 2
    assert count_words("大桥于2024年通车。") == 7


@pytest.mark.parametrize("name", ["english", "hindi", "japanese"])
def test_joining_many_pieces_reads_only_the_tail_of_each(name, monkeypatch):
    """Issue 21, case 5: pieces joined into one long sentence cost linear time, not quadratic."""
    import summarize.language.sentences as module

    read: list[int] = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, pos, endpos):
            read.append(endpos - pos)
            return self.pattern.search(text, pos, endpos)

    monkeypatch.setattr(module, "_INITIAL", Counting(module._INITIAL))
    monkeypatch.setattr(module, "_CLOSE_QUOTE", Counting(module._CLOSE_QUOTE))
    monkeypatch.setattr(module, "_OPENER_AT_ALL", Counting(module._OPENER_AT_ALL))
    # each line opens lower-case, so every piece goes on the one before
    text = "\n".join(f"and line {n} goes on." for n in range(300))
    spans = list(load_language(name).sentence_spans(text))
    assert len(spans) < 10 and read
    assert max(read) <= module._TAIL


def test_a_paragraph_longer_than_a_splitter_reads_at_once_is_read_in_pieces(monkeypatch):
    import summarize.language.sentences as module

    english = load_language("english")
    text = " ".join(["The clerk read the record of the hearing out in court."] * 40)
    whole = list(english.sentence_spans(text))
    monkeypatch.setattr(module, "_PIECE", 120)
    # cut at a space inside a sentence, whose lower-case rest goes back on it
    assert list(english.sentence_spans(text)) == whole
    assert len(whole) == 40


def test_the_fast_word_pattern_finds_the_words_the_full_one_finds():
    """Where ``re`` finds words (Latin text), it must agree with ``regex`` on every letter."""
    import re

    import regex

    from summarize.language import words

    full, fast = regex.compile(r"[^\W_]"), re.compile(r"[^\W_]")
    latin = [chr(c) for c in range(0x110000) if words._NOT_LATIN.search(chr(c)) is None]
    assert len(latin) > 500
    assert [c for c in latin if bool(full.fullmatch(c)) != bool(fast.fullmatch(c))] == []
    texts = [*FLOOD, "İstanbul’s mayor ²3 don't U.S. é-e\u0301", 'צה״ל ארה"ב', "½ de l’été"]
    for text in texts:
        assert words.find_words(text) == words.WORD.findall(text.lower())


# Stops, closing marks and words in every order, where Punkt's own cuts are hardest to guess.
PUNCTUATED = st.lists(
    st.sampled_from(
        [
            *".?!;;\"'«»‘’“”)(][}{-…",
            " ",
            "\u00a0",
            "\n",
            "\t",
            "Mr.",
            "U.S.",
            "...",
            "1",
            "word",
            "The",
            "é",
        ]
    ),
    max_size=30,
).map("".join)


@functools.cache
def _punkt_pair(name):
    """Our Punkt splitter of ``name`` and Punkt itself, with the same parameters and stops."""
    import punkt

    from summarize.language.sentences import _PUNKT_ENDS, _punkt_parameters, _split

    params = _punkt_parameters(name)
    rules = punkt.LanguageVars(sent_end_chars=_PUNKT_ENDS.get(name, (".", "?", "!")))
    return _split(name, PARTS[name], params), punkt.PunktSentenceTokenizer(params, rules=rules)


PUNKT_LANGUAGES = sorted(name for name in LANGUAGES if PARTS[name].splitter == "punkt")


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(PUNKT_LANGUAGES), PUNCTUATED)
def test_our_punkt_spans_are_punkts(name, text):
    """Our Punkt (and the shortcut past it for a paragraph whose only stops close it)
    gives the spans Punkt itself gives."""
    ours, punkt_itself = _punkt_pair(name)
    assert list(ours(text)) == list(punkt_itself.span_tokenize(text))


@functools.cache
def _words_punkt_weighs(name):
    """Words whose full stop Punkt's second pass may read otherwise than its first: the
    language's abbreviations, the words of its pairs that straddle a full stop, and the
    words that open its sentences."""
    params = _punkt_pair(name)[1].params
    pairs = sorted(params.collocations)[:40]
    return sorted(
        {
            *sorted(params.abbrev_types)[::25],
            *sorted(params.numeric_abbrev_types),
            *(word for pair in pairs for word in pair if word != "##number##"),
            *sorted(params.sent_starters)[::5],
        }
    )


# Initials, numbers, plain words and words whose case is hard to change.
_OTHER_WORDS = ["J", "b", "1990", "12", "word", "Σ", "ΟΔΟΣ", "İ", "²", "x_y", "U.S", "the"]


@st.composite
def _prose(draw):
    """A language of Punkt and a paragraph of words it weighs, stops and white space."""
    name = draw(st.sampled_from(PUNKT_LANGUAGES))
    word = st.one_of(
        st.sampled_from(_words_punkt_weighs(name)), st.sampled_from(_OTHER_WORDS)
    ).flatmap(lambda word: st.sampled_from([word, word.capitalize(), word.upper()]))
    gap = st.sampled_from(
        [" ", ". ", ". ", "? ", "! ", '." ', ".” ", ".) ", ". (", ".\n", ".\u00a0", ". \t", ".,"]
    )
    pieces = draw(st.lists(st.tuples(word, gap), max_size=12))
    return name, "".join(word + after for word, after in pieces)


@settings(max_examples=600, deadline=None)
@given(_prose())
def test_our_punkt_reads_each_full_stop_as_punkt_does(prose):
    """Where our Punkt decides a full stop without Punkt's passes, it decides as they do."""
    name, text = prose
    ours, punkt_itself = _punkt_pair(name)
    assert list(ours(text)) == list(punkt_itself.span_tokenize(text))


def test_our_punkt_reads_a_model_whose_words_bind_across_a_full_stop():
    """No packaged model pairs a plain word with the next across a full stop, or makes one
    an abbreviation before a number only; a model may, and then Punkt's passes decide."""
    import dataclasses

    import punkt

    from summarize.language.sentences import _Punkt

    model = dataclasses.replace(
        punkt.load_model("english"),
        collocations={("river", "bank")},
        numeric_abbrev_types={"item"},
    )
    ours, punkt_itself = _Punkt(model, ".?!"), punkt.PunktSentenceTokenizer(model)
    texts = {"It rose by the river. Bank staff fled.": 1, "See item. 4 on the list. It sold.": 2}
    for text, sentences in texts.items():
        assert list(ours.span_tokenize(text)) == list(punkt_itself.span_tokenize(text))
        assert len(list(ours.span_tokenize(text))) == sentences


def test_punkt_runs_only_on_a_paragraph_with_a_stop_inside(monkeypatch):
    from summarize.language.sentences import _Punkt

    ours, _ = _punkt_pair("english")
    ran = []
    original = _Punkt.span_tokenize
    monkeypatch.setattr(
        _Punkt, "span_tokenize", lambda self, text: ran.append(text) or original(self, text)
    )
    alone = ["The bridge opened.", "“It is ours,” she said.”)  ", "No stop at all", "Why?!"]
    assert [list(ours(text)) for text in alone] == [[(0, len(t.rstrip()))] for t in alone]
    assert ran == []
    assert list(ours("The bridge opened. Trade rose.")) == [(0, 18), (19, 30)]
    assert list(ours("word" + "!" * 50_000)) == [(0, 50_004)]
    assert ran == ["The bridge opened. Trade rose."]
