from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from summarize.stages.merge import merge_copies
from summarize.stages.select import Budget, reading_order, select
from summarize.table import SentenceTable
from summarize.types import Sentence


def build(*specs: tuple[int, int, str]) -> SentenceTable:
    """A cluster of sentences from (article, position, text) triples."""
    return merge_copies([Sentence(a, p, 0, len(t), t) for a, p, t in specs])


def unit_rows(*rows: list[float]) -> sp.csr_matrix:
    matrix = np.array(rows, dtype=float)
    return sp.csr_matrix(matrix / np.linalg.norm(matrix, axis=1, keepdims=True))


def test_standalone_needs_length_and_final_punctuation():
    def standalone(text: str, min_words: int) -> bool:
        return Sentence(0, 0, 0, len(text), text).standalone(min_words)

    assert standalone("One two three four.", 4)
    assert not standalone("One two three.", 4)
    assert not standalone("One two three four five", 4)
    assert standalone('He said "we will rebuild it."', 4)
    assert standalone("A fragment", 0)


@pytest.mark.parametrize(
    "text",
    [
        "« Nous avons mobilisé 600 pompiers, a déclaré le préfet. »",
        "« Nous avons mobilisé 600 pompiers, a déclaré le préfet.\u00a0»",
        "« Nous avons mobilisé 600 pompiers, a déclaré le préfet.\u202f»",
        "“The crews will work through the night. ”",
    ],
)
def test_a_closing_mark_after_a_space_still_ends_the_sentence(text):
    # French sets a (narrow) no-break space before », and pages leave stray spaces
    assert Sentence(0, 0, 0, len(text), text).final


def test_best_first_then_reading_order():
    sentences = build((0, 0, "a a."), (0, 1, "b b."), (1, 0, "c c."))
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.1, 0.5, 0.4]),
        vectors,
        Budget(max_words=None, max_sentences=2, redundancy=0.5),
    )
    assert chosen == (1, 2)


def test_redundant_sentences_are_skipped():
    sentences = build((0, 0, "x y."), (1, 0, "y x."), (1, 1, "z w."))
    vectors = unit_rows([1, 1, 0], [1, 0.9, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.5, 0.4, 0.1]),
        vectors,
        Budget(max_words=None, max_sentences=2, redundancy=0.5),
    )
    assert chosen == (0, 2)


def test_word_budget_is_a_hard_cap_and_shorter_sentences_fill_it():
    sentences = build(
        (0, 0, "one two three four five six."),
        (0, 1, "one two three four five six seven eight."),
        (0, 2, "one two three."),
    )
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.5, 0.4, 0.1]),
        vectors,
        Budget(max_words=10, max_sentences=None, redundancy=0.5),
    )
    assert chosen == (0, 2)
    assert sum(sentences.nodes[i].words for i in chosen) <= 10


def test_fragments_only_when_nothing_standalone_fits():
    sentences = build((0, 0, "Headline with no stop"), (0, 1, "A full sentence is here."))
    vectors = unit_rows([1, 0], [0, 1])
    chosen = select(
        sentences,
        np.array([0.9, 0.1]),
        vectors,
        Budget(max_words=None, max_sentences=2, redundancy=0.5, min_words=3),
    )
    assert chosen == (1,)
    only_fragments = build((0, 0, "Headline with no stop"))
    chosen = select(
        only_fragments,
        np.array([1.0]),
        vectors[:1],
        Budget(max_words=None, max_sentences=2, redundancy=0.5, min_words=3),
    )
    assert chosen == (0,)


def test_ties_break_by_article_then_position():
    sentences = build((1, 0, "b."), (0, 1, "a2."), (0, 0, "a1."))
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.3, 0.3, 0.3]),
        vectors,
        Budget(max_words=None, max_sentences=2, redundancy=0.5),
    )
    assert chosen == (2, 1)
    assert reading_order(sentences, [0, 1, 2]) == (2, 1, 0)


def test_diversity_prefers_a_novel_sentence_to_a_close_repeat():
    sentences = build((0, 0, "a a."), (0, 1, "b b."), (1, 0, "c c."))
    vectors = sp.csr_matrix([[1.0, 0.0, 0.0], [0.45, np.sqrt(1 - 0.45**2), 0.0], [0.0, 0.0, 1.0]])
    scores = np.array([1.0, 0.9, 0.5])
    # 0.5 * 0.9 - 0.5 * 0.45 = 0.225 for the repeat, 0.5 * 0.5 - 0 = 0.25 for the novel one
    assert select(
        sentences,
        scores,
        vectors,
        Budget(max_words=None, max_sentences=2, redundancy=0.5, diversity=0.5),
    ) == (0, 2)
    assert select(
        sentences,
        scores,
        vectors,
        Budget(max_words=None, max_sentences=2, redundancy=0.5, diversity=0.0),
    ) == (0, 1)


def test_only_allowed_sentences_are_chosen_even_when_others_rank_higher():
    sentences = build((0, 0, "a a."), (0, 1, "b b."), (1, 0, "c c."))
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    allowed = np.array([False, True, True])
    budget = Budget(max_words=None, max_sentences=3, redundancy=0.5)
    chosen = select(sentences, np.array([0.9, 0.2, 0.1]), vectors, budget, allowed=allowed)
    assert chosen == (1, 2)


def test_closeness_to_a_seen_sentence_weighs_like_closeness_to_a_kept_one():
    sentences = build((0, 0, "a a."), (0, 1, "b b."), (1, 0, "c c."))
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    scores = np.array([0.9, 0.5, 0.45])
    seen = np.array([0.8, 0.2, 0.0])  # 1 is a little like a seen sentence
    one = Budget(max_words=None, max_sentences=1, redundancy=0.5, diversity=0.5)
    # 0.5 * 0.5 - 0.5 * 0.2 = 0.15 against 0.5 * 0.45 = 0.225
    fresh = np.array([False, True, True])  # 0 restates a seen sentence: not allowed
    assert select(sentences, scores, vectors, one, allowed=fresh, seen=seen) == (2,)
    assert select(sentences, scores, vectors, one, allowed=fresh) == (1,)
    assert select(sentences, scores, vectors, one) == (0,)
