"""Sentences -> groups of exact copies, so that a repeated sentence is one node.

Wire copy is republished word for word: the same sentence can stand in dozens
of articles. Each distinct sentence (white space aside) becomes one node of
the graph, weighted by how many copies it has and where they stand, so the
ranking still sees how often a fact is repeated, while the graph grows with
the distinct sentences rather than the square of the copies. The first copy
(earliest article, then position) stands for the group in the brief.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .types import Sentence


def copy_groups(sentences: Sequence[Sentence]) -> np.ndarray:
    """The group of each sentence: copies share one, numbered by first appearance.

    Examples
    --------
    >>> texts = ["Rain fell.", "Sun.", "Rain  fell."]
    >>> s = [Sentence(a, 0, 0, 0, 0, t) for a, t in enumerate(texts)]
    >>> copy_groups(s).tolist()
    [0, 1, 0]
    """
    number: dict[str, int] = {}
    return np.fromiter(
        (number.setdefault(" ".join(s.text.split()), len(number)) for s in sentences),
        dtype=np.int64,
        count=len(sentences),
    )


def first_copies(groups: np.ndarray) -> np.ndarray:
    """Index of the first sentence of each group, in group order.

    Examples
    --------
    >>> first_copies(np.array([0, 1, 0, 2, 1])).tolist()
    [0, 1, 3]
    """
    n_groups = int(groups.max(initial=-1)) + 1
    first = np.full(n_groups, len(groups), dtype=np.int64)
    np.minimum.at(first, groups, np.arange(len(groups)))
    return first


def group_totals(values: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """The sum of ``values`` over the copies of each group.

    Examples
    --------
    >>> group_totals(np.array([1.0, 0.5, 0.25]), np.array([0, 1, 0])).tolist()
    [1.25, 0.5]
    """
    return np.bincount(groups, weights=values, minlength=int(groups.max(initial=-1)) + 1)


def per_copy(totals: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each group's total split evenly among its copies: the share of one copy.

    Examples
    --------
    >>> per_copy(np.array([0.6, 0.4]), np.array([0, 1, 0])).tolist()
    [0.3, 0.4]
    """
    return totals / np.bincount(groups, minlength=len(totals))
