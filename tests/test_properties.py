"""Properties of summarize() on arbitrary text, checked with hypothesis.

The default run is bounded to keep the suite fast; set HYPOTHESIS_PROFILE=deep
for a longer search.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize import (
    EmptyInputError,
    NoSentencesError,
    NothingNewError,
    NothingRelevantError,
    OptionError,
    SummarizeError,
    analyze,
    summarize,
)
from summarize.language import load_language
from summarize.options import DEFAULT_SENTENCES

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("deep", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

words = st.sampled_from(
    [
        "river",
        "bridge",
        "council",
        "Mr.",
        "U.S.",
        "vote",
        "rain",
        "2019",
        "city",
        "said",
        "the",
        "a",
        "of",
        "Ørsted",
        "café",
        "naïve",
        "東京",
        "—",
        "«quote»",
        "e.g.",
        "3.5",
    ]
)
sentence = st.builds(
    lambda ws, end: " ".join(ws) + end,
    st.lists(words, min_size=1, max_size=14),
    st.sampled_from([".", "!", "?", "", "...", '."', "\n", "\n\n"]),
)
structured = st.lists(sentence, min_size=0, max_size=12).map(" ".join)
article = st.one_of(structured, st.text(max_size=300))
budgets = st.one_of(
    st.builds(lambda n: {"max_words": n}, st.integers(1, 80)),
    st.builds(lambda n: {"max_sentences": n}, st.integers(1, 8)),
    st.just({}),
)


@given(st.lists(article, min_size=0, max_size=5), budgets)
def test_a_brief_or_a_summarize_error(articles, budget):
    try:
        brief = summarize(articles, **budget)
    except SummarizeError as error:
        # each refusal is one the input explains
        if isinstance(error, EmptyInputError):
            assert not any(text.strip() for text in articles)
        elif isinstance(error, NoSentencesError):
            assert any(not re.search(r"[^\W_]", text) for text in articles)
        else:
            assert isinstance(error, OptionError) and "max_words" in budget
            assert str(error).startswith(f"no sentence fits in max_words={budget['max_words']}")
        return
    assert len(brief) >= 1
    assert [d.text for d in brief.documents] == articles  # no article's text is altered
    assert len({(s.source, s.start) for s in brief}) == len(brief)  # no sentence twice
    for s in brief:
        assert articles[s.source][s.start : s.end] == s.text
        assert s.score >= 0  # 0 for a page no other article shares anything with
    if "max_words" in budget:
        assert brief.words <= budget["max_words"]
    else:
        assert len(brief) <= budget.get("max_sentences", DEFAULT_SENTENCES)
    assert summarize(articles, **budget) == brief


@given(st.lists(structured.filter(lambda t: any(c.isalnum() for c in t)), min_size=1, max_size=4))
def test_articles_with_words_always_get_a_brief(articles):
    brief = summarize(articles, max_sentences=3)
    assert 1 <= len(brief) <= 3


@given(
    st.lists(structured.filter(lambda t: any(c.isalnum() for c in t)), min_size=1, max_size=4),
    st.lists(words, min_size=1, max_size=4).map(" ".join),
)
def test_a_query_brief_only_holds_sentences_with_a_word_of_the_query(articles, query):
    english = load_language("english")
    try:
        brief = summarize(articles, query=query, max_sentences=3)
    except NothingRelevantError:
        quotable = [s.text for s in analyze(articles).sentences if s.quotable]
        assert not any(english.terms(query) & english.terms(text) for text in quotable)
        return
    except OptionError as error:
        assert not english.terms(query) and "no words to look for" in str(error)
        return
    assert brief.query == query
    for s in brief:
        assert english.terms(s.text) & english.terms(query)


@given(
    st.lists(structured.filter(lambda t: any(c.isalnum() for c in t)), min_size=1, max_size=3),
    st.lists(structured, min_size=0, max_size=3),
)
def test_a_brief_since_seen_articles_never_quotes_or_restates_them(articles, seen):
    try:
        analysis = analyze(articles, seen=seen)
        brief = analysis.brief(max_sentences=3)
    except NothingNewError:
        return
    assert [d.text for d in brief.documents] == articles  # seen articles are never cited
    close = {(s.source, s.start): s.seen_similarity for s in analysis.sentences}
    seen_has_sentences = any(re.search(r"[^\W_]", text) for text in seen)
    for s in brief:
        assert articles[s.source][s.start : s.end] == s.text
        value = close[(s.source, s.start)]
        assert (value is not None) == seen_has_sentences
        assert value is None or value <= analysis.options.seen_redundancy
