"""The entry point: runs the stages in order, and nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .brief import Brief, BriefSentence
from .clean import content
from .corroborate import corroborate
from .errors import EmptyInputError, InputError, OptionError
from .graph import similarity_graph, weigh_pairs
from .language import load_language
from .merge import copy_groups, first_copies, group_totals, per_copy
from .rank import position_prior, rank
from .represent import term_counts, tfidf
from .segment import segment
from .select import select
from .types import Document, Options


def summarize(
    articles: Iterable[str | Document], options: Options | None = None, /, **settings: Any
) -> Brief:
    """Summarize several articles about one story into one sourced brief.

    Builds one TextRank graph over the sentences of all the articles, ranks
    them by weighted PageRank, and keeps central sentences that do not repeat
    a sentence already kept, within the budget.

    Parameters
    ----------
    articles : iterable of str or Document
        The articles, each its full text or a :class:`Document`.
    options : Options, optional
        Settings to start from; defaults to ``Options()``.
    **settings
        Any field of :class:`Options` (``max_words``, ``max_sentences``,
        ``language``, ``redundancy``, ``diversity``, ``similarity``, ``edge_power``,
        ``position_decay``,
        ``cross_article``, ``drop_boilerplate``, ``min_words``,
        ``corroboration``), overriding ``options``.

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
    OptionError
        If a setting is unknown or out of range, or if ``max_words`` is
        smaller than every sentence (an empty brief is never returned).

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
    resolved = (options or Options()).replace(**settings)
    documents = _documents(articles)
    language = load_language(resolved.language)

    sentences = segment(documents, language)
    if resolved.drop_boilerplate:
        sentences = content(sentences, language.boilerplate)
    groups = copy_groups(sentences)
    nodes = tuple(sentences[i] for i in first_copies(groups))
    counts = term_counts(nodes, language)
    vectors = tfidf(counts)
    graph = similarity_graph(counts, vectors, resolved.similarity, power=resolved.edge_power)
    graph = weigh_pairs(graph, sentences, groups, resolved.cross_article)
    prior = position_prior(sentences, resolved.position_decay)
    if prior is not None:
        prior = group_totals(prior, groups)
    scores = per_copy(rank(graph, prior=prior), groups)
    chosen = select(
        nodes,
        scores,
        vectors,
        max_words=resolved.budget_words,
        max_sentences=resolved.budget_sentences,
        redundancy=resolved.redundancy,
        diversity=resolved.diversity,
        min_words=resolved.min_words,
    )
    if not chosen:  # only a word budget smaller than every sentence leaves nothing
        shortest = min(sentence.words for sentence in nodes)
        raise OptionError(
            f"no sentence fits in max_words={resolved.max_words}: the shortest has "
            f"{shortest} words; raise max_words or use max_sentences"
        )
    sources = corroborate(
        chosen,
        sentences,
        groups,
        vectors,
        threshold=resolved.corroboration,
        min_words=resolved.min_words,
    )
    kept = tuple(
        BriefSentence(
            text=nodes[i].text,
            source=nodes[i].article,
            start=nodes[i].start,
            end=nodes[i].end,
            score=float(scores[i]),
            sources=spans,
        )
        for i, spans in zip(chosen, sources, strict=True)
    )
    return Brief(sentences=kept, documents=documents, language=language.name)


def _documents(articles: Iterable[str | Document]) -> tuple[Document, ...]:
    """The articles as Documents; refuses a bare string and anything not text."""
    if isinstance(articles, str | bytes | Document):
        raise InputError("pass a list of articles, not a single article")
    try:
        items = list(articles)
    except TypeError:
        raise InputError(
            f"pass a list of articles (str or Document), not {type(articles).__name__}"
        ) from None
    documents = []
    for index, item in enumerate(items):
        if isinstance(item, Document):
            document = item
        elif isinstance(item, str):
            document = Document(item)
        else:
            raise InputError(
                f"article {index + 1} is a {type(item).__name__}; pass str or Document"
            )
        if not isinstance(document.text, str):
            raise InputError(f"article {index + 1} has text of type {type(document.text).__name__}")
        documents.append(document)
    if not any(document.text.strip() for document in documents):
        raise EmptyInputError("no article text to summarize: give at least one non-empty article")
    return tuple(documents)
