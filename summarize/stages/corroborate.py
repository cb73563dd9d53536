"""Chosen sentences -> every article that states them, each with its span.

A brief sentence is corroborated by an article when that article holds an
exact copy of it (white space aside), or a sentence whose TF-IDF cosine with
it, the similarity the graph is built on, is at least the ``corroboration``
threshold. A paraphrase must also read on its own (see
:meth:`summarize.types.Sentence.standalone`): a headline or a three-word fragment can
share every name of a sentence and still not state it.

Each article cites at most one span per brief sentence: its closest sentence,
the earliest of equals. The chosen sentence's own article cites the chosen span.

A brief sentence may be a unit of several sentences (a quotation and its
attribution); then a span states it only if it also holds most of each of
its sentences: at least ``corroboration`` of each sentence's squared TF-IDF
weight (its row has length 1) is on terms the span has. A unit that shares
two of three sentences is close as a whole, yet does not state the third.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import scipy.sparse as sp

from ..table import SentenceTable
from ..types import BriefSentence, Span

__all__ = ["cite", "corroborate"]

# Cosines of unit rows with the same terms can come out a hair under 1.
_ROUNDING = 1e-9
# The most cosines of chosen nodes computed at once (8 bytes each): 32 MB.
_COSINE_CELLS = 1 << 22


def cite(
    chosen: Sequence[int],
    table: SentenceTable,
    vectors: sp.csr_matrix,
    scores: np.ndarray,
    *,
    threshold: float,
    min_words: int,
    members: sp.csr_matrix | None = None,
    sentence_vectors: sp.csr_matrix | None = None,
) -> tuple[BriefSentence, ...]:
    """The chosen nodes as brief sentences: each by its first copy, with every article stating it.

    ``scores`` is each node's score; the other arguments are those of
    :func:`corroborate`.
    """
    sources = corroborate(
        chosen,
        table,
        vectors,
        threshold=threshold,
        min_words=min_words,
        members=members,
        sentence_vectors=sentence_vectors,
    )
    return tuple(
        BriefSentence(
            text=table.nodes[node].text,
            source=table.nodes[node].article,
            start=table.nodes[node].start,
            end=table.nodes[node].end,
            score=float(scores[node]),
            sources=spans,
        )
        for node, spans in zip(chosen, sources, strict=True)
    )


def corroborate(
    chosen: Sequence[int],
    table: SentenceTable,
    vectors: sp.csr_matrix,
    *,
    threshold: float,
    min_words: int,
    members: sp.csr_matrix | None = None,
    sentence_vectors: sp.csr_matrix | None = None,
) -> list[tuple[Span, ...]]:
    """For each chosen node, the spans of every article that states it, the chosen span first.

    Parameters
    ----------
    chosen : sequence of int
        Nodes of ``table`` (rows of ``vectors``) kept for the brief; each is
        cited by its first copy.
    table : SentenceTable
        Every sentence of the story and the node each is a copy of.
    vectors : scipy.sparse.csr_matrix
        Unit-length TF-IDF rows, one per node.
    threshold : float
        The least cosine at which another article's sentence corroborates.
    min_words : int
        As in :meth:`summarize.types.Sentence.standalone`, for paraphrases.
    members, sentence_vectors : scipy.sparse.csr_matrix, optional
        When nodes are units: the 0/1 matrix of unit nodes by the sentence
        nodes each holds, and the unit-length TF-IDF row of each sentence
        node. A span then states a unit only if it holds at least
        ``threshold`` of each sentence's squared weight. Without them every
        node is one sentence.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> from summarize.types import Sentence
    >>> texts = ["Rain fell on the town.", "Rain fell on the town.", "Roads shut."]
    >>> table = merge_copies([Sentence(a, 0, 0, len(t), t) for a, t in enumerate(texts)])
    >>> v = sp.csr_matrix([[1.0, 0.0], [0.0, 1.0]])
    >>> corroborate([0], table, v, threshold=0.6, min_words=2)
    [(Span(source=0, start=0, end=22), Span(source=1, start=0, end=22))]
    """
    if not chosen:
        return []
    sentences, groups, article = table.sentences, table.group, table.article
    similar = _cosines(np.asarray(chosen, dtype=np.int64), vectors)
    has = None
    if members is not None and sentence_vectors is not None:
        has = vectors.copy()  # 1 where a node has a term
        has.data = np.ones_like(has.data)
    found = []
    for node, cosines in zip(chosen, similar, strict=True):
        similarity = cosines[groups]
        copy = groups == node
        cited = table.nodes[node]
        close = np.flatnonzero((similarity >= threshold - _ROUNDING) & ~copy)
        # the standalone rule is checked only on the few sentences close enough
        paraphrase = [i for i in close.tolist() if sentences[i].standalone(min_words)]
        states = copy.copy()
        states[paraphrase] = True
        states &= article != cited.article
        if has is not None and states.any():
            # only the few nodes that may state it are weighed
            nodes = np.unique(groups[states])
            held = _states_each(node, members, sentence_vectors, has[nodes], threshold)
            states &= np.isin(groups, nodes[held])
        similarity[copy] = np.inf  # an exact copy beats any paraphrase in its article
        spans = [Span(cited.article, cited.start, cited.end)]
        candidates = np.flatnonzero(states)
        # best first within each article: highest similarity, then earliest position
        order = candidates[np.lexsort((table.position[candidates], -similarity[candidates]))]
        best: dict[int, int] = {}
        for index in order.tolist():
            best.setdefault(int(article[index]), index)
        for source in sorted(best):
            sentence = sentences[best[source]]
            spans.append(Span(source, sentence.start, sentence.end))
        found.append(tuple(spans))
    return found


def _cosines(chosen: np.ndarray, vectors: sp.csr_matrix) -> Iterator[np.ndarray]:
    """The cosine of each chosen node with every node: a dense row per chosen node.

    A sparse product of a few chosen rows at a time with every row, at most
    ``_COSINE_CELLS`` cosines at once, so a long brief of a large story holds
    no chosen-by-nodes matrix; the product sums each row's terms inside
    scipy, holding only the cosines.
    """
    n_nodes = vectors.shape[0]
    columns = sp.csr_matrix(vectors.T)
    step = max(1, _COSINE_CELLS // max(n_nodes, 1))
    for first in range(0, len(chosen), step):
        block = vectors[chosen[first : first + step]] @ columns
        yield from block.toarray()


def _states_each(
    node: int,
    members: sp.csr_matrix,
    sentence_vectors: sp.csr_matrix,
    has: sp.csr_matrix,
    threshold: float,
) -> np.ndarray:
    """Which of some unit nodes hold most of the weight of each sentence of unit ``node``.

    A sentence's share in a unit is the part of its squared TF-IDF weight
    (its row has unit length, so the whole is 1) on terms the unit has;
    ``has`` is 1 where each of the unit nodes weighed has a term.
    """
    held = members.indices[members.indptr[node] : members.indptr[node + 1]]
    if len(held) == 1:  # a unit of one sentence: the whole-unit cosine said it
        return np.ones(has.shape[0], dtype=bool)
    weight = sentence_vectors[held].power(2)
    share = (weight @ has.T).toarray()  # sentences of ``node`` by unit nodes
    result: np.ndarray = (share >= threshold - _ROUNDING).all(axis=0)
    return result
