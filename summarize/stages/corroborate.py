"""Chosen sentences -> every article that states them, each with its span.

A brief sentence is corroborated by an article when that article holds an
exact copy of it (white space aside), or a sentence whose TF-IDF cosine with
it, the similarity the graph is built on, is at least the ``corroboration``
threshold. A paraphrase must also read on its own (see
:meth:`summarize.types.Sentence.standalone`): a headline or a three-word fragment can
share every name of a sentence and still not state it.

Each article cites at most one span per brief sentence: its closest sentence,
the earliest of equals. The chosen sentence's own article cites the chosen span.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from ..table import SentenceTable
from ..types import BriefSentence, Span

__all__ = ["cite", "corroborate"]

# Cosines of unit rows with the same terms can come out a hair under 1.
_ROUNDING = 1e-9


def cite(
    chosen: Sequence[int],
    table: SentenceTable,
    vectors: sp.csr_matrix,
    scores: np.ndarray,
    *,
    threshold: float,
    min_words: int,
) -> tuple[BriefSentence, ...]:
    """The chosen nodes as brief sentences: each by its first copy, with every article stating it.

    ``scores`` is each node's score; the other arguments are those of
    :func:`corroborate`.
    """
    sources = corroborate(chosen, table, vectors, threshold=threshold, min_words=min_words)
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
    similar = sp.csr_matrix(vectors[list(chosen)] @ vectors.T)
    found = []
    for row, node in enumerate(chosen):
        similarity = similar[row].toarray().ravel()[groups]
        copy = groups == node
        cited = table.nodes[node]
        close = np.flatnonzero((similarity >= threshold - _ROUNDING) & ~copy)
        # the standalone rule is checked only on the few sentences close enough
        paraphrase = [i for i in close.tolist() if sentences[i].standalone(min_words)]
        states = copy.copy()
        states[paraphrase] = True
        states &= article != cited.article
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
