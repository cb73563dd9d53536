"""The brief as one self-contained HTML page, to read and check it.

The brief comes first, each sentence followed by a citation for every article
that states it. A small figure shows which articles state which sentence.
Below, every article is shown in full with the brief's spans highlighted.
A citation is a link to its span; the span is highlighted by the CSS
``:target`` rule, so the page needs no script, no network and no file beside
it: styles are inline and the figure is inline SVG. Its Content-Security-Policy
allows that style sheet and nothing else: no script, nothing loaded. Each
brief sentence and cited span is isolated, so that a direction override in
an article's text cannot turn a citation around.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

from .._version import __version__
from ..language import CODES, RIGHT_TO_LEFT, Language, load_language
from ..types import BriefContent, BriefSentence, Span, count_words, paragraph_spans
from .safe import for_html

__all__ = ["page", "span_id"]

# The figure's grid: one row per brief sentence, one column per article.
_CELL = 22
_GAP = 4
_LABEL = 28

_STYLE = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #595959; --line: #d0d0d0;
  --chosen: #ffe28a; --also: #cfe6ff; --target: #d9480f; }
* { box-sizing: border-box; }
h1, h2, h3, p, figcaption { unicode-bidi: plaintext; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem 1.25rem 3rem; color: var(--ink);
  background: #fff; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0; }
.facts, .meta, figcaption, footer { color: var(--muted); font-size: .9rem; }
ol.brief { padding-inline-start: 1.6rem; }
ol.brief li { margin: .5rem 0; scroll-margin-top: 25vh; }
ol.brief li:target { background: #fff4e6; outline: 2px solid var(--target); }
a { color: #0b57d0; }
a.cite { text-decoration: none; font-weight: 600; white-space: nowrap; padding: 0 .1rem; }
a.cite.also { font-weight: 400; }
a.cite:hover, a.cite:focus { text-decoration: underline; }
figure { margin: 1.5rem 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
.key-chosen { fill: #b8860b; } .key-also { fill: #4a90d9; } .key-none { fill: #f2f2f2; }
article.source { margin: 1.5rem 0; padding-top: .5rem; border-top: 1px solid var(--line); }
article.source p { white-space: pre-line; overflow-wrap: anywhere; }
mark { background: var(--chosen); color: inherit; padding: 0 .1em; scroll-margin-top: 25vh;
  unicode-bidi: isolate; }
mark.also { background: var(--also); }
b.term { font-weight: 700; text-decoration: underline dotted; text-underline-offset: .2em; }
.query { font-size: 1.1rem; margin: .5rem 0; }
mark:target, .anchor:target + mark { background: #ffb870; outline: 3px solid var(--target); }
a.back { font-size: .75rem; vertical-align: super; text-decoration: none;
  margin-inline-start: .1em; }
.legend mark { padding: 0 .3em; }
@media (max-width: 30rem) { body { padding: .75rem .85rem 2rem; font-size: 1rem; } }
"""

# What the page may load: nothing but its own style sheet, by its hash. No
# script runs, no image, font or frame loads, whatever the articles hold.
_POLICY = (
    "default-src 'none'; "
    f"style-src 'sha256-{base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()}'; "
    "base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span of an article the brief cites, and the brief sentences citing it."""

    span: Span
    chosen: bool
    sentences: tuple[int, ...]


def page(brief: BriefContent, *, title: str | None = None) -> str:
    """The brief as a self-contained HTML page (what :meth:`summarize.Brief.to_html` gives)."""
    page_title = title or _default_title(brief)
    language = brief.language.strip().lower()
    lang = CODES.get(language, "")
    direction = ' dir="rtl"' if language in RIGHT_TO_LEFT else ""
    marks = _marks(brief)
    terms = _query_terms(brief)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"{direction}>' if lang else "<html>",
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="summarize {__version__}">',
        f"<title>{escape(page_title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(page_title)}</h1>",
        *(
            [f'<p class="query"><strong>Question:</strong> {escape(brief.query)}</p>']
            if brief.query
            else []
        ),
        f'<p class="facts">{escape(_facts(brief))}</p>',
        "</header>",
        "<main>",
        '<section aria-labelledby="brief-heading">',
        '<h2 id="brief-heading">Brief</h2>',
        '<ol class="brief">',
        *(
            _brief_item(brief, number, s, terms)
            for number, s in enumerate(brief.sentences, start=1)
        ),
        "</ol>",
        "</section>",
        _figure(brief),
        '<section aria-labelledby="sources-heading">',
        '<h2 id="sources-heading">Sources</h2>',
        '<p class="legend">Highlighted: <mark>the sentence the brief quotes</mark> and '
        '<mark class="also">another article stating it</mark>. A citation in the brief '
        "jumps to its span; the arrow after a span jumps back.</p>",
        *(_article(brief, index, marks) for index in range(len(brief.documents))),
        "</section>",
        "</main>",
        f"<footer><p>Made by summarize {__version__}. Every sentence of the brief is "
        "quoted verbatim from the article it cites.</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return for_html("\n".join(parts))


def span_id(span: Span) -> str:
    """The HTML id of a span: its article number (from 1), start and end offsets.

    Two spans of an article may start at the same place (a sentence, and the
    unit of sentences it opens), so the end is part of the id.

    Examples
    --------
    >>> span_id(Span(2, 140, 190))
    'a3-140-190'
    """
    return f"a{span.source + 1}-{span.start}-{span.end}"


def _default_title(brief: BriefContent) -> str:
    """The page's title: the question it answers, else the first cited headline, else a count."""
    if brief.query:
        return f"Brief: {brief.query}"
    if brief.sentences:
        document = brief.documents[brief.sentences[0].source]
        if document.title:
            return f"Brief: {document.title}"
    count = len(brief.documents)
    return f"Brief of {count} article{'' if count == 1 else 's'}"


def _facts(brief: BriefContent) -> str:
    sentences = len(brief.sentences)
    shared = sum(len(s.sources) > 1 for s in brief.sentences)
    facts = [
        f"{sentences} sentence{'' if sentences == 1 else 's'}",
        f"{sum(count_words(s.text) for s in brief.sentences)} words",
        f"from {len({s.source for s in brief.sentences})} of {len(brief.documents)} articles",
    ]
    if shared:
        facts.append(f"{shared} stated by more than one article")
    return " · ".join(facts)


def _brief_item(
    brief: BriefContent, number: int, sentence: BriefSentence, terms: _Terms | None
) -> str:
    links = []
    for rank, span in enumerate(sentence.sources):
        label = brief.documents[span.source].label(span.source)
        css = "cite" if rank == 0 else "cite also"
        links.append(
            f'<a class="{css}" href="#{span_id(span)}" '
            f'aria-label="{escape(f"{_role(rank)} [{span.source + 1}] {label}")}">'
            f"[{span.source + 1}]</a>"
        )
    # <bdi>: a direction override in the sentence ends with it, before its citations
    text = _marked_terms(sentence.text, terms)
    return f'<li id="b{number}"><bdi>{text}</bdi> {"".join(links)}</li>'


@dataclass(frozen=True, slots=True)
class _Terms:
    """The terms of the query, and the language that finds them in a sentence."""

    language: Language
    terms: set[str]


def _query_terms(brief: BriefContent) -> _Terms | None:
    """The query's terms, to mark in the brief; None without a query."""
    if not brief.query:
        return None
    language = load_language(brief.language)
    return _Terms(language, language.terms(brief.query))


def _marked_terms(text: str, terms: _Terms | None) -> str:
    """``text`` escaped for HTML, each word of the query in ``<b class="term">``."""
    if terms is None:
        return escape(text)
    pieces = []
    at = 0
    for start, end in terms.language.term_spans(text, terms.terms):
        pieces.append(escape(text[at:start]))
        pieces.append(f'<b class="term">{escape(text[start:end])}</b>')
        at = end
    pieces.append(escape(text[at:]))
    return "".join(pieces)


def _role(rank: int) -> str:
    """How the article at ``rank`` of a sentence's sources relates to it."""
    return "quoted from" if rank == 0 else "also stated by"


def _figure(brief: BriefContent) -> str:
    """A grid of brief sentences by articles: which article states which sentence."""
    rows, columns = len(brief.sentences), len(brief.documents)
    step = _CELL + _GAP
    width = _LABEL + columns * step
    height = _LABEL + rows * step
    parts = [
        "<figure>",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="group" aria-labelledby="figure-caption">',
    ]
    for column in range(columns):
        x = _LABEL + column * step + _CELL / 2
        parts.append(
            f'<text x="{x}" y="{_LABEL - 8}" text-anchor="middle" font-size="12" '
            f'fill="#595959">{column + 1}</text>'
        )
    for row, sentence in enumerate(brief.sentences):
        y = _LABEL + row * step
        parts.append(
            f'<text x="{_LABEL - 8}" y="{y + _CELL / 2 + 4}" text-anchor="end" font-size="12" '
            f'fill="#595959">{row + 1}</text>'
        )
        stated = {span.source: rank for rank, span in enumerate(sentence.sources)}
        for column in range(columns):
            x = _LABEL + column * step
            rank = stated.get(column)
            if rank is None:
                parts.append(
                    f'<rect class="key-none" x="{x}" y="{y}" width="{_CELL}" '
                    f'height="{_CELL}" rx="3"/>'
                )
                continue
            span = sentence.sources[rank]
            parts.append(
                f'<a href="#{span_id(span)}"><title>Sentence {row + 1}: {_role(rank)} '
                f"article {column + 1}</title>"
                f'<rect class="{"key-chosen" if rank == 0 else "key-also"}" x="{x}" y="{y}" '
                f'width="{_CELL}" height="{_CELL}" rx="3"/></a>'
            )
    parts += [
        "</svg>",
        '<figcaption id="figure-caption">Which articles state each sentence of the brief: '
        "one row per sentence, one column per article; gold is the article quoted, blue "
        "another article stating the same thing. Each square links to its span.</figcaption>",
        "</figure>",
    ]
    return "\n".join(parts)


def _marks(brief: BriefContent) -> dict[int, list[_Mark]]:
    """Every cited span by article, in text order, with the sentences citing it."""
    citing: dict[Span, list[int]] = {}
    chosen: set[Span] = set()
    for number, sentence in enumerate(brief.sentences, start=1):
        chosen.add(sentence.sources[0])
        for span in sentence.sources:
            citing.setdefault(span, []).append(number)
    marks: dict[int, list[_Mark]] = {}
    for span in sorted(citing, key=lambda s: (s.source, s.start, s.end)):
        marks.setdefault(span.source, []).append(_Mark(span, span in chosen, tuple(citing[span])))
    return marks


def _article(brief: BriefContent, index: int, marks: dict[int, list[_Mark]]) -> str:
    document = brief.documents[index]
    label = document.label(index)
    heading = f'<h3 id="a{index + 1}-title">[{index + 1}] {escape(label)}</h3>'
    meta = []
    if document.title and document.id:
        meta.append(f"<bdi>{escape(document.id)}</bdi>")
    if document.url:
        meta.append(_link(document.url))
    parts = [
        f'<article class="source" id="a{index + 1}" aria-labelledby="a{index + 1}-title">',
        "<header>",
        heading,
        *([f'<p class="meta">{" · ".join(meta)}</p>'] if meta else []),
        "</header>",
    ]
    parts.extend(_paragraphs(document.text, marks.get(index, [])))
    parts.append("</article>")
    return "\n".join(parts)


def _paragraphs(text: str, marks: list[_Mark]) -> Iterator[str]:
    """The article's paragraphs as ``<p>``, its cited spans as ``<mark>``.

    Spans may overlap (a unit of three sentences cited by one brief sentence
    holds a sentence another quotes) and may run over paragraphs (a quotation
    in two paragraphs). So the text is cut at every paragraph, span start and
    span end, each piece is shown once, highlighted if any span covers it
    (as quoted if a quoted span does), and each span's id stands where it
    starts, its links back to the brief where it ends.
    """
    paragraphs = paragraph_spans(text)
    starts = [start for start, _ in paragraphs]
    ends: dict[int, list[_Mark]] = {}
    for mark in marks:
        # a span ending between paragraphs links back at the end of the paragraph before
        paragraph = max(bisect_left(starts, mark.span.end) - 1, 0)
        ends.setdefault(min(mark.span.end, paragraphs[paragraph][1]), []).append(mark)
    for start, end in paragraphs:
        inside = [m for m in marks if m.span.start < end and m.span.end > start]
        cuts = sorted(
            {start, end}
            | {m.span.start for m in inside if m.span.start > start}
            | {m.span.end for m in inside if m.span.end < end}
        )
        pieces: list[str] = []
        for left, right in itertools.pairwise(cuts):
            covering = [m for m in inside if m.span.start <= left and m.span.end >= right]
            opening = [m for m in inside if m.span.start == left]
            # one id per element: a second span opening here gets an empty anchor
            pieces.extend(
                f'<span class="anchor" id="{span_id(m.span)}"></span>' for m in opening[1:]
            )
            piece = escape(text[left:right])
            if covering:
                css = "" if any(m.chosen for m in covering) else ' class="also"'
                name = f' id="{span_id(opening[0].span)}"' if opening else ""
                piece = f"<mark{name}{css}>{piece}</mark>"
            elif opening:  # a span of white space alone: never cited, but keep its id
                piece = f'<span class="anchor" id="{span_id(opening[0].span)}"></span>{piece}'
            pieces.append(piece)
            pieces.extend(
                f'<a class="back" href="#b{number}" aria-label="back to brief sentence {number}">'
                f"↑{number}</a>"
                for mark in ends.get(right, [])
                for number in mark.sentences
            )
        yield f"<p>{''.join(pieces)}</p>"


def _link(url: str) -> str:
    """A link to ``url`` if it is a web address, else the address as plain text."""
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(url)}</a>'
    return escape(url)
