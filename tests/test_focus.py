"""Briefs that answer a query and briefs of what is new since the articles already seen."""

from __future__ import annotations

import pytest

from summarize import (
    Document,
    InputError,
    NothingNewError,
    NothingRelevantError,
    OptionError,
    analyze,
    summarize,
)

from .stories import FIRE, FIRE_NEXT, FLOOD, FRENCH_FLOOD, ITALIAN_FLOOD

CAUSE = (
    "Fire officials said the blaze started near a power line during strong winds on Friday evening."
)
SMOKE = "Smoke closed every school in the district on Monday."
FOUND_CAUSE = (
    "State investigators said on Tuesday that a broken insulator on a power line started the blaze."
)


def texts(brief) -> list[str]:
    return [s.text for s in brief]


def test_a_query_steers_the_brief_to_what_it_asks():
    generic = texts(summarize(FIRE, max_sentences=2, min_words=0))
    cause = texts(summarize(FIRE, max_sentences=2, min_words=0, query="Was it the power line?"))
    smoke = texts(summarize(FIRE, max_sentences=2, min_words=0, query="smoke and schools"))
    assert CAUSE in cause and CAUSE not in generic
    assert SMOKE in smoke and SMOKE not in generic


def test_with_a_query_alone_position_does_not_count_unless_asked():
    query = "helicopters and firefighters"
    assert summarize(FIRE, query=query) == summarize(FIRE, query=query, position_decay=0)
    assert summarize(FIRE, query=query) != summarize(FIRE, query=query, position_decay=1)
    since = summarize(FIRE_NEXT, seen=FIRE, query="residents homes")
    assert since == summarize(FIRE_NEXT, seen=FIRE, query="residents homes", position_decay=5)
    assert summarize(FIRE) == summarize(FIRE, position_decay=5)


def test_every_sentence_of_a_query_brief_shares_a_word_with_the_query():
    analysis = analyze(FIRE, query="How many helicopters and firefighters?")
    brief = analysis.brief(max_words=120)
    assert len(brief) >= 2
    relevance = {(s.source, s.start): s.relevance for s in analysis.sentences}
    assert all(relevance[(s.source, s.start)] > 0 for s in brief)
    assert any(r == 0 for r in relevance.values())  # some sentences were left out for it
    for s in brief:
        assert FIRE[s.source][s.start : s.end] == s.text


def test_the_query_ranks_relevant_sentences_above_the_generic_ranking():
    plain = {s.text: s.score for s in analyze(FIRE).sentences}
    asked = {s.text: s.score for s in analyze(FIRE, query="asthma doctors air").sentences}
    asthma = "Doctors urged people with asthma to stay indoors until the air clears."
    assert asked[asthma] > 3 * plain[asthma]
    assert max(asked, key=asked.get) == asthma


def test_the_brief_carries_its_question():
    brief = summarize(FIRE, max_sentences=1, query="What caused the fire?")
    assert brief.query == "What caused the fire?"
    assert str(brief).startswith("Query: What caused the fire?\n\n")


@pytest.mark.parametrize("query", ["What is it?", "?!", "the of and", "   the   "])
def test_a_query_of_stop_words_or_punctuation_is_an_option_error(query):
    with pytest.raises(OptionError, match="no words to look for"):
        summarize(FIRE, query=query)


@pytest.mark.parametrize(
    ("query", "message"), [("", "query is empty"), (" \n", "query is empty"), (42, "not int")]
)
def test_an_empty_or_non_text_query_is_an_option_error(query, message):
    with pytest.raises(OptionError, match=message):
        summarize(FIRE, query=query)


def test_a_query_nothing_speaks_to_is_a_clear_error():
    with pytest.raises(NothingRelevantError, match="no sentence of the 3 article") as caught:
        summarize(FIRE, query="chess tournament results")
    assert isinstance(caught.value, InputError)
    assert "'chess tournament results'" in str(caught.value)


def test_seen_articles_are_never_quoted_and_their_facts_are_not_repeated():
    analysis = analyze(FIRE_NEXT, seen=FIRE)
    brief = analysis.brief(max_words=80)
    assert brief.documents == tuple(Document(t) for t in FIRE_NEXT)
    assert FOUND_CAUSE in texts(brief)
    close = {(s.source, s.start): s.seen_similarity for s in analysis.sentences}
    assert all(close[(s.source, s.start)] <= 0.5 for s in brief)
    restated = "The fire destroyed 35 homes and a school gym over the weekend."
    assert close[(0, FIRE_NEXT[0].index(restated))] > 0.5
    assert restated in texts(summarize(FIRE_NEXT, max_words=80))  # it would be, unseen
    assert restated not in texts(brief)


def test_seen_makes_the_ranking_favour_what_is_new():
    plain = {s.text: s.score for s in analyze(FIRE_NEXT).sentences}
    since = {s.text: s.score for s in analyze(FIRE_NEXT, seen=FIRE).sentences}
    old = "The fire destroyed 35 homes and a school gym over the weekend."
    new = (
        "The utility said it would pay for hotel rooms for families whose houses burned "
        "while insurers assess the damage."
    )
    assert since[old] < plain[old]
    assert since[new] > plain[new]


def test_a_seen_copy_of_every_article_leaves_nothing_new():
    with pytest.raises(NothingNewError, match="every sentence restates one of the 2 seen"):
        summarize(FIRE_NEXT, seen=FIRE_NEXT)
    with pytest.raises(NothingNewError, match="that speaks to the query"):
        summarize(FIRE_NEXT, seen=FIRE_NEXT, query="insulator")


def test_seen_redundancy_sets_what_counts_as_a_restatement():
    analysis = analyze(FIRE_NEXT, seen=FIRE)
    close = {s.text: s.seen_similarity for s in analysis.sentences}
    strict = texts(analysis.brief(max_words=200, seen_redundancy=0.2))
    loose = texts(analysis.brief(max_words=200, seen_redundancy=0.9))
    assert all(close[t] <= 0.2 for t in strict)
    assert FOUND_CAUSE not in strict  # it shares the power line with what was seen
    assert FOUND_CAUSE in loose and any(close[t] > 0.5 for t in loose)


def test_query_and_seen_together():
    brief = summarize(FIRE_NEXT, seen=FIRE, query="power line insulator utility", max_words=60)
    assert FOUND_CAUSE in texts(brief)
    assert all("power" in t or "utility" in t or "insulator" in t for t in texts(brief))


@pytest.mark.parametrize(
    ("seen", "message"),
    [("one article", "not a single seen article"), ([3], "seen article 1 is a int")],
)
def test_bad_seen_articles_get_clear_errors(seen, message):
    with pytest.raises(InputError, match=message):
        summarize(FIRE, seen=seen)


def test_empty_seen_articles_change_nothing():
    assert summarize(FIRE, seen=["", "  "]) == summarize(FIRE)
    assert summarize(FIRE, seen=[]) == summarize(FIRE)
    assert summarize(FIRE, seen=None) == summarize(FIRE)


def test_a_seen_story_about_something_else_changes_little():
    brief = summarize(FIRE, max_sentences=3, seen=FLOOD)
    assert texts(brief) == texts(summarize(FIRE, max_sentences=3))


def test_a_budget_too_small_names_the_shortest_sentence_that_may_be_chosen():
    analysis = analyze(FIRE_NEXT, seen=FIRE)
    fresh = [
        s.text
        for s in analysis.sentences
        if s.role == "body" and s.seen_similarity is not None and s.seen_similarity <= 0.5
    ]
    shortest = min(len(text.split()) for text in fresh)
    every = min(len(s.text.split()) for s in analysis.sentences)
    assert shortest > every  # a restatement is shorter, and is not the one named
    with pytest.raises(OptionError, match=f"the shortest that may be chosen has {shortest} words"):
        analysis.brief(max_words=3)


@pytest.mark.parametrize(
    ("articles", "language", "query", "word"),
    [
        (FRENCH_FLOOD, "french", "armée", "armée"),
        (FRENCH_FLOOD, "french", "Qu'a fait l'armée ?", "armée"),
        (ITALIAN_FLOOD, "italian", "esercito", "esercito"),
        (ITALIAN_FLOOD, "italian", "l'acqua", "acqua"),
    ],
)
def test_a_query_finds_words_behind_an_elided_article(articles, language, query, word):
    analysis = analyze(articles, language=language, query=query)
    relevant = [s.text for s in analysis.sentences if s.relevance]
    # every sentence that writes the word, elided article or not, and only those
    assert relevant and relevant == [s.text for s in analysis.sentences if word in s.text]
    (chosen,) = analysis.brief(max_sentences=1, min_words=0)
    assert word in chosen.text


def test_a_french_question_of_function_words_only_is_refused():
    with pytest.raises(OptionError, match="no words to look for"):
        summarize(FRENCH_FLOOD, language="french", query="Qu'est-ce qu'il a ?")


def test_a_query_word_finds_the_hyphenated_words_that_hold_it():
    articles = [
        "Officials said al-Baghdadi was seen near the border in March. Rain fell all week.",
        "Kurdish-led forces took the town on Sunday after a week of fighting.",
    ]
    assert (
        summarize(articles, query="Baghdadi", max_sentences=1)
        .sentences[0]
        .text.startswith("Officials said al-Baghdadi")
    )
    kurdish = summarize(articles, query="Kurdish forces", max_sentences=1, min_words=0)
    assert kurdish.sentences[0].text.startswith("Kurdish-led forces")


def test_a_verbatim_copy_of_a_seen_sentence_has_similarity_one_exactly():
    analysis = analyze(FIRE_NEXT, seen=[FIRE_NEXT[0]])
    copies = [s.seen_similarity for s in analysis.sentences if s.source == 0]
    assert copies and all(value == 1.0 for value in copies)
    everything = analysis.brief(max_words=300, seen_redundancy=1.0)
    assert any(s.source == 0 for s in everything)  # 1 lets even a copy through


def test_with_a_query_an_article_the_others_do_not_restate_can_still_lead():
    # two outlets agree on the strike; a third, which shares nothing with them,
    # is the only one that answers the question
    articles = [
        "The ferry strike ended on Saturday night after a week. Crews returned to the boats "
        "on Sunday morning.",
        "Crews ended their strike on Saturday night and the ferries sailed on Sunday morning.",
        "The harbour master said repairs to the north pier will cost 2 million euros. Work on "
        "the pier starts in May.",
    ]
    ranked = analyze(articles, query="How much will the pier repairs cost?").sentences
    answer = next(s for s in ranked if "2 million euros" in s.text)
    assert answer.score == max(s.score for s in ranked) > 0
