from __future__ import annotations

import itertools

import numpy as np
import pytest

from summarize import (
    Document,
    EmptyInputError,
    InputError,
    LanguageError,
    NoSentencesError,
    OptionError,
    Options,
    analyze,
    summarize,
)

from .stories import FLOOD, FRENCH


def similarities(analysis, brief) -> list[float]:
    """TF-IDF cosine of each pair of brief sentences as the selection saw them.

    The vectors are the analysis's own, of the units a brief may quote: IDF
    over every sentence of the story.
    """
    table = analysis._units.table
    nodes = {(s.article, s.start, s.end): i for i, s in enumerate(table.nodes)}
    rows = [nodes[(s.source, s.start, s.end)] for s in brief]
    vectors = analysis._units.vectors
    return [
        float((vectors[i] @ vectors[j].T).toarray()[0, 0])
        for i, j in itertools.combinations(rows, 2)
    ]


def test_every_sentence_is_its_article_span():
    for budget in ({"max_words": 40}, {"max_sentences": 3}, {}):
        brief = summarize(FLOOD, **budget)
        assert brief.sentences
        for s in brief:
            assert FLOOD[s.source][s.start : s.end] == s.text


def test_document_input_keeps_labels_and_spans():
    documents = [Document(t, id=f"outlet-{i}", title=f"Title {i}") for i, t in enumerate(FLOOD)]
    brief = summarize(documents, max_sentences=2)
    assert brief.documents == tuple(documents)
    for s in brief:
        assert documents[s.source].text[s.start : s.end] == s.text


def test_a_budget_smaller_than_every_sentence_is_an_error_not_an_empty_brief():
    run_on = " ".join(["the river kept rising through the night"] * 12)
    with pytest.raises(OptionError, match="no sentence fits in max_words=20: the shortest has 84"):
        summarize([run_on], max_words=20)
    assert len(summarize([run_on], max_words=84)) == 1


@pytest.mark.parametrize("max_words", [8, 15, 30, 60, 500])
def test_word_budget_is_never_exceeded(max_words):
    brief = summarize(FLOOD, max_words=max_words)
    assert brief.words <= max_words


@pytest.mark.parametrize("max_sentences", [1, 2, 4])
def test_sentence_budget_is_met(max_sentences):
    assert len(summarize(FLOOD, max_sentences=max_sentences)) == max_sentences


def test_default_brief_is_five_sentences():
    long_story = FLOOD + ["Volunteers filled sandbags at the fire station all afternoon. " * 1]
    assert len(summarize(long_story)) == 5


def test_no_two_sentences_above_the_redundancy_threshold():
    analysis = analyze(FLOOD + FLOOD[:1], min_words=0)
    closest = []
    for redundancy in (0.1, 0.2, 0.3, 0.6):
        brief = analysis.brief(max_sentences=8, redundancy=redundancy)
        pairs = similarities(analysis, brief)
        assert len(brief) >= 3 and all(x <= redundancy + 1e-9 for x in pairs)
        closest.append(max(pairs))
    # looser limits do let closer pairs in, so the check above is not vacuous
    assert closest[-1] > 0.2


def test_a_copied_article_does_not_give_repeats():
    brief = summarize([FLOOD[0], FLOOD[0]], max_sentences=3)
    assert len({s.text for s in brief}) == len(brief)


def test_same_input_same_brief():
    first = summarize(FLOOD, max_words=60)
    assert all(summarize(FLOOD, max_words=60) == first for _ in range(3))


def test_brief_is_in_reading_order():
    brief = summarize(FLOOD, max_sentences=4)
    keys = [(s.source, s.start) for s in brief]
    assert keys == sorted(keys)


def test_fact_reported_by_several_outlets_ranks_first():
    # the shelter, the flooded square and the closed road are each told by two
    # outlets; the baker's lost stock by one
    told_twice = {
        "Floodwaters closed the main road into Ashford on Tuesday after two days of heavy rain.",
        "The river burst its banks on Tuesday after two days of heavy rain and flooded the "
        "market square.",
        "The river rose more than two metres overnight and spilled into the market square.",
        "Emergency crews moved about 300 residents to the school gym, which opened as a shelter.",
        "About 300 residents spent the night in the school gym, which the council opened as a "
        "shelter.",
        "The road is expected to stay closed until Friday.",
        "The main road into town will stay closed until Friday.",
    }
    (top,) = summarize(FLOOD, max_sentences=1)
    assert top.text in told_twice
    scores = {s.text: s.score for s in analyze(FLOOD).sentences}
    baker = "The baker on the square said she had lost a week of stock."
    assert scores[top.text] > 2 * scores[baker]


def test_headlines_are_not_kept_when_full_sentences_fit():
    brief = summarize(FLOOD, max_words=120)
    headlines = {
        "Ashford flood: market square under water",
        "Ashford residents count the cost of the flood",
    }
    assert headlines <= {line for text in FLOOD for line in text.splitlines()}
    assert len(brief) >= 4
    assert not headlines & {s.text for s in brief}


def test_a_single_article_still_gets_a_brief():
    brief = summarize([FLOOD[0]], max_sentences=2)
    assert len(brief) == 2
    assert {s.source for s in brief} == {0}


def test_other_languages_work():
    brief = summarize([FRENCH], language="french", max_sentences=2)
    assert len(brief) == 2
    assert all(FRENCH[s.start : s.end] == s.text for s in brief)


def test_scores_are_pagerank_shares():
    analysis = analyze(FLOOD)
    assert np.isclose(sum(s.score for s in analysis.sentences), 1.0)
    score_of = {(s.source, s.start): s.score for s in analysis.sentences}
    brief = analysis.brief(max_sentences=3)
    assert [s.score for s in brief] == [score_of[(s.source, s.start)] for s in brief]


def test_options_object_and_settings_combine():
    base = Options(max_sentences=1, redundancy=0.4)
    assert len(summarize(FLOOD, base)) == 1
    assert len(summarize(FLOOD, base, max_sentences=3)) == 3


@pytest.mark.parametrize(
    ("articles", "error", "message"),
    [
        ([], EmptyInputError, "no article text"),
        (["", "  \n"], EmptyInputError, "no article text"),
        ("just one string", InputError, "not a single article"),
        ([b"bytes"], InputError, "article 1 is a bytes"),
        ([42], InputError, "article 1 is a int"),
        (None, InputError, "not NoneType"),
        (["Rain fell.", "?!"], NoSentencesError, "Article 2 has no sentences"),
    ],
)
def test_bad_articles_get_clear_errors(articles, error, message):
    with pytest.raises(error, match=message):
        summarize(articles)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"max_words": 0}, "max_words must be at least 1"),
        ({"max_sentences": -2}, "max_sentences must be at least 1"),
        ({"max_words": 2.5}, "max_words must be a whole number"),
        ({"max_words": True}, "max_words must be a whole number"),
        ({"max_words": 10, "max_sentences": 2}, "not both"),
        ({"redundancy": 0}, "redundancy must be a number above 0 and at most 1, not 0"),
        ({"redundancy": 1.5}, "redundancy must be a number above 0 and at most 1"),
        ({"redundancy": float("nan")}, "redundancy must be a number above 0 and at most 1"),
        ({"redundancy": "high"}, "redundancy must be a number above 0 and at most 1"),
        ({"similarity": "jaccard"}, "similarity must be one of cosine, overlap"),
        ({"position_decay": -1}, "position_decay must be a number of sentences, 0 or more"),
        ({"min_words": -1}, "min_words must be at least 0"),
        ({"cross_article": 0}, "cross_article must be a number above 0"),
        ({"diversity": 1}, "diversity must be a number from 0 to below 1"),
        ({"diversity": -0.1}, "diversity must be a number from 0 to below 1"),
        ({"cross_article": float("inf")}, "cross_article must be a number above 0"),
        ({"edge_power": 0}, "edge_power must be a number above 0, not 0"),
        ({"edge_power": float("nan")}, "edge_power must be a number above 0"),
        ({"edge_power": "2"}, "edge_power must be a number above 0"),
        ({"drop_boilerplate": 1}, "drop_boilerplate must be True or False"),
        ({"language": ""}, "language must be a name"),
        ({"colour": "red"}, "unknown option 'colour'"),
    ],
)
def test_bad_options_get_clear_errors(settings, message):
    with pytest.raises(OptionError, match=message):
        summarize(FLOOD, **settings)


def test_unknown_language_is_an_option_error():
    with pytest.raises(
        LanguageError, match="no resources for language 'latin'.*summarize --languages"
    ):
        summarize(FLOOD, language="latin")
    assert issubclass(LanguageError, OptionError)


def test_a_stray_article_about_something_else_is_not_cited_first():
    stray = (
        "The chess club elected a new president at its annual dinner. "
        "Members played a blitz tournament until midnight and the treasurer read the accounts."
    )
    brief = summarize([*FLOOD, stray], max_sentences=2)
    assert 3 not in {s.source for s in brief}


def test_row_blocks_do_not_change_the_brief(monkeypatch):
    from summarize.stages import graph

    story = FLOOD + [FLOOD[0].replace("Tuesday", "Wednesday"), FLOOD[1].upper()]
    expected = summarize(story, max_words=120)
    monkeypatch.setattr(graph, "BLOCK_ENTRIES", 1)  # one sentence per block
    assert summarize(story, max_words=120) == expected


def test_odd_but_valid_articles_still_get_a_brief():
    assert [s.text for s in summarize(["Hello"])] == ["Hello"]
    no_stops = " ".join(["river council bridge vote"] * 300)  # one 1,200-word run-on
    [only] = summarize([no_stops], max_sentences=2)
    assert only.text == no_stops
    unknown_script = "这是一支笔。那是一本书。" * 3  # no sentence model for it: one sentence
    brief = summarize([unknown_script])
    assert brief.sentences[0].text == unknown_script


def test_options_may_be_passed_by_keyword():
    options = Options(max_sentences=2)
    assert summarize(FLOOD, options=options) == summarize(FLOOD, options)
    assert len(summarize(FLOOD, options=options)) == 2


def test_a_budget_setting_replaces_the_budget_of_the_options():
    in_sentences = Options(max_sentences=3)
    brief = summarize(FLOOD, in_sentences, max_words=30)
    assert brief.words <= 30 and brief == summarize(FLOOD, max_words=30)
    in_words = Options(max_words=30)
    assert len(summarize(FLOOD, in_words, max_sentences=4)) == 4
    with pytest.raises(OptionError, match="not both"):
        summarize(FLOOD, max_words=30, max_sentences=4)


def test_an_analysis_gives_briefs_of_any_budget_without_analyzing_again(monkeypatch):
    from summarize import api

    analysis = analyze(FLOOD)

    def forbidden(*args, **kwargs):
        raise AssertionError("the analysis ran again")

    for stage in ("segment", "merge_copies", "represent", "similarity_graph", "rank"):
        monkeypatch.setattr(api, stage, forbidden)
    briefs = [analysis.brief(max_words=n) for n in (20, 60, 120)]
    assert [b.words <= n for b, n in zip(briefs, (20, 60, 120), strict=True)] == [True] * 3
    assert len(briefs[0]) < len(briefs[2])
    assert analysis.brief(max_sentences=2, diversity=0.0, redundancy=0.9, min_words=0)
    monkeypatch.undo()
    assert briefs[1] == summarize(FLOOD, max_words=60)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("language", "french"),
        ("edge_power", 1.0),
        ("position_decay", 3.0),
        ("drop_boilerplate", False),
    ],
)
def test_a_brief_cannot_change_what_the_analysis_was_made_with(setting, value):
    with pytest.raises(OptionError, match=f"{setting} shapes the analysis itself"):
        analyze(FLOOD).brief(**{setting: value})


def test_brief_settings_are_checked_too():
    with pytest.raises(OptionError, match="redundancy must be a number above 0"):
        analyze(FLOOD).brief(redundancy=0)
    with pytest.raises(OptionError, match="unknown option 'colour'"):
        analyze(FLOOD).brief(colour="red")


def test_every_sentence_is_in_the_analysis_with_its_role():
    page = "Advertisement\n\n" + FLOOD[0]
    analysis = analyze([page, *FLOOD[1:]])
    first = analysis.sentences[0]
    assert (first.text, first.role, first.score, first.relevance) == (
        "Advertisement",
        "embed",
        0.0,
        None,
    )
    plain = analyze(FLOOD).sentences
    assert len(analysis.sentences) == len(plain) + 1
    assert [s.role for s in analysis.sentences[1:]] == [s.role for s in plain]
    assert {s.role for s in plain} == {"body", "headline"}
    for s in analysis.sentences:
        assert analysis.documents[s.source].text[s.start : s.end] == s.text
        assert (s.score > 0) == (s.role == "body")


def test_the_graph_as_networkx_has_a_node_per_distinct_sentence():
    analysis = analyze([FLOOD[0], FLOOD[0], FLOOD[1]])
    graph = analysis.to_networkx()
    distinct = {s.text for s in analysis.sentences if s.role == "body"}
    assert graph.number_of_nodes() == len(distinct)
    assert np.isclose(sum(score for _, score in graph.nodes(data="score")), 1.0)
    node = next(n for n, text in graph.nodes(data="text") if text.startswith("Floodwaters"))
    assert [article for article, _, _ in graph.nodes[node]["copies"]] == [0, 1]
    assert all(weight > 0 for _, _, weight in graph.edges(data="weight"))
