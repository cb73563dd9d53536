from __future__ import annotations

import re

import pytest

from summarize import summarize
from summarize.clean import content
from summarize.language import load_language
from summarize.segment import segment_article

from .stories import FLOOD, FLOOD_PAGE, NOT_CHROME

CHROME = [
    "Advertisement",
    "Sign up for our newsletter to get breaking news alerts in your inbox.",
    "Story continued below",
    "Click here to read more about the flood and the cleanup in Ashford.",
    "We use cookies to improve your experience.",
    "By using this site you accept our privacy policy.",
    "Copyright 2024 Ashford Gazette.",
    "All rights reserved.",
]


def sentences_of(text: str):
    return segment_article(text, 0, load_language("english"))


def test_page_chrome_is_dropped_and_story_kept():
    kept = [s.text for s in content(sentences_of(FLOOD_PAGE), load_language("english").boilerplate)]
    for line in CHROME:
        assert line not in kept
    assert (
        "Emergency crews moved about 300 residents to the school gym, which opened as a shelter."
        in kept
    )
    assert any(text.startswith("The river rose") for text in kept)


@pytest.mark.parametrize("sentence", NOT_CHROME)
def test_story_sentences_that_mention_web_words_stay(sentence):
    chrome = load_language("english").boilerplate
    assert chrome is not None and not chrome.matches(sentence)


def test_positions_are_those_of_the_article():
    found = sentences_of(FLOOD_PAGE)
    kept = content(found, load_language("english").boilerplate)
    assert [s.position for s in kept] == [s.position for s in found if s in kept]
    assert kept[0].position == 1  # "Advertisement" was sentence 0


def test_nothing_but_chrome_is_kept_rather_than_lost():
    found = sentences_of("Advertisement\n\nAll rights reserved.")
    assert content(found, load_language("english").boilerplate) == tuple(found)


def test_languages_without_patterns_keep_everything():
    found = sentences_of("Advertisement\n\nThe river rose.")
    assert content(found, None) == tuple(found)


@pytest.mark.parametrize("budget", [{"max_words": 60}, {"max_words": 250}, {"max_sentences": 8}])
def test_chrome_never_reaches_the_brief(budget):
    brief = summarize([FLOOD_PAGE, *FLOOD[1:]], **budget)
    for s in brief:
        assert s.text not in CHROME
        assert "AP Photo" not in s.text


def test_every_brief_sentence_is_a_complete_sentence():
    brief = summarize([FLOOD_PAGE, *FLOOD], max_words=250)
    for s in brief:
        assert len(s.text.split()) >= 8
        assert re.search(r"[.!?][\"'”’)\]]*$", s.text)


def test_the_filter_can_be_switched_off():
    brief = summarize(
        ["Advertisement. " * 3 + FLOOD[0]], max_sentences=30, drop_boilerplate=False, min_words=0
    )
    assert any("Advertisement" in s.text for s in brief)
