from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from summarize.errors import ConvergenceError
from summarize.stages.merge import merge_copies
from summarize.stages.rank import jump_weights, rank
from summarize.types import Sentence


def test_empty_graph_gives_no_scores():
    assert rank(sp.csr_matrix((0, 0))).shape == (0,)


def test_star_centre_ranks_first_and_scores_sum_to_one():
    star = sp.csr_matrix([[0, 1, 1, 1], [1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]], dtype=float)
    scores = rank(star)
    assert scores.argmax() == 0
    assert np.isclose(scores.sum(), 1.0)
    assert np.allclose(scores[1:], scores[1])


def test_symmetric_path_known_answer():
    # For an undirected path a-b-c, PageRank solves to (1 - d)/3 + d * ... ; by symmetry
    # a = c, and a = (1-d)/3 + d*b/2, b = (1-d)/3 + d*2a, giving these values for d=0.85.
    path = sp.csr_matrix([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)
    d = 0.85
    b = ((1 - d) / 3 * (1 + 2 * d)) / (1 - d * d)
    a = (1 - d) / 3 + d * b / 2
    assert np.allclose(rank(path), [a, b, a], atol=1e-7)


def test_heavier_edges_pull_more_rank():
    graph = sp.csr_matrix([[0, 5, 1], [5, 0, 0], [1, 0, 0]], dtype=float)
    scores = rank(graph)
    assert scores[1] > scores[2]


def test_prior_shifts_rank_towards_favoured_nodes():
    ring = sp.csr_matrix(np.roll(np.eye(4), 1, axis=1) + np.roll(np.eye(4), -1, axis=1))
    flat = rank(ring)
    tilted = rank(ring, prior=np.array([4.0, 1.0, 1.0, 1.0]))
    assert np.allclose(flat, 0.25)
    assert tilted[0] > flat[0]


def test_matches_networkx_on_a_random_weighted_graph():
    rng = np.random.default_rng(3)
    dense = rng.random((15, 15)) * (rng.random((15, 15)) < 0.3)
    dense = np.triu(dense, 1)
    dense = dense + dense.T
    expected = nx.pagerank(nx.from_numpy_array(dense), weight="weight", tol=1e-12)
    assert np.allclose(rank(sp.csr_matrix(dense)), [expected[i] for i in range(15)], atol=1e-7)


def test_non_convergence_is_a_named_error():
    path = sp.csr_matrix([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)
    with pytest.raises(ConvergenceError, match="did not converge in 1 iterations"):
        rank(path, max_iter=1)


def test_position_prior_decays_and_can_be_off():
    table = merge_copies([Sentence(0, p, 0, 1, t) for p, t in enumerate("xyz")])
    assert np.allclose(jump_weights(table, 0.0), [1.0, 1.0, 1.0])
    assert np.allclose(jump_weights(table, 2.0), np.exp([0.0, -0.5, -1.0]))


def test_a_sentence_with_copies_gets_the_jump_of_each_copy():
    places = ((0, 0, "x"), (0, 1, "y"), (1, 0, "x"))
    table = merge_copies([Sentence(a, p, 0, 1, t) for a, p, t in places])
    assert np.allclose(jump_weights(table, 0.0), [2.0, 1.0])
    assert np.allclose(jump_weights(table, 2.0), [2.0, np.exp(-0.5)])


def test_relevance_and_novelty_reshape_the_jump():
    table = merge_copies([Sentence(0, p, 0, 1, t) for p, t in enumerate("xyz")])
    relevance = np.array([0.0, 0.5, 1.0])
    seen = np.array([0.0, 0.2, 1.0])
    assert np.allclose(jump_weights(table, 0.0, relevance=relevance), relevance)
    assert np.allclose(jump_weights(table, 0.0, seen=seen), [1.0, 0.8, 0.0])
    both = jump_weights(table, 2.0, relevance=relevance, seen=seen)
    assert np.allclose(both, np.exp([0.0, -0.5, -1.0]) * relevance * [1.0, 0.8, 0.0])


def test_prior_matches_networkx_personalization():
    rng = np.random.default_rng(5)
    dense = np.triu(rng.random((12, 12)) * (rng.random((12, 12)) < 0.3), 1)
    dense = dense + dense.T
    dense[3, :] = dense[:, 3] = 0  # one isolated node: dangling
    prior = rng.random(12) + 0.1
    expected = nx.pagerank(
        nx.from_numpy_array(dense), personalization=dict(enumerate(prior)), tol=1e-12
    )
    got = rank(sp.csr_matrix(dense), prior=prior)
    assert np.allclose(got, [expected[i] for i in range(12)], atol=1e-7)


def test_all_zero_prior_falls_back_to_uniform():
    path = sp.csr_matrix([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)
    assert np.allclose(rank(path, prior=np.zeros(3)), rank(path))


def test_weights_at_the_ends_of_the_floats_rank_as_their_ratios_say():
    """Issue 21, case 13: weights of 1e-320 or 1e308 made PageRank ask to be reported."""
    path = sp.csr_matrix([[0, 1, 0, 0], [1, 0, 3, 0], [0, 3, 0, 2], [0, 0, 2, 0]], dtype=float)
    expected = rank(path)
    for scale in (1e-320, 1e-310, 1e300, 5e307):  # 5e307: a sum of weights overflows
        assert np.allclose(rank(sp.csr_matrix(path * scale)), expected, atol=1e-6), scale


@pytest.mark.parametrize("cross_article", [5e-324, 1e-308, 1e308, 1.7e308])
@pytest.mark.parametrize("edge_power", [1e-300, 1.5, 300.0])
def test_every_accepted_setting_gives_a_brief_never_a_please_report(cross_article, edge_power):
    from summarize import analyze

    from .stories import FLOOD

    analysis = analyze(FLOOD, cross_article=cross_article, edge_power=edge_power)
    assert abs(sum(s.score for s in analysis.sentences) - 1) < 1e-6
    assert len(analysis.brief()) >= 1
