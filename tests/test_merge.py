from __future__ import annotations

import numpy as np

from summarize import summarize
from summarize.stages.merge import copy_groups, merge_copies
from summarize.table import first_copies
from summarize.types import Sentence

from .stories import FLOOD


def test_copies_are_found_by_text_white_space_aside():
    texts = ["Rain fell.", "Rain\n  fell.", "Rain fell!", "rain fell.", "Rain fell."]
    sentences = [Sentence(i, 0, 0, 1, t) for i, t in enumerate(texts)]
    groups = copy_groups(sentences)
    assert groups.tolist() == [0, 0, 1, 2, 0]
    assert first_copies(groups).tolist() == [0, 2, 3]


def test_shares_are_split_among_copies_and_keep_their_total():
    texts = ["Rain fell.", "Sun.", "Rain fell.", "Rain fell."]
    table = merge_copies([Sentence(i, 0, 0, 1, t) for i, t in enumerate(texts)])
    assert table.group.tolist() == [0, 1, 0, 0]
    assert table.copies.tolist() == [3, 1]
    totals = table.node_totals(np.array([0.1, 0.2, 0.3, 0.4]))
    assert np.allclose(totals, [0.8, 0.2])
    shares = table.per_copy(np.array([0.9, 0.1]))
    assert np.allclose(shares, [0.3, 0.1])
    assert np.isclose((shares * table.copies).sum(), 1.0)


def test_the_table_keeps_every_sentence_and_cites_each_node_by_its_first_copy():
    places = ((0, 0, "Sun."), (0, 1, "Rain fell."), (1, 0, "Rain fell."), (1, 1, "Wind rose."))
    sentences = [Sentence(a, p, 0, 1, t) for a, p, t in places]
    table = merge_copies(sentences)
    assert table.sentences == tuple(sentences)
    assert [s.text for s in table.nodes] == ["Sun.", "Rain fell.", "Wind rose."]
    assert table.first.tolist() == [0, 1, 3]
    assert table.article.tolist() == [0, 0, 1, 1]
    assert table.position.tolist() == [0, 1, 0, 1]
    assert table.words.tolist() == [1, 2, 2]


def test_wire_copy_republished_many_times_cites_its_first_copy():
    story = [FLOOD[0]] * 60 + FLOOD[1:]
    brief = summarize(story, max_sentences=4)
    assert len({s.text for s in brief}) == 4
    for s in brief:
        assert story[s.source][s.start : s.end] == s.text
        if s.text in FLOOD[0]:
            assert s.source == 0
