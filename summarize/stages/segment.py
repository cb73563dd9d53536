"""Articles -> lines -> sentences, each with its exact character span in its article.

An article is cut into paragraphs at blank lines, and each paragraph into the
lines it was written in: a web page saved as text puts its headline, its date
line, each caption and each paragraph on a line of its own, and some put only
a single line break between them. A paragraph wrapped at a fixed width (lines
of about one length, a line going on in lower case) is one line. Each line
is then cut into sentences by the language's splitter, so no sentence runs
from a headline into the text below it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..errors import NoSentencesError
from ..language import Language
from ..types import Document, Sentence, paragraph_spans, trim

__all__ = [
    "line_spans",
    "segment",
    "segment_all",
    "segment_article",
]

# A sentence must hold at least one letter or digit.
_CONTENT = re.compile(r"[^\W_]")
# Marks that are no white space to a splitter yet show nothing: a zero-width
# space and a byte order mark. The splitter reads each as a space (one
# character for one, so spans stay those of the text), and no sentence opens
# or ends with one.
_INVISIBLE = "\u200b\ufeff"
_AS_SPACES = str.maketrans(dict.fromkeys(_INVISIBLE, " "))
# A line ends at a line feed, a carriage return (alone, as old Mac files have
# it, or before a line feed), or Unicode's line and paragraph separators.
# (Each alternative opens with a literal character, so that re skips to them fast.)
_LINE_BREAK = re.compile("\r\n?|\n|\u2028|\u2029")
# A line that goes on the line before it: it opens in lower case.
_GOES_ON = re.compile(r"[^\W\d_]", re.UNICODE)
# In a wrapped paragraph every line but the last runs to about the same width.
_WRAP_SHARE = 0.7
_WRAP_WIDTH = 120


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line of the paragraph ``text[start:end]``.

    A line is what a single line break ends, except in a paragraph wrapped at
    a fixed width, which is one line, and where the next line opens in lower
    case, going on with the sentence.

    Examples
    --------
    >>> text = "Bridge opens\\nMay 2, 2024\\nThe bridge opened."
    >>> [text[a:b] for a, b in line_spans(text, 0, len(text))]
    ['Bridge opens', 'May 2, 2024', 'The bridge opened.']
    >>> text = "The river rose two metres\\nand flooded the square."
    >>> [text[a:b] for a, b in line_spans(text, 0, len(text))]
    ['The river rose two metres\\nand flooded the square.']
    """
    if _LINE_BREAK.search(text, start, end) is None:  # most paragraphs are one line
        return [(start, end)] if trim(text, start, end) is not None else []
    pieces = [
        trimmed
        for begin, stop in _breaks(text, start, end)
        if (trimmed := trim(text, begin, stop)) is not None
    ]
    if len(pieces) < 2 or _wrapped(pieces):
        return [(start, end)] if pieces else []
    lines = [pieces[0]]
    for begin, stop in pieces[1:]:
        if _goes_on(text[begin]):
            lines[-1] = (lines[-1][0], stop)
        else:
            lines.append((begin, stop))
    return lines


def _breaks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between single line breaks."""
    at = start
    for found in _LINE_BREAK.finditer(text, start, end):
        yield at, found.start()
        at = found.end()
    yield at, end


def _wrapped(pieces: list[tuple[int, int]]) -> bool:
    """Whether lines of these widths are one paragraph wrapped at a fixed width."""
    widths = [stop - begin for begin, stop in pieces]
    widest = max(widths)
    if len(pieces) < 3 or widest > _WRAP_WIDTH:
        return False
    return all(width >= _WRAP_SHARE * widest for width in widths[:-1])


def _goes_on(first: str) -> bool:
    """Whether a line opening with ``first`` goes on the sentence of the line before."""
    return bool(_GOES_ON.match(first)) and first.islower()


def segment_article(text: str, article: int, language: Language) -> list[Sentence]:
    """The sentences of one article, in order, with spans into ``text``.

    Each sentence knows its line and paragraph (numbered from 0 in the
    article), so that the anatomy of the article can be read from them.
    """
    sentences: list[Sentence] = []
    readable = _for_splitter(text)
    line = 0
    for paragraph, (para_start, para_end) in enumerate(paragraph_spans(text)):
        for line_start, line_end in line_spans(text, para_start, para_end):
            found = False
            for start, end in language.sentence_spans(readable[line_start:line_end]):
                start, end = _visible(text, line_start + start, line_start + end)
                body = text[start:end]
                if not _CONTENT.search(body):
                    continue
                found = True
                sentences.append(
                    Sentence(
                        article=article,
                        position=len(sentences),
                        start=start,
                        end=end,
                        text=body,
                        line=line,
                        paragraph=paragraph,
                    )
                )
            line += found
    return sentences


def _for_splitter(text: str) -> str:
    """``text`` with each invisible mark read as a space, offsets unchanged."""
    if any(mark in text for mark in _INVISIBLE):
        return text.translate(_AS_SPACES)
    return text


def _visible(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without white space or invisible marks at either end."""
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return start, end


def segment(
    documents: Sequence[Document], language: Language | Sequence[Language]
) -> tuple[Sentence, ...]:
    """The sentences of every article, article by article.

    ``language`` is the language of every article, or one per article.

    Raises
    ------
    NoSentencesError
        If an article holds no sentence (no letter or digit at all).

    Examples
    --------
    >>> from summarize.language import load_language
    >>> english = load_language("english")
    >>> [s.text for s in segment([Document("Rain fell. Roads shut.")], english)]
    ['Rain fell.', 'Roads shut.']
    """
    sentences = segment_all(documents, language)
    found = {sentence.article for sentence in sentences}
    for index, document in enumerate(documents):
        if index not in found:
            raise NoSentencesError(
                f"{document.label(index)} has no sentences: give it some text or leave it out"
            )
    return sentences


def segment_all(
    documents: Sequence[Document], language: Language | Sequence[Language]
) -> tuple[Sentence, ...]:
    """The sentences of every article, as :func:`segment`; an article may have none."""
    languages = [language] * len(documents) if isinstance(language, Language) else language
    return tuple(
        sentence
        for index, (document, read_in) in enumerate(zip(documents, languages, strict=True))
        for sentence in segment_article(document.text, index, read_in)
    )
