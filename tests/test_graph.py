from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp

from summarize.stages import graph as graph_module
from summarize.stages.graph import (
    MIN_SIMILARITY,
    cosine_graph,
    overlap_graph,
    similarity_graph,
    to_networkx,
)
from summarize.stages.merge import merge_copies
from summarize.types import Sentence


def random_unit_rows(n_rows: int, n_terms: int, seed: int) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    dense = rng.random((n_rows, n_terms)) * (rng.random((n_rows, n_terms)) < 0.15)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    norms[norms == 0] = 1
    return sp.csr_matrix(dense / norms)


def dense_cosine(rows: sp.csr_matrix) -> np.ndarray:
    """The full similarity matrix the sparse graph must agree with."""
    full = (rows @ rows.T).toarray()
    np.fill_diagonal(full, 0)
    full[full < MIN_SIMILARITY] = 0
    return full


def test_cosine_graph_known_answer():
    rows = sp.csr_matrix([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0], [0.0, 0.0, 1.0]])
    graph = cosine_graph(rows).toarray()
    assert np.allclose(graph, [[0, 0.6, 0], [0.6, 0, 0], [0, 0, 0]])


def test_overlap_graph_known_answer():
    counts = sp.csr_matrix([[2.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 1.0], [0.0, 0.0, 0.0, 1.0]])
    graph = overlap_graph(counts).toarray()
    # sentence 0 has 3 distinct terms, 1 has 3, 2 has 1; 0 and 1 share 2, 1 and 2 share 1
    assert math.isclose(graph[0, 1], 2 / (math.log(4) + math.log(4)))
    assert math.isclose(graph[1, 2], 1 / (math.log(4) + math.log(2)))
    assert graph[0, 2] == 0.0


def test_graphs_are_symmetric_without_self_loops():
    rng = np.random.default_rng(7)
    counts = sp.csr_matrix(rng.integers(0, 2, size=(12, 9)).astype(float))
    norms = np.sqrt(counts.multiply(counts).sum(axis=1)).A.ravel()
    norms[norms == 0] = 1
    vectors = sp.csr_matrix(sp.diags(1 / norms) @ counts)
    for method in ("cosine", "overlap"):
        graph = similarity_graph(counts, vectors, method)
        assert (abs(graph - graph.T) > 1e-12).nnz == 0
        assert not graph.diagonal().any()


def test_small_cluster_gets_the_complete_thresholded_graph():
    rows = random_unit_rows(40, 30, seed=1)
    assert np.allclose(cosine_graph(rows, neighbours=50).toarray(), dense_cosine(rows))


def test_each_sentence_keeps_its_strongest_neighbours():
    rows = random_unit_rows(120, 40, seed=2)
    full = dense_cosine(rows)
    graph = cosine_graph(rows, neighbours=5).toarray()
    assert np.allclose(graph, graph.T)
    kept = graph > 0
    for i in range(120):
        strongest = set(np.argsort(-full[i], kind="stable")[:5]) & set(np.flatnonzero(full[i]))
        assert strongest <= set(np.flatnonzero(kept[i]))
    # an edge exists only where one of its ends ranks it among its 5 strongest
    for i, j in zip(*np.nonzero(kept), strict=True):
        assert np.isclose(graph[i, j], full[i, j])
        assert (full[i] > full[i, j]).sum() < 5 or (full[j] > full[j, i]).sum() < 5


def test_blocks_do_not_change_the_graph(monkeypatch):
    rows = random_unit_rows(90, 25, seed=3)
    whole = cosine_graph(rows, neighbours=7)
    monkeypatch.setattr(graph_module, "BLOCK_ENTRIES", 50)
    assert len(graph_module._row_blocks(rows)) > 5
    assert (abs(cosine_graph(rows, neighbours=7) - whole) > 1e-12).nnz == 0


def test_empty_input_gives_an_empty_graph():
    empty = sp.csr_matrix((0, 4))
    assert cosine_graph(empty).shape == (0, 0)
    assert overlap_graph(empty).shape == (0, 0)


def test_networkx_view_carries_sentences_and_their_copies():
    places = ((0, 0, "Rain."), (0, 1, "Wind."), (1, 0, "Hail."), (1, 1, "Rain."))
    table = merge_copies([Sentence(a, p, 10 * p, 10 * p + 5, t) for a, p, t in places])
    graph = sp.csr_matrix([[0, 0.5, 0.2], [0.5, 0, 0], [0.2, 0, 0]])
    model = to_networkx(graph, table, {"score": [0.5, 0.3, 0.2]})
    assert sorted(model.edges(data="weight")) == [(0, 1, 0.5), (0, 2, 0.2)]
    assert model.nodes[1] == {
        "text": "Wind.",
        "article": 0,
        "position": 1,
        "start": 10,
        "end": 15,
        "copies": [(0, 10, 15)],
        "score": 0.3,
    }
    assert model.nodes[0]["copies"] == [(0, 0, 5), (1, 10, 15)]


def test_edges_across_articles_weigh_more():
    from summarize.stages.graph import weigh_pairs

    places = ((0, 0, "x"), (0, 1, "y"), (1, 0, "z"))
    table = merge_copies([Sentence(a, p, 0, 1, t) for a, p, t in places])
    graph = sp.csr_matrix([[0, 0.4, 0.3], [0.4, 0, 0.2], [0.3, 0.2, 0]])
    weighted = weigh_pairs(graph, table, 3.0).toarray()
    assert np.allclose(weighted, [[0, 0.4, 0.9], [0.4, 0, 0.6], [0.9, 0.6, 0]])
    assert weigh_pairs(graph, table, 1.0) is graph
    assert np.allclose(graph.toarray()[0, 2], 0.3)  # the input is left alone


def test_copies_weigh_as_the_pairs_they_stand_for():
    """A group's edges sum the weights the full graph gives its copies' pairs."""
    from summarize.stages.graph import weigh_pairs

    # sentence A twice (articles 0 and 1), A once more in article 1, B once in article 0
    places = ((0, 0, "A"), (1, 0, "A"), (1, 1, "A"), (0, 1, "B"))
    sentences = [Sentence(a, p, 0, 1, t) for a, p, t in places]
    table = merge_copies(sentences)
    groups = table.group
    assert groups.tolist() == [0, 0, 0, 1]
    similarity = 0.5
    group_graph = sp.csr_matrix([[0, similarity], [similarity, 0]])
    factor = 2.0
    full = np.zeros((4, 4))
    for i in range(4):
        for j in range(4):
            if i != j:
                weight = 1.0 if groups[i] == groups[j] else similarity
                full[i, j] = weight * (
                    factor if sentences[i].article != sentences[j].article else 1
                )
    expected = np.array([[full[:3, :3].sum(), full[:3, 3].sum()], [full[3, :3].sum(), 0.0]])
    assert np.allclose(weigh_pairs(group_graph, table, factor).toarray(), expected)


def test_edge_power_reshapes_weights_but_not_which_edges():
    rows = random_unit_rows(40, 25, seed=7)
    plain = similarity_graph(rows, rows, "cosine")
    sharp = similarity_graph(rows, rows, "cosine", power=1.5)
    assert plain.nnz > 0
    assert np.array_equal((plain != 0).toarray(), (sharp != 0).toarray())
    assert np.allclose(sharp.toarray(), plain.toarray() ** 1.5)
    assert np.allclose(similarity_graph(rows, rows, "cosine", power=1.0).toarray(), plain.toarray())


def test_a_sharper_edge_weight_favours_the_restated_sentence():
    """Sharpening moves score from a loose hub to a sentence that others restate."""
    from summarize.stages.rank import rank

    # 0 is restated by 1 and 2 (0.7); 3 loosely overlaps 1, 2, 4 and 5 (0.3)
    dense = np.zeros((6, 6))
    for i in (1, 2):
        dense[0, i] = dense[i, 0] = 0.7
    for i in (1, 2, 4, 5):
        dense[3, i] = dense[i, 3] = 0.3
    dense[4, 5] = dense[5, 4] = 0.3
    plain = sp.csr_matrix(dense)
    sharp = sp.csr_matrix(dense**1.5)
    before, after = rank(plain), rank(sharp)
    assert after[0] > before[0] + 0.02
    assert after[3] < before[3] - 0.02


def dense_weigh_pairs(graph: sp.csr_matrix, table, factor: float) -> np.ndarray:
    """What weigh_pairs computes, written out with the full node-by-node product."""
    per_article = sp.csr_matrix(
        (np.ones(len(table.group)), (table.group, table.article)),
        shape=(len(table.nodes), int(table.article.max()) + 1),
    )
    same = (per_article @ per_article.T).toarray()
    copies = table.copies.astype(float)
    dense = graph.toarray()
    weighted = factor * dense * np.outer(copies, copies) - (factor - 1.0) * dense * same
    own = factor * (copies**2 - copies) - (factor - 1.0) * (same.diagonal() - copies)
    return weighted + np.diag(own)


def test_weighing_pairs_agrees_with_the_full_product_on_random_copies():
    from summarize.stages.graph import weigh_pairs

    rng = np.random.default_rng(11)
    # 60 sentences over 4 articles, drawn from 25 texts: many copies, within and across
    places = [(int(rng.integers(4)), position, f"s{rng.integers(25)}") for position in range(60)]
    table = merge_copies([Sentence(a, p, 0, 1, t) for a, p, t in sorted(places)])
    graph = cosine_graph(random_unit_rows(len(table.nodes), 12, seed=5))
    for factor in (1.0, 2.0, 0.5):
        weighted = weigh_pairs(graph, table, factor)
        assert np.allclose(weighted.toarray(), dense_weigh_pairs(graph, table, factor))


def test_one_long_article_costs_memory_in_its_edges_not_its_sentences_squared():
    """Issue 21, case 3: one article of n sentences never builds an n-by-n product."""
    import tracemalloc

    from summarize.stages.graph import weigh_pairs

    n_sentences = 6000  # an n-by-n product of these is 36 million entries, over 400 MB
    table = merge_copies([Sentence(0, p, 0, 1, f"s{p}") for p in range(n_sentences)])
    ring = np.arange(n_sentences)
    pairs = sp.csr_matrix(
        (np.full(n_sentences, 0.5), (ring, (ring + 1) % n_sentences)),
        shape=(n_sentences, n_sentences),
    )
    graph = sp.csr_matrix(pairs + pairs.T)
    tracemalloc.start()
    try:
        weighted = weigh_pairs(graph, table, 2.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000
    assert np.allclose(weighted.toarray(), graph.toarray())  # one article: no edge across


def test_a_story_too_large_for_32_bit_pair_numbers_keeps_its_edges():
    # 50,000 sentences in pairs that share their one term: an edge between the
    # last two is pair number 49,999 * 50,000 + 49,998, past 32 bits
    n_rows = 50_000
    rows = sp.csr_matrix(
        (np.ones(n_rows), np.arange(n_rows) // 2, np.arange(n_rows + 1)),
        shape=(n_rows, n_rows // 2),
    )
    graph = cosine_graph(rows)
    assert graph.nnz == n_rows
    assert graph[n_rows - 1, n_rows - 2] == 1.0
    assert graph[n_rows - 2, n_rows - 1] == 1.0
    assert graph[n_rows - 1, n_rows - 3] == 0.0
