from __future__ import annotations

import pytest

from summarize import LANGUAGES, analyze, summarize
from summarize.errors import LanguageError, LanguageWarning
from summarize.stages.detect import OWN_LANGUAGE_LETTERS, article_languages, detect
from summarize.types import Document

from .languages import STORIES, story, text_of


@pytest.mark.parametrize("name", LANGUAGES)
def test_each_article_of_our_stories_is_told_its_language(name):
    for text in story(name):
        assert detect(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ferry stopped running on Friday.", "english"),
        ("Паром перестал ходить в пятницу.", "russian"),
        ("Пором перестав ходити в п'ятницю.", "ukrainian"),
        ("Trajekt je v petek prenehal voziti.", "slovene"),
        ("渡轮周五停止运营。", "chinese"),
        ("フェリーは金曜日に運航を止めた。", "japanese"),
        ("המעבורת הפסיקה לפעול ביום שישי.", "hebrew"),
        ("توقفت العبارة عن العمل يوم الجمعة.", "arabic"),
    ],
)
def test_one_sentence_is_enough_to_tell_most_languages(text, name):
    assert detect(text) == name


def test_text_without_letters_cannot_be_told():
    with pytest.raises(LanguageError, match="give --language"):
        detect("2024 - 11 - 22")
    with pytest.raises(LanguageError, match="give --language"):
        summarize(["12 34.", "56 78."], language="auto")


def test_auto_reads_a_story_in_its_language():
    brief = summarize(story("hindi"), language="auto", max_sentences=2)
    assert brief.language == "hindi"
    assert all(s.text in STORIES["hindi"][s.source] for s in brief.sentences)


def test_a_story_in_two_languages_reads_each_article_in_its_own():
    english = " ".join(STORIES["english"][0] * 3)
    arabic = text_of("arabic", STORIES["arabic"][0])
    analysis = analyze([arabic, english], language="auto")
    assert analysis.languages == ("arabic", "english")
    assert analysis.language == "english"  # the language of most of the text
    arabic_sentences = [s.text for s in analysis.sentences if s.source == 0]
    assert arabic_sentences == list(STORIES["arabic"][0])  # split at "؟" too
    for sentence in analysis.brief(max_sentences=4).sentences:
        assert [arabic, english][sentence.source][sentence.start : sentence.end] == sentence.text


def test_a_short_article_is_read_in_the_language_of_the_story():
    headline = "Vela bridge opens"
    assert len(headline) < OWN_LANGUAGE_LETTERS
    languages = article_languages([Document(headline), *map(Document, story("german"))])
    assert [language.name for language in languages] == ["german"] * 3


def test_detection_does_not_change_a_story_in_one_language():
    for name in ("czech", "japanese", "persian"):
        chosen = summarize(story(name), language=name).sentences
        assert summarize(story(name), language="auto").sentences == chosen


def test_seen_articles_too_short_to_tell_take_the_story_language():
    assert summarize(story("english"), seen=[""], language="auto").language == "english"
    seen_short = analyze(story("english"), seen=["Prices rise."], language="auto")
    assert seen_short.language == "english"


def test_a_query_word_counts_whichever_article_language_comes_first():
    french = (
        "Le nouveau pont a ouvert lundi matin après deux ans de travaux. La circulation "
        "passe enfin sur le pont, a dit le maire, qui attendait ce jour depuis longtemps."
    )
    english = [
        "The first car crossed the new bridge on Monday morning after two years of work. "
        "Drivers said the queue of cars at the old ferry was gone for good.",
        "A car and a bus went over the bridge first, and the mayor cheered from the bank "
        "with a crowd of people who had walked down from the town.",
    ]
    for articles in ([french, *english], [*english, french]):
        analysis = analyze(articles, language="auto", query="car")
        assert sorted(analysis.languages) == ["english", "english", "french"]
        brief = analysis.brief(max_sentences=1)
        assert "car" in brief.sentences[0].text  # "car" is a French stop word, an English term


@pytest.mark.parametrize("name", LANGUAGES)
def test_a_story_read_in_its_own_language_gives_no_warning(name, recwarn):
    summarize(story(name), language=name)
    assert not [w for w in recwarn if issubclass(w.category, LanguageWarning)]


@pytest.mark.parametrize(
    ("written", "asked"),
    [
        ("french", "english"),
        ("english", "german"),
        ("japanese", "english"),
        ("ukrainian", "english"),
    ],
)
def test_a_story_read_in_another_language_than_its_own_is_warned_of(written, asked):
    with pytest.warns(LanguageWarning, match=f"read as {asked}, look written in {written}: give"):
        brief = summarize(story(written), language=asked)
    assert len(brief) > 0  # read as asked all the same


def test_a_story_in_a_language_without_resources_read_as_english_is_named():
    vietnamese = (
        "Ngày hôm qua, cây cầu mới bắc qua sông đã được khánh thành sau hai năm xây dựng. "
        "Hàng nghìn người dân đã đến xem lễ khánh thành và chụp ảnh kỷ niệm cùng gia đình. "
        "Chính quyền thành phố cho biết cây cầu sẽ giúp giảm ùn tắc giao thông ở trung tâm."
    )
    with pytest.warns(LanguageWarning, match="look written in Vietnamese: a language summarize"):
        summarize([vietnamese], language="english")


def test_a_short_or_letterless_story_is_not_judged(recwarn):
    summarize(["Le pont a rouvert.", "12 345 678."], language="english")
    assert not [w for w in recwarn if issubclass(w.category, LanguageWarning)]


@pytest.mark.parametrize(
    "listing",
    [
        "Results (Saturday): Ruiz bt Ames 6-3 6-4; Ortiz bt Bell 7-5 6-2; Kell bt Stone 6-4 3-6 "
        "6-3; Berg bt Lund 6-2 6-2; Dahl bt Frei 7-6 6-4; Kral bt Weiss 6-3 6-4; Horak bt Stein "
        "6-4 6-4; Moss bt Vane 6-3 7-5; Hale bt Marsh 6-4 6-4; Brook bt Field 6-1 6-1.",
        "Winners: Ana Ruiz (Spain), Dan Ames (United States), Lena Ortiz (Mexico), Hans Berg "
        "(Germany), Jens Lund (Denmark), Pia Dahl (Sweden), Kai Stein (Austria), Ole Frei "
        "(Norway), Eva Kral (Czech Republic), Tom Weiss (Switzerland), Ivo Horak (Slovakia).",
    ],
)
def test_a_list_of_names_or_scores_read_as_english_is_not_warned_of(listing, recwarn):
    summarize([listing], min_words=0)
    assert not [w for w in recwarn if issubclass(w.category, LanguageWarning)]
