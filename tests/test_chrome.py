from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize import summarize
from summarize.errors import OptionError
from summarize.language import load_language
from summarize.language.chrome import ENGLISH_CHROME, Chrome, Rule
from summarize.stages.anatomy import anatomy
from summarize.stages.segment import segment_article

from .chrome_lines import CHROME_LINES, STORY_LINES
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


# Captions, credits, notices and widgets of news pages, one of each kind.
PAGE_LINES = [
    "FILE - In this March 3, 2021, file photo, the mayor of Ashford speaks at a news conference.",
    "In this photo provided by the fire service, crews pump water out of the market square.",
    "This photo released by the council shows the bridge after the water went down.",
    "Residents carry sandbags along the high street in Ashford, Tuesday, Feb. 6, 2024.",
    "Volunteers fill sandbags, Tuesday, Feb. 6, 2024, in Ashford, Kent.",
    "Mayor Ruth Kell, left, and fire chief Dan Ames tour the flooded square.",
    "Fire chief Dan Ames (right) talks to residents outside the shelter.",
    "Hide Caption 3 of 12 Photos: The flood in Ashford",
    "Photos: The flood in Ashford",
    "Buy Photo Volunteers fill sandbags outside the church.",
    "The river rises... (Associated Press)",
    "Staff writer Tom Reed contributed to this report.",
    "Ann Bell contributed reporting.",
    "This story has been updated with comments from the council.",
    "Updated at 4:10 p.m.",
    "Get breaking news alerts and special reports sent to you.",
    "Add as an interest to follow the latest on this story.",
    "Keep up to date with the latest news from Kent.",
    "Download the Gazette app now!",
    "Rating is available when the clip has been rented.",
    "This feature is not available right now.",
    "1 of 12 Skip Ad Autoplay",
    "Click through the gallery below for more pictures from Ashford.",
    "Email This Story",
    "Trending Now: Ten towns hit by the storm",
    "Call Gazette reporter Ann Bell at 555-0100.",
    "Sorry, the page you were looking for has moved.",
    "This text may not be in its final form and may be updated.",
]


def sentences_of(text: str):
    return segment_article(text, 0, load_language("english"))


def content(sentences, language="english"):
    """The story sentences of one article: those its anatomy reads as body."""
    read = anatomy(sentences, [load_language(language)])
    return tuple(s for s in read if s.role == "body")


def test_page_chrome_is_dropped_and_story_kept():
    kept = [s.text for s in content(sentences_of(FLOOD_PAGE))]
    for line in CHROME:
        assert line not in kept
    assert (
        "Emergency crews moved about 300 residents to the school gym, which opened as a shelter."
        in kept
    )
    assert any(text.startswith("The river rose") for text in kept)


@pytest.mark.parametrize("line", PAGE_LINES)
def test_captions_credits_and_widgets_are_chrome(line):
    chrome = load_language("english").boilerplate
    assert chrome is not None and chrome.matches(line)


def test_a_caption_never_reaches_the_brief():
    caption = "Residents carry sandbags along the high street in Ashford, Tuesday, Feb. 6, 2024."
    story = FLOOD[0].replace("\n\n", f"\n\n{caption}\n\n", 1)
    assert caption in story
    brief = summarize([story, *FLOOD[1:]], max_words=250)
    assert caption not in [s.text for s in brief]
    kept = summarize([story, *FLOOD[1:]], max_words=250, drop_boilerplate=False)
    assert caption in [s.text for s in kept]


@pytest.mark.parametrize("sentence", NOT_CHROME)
def test_story_sentences_that_mention_web_words_stay(sentence):
    chrome = load_language("english").boilerplate
    assert chrome is not None and not chrome.matches(sentence)


def test_positions_are_those_of_the_article():
    kept = content(sentences_of(FLOOD_PAGE))
    # Sentence 0 was "Advertisement", 2 and 3 a caption and its photo credit,
    # 4 a sign-up prompt, and so on.
    assert [(s.position, s.text[:30]) for s in kept] == [
        (1, "Floodwaters closed the main ro"),
        (5, "The river rose more than two m"),
        (10, "Emergency crews moved about 30"),
    ]
    for s in kept:
        assert FLOOD_PAGE[s.start : s.end] == s.text


def test_nothing_but_chrome_still_gets_a_brief():
    brief = summarize(["Advertisement\n\nAll rights reserved."], min_words=0)
    assert [s.text for s in brief] == ["Advertisement", "All rights reserved."]


def test_languages_without_chrome_rules_keep_their_lines():
    french = load_language("french")
    found = segment_article("Publicité\n\nLe fleuve a débordé. Les routes sont fermées.", 0, french)
    assert french.boilerplate is None
    assert [s.text for s in content(found, "french")] == [
        "Le fleuve a débordé.",
        "Les routes sont fermées.",
    ]


@pytest.mark.parametrize("sentence", STORY_LINES)
def test_story_sentences_with_chrome_words_stay(sentence):
    chrome = load_language("english").boilerplate
    assert chrome is not None and chrome.kind(sentence) is None


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_of_every_kind_go(line):
    chrome = load_language("english").boilerplate
    assert chrome is not None and chrome.matches(line)


def test_every_kind_of_chrome_has_a_line_in_the_battery():
    chrome = Chrome(ENGLISH_CHROME)
    assert {chrome.kind(line) for line in CHROME_LINES} == {rule.kind for rule in ENGLISH_CHROME}


def test_the_battery_keeps_story_and_chrome_apart():
    assert len(STORY_LINES) >= 40
    assert not set(STORY_LINES) & set(CHROME_LINES)


@pytest.mark.parametrize(
    ("line", "reported"),
    [
        ("Sign up for our newsletter.", "Sign up for our newsletter, the mayor told residents."),
        ("Mayor Ruth Kell, left, tours the square.", "Mayor Ruth Kell, left, said she was sorry."),
        ("Comments are closed.", "Comments are closed, a council spokesman said."),
        ("Updated at 4:10 p.m.", "Updated at 4:10 p.m., according to the council."),
    ],
)
def test_a_chrome_line_that_reports_is_story(line, reported):
    chrome = Chrome(ENGLISH_CHROME)
    assert chrome.matches(line)
    assert not chrome.matches(reported)


def test_a_line_longer_than_its_kind_is_story():
    chrome = Chrome(ENGLISH_CHROME)
    prompt = "Get the Gazette app for news from the valley"
    assert chrome.kind(prompt) == "app prompt"
    longer = prompt + " and the towns along the river" * 4
    assert len(longer.split()) > 30
    assert chrome.kind(longer) is None


def test_a_mark_makes_a_line_chrome_whatever_follows():
    chrome = Chrome(ENGLISH_CHROME)
    caption = "Hide Caption 4 of 9 Photos: The flood Police said the water rose " + "fast " * 60
    assert chrome.kind(caption) == "gallery caption"


def test_a_rule_is_tried_only_where_its_trigger_occurs():
    rule = Rule.line("shout", "prompt", "shout", r".*", words=5)
    chrome = Chrome((rule,))
    assert chrome.kind("SHOUT it out") == "shout"
    assert chrome.kind("Whisper it") is None


def test_triggers_inside_one_another_each_try_their_rule():
    # "photo" lies inside "buy photo", and both inside "photographer": the
    # scan finds every trigger, also where one holds another
    rules = (
        Rule.line("buy", "prompt", "buy photo", r"buy photo", words=2),
        Rule.line("credit", "credit", "photo", r"photographer: .*", words=4),
    )
    chrome = Chrome(rules)
    assert chrome.kind("Buy photo") == "buy"
    assert chrome.kind("Photographer: Ana Ruiz") == "credit"
    assert chrome.kind("The photographer waited.") is None


def test_a_line_is_read_as_its_sentences_and_as_a_whole():
    chrome = Chrome(ENGLISH_CHROME)
    caption = ["Mayor Ruth Kell tours the square.", "(AP Photo/Dan Ames)"]
    read, whole = chrome.line(caption)
    assert [rule and rule.kind for rule in read] == [None, "photo credit"]
    assert whole is not None and whole.kind == "photo credit"
    story = ["The vote passed.", "Sign up for our newsletter!"]
    read, whole = chrome.line(story)
    # a sentence of several is no paragraph of its own: a line rule still fits it
    assert [rule and rule.kind for rule in read] == [None, "sign-up prompt"]
    assert whole is None


# Sentences of a line: story and chrome words, marks set before lines, blanks,
# and letters that lower-case to more than one ("İ") or by their neighbours ("Σ").
_SENTENCE = st.lists(
    st.sampled_from(
        [
            *STORY_LINES[:12],
            *CHROME_LINES[:40],
            "-",
            "• Buy photo",
            " ",
            "",
            "İstanbul",
            "ΟΔΟΣ Σ.",
            "\u00a0Getty Images",
            "left,",
            "Ana Ruiz,",
            "(AP Photo)",
        ]
    ),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE, min_size=2, max_size=4))
def test_one_scan_of_a_line_finds_what_each_sentence_and_the_whole_fit(sentences):
    chrome = Chrome(ENGLISH_CHROME)
    read, whole = chrome.line(sentences)
    assert read == tuple(chrome.rule(sentence, alone=False) for sentence in sentences)
    assert whole == chrome.rule(" ".join(sentences))


@pytest.mark.parametrize("trigger", ["", "Hide caption"])
def test_a_rule_whose_trigger_could_never_be_found_is_refused(trigger):
    with pytest.raises(OptionError, match="non-empty and in lower case"):
        Rule.mark("widget", "embed", trigger, r"hide caption\b.*")


def test_chrome_without_rules_reads_every_line_as_story():
    assert Chrome(()).kind("Sign up for our newsletter!") is None


def test_chrome_survives_pickling_for_worker_processes():
    chrome = pickle.loads(pickle.dumps(Chrome(ENGLISH_CHROME)))
    assert chrome.kind("Sign up for our newsletter for news alerts.") == "sign-up prompt"
    assert chrome.kind("The vote passed.") is None


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
