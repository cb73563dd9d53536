"""One weighted similarity graph over the sentences of all articles.

The graph is a sparse symmetric adjacency matrix: entry ``(i, j)`` is the
lexical similarity of sentences ``i`` and ``j``, whichever articles they come
from. Edges across articles are what lift a fact that several outlets report.
The diagonal is zero: a sentence does not vote for itself (a sentence with
several copies gets a self-loop for its copies' votes, see :func:`weigh_pairs`).

No dense n-by-n matrix is ever built. Similarities are computed a block of
rows at a time as sparse products, and each sentence keeps only its
``neighbours`` most similar sentences; an edge stays when either end keeps it.
Similarities under ``MIN_SIMILARITY`` are no edge. So edges grow with n, not
n², and in a table of up to ``neighbours + 1`` sentences every pair at or
above the threshold is an edge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from ..table import SentenceTable, entries_of, row_ids
from ..types import Similarity

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "BLOCK_ENTRIES",
    "MIN_SIMILARITY",
    "NEIGHBOURS",
    "agreement",
    "cosine_graph",
    "overlap_graph",
    "similarity_graph",
    "to_networkx",
    "weigh_pairs",
]

NEIGHBOURS = 50
# Weaker similarities are no edge (LexRank's threshold): one shared common word
# between two long sentences says little, and dropping it keeps the graph small.
MIN_SIMILARITY = 0.1
# Upper bound on the similarity entries computed in one block of rows.
BLOCK_ENTRIES = 4_000_000

_Block = Callable[[int, int], sp.csr_matrix]


def cosine_graph(vectors: sp.csr_matrix, neighbours: int = NEIGHBOURS) -> sp.csr_matrix:
    """Pairwise cosine similarity of unit-length TF-IDF rows, ``neighbours`` per row.

    Examples
    --------
    >>> rows = sp.csr_matrix([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    >>> cosine_graph(rows).toarray().round(2).tolist()
    [[0.0, 0.6, 0.0], [0.6, 0.0, 0.8], [0.0, 0.8, 0.0]]
    """
    columns = sp.csr_matrix(vectors.T)

    def block(start: int, stop: int) -> sp.csr_matrix:
        if start == 0 and stop == vectors.shape[0]:  # one block: no copy of the rows
            return sp.csr_matrix(vectors @ columns)
        return sp.csr_matrix(vectors[start:stop] @ columns)

    return _nearest_graph(vectors, block, neighbours)


def overlap_graph(counts: sp.csr_matrix, neighbours: int = NEIGHBOURS) -> sp.csr_matrix:
    """TextRank's overlap: shared terms over ``log(1 + |a|) + log(1 + |b|)``.

    ``|a|`` is the number of distinct terms of sentence ``a``. The ``1 +``
    keeps a one-term sentence from dividing by zero.

    Examples
    --------
    >>> counts = sp.csr_matrix([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
    >>> round(float(overlap_graph(counts)[0, 1]), 3)  # 1 / (ln 3 + ln 3)
    0.455
    """
    present = _binary(counts)
    columns = sp.csr_matrix(present.T)
    log_length = np.log1p(np.asarray(present.sum(axis=1)).ravel())

    def block(start: int, stop: int) -> sp.csr_matrix:
        shared = sp.csr_matrix(present[start:stop] @ columns)
        shared.data /= log_length[row_ids(shared, start)] + log_length[shared.indices]
        return shared

    return _nearest_graph(present, block, neighbours)


def similarity_graph(
    counts: sp.csr_matrix,
    vectors: sp.csr_matrix,
    method: Similarity,
    neighbours: int = NEIGHBOURS,
    *,
    power: float = 1.0,
) -> sp.csr_matrix:
    """The sentence graph with the chosen edge weight, each weight raised to ``power``.

    Which sentences are neighbours is decided on the similarity itself (the
    threshold and the ``neighbours`` strongest); ``power`` then reshapes the
    weights. Above 1 it widens the gap between a close restatement and a
    loose overlap: at 1.5 an edge of 0.8 weighs 8 times one of 0.2, not 4.

    Examples
    --------
    >>> rows = sp.csr_matrix([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    >>> graph = similarity_graph(rows, rows, "cosine", power=2.0)
    >>> graph.toarray().round(2).tolist()
    [[0.0, 0.36, 0.0], [0.36, 0.0, 0.64], [0.0, 0.64, 0.0]]
    """
    if method == "overlap":
        graph = overlap_graph(counts, neighbours)
    else:
        graph = cosine_graph(vectors, neighbours)
    if power != 1.0:
        graph.data **= power
    return graph


def weigh_pairs(graph: sp.csr_matrix, table: SentenceTable, factor: float) -> sp.csr_matrix:
    """Edge weights between nodes, each pair of copies counted, pairs across articles more.

    ``graph`` has one row per node of ``table`` (a distinct sentence, see
    :mod:`summarize.stages.merge`). The edge between nodes ``g`` and ``h`` becomes
    their similarity times the number of copy pairs between them, a pair from
    two different articles counting ``factor`` times; a node with several
    copies gets a self-loop for the pairs among its copies (similarity 1).
    With no copies this only multiplies edges between two articles by
    ``factor``: two outlets stating a fact is stronger evidence that it
    matters than one article repeating itself. ``graph`` is a canonical CSR
    matrix (columns sorted, each entry once), as :func:`similarity_graph` gives.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> from summarize.types import Sentence
    >>> places = ((0, 0, "x"), (0, 1, "y"), (1, 0, "z"))
    >>> table = merge_copies([Sentence(a, p, 0, 1, text) for a, p, text in places])
    >>> g = sp.csr_matrix([[0, 0.5, 0.5], [0.5, 0, 0], [0.5, 0, 0]])
    >>> weigh_pairs(g, table, 2.0).toarray().tolist()
    [[0.0, 0.5, 1.0], [0.5, 0.0, 0.0], [1.0, 0.0, 0.0]]
    """
    copies = table.copies.astype(np.float64)
    if factor == 1.0 and copies.max(initial=1.0) == 1.0:
        return graph
    rows, columns = row_ids(graph), graph.indices
    similarity = np.asarray(graph.data, dtype=np.float64)
    pairs = _ArticleCopies.of(table)
    # similarity * (factor * copies * copies), computed in place (a story of
    # 100,000 sentences has millions of edges), each product as before
    weights = copies[rows]
    weights *= factor
    weights *= copies[columns]
    weights *= similarity
    shared = pairs.shared(rows, columns).astype(np.float64, copy=False)
    shared *= similarity  # weight of the pairs within an article
    within = shared != 0
    # an edge with no copy pair within an article keeps its scaled weight, to the bit
    weights[within] -= shared[within] * (factor - 1.0)
    del shared
    own_pairs = np.bincount(pairs.node, weights=pairs.count**2, minlength=len(copies))
    own = factor * (copies**2 - copies) - (factor - 1.0) * (own_pairs - copies)
    return _stored_as_before(graph, rows, weights, within, own, several=pairs.several)


def agreement(graph: sp.csr_matrix, table: SentenceTable) -> np.ndarray | None:
    """How strongly the other articles restate each article: one weight per article.

    A sentence's support is the weight of its strongest edge to a sentence of
    another article (1 for a sentence another article copies word for word);
    an article's agreement is the mean support of its sentences. A page that
    shares nothing with the other articles of the story (a web-archive notice,
    an advertisement saved by mistake) has an agreement of 0. None when there
    is one article, or when no article shares anything with another.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> from summarize.types import Sentence
    >>> places = ((0, 0, "x"), (0, 1, "y"), (1, 0, "z"), (2, 0, "w"))
    >>> table = merge_copies([Sentence(a, p, 0, 1, text) for a, p, text in places])
    >>> g = sp.csr_matrix([[0, 0, 0.6, 0], [0, 0, 0, 0], [0.6, 0, 0, 0], [0, 0, 0, 0]])
    >>> agreement(g, table).round(2).tolist()
    [0.3, 0.6, 0.0]
    """
    n_articles = int(table.article.max(initial=-1)) + 1
    if n_articles < 2:
        return None
    rows, columns = row_ids(graph), graph.indices
    home = table.article[table.first]
    across = home[rows] != home[columns]
    support = np.zeros(len(table.nodes))
    np.maximum.at(support, rows[across], graph.data[across])
    spread = np.zeros(len(table.nodes))
    np.maximum.at(spread, table.group, (table.article != home[table.group]).astype(float))
    support = np.maximum(support, spread)  # a copy in another article restates it exactly
    per_sentence = support[table.group]
    totals = np.bincount(table.article, weights=per_sentence, minlength=n_articles)
    counts = np.bincount(table.article, minlength=n_articles)
    shares: np.ndarray = totals / np.maximum(counts, 1)
    return shares if shares.any() else None


def to_networkx(
    graph: sp.csr_matrix, table: SentenceTable, attributes: Mapping[str, Sequence[Any]]
) -> nx.Graph:
    """The graph as a networkx Graph: a node per distinct sentence, with its text and copies.

    Each node carries ``text``, the ``article``, ``position``, ``start`` and
    ``end`` of the copy that stands for it, ``copies`` (the ``(article,
    start, end)`` of every copy, that one first), and one value of each of
    ``attributes``; each edge its ``weight``.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> from summarize.types import Sentence
    >>> table = merge_copies([Sentence(0, 0, 0, 4, "Yes."), Sentence(1, 0, 0, 4, "No.")])
    >>> g = to_networkx(sp.csr_matrix([[0.0, 1.0], [1.0, 0.0]]), table, {"score": [0.5, 0.5]})
    >>> g.nodes[1]["article"], g.nodes[1]["score"], g.edges[0, 1]["weight"]
    (1, 0.5, 1.0)
    """
    import networkx as nx  # only to look at the graph: a summary never needs it

    model = nx.from_scipy_sparse_array(graph, edge_attribute="weight")
    copies: list[list[tuple[int, int, int]]] = [[] for _ in table.nodes]
    for sentence, node in zip(table.sentences, table.group.tolist(), strict=True):
        copies[node].append((sentence.article, sentence.start, sentence.end))
    for node, sentence in enumerate(table.nodes):
        model.nodes[node].update(
            text=sentence.text,
            article=sentence.article,
            position=sentence.position,
            start=sentence.start,
            end=sentence.end,
            copies=copies[node],
            **{name: values[node] for name, values in attributes.items()},
        )
    return model


def _nearest_graph(rows: sp.csr_matrix, block: _Block, neighbours: int) -> sp.csr_matrix:
    """Symmetric graph of each row's ``neighbours`` strongest similarities."""
    n_rows = rows.shape[0]
    parts = [_strongest(block(start, stop), start, neighbours) for start, stop in _row_blocks(rows)]
    if not parts:
        return sp.csr_matrix((n_rows, n_rows))
    row, col, data = (np.concatenate(arrays) for arrays in zip(*parts, strict=True))
    # scipy's maximum, not a sort of the pairs by number: on a story of 100,000
    # sentences it takes a third less memory
    nearest = sp.csr_matrix((data, (row, col)), shape=(n_rows, n_rows))
    return sp.csr_matrix(nearest.maximum(nearest.T))


def _strongest(
    block: sp.csr_matrix, offset: int, neighbours: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows, columns and weights of the ``neighbours`` largest entries of each row.

    ``block`` holds the rows from ``offset`` on. The diagonal and entries
    under ``MIN_SIMILARITY`` are dropped first. A row with more
    entries than ``neighbours`` keeps its largest by a partial sort, done for
    many rows at once: rows of similar length are padded to a rectangle, so
    the work stays linear in the entries. Equal weights at the cut are settled
    the same way every run, so the result is deterministic.
    """
    row = row_ids(block, offset)
    strong = ~((block.data < MIN_SIMILARITY) | (row == block.indices))
    row, columns, data = row[strong], block.indices[strong], block.data[strong]
    lengths = np.bincount(row - offset, minlength=block.shape[0])
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    keep = np.repeat(lengths <= neighbours, lengths)
    heavy = np.flatnonzero(lengths > neighbours)
    size_class = np.ceil(np.log2(lengths[heavy])).astype(np.int64)
    for size in np.unique(size_class):
        rows = heavy[size_class == size]
        width = int(lengths[rows].max())
        positions = indptr[rows][:, None] + np.arange(width)
        inside = np.arange(width) < lengths[rows][:, None]
        weights = np.where(inside, data[np.where(inside, positions, 0)], -np.inf)
        largest = np.argpartition(weights, width - neighbours, axis=1)[:, width - neighbours :]
        keep[np.take_along_axis(positions, largest, axis=1).ravel()] = True
    return row[keep], columns[keep], data[keep]


def _row_blocks(rows: sp.csr_matrix) -> list[tuple[int, int]]:
    """Consecutive row ranges whose similarity products stay near ``BLOCK_ENTRIES``.

    A row can meet at most the sum, over its terms, of how many rows hold that
    term; blocks are cut where the running sum of that bound crosses a
    multiple of ``BLOCK_ENTRIES``.
    """
    n_rows = rows.shape[0]
    if n_rows == 0:
        return []
    if n_rows * (n_rows + 1) <= BLOCK_ENTRIES:  # even every row meeting every row fits
        return [(0, n_rows)]
    present = _binary(rows)
    term_rows = np.asarray(present.sum(axis=0)).ravel()
    reach = np.minimum(present @ term_rows, n_rows) + 1
    before = np.cumsum(reach) - reach
    block_of = (before // BLOCK_ENTRIES).astype(np.int64)
    cuts = np.flatnonzero(np.diff(block_of)) + 1
    bounds = [0, *cuts.tolist(), n_rows]
    return list(zip(bounds[:-1], bounds[1:], strict=True))


@dataclass(frozen=True, slots=True)
class _ArticleCopies:
    """How many copies each node has in each article it stands in, by node then article."""

    node: np.ndarray
    article: np.ndarray
    count: np.ndarray
    n_articles: int

    @classmethod
    def of(cls, table: SentenceTable) -> _ArticleCopies:
        """The copies of ``table``'s nodes, counted per article."""
        n_articles = int(table.article.max()) + 1
        keys, count = np.unique(table.group * n_articles + table.article, return_counts=True)
        node, article = np.divmod(keys, n_articles)
        return cls(node, article, count, n_articles)

    @property
    def several(self) -> bool:
        """Whether an article holds two nodes or more."""
        return bool(np.bincount(self.article).max(initial=0) >= 2)

    def shared(self, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """The copy pairs of nodes ``rows[e]`` and ``columns[e]`` that share an article, per ``e``.

        Only the articles of each pair's first node are looked up for the
        second, so one long article holding every node costs its edges, not
        its nodes squared.

        Examples
        --------
        >>> from summarize.stages.merge import merge_copies
        >>> from summarize.types import Sentence
        >>> places = ((0, "x"), (1, "x"), (1, "x"), (0, "y"), (1, "z"))
        >>> table = merge_copies([Sentence(a, 0, 0, 1, text) for a, text in places])
        >>> _ArticleCopies.of(table).shared(np.array([0, 0, 1]), np.array([1, 2, 2])).tolist()
        [1.0, 2.0, 0.0]
        """
        keys = self.node * self.n_articles + self.article
        start = np.searchsorted(self.node, np.arange(int(rows.max(initial=-1)) + 2))
        edge, entry = entries_of(start, rows)  # the articles of each edge's first node
        wanted = columns[edge] * self.n_articles + self.article[entry]
        found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = keys[found] == wanted
        pairs = self.count[entry[hit]] * self.count[found[hit]]
        return np.bincount(edge[hit], weights=pairs, minlength=len(rows))


def _stored_as_before(
    graph: sp.csr_matrix,
    rows: np.ndarray,
    weights: np.ndarray,
    shared: np.ndarray,
    own: np.ndarray,
    *,
    several: bool,
) -> sp.csr_matrix:
    """The weighed graph, each row's entries in the order sparse arithmetic once left them.

    :func:`weigh_pairs` computed the weights with scipy's sparse products and
    sums, and PageRank sums each row in stored order: so that every score
    stays the same to the last bit, the entries keep that order. ``rows`` and
    ``weights`` are the rows and new weights of the entries of ``graph`` (a
    canonical CSR matrix), ``shared`` tells the entries that had copy pairs
    within an article, ``own`` is each node's self-loop, ``several`` whether
    an article holds two nodes or more.
    A sparse sum leaves each row's columns in ascending order when both terms
    have theirs sorted; else (scipy's general path) each row runs backwards
    from the order of its first term, and the columns only the second term
    has come first. Entries of weight 0 are dropped.
    """
    columns = graph.indices

    def longest(entries: np.ndarray) -> int:
        return int(np.bincount(rows[entries], minlength=graph.shape[0]).max(initial=0))

    # with two nodes in an article, the copy pairs per edge were stored from each
    # row's last column to its first, and the edges' weights followed that order
    backwards = several and longest(shared) >= 2
    keep = weights != 0
    if not own.any():
        rows, columns, weights = rows[keep], columns[keep], weights[keep]
        if not backwards:  # the order of ``graph`` itself: no sort
            return _csr(rows, columns, weights, graph.shape)
        order = np.lexsort((-columns, rows))
        return _csr(rows[order], columns[order], weights[order], graph.shape)
    # adding the self-loops to rows that run backwards turns them forwards, a new
    # self-loop first
    loops_first = backwards and longest(keep) >= 2
    rows, columns, weights = rows[keep], columns[keep], weights[keep]
    del keep
    on_diagonal = np.flatnonzero(rows == columns)
    weights[on_diagonal] += own[rows[on_diagonal]]
    new = own != 0
    new[rows[on_diagonal]] = False
    nodes = np.flatnonzero(new)
    # each new self-loop goes in its row, which runs in ascending columns: first,
    # or after the columns under its own (inserted, not sorted: a story of
    # 100,000 sentences has millions of edges)
    at = np.searchsorted(rows, nodes)
    if not loops_first:
        under = np.flatnonzero(columns < rows)
        at += np.bincount(rows[under], minlength=graph.shape[0])[nodes]
        del under
    rows, columns = np.insert(rows, at, nodes), np.insert(columns, at, nodes)
    weights = np.insert(weights, at, own[nodes])
    keep = weights != 0
    if not keep.all():
        rows, columns, weights = rows[keep], columns[keep], weights[keep]
    return _csr(rows, columns, weights, graph.shape)


def _csr(
    rows: np.ndarray, columns: np.ndarray, data: np.ndarray, shape: tuple[int, int]
) -> sp.csr_matrix:
    """The CSR matrix of these entries, stored in the order given (``rows`` ascending)."""
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=shape[0]))])
    return sp.csr_matrix((data, columns, indptr), shape=shape)


def _binary(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """A copy of ``matrix`` with every stored entry set to 1."""
    present = sp.csr_matrix(matrix, dtype=np.float64, copy=True)
    present.data[:] = 1.0
    return present
