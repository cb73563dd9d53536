"""The entry points: :func:`analyze` runs the stages in order, :meth:`Analysis.brief` the last ones.

Nothing else happens here: each stage (:mod:`summarize.stages`) is handed
what the one before returned. ``analyze`` tells each article's language,
segments, reads the anatomy of each article, merges copies, finds the units
a reader can use, represents, builds the graph and ranks; the
:class:`Analysis` it returns holds those results, and each call of
:meth:`Analysis.brief` selects and corroborates from them without computing
them again. :func:`summarize` is ``analyze`` then ``brief``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

import numpy as np
import scipy.sparse as sp

from .brief import Brief
from .language.table import AUTO
from .options import BriefSettings, Options, Settings
from .stages.anatomy import anatomy, story_sentences, titled
from .stages.corroborate import cite
from .stages.detect import check_language, languages_of, main_language
from .stages.focus import read_query, relevance_to, seen_similarity
from .stages.graph import agreement, similarity_graph, to_networkx, weigh_pairs
from .stages.merge import merge_copies
from .stages.rank import jump_weights, rank
from .stages.represent import represent, unit_rows
from .stages.segment import segment, segment_all
from .stages.select import Budget, allowed, choose
from .stages.units import (
    Units,
    by_paragraph,
    highest,
    opens_paragraph,
    unit_scores,
    unit_table,
    units,
)
from .table import SentenceTable
from .types import Document, RankedSentence, Sentence, as_documents

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Analysis", "analyze", "summarize"]


@dataclass(frozen=True, eq=False)
class Analysis:
    """The costly part of a summary, done once: every sentence ranked, ready for briefs.

    Returned by :func:`analyze`. Keep it to ask for briefs of other budgets,
    to inspect every sentence's score, or to look at the sentence graph;
    none of these computes the analysis again.

    Attributes
    ----------
    documents : tuple of Document
        The articles, in the order given; brief sentences cite them by index.
    options : Options
        The settings the analysis was made with; :meth:`brief` starts from them.
    query : str or None
        The question the briefs answer.
    seen : tuple of Document
        The articles the reader has already seen; briefs never quote them.
    language : str
        The language the articles were read in: with ``language="auto"``, the
        one of most of their text (it reads the query).
    languages : tuple of str
        The language each article was read in, in order: all the same unless
        detection (``language="auto"``) found articles in other languages.

    Examples
    --------
    >>> analysis = analyze([
    ...     "The dam on the Ore river failed late on Sunday night. Water flooded the lower "
    ...     "town within an hour. Two roads into the valley closed at noon on Monday.",
    ...     "Water from the failed dam flooded the lower town on Sunday night. The mayor "
    ...     "asked the army for help with the rescue.",
    ... ])
    >>> [len(analysis.brief(max_words=n)) for n in (12, 30, 60)]
    [1, 2, 3]
    >>> round(sum(s.score for s in analysis.sentences), 6)
    1.0
    """

    documents: tuple[Document, ...]
    options: Options
    query: str | None
    seen: tuple[Document, ...]
    language: str
    languages: tuple[str, ...]
    _sentences: tuple[Sentence, ...] = field(repr=False)
    _story: SentenceTable = field(repr=False)
    _units: Units = field(repr=False)
    _graph: sp.csr_matrix = field(repr=False)
    _scores: np.ndarray = field(repr=False)
    _relevance: np.ndarray | None = field(repr=False)
    _seen_similarity: np.ndarray | None = field(repr=False)

    @cached_property
    def sentences(self) -> tuple[RankedSentence, ...]:
        """Every sentence of every article, in article order, with its score.

        Chosen or not, story or not: the sentences left out of the graph
        (headlines, captions, prompts, ...) are here with their ``role`` and
        a score of 0.
        """
        table = self._story
        share = table.per_copy(self._scores)
        node_of = {
            (s.article, s.position): int(node)
            for s, node in zip(table.sentences, table.group.tolist(), strict=True)
        }
        quotable = np.asarray(self._units.members.sum(axis=0)).ravel() > 0
        ranked = []
        for sentence in self._sentences:
            node = node_of.get((sentence.article, sentence.position))
            ranked.append(
                RankedSentence(
                    text=sentence.text,
                    source=sentence.article,
                    start=sentence.start,
                    end=sentence.end,
                    score=0.0 if node is None else float(share[node]),
                    relevance=_value(self._relevance, node),
                    seen_similarity=_value(self._seen_similarity, node),
                    role=sentence.role,
                    quotable=node is not None and bool(quotable[node]),
                )
            )
        return tuple(ranked)

    def brief(self, **settings: Unpack[BriefSettings]) -> Brief:
        """A brief chosen from this analysis, without analyzing again.

        Parameters
        ----------
        **settings
            The settings that only choosing the brief reads, overriding those
            of the analysis: ``max_words``, ``max_sentences``, ``redundancy``,
            ``seen_redundancy``, ``diversity``, ``min_words``, ``corroboration``.

        Raises
        ------
        OptionError
            If a setting is out of range, or is one the analysis depends on
            (such as ``language``): pass that to :func:`analyze`; or if
            ``max_words`` is smaller than every sentence that may be chosen.
        NothingNewError
            If every sentence that may be chosen (with a query, every one that
            speaks to it) restates a seen sentence.

        Examples
        --------
        >>> analysis = analyze(["Rain fell all night. The river rose. Roads closed at dawn."])
        >>> [s.text for s in analysis.brief(max_sentences=1, min_words=0)]
        ['Rain fell all night.']
        """
        options = self.options.for_brief(**settings)
        found = self._units
        relevance = None if self._relevance is None else highest(found.members, self._relevance)
        seen = (
            None if self._seen_similarity is None else highest(found.members, self._seen_similarity)
        )
        pool = allowed(
            len(found.table.nodes),
            relevance,
            seen,
            options.seen_redundancy,
            query=self.query,
            articles=len(self.documents),
            seen_articles=len(self.seen),
        )
        budget = Budget(
            max_words=options.max_words,
            max_sentences=options.budget_sentences,
            redundancy=options.redundancy,
            diversity=options.diversity,
            min_words=options.min_words,
        )
        scores = unit_scores(
            found.members, self._story.per_copy(self._scores), query=self.query is not None
        )
        chosen = choose(
            found.table,
            by_paragraph(scores, found.opens),
            found.vectors,
            budget,
            allowed=pool,
            seen=seen,
            members=found.members,
        )
        sentences = cite(
            chosen,
            found.table,
            found.vectors,
            scores,
            threshold=options.corroboration,
            min_words=options.min_words,
            members=found.members,
            sentence_vectors=found.sentence_vectors,
        )
        return Brief(
            sentences=sentences, documents=self.documents, language=self.language, query=self.query
        )

    def to_networkx(self) -> nx.Graph:
        """The sentence graph as a networkx ``Graph``, to look at or plot.

        A node per distinct sentence (copies of one sentence in several
        articles are one node), carrying ``text``, ``article``, ``position``,
        ``start`` and ``end`` of its first copy, ``copies`` (``(article,
        start, end)`` of each), ``score`` (its PageRank, all nodes summing to
        1), ``relevance`` and ``seen_similarity`` (None where not asked for);
        an edge per pair of similar sentences with its ``weight``, the one
        PageRank ran on.

        Examples
        --------
        >>> graph = analyze(["The dam failed. Water flooded the town.",
        ...                  "Water from the dam flooded the town."]).to_networkx()
        >>> graph.number_of_nodes(), graph.nodes[2]["text"], graph.nodes[2]["article"]
        (3, 'Water from the dam flooded the town.', 1)
        >>> sorted(graph.nodes[2])  # doctest: +NORMALIZE_WHITESPACE
        ['article', 'copies', 'end', 'position', 'relevance', 'score', 'seen_similarity',
         'start', 'text']
        """
        n_nodes = len(self._story.nodes)
        nothing = [None] * n_nodes
        attributes = {
            "score": self._scores.tolist(),
            "relevance": nothing if self._relevance is None else self._relevance.tolist(),
            "seen_similarity": (
                nothing if self._seen_similarity is None else self._seen_similarity.tolist()
            ),
        }
        return to_networkx(self._graph, self._story, attributes)


def analyze(
    articles: Iterable[str | Document],
    options: Options | None = None,
    *,
    query: str | None = None,
    seen: Iterable[str | Document] | None = None,
    **settings: Unpack[Settings],
) -> Analysis:
    """Read, rank and keep every sentence of several articles about one story.

    Builds one TextRank graph over the sentences of all the articles and ranks
    them by weighted PageRank. With a ``query``, the ranking starts from the
    sentences that speak to it; with ``seen`` articles, from what they do not
    say. The result gives any number of briefs (:meth:`Analysis.brief`)
    without doing this again.

    Parameters
    ----------
    articles : iterable of str or Document
        The articles, each its full text or a :class:`Document`.
    options : Options, optional
        Settings to start from; defaults to ``Options()``.
    query : str, optional
        A phrase or a question. Only sentences that share a word with it
        (stop words aside) can be chosen, and the ranking favours them and
        the sentences close to them.
    seen : iterable of str or Document, optional
        Articles the reader already has. A brief never quotes them, never
        keeps a sentence that restates one of their sentences (TF-IDF cosine
        above ``seen_redundancy``), and the ranking favours what they do not say.
    **settings
        Any field of :class:`Options` (see :class:`Settings`), overriding
        ``options``.

    Raises
    ------
    EmptyInputError
        If there are no articles or all are empty.
    NoSentencesError
        If an article holds no sentence.
    InputError
        If an article (or seen article) is neither a string nor a :class:`Document`.
    NothingRelevantError
        If no sentence shares a word with the query.
    OptionError
        If a setting is unknown or out of range, or the query is not a
        string or has no word but stop words and punctuation.

    Examples
    --------
    >>> articles = [
    ...     "The dam on the Ore river failed late on Sunday night. Water flooded the lower "
    ...     "town within an hour. Two roads into the valley closed at noon on Monday.",
    ...     "Water from the failed dam flooded the lower town on Sunday night. The mayor "
    ...     "asked the army for help with the rescue.",
    ... ]
    >>> [s.text for s in analyze(articles).brief(max_sentences=1)]
    ['Water from the failed dam flooded the lower town on Sunday night.']
    >>> [s.text for s in analyze(articles, query="What did the mayor do?").brief(max_sentences=1)]
    ['The mayor asked the army for help with the rescue.']
    """
    resolved = (options if options is not None else Options()).replace(**settings)
    documents = as_documents(articles, "article")
    seen_documents = as_documents(() if seen is None else seen, "seen article", allow_empty=True)
    query = read_query(query)
    languages = languages_of(documents, resolved.language)
    language = main_language(documents, languages)
    if resolved.language != AUTO:
        check_language(documents, language)
    seen_languages = languages_of(seen_documents, resolved.language, language)

    sentences = segment(documents, languages)
    seen_sentences = segment_all(seen_documents, seen_languages)
    if resolved.drop_boilerplate:
        sentences = anatomy(sentences, languages)
        seen_sentences = anatomy(seen_sentences, seen_languages)
    documents = titled(documents, sentences)
    story = merge_copies(story_sentences(sentences))
    seen_story = story_sentences(seen_sentences)
    space = represent(
        [s.text for s in story.nodes],
        [languages[s.article] for s in story.nodes],
        [s.text for s in seen_story],
        [seen_languages[s.article] for s in seen_story],
    )
    relevant = None
    if query is not None:
        row = space.query(query, language)
        relevant = relevance_to(space.vectors, row, query, language, articles=len(documents))
    seen_close = seen_similarity(space.vectors, space.seen) if seen_story else None

    found = units(story.sentences, [read_in.name for read_in in languages])
    unit_nodes, members = unit_table(found, story, [d.text for d in documents])
    graph = similarity_graph(
        space.counts, space.vectors, resolved.similarity, power=resolved.edge_power
    )
    # with a question, relevance decides where the walk starts: an article that
    # answers it may be the one the others least restate
    agreed = agreement(graph, story) if query is None else None
    graph = weigh_pairs(graph, story, resolved.cross_article)
    jump = jump_weights(
        story, resolved.position_decay, relevance=relevant, seen=seen_close, agreement=agreed
    )
    return Analysis(
        documents=documents,
        options=resolved,
        query=query,
        seen=seen_documents,
        language=language.name,
        languages=tuple(read_in.name for read_in in languages),
        _sentences=sentences,
        _story=story,
        _units=Units(
            unit_nodes,
            members,
            unit_rows(members @ space.vectors),
            space.vectors,
            opens_paragraph(found, story.sentences, unit_nodes.group),
        ),
        _graph=graph,
        _scores=rank(graph, prior=jump),
        _relevance=relevant,
        _seen_similarity=seen_close,
    )


def summarize(
    articles: Iterable[str | Document],
    options: Options | None = None,
    *,
    query: str | None = None,
    seen: Iterable[str | Document] | None = None,
    **settings: Unpack[Settings],
) -> Brief:
    """Summarize several articles about one story into one sourced brief.

    The same as ``analyze(articles, options, query=query, seen=seen,
    **settings).brief()``: one TextRank graph over the sentences of all the
    articles, ranked by weighted PageRank, and the central sentences that do
    not repeat one already kept, within the budget.

    Parameters
    ----------
    articles : iterable of str or Document
        The articles, each its full text or a :class:`Document`.
    options : Options, optional
        Settings to start from; defaults to ``Options()``.
    query : str, optional
        A phrase or a question the brief answers (see :func:`analyze`).
    seen : iterable of str or Document, optional
        Articles the reader already has: the brief gives what they do not say.
    **settings
        Any field of :class:`Options` (``max_words``, ``max_sentences``,
        ``language``, ``redundancy``, ``seen_redundancy``, ``diversity``, ``similarity``,
        ``edge_power``, ``position_decay``, ``cross_article``,
        ``drop_boilerplate``, ``min_words``, ``corroboration``), overriding
        ``options``; giving one budget drops the other.

    Returns
    -------
    Brief
        The chosen sentences in reading order. For each, ``articles[s.source]``
        sliced ``[s.start:s.end]`` is exactly ``s.text``, and ``s.sources``
        lists the span of every article that states it, the chosen one first.

    Raises
    ------
    EmptyInputError
        If there are no articles or all are empty.
    NoSentencesError
        If an article holds no sentence.
    InputError
        If an article is neither a string nor a :class:`Document`.
    NothingRelevantError
        If no sentence shares a word with the query.
    NothingNewError
        If every sentence that may be chosen restates a seen sentence.
    OptionError
        If a setting is unknown or out of range, if the query has no word
        but stop words, or if ``max_words`` is smaller than every sentence
        (an empty brief is never returned).

    Examples
    --------
    >>> articles = [
    ...     "The city opened a new bridge on Monday. It cost 40 million dollars.",
    ...     "A new bridge opened in the city on Monday. Traffic was light.",
    ... ]
    >>> brief = summarize(articles, max_sentences=1)
    >>> [(s.text, s.source) for s in brief.sentences]
    [('The city opened a new bridge on Monday.', 0)]
    """
    return analyze(articles, options, query=query, seen=seen, **settings).brief()


def _value(values: np.ndarray | None, node: int | None) -> float | None:
    """``values[node]`` as a float, or None when there are no values or no node."""
    if values is None or node is None:
        return None
    return float(values[node])
