from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from summarize import Span, summarize
from summarize.stages.corroborate import corroborate
from summarize.stages.merge import merge_copies
from summarize.types import Sentence

from .stories import FERRY, FERRY_COLUMN, FERRY_DAILY, FERRY_WIRE


def sentence_of(brief, start_of_text):
    (found,) = [s for s in brief if s.text.startswith(start_of_text)]
    return found


def test_wire_copy_republished_with_small_edits_cites_both_outlets():
    brief = summarize(FERRY, max_sentences=3)
    walkout = sentence_of(brief, "Ferry crews in Port Ellis walked off the job")
    assert [span.source for span in walkout.sources] == [0, 1]
    (_, copy) = walkout.sources
    assert FERRY_DAILY[copy.start : copy.end] == (
        "Ferry crews in Port Ellis walked off the job Thursday, halting every crossing "
        "to the three outer islands."
    )


def test_a_sentence_that_only_shares_names_does_not_corroborate():
    brief = summarize(FERRY, max_sentences=5)
    mayor = sentence_of(brief, "Mayor Ana Ruiz urged both sides")
    assert [span.source for span in mayor.sources] == [0]


def test_every_span_of_every_source_is_a_sentence_of_its_article():
    brief = summarize(FERRY, max_sentences=5)
    for sentence in brief:
        assert sentence.sources[0] == Span(sentence.source, sentence.start, sentence.end)
        assert len({span.source for span in sentence.sources}) == len(sentence.sources)
        for span in sentence.sources[1:]:
            text = FERRY[span.source][span.start : span.end]
            assert text.strip() == text and text.endswith(".")


def test_the_threshold_decides_what_counts_as_the_same_statement():
    # "restore" against "bring back": close, but not the same terms
    union = "The union said the strike would last"
    strict = summarize(FERRY, max_sentences=3, corroboration=1.0)
    assert [span.source for span in sentence_of(strict, union).sources] == [0]
    loose = summarize(FERRY, max_sentences=3, corroboration=0.6)
    assert [span.source for span in sentence_of(loose, union).sources] == [0, 1]


def test_a_cosine_of_one_means_the_same_terms():
    # "on Thursday"/"Thursday" and "all"/"every" differ only in stop words
    strict = summarize(FERRY, max_sentences=3, corroboration=1.0)
    walkout = sentence_of(strict, "Ferry crews in Port Ellis walked off the job")
    assert [span.source for span in walkout.sources] == [0, 1]


def test_exact_copies_corroborate_even_below_the_paraphrase_rules():
    # a three-word sentence fails the standalone rule, yet a word-for-word
    # copy in another article is the same statement
    table = merge_copies(
        [
            Sentence(0, 0, 0, 22, "Ferries stopped today."),
            Sentence(1, 0, 5, 27, "Ferries  stopped today."),
        ]
    )
    vectors = sp.csr_matrix([[1.0]])
    spans = corroborate([0], table, vectors, threshold=0.6, min_words=8)
    assert spans == [(Span(0, 0, 22), Span(1, 5, 27))]
    brief = summarize(["Ferries stopped today.", "Ferries stopped today."], min_words=8)
    assert [span.source for span in brief.sentences[0].sources] == [0, 1]


def test_each_article_cites_its_closest_sentence_once():
    table = merge_copies(
        [
            Sentence(0, 0, 0, 10, "a"),
            Sentence(1, 0, 0, 10, "b"),
            Sentence(1, 1, 11, 20, "c"),
            Sentence(2, 0, 0, 10, "d"),
        ]
    )
    vectors = sp.csr_matrix([[1.0, 0.0], [0.7, 0.714], [0.9, 0.436], [0.0, 1.0]])
    spans = corroborate([0], table, vectors, threshold=0.6, min_words=0)
    assert spans == [(Span(0, 0, 10), Span(1, 11, 20))]


def test_the_column_is_cited_only_for_what_it_states():
    brief = summarize(FERRY, max_sentences=5)
    column = FERRY.index(FERRY_COLUMN)
    for sentence in brief:
        if sentence.source != column:
            assert column not in [span.source for span in sentence.sources]


@pytest.mark.parametrize("bad", [0, -0.1, 1.5, "high", True])
def test_corroboration_must_be_a_cosine(bad):
    from summarize import OptionError

    with pytest.raises(OptionError, match="corroboration"):
        summarize(FERRY, corroboration=bad)


def test_wire_is_the_chosen_source_of_a_shared_sentence():
    brief = summarize(FERRY, max_sentences=3)
    shared = [s for s in brief if len(s.sources) > 1]
    assert shared and all(s.source == FERRY.index(FERRY_WIRE) for s in shared)


def test_a_unit_is_stated_only_where_each_of_its_sentences_is():
    # units of three sentences: the second article shares two of the three
    # (close as a whole, cosine 2/3), the third has all three, one in other words
    a, b, c, d, a_again = np.eye(5)
    a_again = 0.8 * a + 0.6 * a_again
    sentence_vectors = sp.csr_matrix(np.vstack([a, b, c, np.eye(5)[3], a_again]))
    members = sp.csr_matrix([[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 1, 1, 0, 1]], dtype=np.float64)
    rows = (members @ sentence_vectors).toarray()
    vectors = sp.csr_matrix(rows / np.linalg.norm(rows, axis=1, keepdims=True))
    table = merge_copies(
        [Sentence(article, 0, 0, 30, f"Unit of article {article}.") for article in range(3)]
    )
    assert (vectors[0] @ vectors[1].T).toarray()[0, 0] >= 0.6
    whole = corroborate([0], table, vectors, threshold=0.6, min_words=0)
    assert [span.source for span in whole[0]] == [0, 1, 2]
    each = corroborate(
        [0],
        table,
        vectors,
        threshold=0.6,
        min_words=0,
        members=members,
        sentence_vectors=sentence_vectors,
    )
    assert [span.source for span in each[0]] == [0, 2]


def test_cosines_computed_a_few_rows_at_a_time_cite_the_same(monkeypatch):
    from summarize.stages import corroborate as module

    whole = summarize(FERRY, max_sentences=5)
    # room for the cosines of one chosen sentence at a time
    monkeypatch.setattr(module, "_COSINE_CELLS", 1)
    assert [s.sources for s in summarize(FERRY, max_sentences=5)] == [s.sources for s in whole]
    assert any(len(s.sources) > 1 for s in whole)
