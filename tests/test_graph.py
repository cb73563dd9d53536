from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp

from summarize.graph import cosine_graph, overlap_graph, similarity_graph


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
