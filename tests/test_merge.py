from __future__ import annotations

import numpy as np

from summarize import summarize
from summarize.merge import copy_groups, first_copies, group_totals, per_copy
from summarize.types import Sentence

from .stories import FLOOD


def test_copies_are_found_by_text_white_space_aside():
    texts = ["Rain fell.", "Rain\n  fell.", "Rain fell!", "rain fell.", "Rain fell."]
    sentences = [Sentence(i, 0, 0, 0, 1, t) for i, t in enumerate(texts)]
    groups = copy_groups(sentences)
    assert groups.tolist() == [0, 0, 1, 2, 0]
    assert first_copies(groups).tolist() == [0, 2, 3]


def test_shares_are_split_among_copies_and_keep_their_total():
    groups = np.array([0, 1, 0, 0])
    totals = group_totals(np.array([0.1, 0.2, 0.3, 0.4]), groups)
    assert np.allclose(totals, [0.8, 0.2])
    shares = per_copy(np.array([0.9, 0.1]), groups)
    assert np.allclose(shares, [0.3, 0.1])
    assert np.isclose((shares * np.bincount(groups)).sum(), 1.0)


def test_wire_copy_republished_many_times_cites_its_first_copy():
    story = [FLOOD[0]] * 60 + FLOOD[1:]
    brief = summarize(story, max_sentences=4)
    assert len({s.text for s in brief}) == 4
    for s in brief:
        assert story[s.source][s.start : s.end] == s.text
        if s.text in FLOOD[0]:
            assert s.source == 0
