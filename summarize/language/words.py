"""Word units: what a word is in each script.

A word is a run of letters or digits with their combining marks (the regex
module's ``\\w``), with inner apostrophes, hyphens, dots, or Hebrew's geresh
and gershayim. In Chinese, Japanese and Korean, whose words a space does
not mark, a unit is each overlapping pair of letters of a run of Han, kana
or Hangul (see ``docs/languages.md`` for why). In French, Catalan and
Italian an elided article is no part of the word: "l'armée" is "armée".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..types import UNSPACED

__all__ = ["ELISIONS", "WORD", "find_words", "unit_spans"]

# Articles and pronouns that elide before a vowel and join the next word with
# an apostrophe: "l'armée" is the word "armée". Without this, a query for
# "armée" finds no sentence that writes "l'armée".
ELISIONS = {
    "catalan": frozenset({"d", "l", "m", "n", "s", "t"}),
    "french": frozenset(
        {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
    ),
    "italian": frozenset(
        {
            "l",
            "d",
            "c",
            "s",
            "m",
            "t",
            "v",
            "un",
            "all",
            "dall",
            "dell",
            "nell",
            "sull",
            "coll",
            "quell",
            "quest",
            "bell",
            "sant",
            "tutt",
            "dev",
            "anch",
            "nessun",
        }
    ),
}

_APOSTROPHES = "'\u2019"

# A word: letters or digits with their combining marks (the vowel signs of
# Devanagari, Arabic's short vowels: the ``regex`` module's ``\w`` has them,
# ``re``'s has not), with inner apostrophes, hyphens, dots or Hebrew's geresh
# and gershayim, which Hebrew often types as a straight quote ("don't", "U.S",
# "צה״ל", "ארה"ב").
WORD = regex.compile(r"[^\W_]+(?:(?:['’.\-׳״]|(?<=\p{Hebrew})\"(?=\p{Hebrew}))[^\W_]+)*")
# Scripts written without spaces between words, and Hangul (spaced by words,
# but a word carries its particles: "회의가", "회의는"), read as letter pairs.
_PAIRED = rf"{UNSPACED}\p{{Hangul}}"
_PAIRED_RUN = regex.compile(rf"[{_PAIRED}]+")
_PAIRED_ANY = regex.compile(rf"[{_PAIRED}]")
# In Japanese, a pair of hiragana alone is an ending or a particle ("のか", "ます").
_KANA = regex.compile(r"\p{Hiragana}+")


# The same pattern in ``re``, as words were found before the ``regex`` module
# read every script. The two modules agree on what a letter or digit is for
# every character that _NOT_LATIN does not find (ASCII, the Latin letters and
# the punctuation of news, all but the superscript digits and vulgar
# fractions, which only ``re`` counts as digits; the Hebrew marks of WORD are
# not among them), so on such text both find the same words, and ``re``
# finds them in about two thirds of the time: most text in the Latin script
# is such text (tests/test_language.py checks every such character).
_LATIN_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# One class, not two alternatives, so that ``re`` scans for it three times as fast:
# everything but U+0000 to U+024F (less the superscript digits U+00B2, U+00B3,
# U+00B9 and the fractions U+00BC to U+00BE) and the punctuation U+2010 to U+2027
# and U+2030 to U+203E.
_NOT_LATIN = re.compile(
    "[^\x00-\u00b1\u00b4-\u00b8\u00ba\u00bb\u00bf-\u024f\u2010-\u2027\u2030-\u203e]"
)
# On lower-cased ASCII text (most news in English) a letter or digit is one of
# these, and ``re`` matches this class faster than one of Unicode letters.
_ASCII_WORD = re.compile(r"[a-z0-9]+(?:['.\-][a-z0-9]+)*")


def find_words(text: str) -> list[str]:
    """The lower-cased words of ``text``, in a language without elisions or letter pairs.

    Examples
    --------
    >>> find_words("The U.S. Senate’s vote, 52-48, passed.")
    ['the', 'u.s', 'senate’s', 'vote', '52-48', 'passed']
    """
    lowered = text.lower()
    if lowered.isascii():
        found: list[str] = _ASCII_WORD.findall(lowered)
    elif _NOT_LATIN.search(lowered) is None:
        found = _LATIN_WORD.findall(lowered)
    else:
        found = WORD.findall(lowered)
    return found


def unit_spans(
    text: str, *, elisions: frozenset[str], bigrams: bool, japanese: bool
) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each word unit of ``text``.

    With ``elisions``, an elided article before an apostrophe is no part of
    its word; with ``bigrams``, a run of Han, kana or Hangul gives its
    overlapping letter pairs (a lone letter is its own unit), and in
    Japanese (``japanese``) a pair of hiragana alone, an ending or a
    particle, is no unit.

    Examples
    --------
    >>> text = "L'armée"
    >>> [text[a:b] for a, b in unit_spans(text, elisions=frozenset({"l"}), bigrams=False,
    ...                                   japanese=False)]
    ['armée']
    """
    for match in WORD.finditer(text):
        start, end = match.span()
        if bigrams and _PAIRED_ANY.search(match.group()):
            for pair in _paired_spans(text, start, end):
                if not (japanese and _KANA.fullmatch(text, *pair)):
                    yield pair
            continue
        if elisions:
            start += _elided(match.group(), elisions)
        yield start, end


def _elided(word: str, elisions: frozenset[str]) -> int:
    """Where the word proper starts in ``word``: after an elided article, else 0."""
    for mark in _APOSTROPHES:
        head, found, rest = word.partition(mark)
        if found and rest and head.lower() in elisions:
            return len(head) + 1
    return 0


def _paired_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The units of one word of a paired script: letter pairs of its runs, other parts whole."""
    at = start
    for run in _PAIRED_RUN.finditer(text, start, end):
        if run.start() > at:
            yield at, run.start()
        first, last = run.span()
        if last - first == 1:
            yield first, last
        else:
            for index in range(first, last - 1):
                yield index, index + 2
        at = last
    if at < end:
        yield at, end
