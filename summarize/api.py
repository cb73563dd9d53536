"""The entry points: :func:`analyze` runs the stages in order, :meth:`Analysis.brief` the last ones.

Nothing else happens here. ``analyze`` segments, cleans, merges copies,
represents, builds the graph and ranks; the :class:`Analysis` it returns
holds those results, and each call of :meth:`Analysis.brief` selects and
corroborates from them without computing them again. :func:`summarize` is
``analyze`` then ``brief``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field
from functools import cached_property
from typing import Unpack

import networkx as nx
import numpy as np
import scipy.sparse as sp

from .brief import Brief
from .errors import (
    EmptyInputError,
    InputError,
    NothingNewError,
    NothingRelevantError,
    OptionError,
)
from .language import Language, load_language
from .options import AUTO, BriefSettings, Options, Settings
from .stages.anatomy import anatomy
from .stages.corroborate import corroborate
from .stages.detect import article_languages, main_language
from .stages.focus import relevance, seen_similarity
from .stages.graph import agreement, similarity_graph, to_networkx, weigh_pairs
from .stages.merge import merge_copies
from .stages.rank import jump_weights, rank
from .stages.represent import count_terms, inverse_frequency, query_counts, weigh
from .stages.segment import segment, segment_all
from .stages.select import Budget, select
from .stages.units import unit_table, units
from .table import SentenceTable
from .types import BriefSentence, Document, RankedSentence, Sentence, as_document

# A unit of n sentences is worth the sum of their scores over n to this power.
UNIT_DAMPING = 0.75


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
    _segmented: tuple[Sentence, ...] = field(repr=False)
    _cluster: SentenceTable = field(repr=False)
    _vectors: sp.csr_matrix = field(repr=False)
    _units: SentenceTable = field(repr=False)
    _members: sp.csr_matrix = field(repr=False)
    _unit_vectors: sp.csr_matrix = field(repr=False)
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
        table = self._cluster
        share = table.per_copy(self._scores)
        node_of = {
            (s.article, s.position): int(node)
            for s, node in zip(table.sentences, table.group.tolist(), strict=True)
        }
        quotable = np.asarray(self._members.sum(axis=0)).ravel() > 0
        ranked = []
        for sentence in self._segmented:
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
        options = self.options.replace(**settings)
        fixed = [
            field.name
            for field in dataclasses.fields(Options)
            if not field.metadata["brief"]
            and getattr(options, field.name) != getattr(self.options, field.name)
        ]
        if fixed:
            raise OptionError(
                f"{fixed[0]} shapes the analysis itself: pass it to analyze(), not to brief()"
            )
        members = self._members
        relevance = None if self._relevance is None else _highest(members, self._relevance)
        seen = None if self._seen_similarity is None else _highest(members, self._seen_similarity)
        allowed = None if relevance is None else relevance > 0
        if allowed is not None and not allowed.any():
            raise NothingRelevantError(
                f"no sentence of the {len(self.documents)} article(s) that may be quoted speaks "
                f"to the query {self.query!r} (those with its words are questions, or "
                "headlines, captions and other lines of the page); ask with other words"
            )
        pool = np.ones(len(self._units.nodes), dtype=bool) if allowed is None else allowed
        if seen is not None:
            pool = pool & (seen <= options.seen_redundancy)
            if not pool.any():
                which = "sentence" if allowed is None else "sentence that speaks to the query"
                raise NothingNewError(
                    f"nothing new: every {which} restates one of the {len(self.seen)} seen "
                    f"articles (similarity above seen_redundancy={options.seen_redundancy}); "
                    "raise seen_redundancy to allow closer restatements"
                )
        budget = Budget(
            options.max_words,
            options.budget_sentences,
            options.redundancy,
            options.diversity,
            options.min_words,
        )
        table = self._units
        scores = _unit_scores(members, self._cluster.per_copy(self._scores))
        chosen = select(
            table, scores, self._unit_vectors, budget, allowed=pool, seen=seen, members=members
        )
        if not chosen:  # only a word budget smaller than every candidate leaves nothing
            fits = pool & table.standalone(options.min_words)
            which = " that may be chosen" if len(pool) > pool.sum() else ""
            raise OptionError(
                f"no sentence fits in max_words={options.max_words}: the shortest{which} "
                f"has {int(table.words[fits if fits.any() else pool].min())} words; "
                "raise max_words or use max_sentences"
            )
        sources = corroborate(
            chosen,
            table,
            self._unit_vectors,
            threshold=options.corroboration,
            min_words=options.min_words,
        )
        kept = tuple(
            BriefSentence(
                text=table.nodes[i].text,
                source=table.nodes[i].article,
                start=table.nodes[i].start,
                end=table.nodes[i].end,
                score=float(scores[i]),
                sources=spans,
            )
            for i, spans in zip(chosen, sources, strict=True)
        )
        return Brief(
            sentences=kept, documents=self.documents, language=self.language, query=self.query
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
        n_nodes = len(self._cluster.nodes)
        nothing = [None] * n_nodes
        attributes = {
            "score": self._scores.tolist(),
            "relevance": nothing if self._relevance is None else self._relevance.tolist(),
            "seen_similarity": (
                nothing if self._seen_similarity is None else self._seen_similarity.tolist()
            ),
        }
        return to_networkx(self._graph, self._cluster, attributes)


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
    documents = _documents(articles, "article")
    seen_documents = _documents(() if seen is None else seen, "seen article", allow_empty=True)
    query = _query(query)
    languages = _languages(documents, resolved.language)
    language = main_language(documents, languages)
    seen_languages = _languages(seen_documents, resolved.language, language)

    segmented = _read(segment(documents, languages), languages, resolved.drop_boilerplate)
    documents = _titled(documents, segmented)
    table = merge_copies(_story(segmented))
    seen_sentences = _story(
        _read(
            segment_all(seen_documents, seen_languages), seen_languages, resolved.drop_boilerplate
        )
    )
    texts = [s.text for s in table.nodes] + [s.text for s in seen_sentences]
    text_languages = [languages[s.article] for s in table.nodes]
    text_languages += [seen_languages[s.article] for s in seen_sentences]
    counts, column_of = count_terms(texts, text_languages)
    n_nodes = len(table.nodes)
    idf = inverse_frequency(counts)
    known = weigh(counts, idf)
    vectors = _rows(known, 0, n_nodes)

    relevant = None
    if query is not None:
        if not language.terms(query):
            raise OptionError(
                f"the query {query!r} has no words to look for once stop words and "
                "punctuation are left out; ask with the words of the topic"
            )
        query_row = query_counts(query, language, column_of, counts.shape[1])
        relevant = relevance(vectors, weigh(query_row, idf))
        if not (relevant > 0).any():
            raise NothingRelevantError(
                f"no sentence of the {len(documents)} article(s) has a word of the query "
                f"{query!r}; ask with other words, or leave the query out"
            )
    seen_close = None
    if seen_sentences:
        seen_close = seen_similarity(vectors, _rows(known, n_nodes, len(texts)))

    found = units(table.sentences, [languages[a].name for a in range(len(documents))])
    units_of_story, members = unit_table(found, table, [d.text for d in documents])
    graph = similarity_graph(
        _rows(counts, 0, n_nodes), vectors, resolved.similarity, power=resolved.edge_power
    )
    agreed = agreement(graph, table)
    graph = weigh_pairs(graph, table, resolved.cross_article)
    jump = jump_weights(
        table, resolved.position_decay, relevance=relevant, seen=seen_close, agreement=agreed
    )
    scores = rank(graph, prior=jump)
    return Analysis(
        documents=documents,
        options=resolved,
        query=query,
        seen=seen_documents,
        language=language.name,
        languages=tuple(read_in.name for read_in in languages),
        _segmented=segmented,
        _cluster=table,
        _vectors=vectors,
        _units=units_of_story,
        _members=members,
        _unit_vectors=_unit_rows(members @ vectors),
        _graph=graph,
        _scores=scores,
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


def _documents(
    articles: Iterable[str | Document], what: str, *, allow_empty: bool = False
) -> tuple[Document, ...]:
    """The articles as Documents; refuses a bare string and anything not text."""
    if isinstance(articles, str | bytes | Document):
        raise InputError(f"pass a list of {what}s, not a single {what}")
    if isinstance(articles, Mapping | Set):  # a story's dict would give its keys
        raise InputError(
            f"pass a list of {what}s, not a {type(articles).__name__}: for a story "
            '{"documents": [...], "query": ...} pass its "documents" and query=, or use '
            "summarize_many"
        )
    try:
        items = list(articles)
    except TypeError:
        raise InputError(
            f"pass a list of {what}s (str or Document), not {type(articles).__name__}"
        ) from None
    documents = tuple(as_document(item, f"{what} {index}") for index, item in enumerate(items, 1))
    if not allow_empty and not any(document.text.strip() for document in documents):
        raise EmptyInputError("no article text to summarize: give at least one non-empty article")
    return documents


def _query(query: object) -> str | None:
    """The query as given, or None; refuses anything but a string with some text."""
    if query is None:
        return None
    if not isinstance(query, str):
        raise OptionError(f"query must be a string, not {type(query).__name__}")
    if not query.strip():
        raise OptionError("query is empty: give a phrase or a question, or leave it out")
    return query


def _languages(
    documents: tuple[Document, ...], setting: str, story: Language | None = None
) -> tuple[Language, ...]:
    """The language each article is read in: the one set, or each detected with ``auto``.

    Seen articles pass the story's language: they are read in it, or with
    ``auto`` those too short to tell are.
    """
    if setting == AUTO:
        return article_languages(documents, story) if documents else ()
    language = load_language(setting) if story is None else story
    return (language,) * len(documents)


def _read(
    sentences: tuple[Sentence, ...], languages: tuple[Language, ...], drop_boilerplate: bool
) -> tuple[Sentence, ...]:
    """The sentences with the role of each in its article, when asked; else all story."""
    return anatomy(sentences, languages) if drop_boilerplate else sentences


def _titled(
    documents: tuple[Document, ...], sentences: tuple[Sentence, ...]
) -> tuple[Document, ...]:
    """The articles, each without a title given the headline its anatomy found."""
    headlines: dict[int, str] = {}
    for sentence in sentences:
        if sentence.role == "headline":
            headlines.setdefault(sentence.article, " ".join(sentence.text.split()))
    return tuple(
        dataclasses.replace(document, title=headlines[index])
        if document.title is None and index in headlines
        else document
        for index, document in enumerate(documents)
    )


def _story(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The sentences of the story proper; all of them when no line is story.

    A brief of odd lines says more than no brief.
    """
    return tuple(s for s in sentences if s.role == "body") or sentences


def _rows(matrix: sp.csr_matrix, start: int, stop: int) -> sp.csr_matrix:
    """Rows ``start`` to ``stop`` of ``matrix``; the matrix itself, not a copy, when that is all."""
    if start == 0 and stop == matrix.shape[0]:
        return matrix
    return sp.csr_matrix(matrix[start:stop])


def _unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """``matrix`` with each non-zero row scaled to unit length, in place."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    norms = np.sqrt(np.bincount(rows, weights=matrix.data**2, minlength=matrix.shape[0]))
    matrix.data /= norms[rows]
    return matrix


def _unit_scores(members: sp.csr_matrix, values: np.ndarray) -> np.ndarray:
    """For each unit, the sum of ``values`` over the ``n`` nodes it holds, over ``n ** 0.75``.

    A unit is worth what its sentences are worth together, but a sentence
    joined for the reader's sake adds less than it would alone: its words are
    paid from the budget. The exponent sits between the sum (0, which favours
    long quotations) and the mean (1, which almost never joins): see
    ``docs/how-it-works.md`` for what each does on both dev sets.
    """
    held = np.asarray(members.sum(axis=1)).ravel()
    scores: np.ndarray = np.asarray(members @ values).ravel() / np.maximum(held, 1) ** UNIT_DAMPING
    return scores


def _highest(members: sp.csr_matrix, values: np.ndarray) -> np.ndarray:
    """For each unit, the highest of ``values`` over the nodes it holds."""
    highest = members.multiply(values[np.newaxis, :]).max(axis=1)
    return np.asarray(highest.toarray()).ravel()


def _value(values: np.ndarray | None, node: int | None) -> float | None:
    """``values[node]`` as a float, or None when there are no values or no node."""
    if values is None or node is None:
        return None
    return float(values[node])
