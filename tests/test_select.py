from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from summarize.select import reading_order, select, standalone
from summarize.types import Sentence


def build(*specs: tuple[int, int, str]) -> list[Sentence]:
    """Sentences from (article, position, text) triples."""
    return [Sentence(a, p, 0, 0, len(t), t) for a, p, t in specs]


def unit_rows(*rows: list[float]) -> sp.csr_matrix:
    matrix = np.array(rows, dtype=float)
    return sp.csr_matrix(matrix / np.linalg.norm(matrix, axis=1, keepdims=True))


def test_standalone_needs_length_and_final_punctuation():
    assert standalone(build((0, 0, "One two three four."))[0], 4)
    assert not standalone(build((0, 0, "One two three."))[0], 4)
    assert not standalone(build((0, 0, "One two three four five"))[0], 4)
    assert standalone(build((0, 0, 'He said "we will rebuild it."'))[0], 4)
    assert standalone(build((0, 0, "A fragment"))[0], 0)


def test_best_first_then_reading_order():
    sentences = build((0, 0, "a a."), (0, 1, "b b."), (1, 0, "c c."))
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.1, 0.5, 0.4]),
        vectors,
        max_words=None,
        max_sentences=2,
        redundancy=0.5,
    )
    assert chosen == (1, 2)


def test_redundant_sentences_are_skipped():
    sentences = build((0, 0, "x y."), (1, 0, "x y."), (1, 1, "z w."))
    vectors = unit_rows([1, 1, 0], [1, 0.9, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.5, 0.4, 0.1]),
        vectors,
        max_words=None,
        max_sentences=2,
        redundancy=0.5,
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
        max_words=10,
        max_sentences=None,
        redundancy=0.5,
    )
    assert chosen == (0, 2)
    assert sum(sentences[i].words for i in chosen) <= 10


def test_fragments_only_when_nothing_standalone_fits():
    sentences = build((0, 0, "Headline with no stop"), (0, 1, "A full sentence is here."))
    vectors = unit_rows([1, 0], [0, 1])
    chosen = select(
        sentences,
        np.array([0.9, 0.1]),
        vectors,
        max_words=None,
        max_sentences=2,
        redundancy=0.5,
        min_words=3,
    )
    assert chosen == (1,)
    only_fragments = sentences[:1]
    chosen = select(
        only_fragments,
        np.array([1.0]),
        vectors[:1],
        max_words=None,
        max_sentences=2,
        redundancy=0.5,
        min_words=3,
    )
    assert chosen == (0,)


def test_ties_break_by_article_then_position():
    sentences = build((1, 0, "b."), (0, 1, "a2."), (0, 0, "a1."))
    vectors = unit_rows([1, 0, 0], [0, 1, 0], [0, 0, 1])
    chosen = select(
        sentences,
        np.array([0.3, 0.3, 0.3]),
        vectors,
        max_words=None,
        max_sentences=2,
        redundancy=0.5,
    )
    assert chosen == (2, 1)
    assert reading_order(sentences, [0, 1, 2]) == (2, 1, 0)


def test_diversity_prefers_a_novel_sentence_to_a_close_repeat():
    sentences = build((0, 0, "a a."), (0, 1, "b b."), (1, 0, "c c."))
    vectors = sp.csr_matrix([[1.0, 0.0, 0.0], [0.45, np.sqrt(1 - 0.45**2), 0.0], [0.0, 0.0, 1.0]])
    scores = np.array([1.0, 0.9, 0.5])
    common = {"max_words": None, "max_sentences": 2, "redundancy": 0.5}
    # 0.5 * 0.9 - 0.5 * 0.45 = 0.225 for the repeat, 0.5 * 0.5 - 0 = 0.25 for the novel one
    assert select(sentences, scores, vectors, diversity=0.5, **common) == (0, 2)
    assert select(sentences, scores, vectors, diversity=0.0, **common) == (0, 1)
