"""Story sentences -> units a reader can use: whole quotations, and sentences with what they need.

A brief is read by someone who has not seen the articles, so each of its
pieces must read on its own. A sentence does not when

- it is a piece of a quotation: the splitter cut a quotation at a full stop
  inside it, or the quotation runs over several paragraphs (an opening mark on
  each, the closing mark only on the last), or the splitter parted a quoted
  question or cry from its speaker ("“Why?”" and "Ortiz asked.", or "Ortiz
  asked on Monday, as ...": a name after "?”" may open a sentence);
- it is the rest of a line a page broke in two: it opens in lower case;
- it points back to the sentence before it: it opens with a pronoun, a
  demonstrative or a connective ("He resigned on Monday.", "But the plan
  failed.");
- it quotes someone the sentence does not name ("“We are proud,” he said.",
  or a quotation with no speaker at all).

So the candidates of a brief are *units*: a quotation is one unit with its
attribution, whole or not at all; a sentence that needs the one before it is
a candidate only joined to it (up to :data:`MOST_JOINED` such sentences
after one that reads on its own). First-person words outside quotation marks
whose speaker the unit does not name, words spoken to the reader ("You must
confirm your signature.") and a question put to the reader are the voice of
the page (a column, a press release, a review, a teaser, a prompt): such a
sentence is never a candidate, and nothing joins it. Nor is one that lost
words when its page dropped its links ("spend the most ( and ,
respectively)"), or one that points at a picture of the page outside
quotation marks ("She shared this picture of her back."): it is its
caption. A unit runs over consecutive story sentences of one article, so
its text is one exact span of the article.

Quotation marks of every script count: “ ” ‘ ’ „ “ ‚ ‘ « » » « ‹ › 「 」 『 』
and straight quotes, told apart from apostrophes, elisions ("'em"), inch
marks and the gershayim of Hebrew acronyms by the letters around them. The
words that point back, speak in the first person and attribute speech are
per language (:mod:`summarize.language.cues`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import regex
import scipy.sparse as sp

from ..language.cues import CUES, Cues, asks
from ..table import SentenceTable
from ..types import Sentence

__all__ = [
    "ATTRIBUTION_WORDS",
    "INSIDE_PARAGRAPH",
    "MOST_JOINED",
    "QUERY_UNIT_DAMPING",
    "UNIT_DAMPING",
    "Units",
    "by_paragraph",
    "highest",
    "opens_paragraph",
    "unit_scores",
    "unit_table",
    "units",
]

# A sentence that needs the one before it joins it, and so may the next.
MOST_JOINED = 2
# A unit of n sentences is worth the sum of their scores over n to this power;
# with a query, the mean: the sentences joined for the reader's sake seldom
# answer the question themselves.
UNIT_DAMPING = 0.75
QUERY_UNIT_DAMPING = 1.0
# A unit that starts inside a paragraph, not at its start, is worth this share
# of its score when a brief is chosen: a writer opens a paragraph with what
# reads alone and goes on with what leans on it, in ways the pointing-back
# words do not all catch ("The branch is part of ...", "No one answered.").
INSIDE_PARAGRAPH = 0.8
# A quotation whose sentence has at most this many words outside its marks is
# all quotation ("“We won,” he said."): it needs its speaker named.
ATTRIBUTION_WORDS = 5

# (The standard library finds a mark among plain characters faster than regex.)
_MARKS = re.compile(r"""["'“”„«»‹›‘’‚「」『』]""")
_OPENERS = "“„«»‹›‘‚「『\"'"
# The one mark each of these closes: « closes », as in Danish, and » closes «.
_PARTNER = {"«": "»", "‹": "›", "»": "«", "›": "‹", "」": "「", "』": "『"}
# What may stand before a word that opens a sentence: quotation marks, brackets,
# dashes, and a speaker's name in capitals as a transcript prints it ("SMITH: ").
_LEADING = regex.compile(r"""[\s"'“”„«»‹›‘’‚「」『』(\[—–\-]*(?:\p{Lu}{2,}:\s+)?""")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")
# A speaker named after a dash, as pages print a quotation: "“...” — Jane Doe, ...".
_DASHED_NAME = regex.compile(r"\s*[—–]\s*\p{Lu}")
# Patterns anchored at a text's end search it backwards ((?r)): from the only place they match.
_CLOSES_QUOTE = regex.compile(r"(?r)[”\"»’“」』]\s*$")
# Brackets a page emptied when it dropped its links, leaving a conjunction or
# commas: "spend the most ( and , respectively)", "( and )", "(, )", "()",
# "（、）"; a bracket after a letter is code's ("save()").
_EMPTIED = regex.compile(
    r"(?:(?<!\S)\(|（)(?:(?:\s*\p{Ll}{1,3})?\s+[,;，；、]|\s*[,;，；、)）]|\s+\p{Ll}{1,3}\s+[)）])"
)
# A quotation that ends by asking or crying out ("“Why?”", "« Pourquoi ? »"),
# and the most words that may name its speaker at the start of the next
# sentence, with a title and a verb of speech ("Le maire Paul Ortiz a déclaré").
_ASKS_OR_CRIES = regex.compile(r"(?r)[?!？！]\s?[”\"»’“」』]\s*$")
_SPEAKER_WORDS = 8
# Words that open what a verb of speech says, rather than where or when it
# was said: "Ortiz said that ...", "said the state would ...", "dijo que ...".
_CLAUSE_OPENERS = frozenset({"that", "the", "a", "an", "this", "there", "que", "qu", "dass"})
# A sentence that opens with a word in lower case ("tolls of two dollars a car
# ...") goes on from the line before it; a name ("de Blasio", "von der
# Leyen"), a word in mixed case ("iPhone") and an address ("www.", "e.g.") do not.
_PARTICLE = r"(?:de|der|den|van|von|da|di|du|del|la|le|al|el|bin|ibn)"
_OPENS_LOWER = regex.compile(
    r"""[\s"'“”„«»‹›‘’‚(\[—–\-]*"""
    rf"(?!{_PARTICLE}(?:\s+{_PARTICLE})*\s+\p{{Lu}})"
    r"\p{Ll}+(?!\p{L}|\p{N}|-\p{Lu}|\.\p{L}|:/)"
)
# English words that open with an apostrophe where letters were left out, which
# a single quotation mark before them does not open: "'em", "'til", "rock 'n' roll".
_ELIDED = regex.compile(r"(?:em|til|tis|twas)\b|n['’](?!\p{L})", regex.IGNORECASE)
# A capitalised word next, as a title goes on: "Train Your Dragon".
_TITLE_GOES_ON = regex.compile(r"['’\w]*\s+\p{Lu}")
_HYPHENS = frozenset("-‐‑")
# The last words of a sentence where it may say whose advice it gives ("..., the
# sheriff's office said", "..., according to health officials").
_ADVICE_TAIL = 4
_ENDS_INTRODUCING = regex.compile(r"(?r)[:：]\s*$")
# An opening phrase before a comma, then a pronoun: "On Tuesday, he said ...".
_OPENING_PHRASE = regex.compile(r"[^,;:.!?]{1,40},\s+([\p{L}']+)")
_OPENING_PHRASE_WORDS = 5
# The rest of a clause set before the sentence's own, and the next clause's first word.
_CLAUSE_THEN_WORD = regex.compile(r"[^,;:.!?]*,\s+([\p{L}']+)")


@dataclass(frozen=True, slots=True)
class Units:
    """What a brief may quote: the units as a table, the sentence nodes each holds, their vectors.

    ``table`` is the table of the units (see :func:`unit_table`),
    ``members`` a 0/1 matrix of unit nodes by the sentence nodes each holds,
    ``vectors`` the unit-length TF-IDF row of each unit node,
    ``sentence_vectors`` that of each sentence node and ``opens`` whether
    each unit node opens a paragraph (see :func:`opens_paragraph`).
    """

    table: SentenceTable
    members: sp.csr_matrix
    vectors: sp.csr_matrix
    sentence_vectors: sp.csr_matrix
    opens: np.ndarray


class _Quotes(NamedTuple):
    """What the quotation marks of one sentence do, given those of the sentences before it."""

    carried: bool  # it opens inside a quotation begun before it
    open_after: bool  # a quotation is still open at its end
    outside: str  # its text outside quotation marks
    inside: str  # its text inside them


class _Block(NamedTuple):
    """Sentences that cannot be parted: a quotation and its attribution, or what introduces it."""

    members: tuple[int, ...]
    needs_previous: bool
    never: bool  # the page's voice, a picture's caption, text that lost words: never quoted


def units(sentences: Sequence[Sentence], languages: Sequence[str]) -> tuple[tuple[int, ...], ...]:
    """The candidate units of a brief, each the indices of its consecutive ``sentences``.

    ``sentences`` are the story sentences of every article, article by article
    and in order; ``languages`` names each article's language. Units come in
    article order, then position; a sentence may stand in several (alone, and
    with the sentences after it that need it).

    Examples
    --------
    >>> texts = ["Mayor Ruth Kell opened the bridge.", "“It is ours.", "It was hard,” she said.",
    ...          "Trade rose."]
    >>> found = [Sentence(0, i, 0, 0, t) for i, t in enumerate(texts)]
    >>> units(found, ["english"])
    ((0,), (0, 1, 2), (3,))
    """
    found: list[tuple[int, ...]] = []
    for article in _by_article(sentences):
        language = languages[sentences[article[0]].article]
        blocks = _blocks(sentences, article, language)
        for index, block in enumerate(blocks):
            if block.needs_previous or block.never:
                continue
            unit = block.members
            found.append(unit)
            for follower in blocks[index + 1 : index + 1 + MOST_JOINED]:
                if not follower.needs_previous or follower.never:
                    break
                if not _adjacent(sentences[unit[-1]], sentences[follower.members[0]]):
                    break
                unit = unit + follower.members
                found.append(unit)
    # Should every sentence need another, each is its own unit: some brief beats none.
    return tuple(found) or tuple((index,) for index in range(len(sentences)))


def _by_article(sentences: Sequence[Sentence]) -> Iterator[list[int]]:
    """The indices of each article's sentences, article by article."""
    run: list[int] = []
    for index, sentence in enumerate(sentences):
        if run and sentence.article != sentences[run[0]].article:
            yield run
            run = []
        run.append(index)
    if run:
        yield run


def _adjacent(before: Sentence, after: Sentence) -> bool:
    """Whether ``after`` follows ``before`` in its article with nothing between them."""
    return before.article == after.article and after.position == before.position + 1


def _blocks(sentences: Sequence[Sentence], article: list[int], language: str) -> list[_Block]:
    """The article's sentences grouped into blocks, each with what it needs."""
    cues = CUES.get(language)
    groups: list[list[int]] = []
    scans: list[list[_Quotes]] = []
    stack: list[str] = []
    previous: Sentence | None = None
    previous_quotes: _Quotes | None = None
    for index in article:
        sentence = sentences[index]
        adjacent = previous is not None and _adjacent(previous, sentence)
        text = sentence.text
        if not adjacent:
            stack = []
        elif previous is not None and previous.line != sentence.line and stack:
            stripped = text.lstrip()
            if stripped[:1] and stripped[0] in _OPENERS:
                text = stripped[1:]  # the quotation goes on into this paragraph
            else:
                stack = []
        carried_in = bool(stack)
        quotes, stack = _scan(text, stack, carried_in, elisions=language == "english")
        joins = adjacent and (
            quotes.carried
            # '“Why?”' and 'Ortiz asked.', which a splitter parts after the quotation
            or (
                previous is not None
                and previous_quotes is not None
                and cues is not None
                and _speaker_of(
                    previous.text,
                    previous_quotes,
                    text,
                    quotes,
                    cues,
                    same_line=previous.line == sentence.line,
                )
            )
            or (previous is not None and _ENDS_INTRODUCING.search(previous.text))
            # "“...” — Jane Doe, on ...": whose words they were (a dash opening
            # a line of dialogue, "—Es la peor...", follows no quotation)
            or (
                previous is not None
                and _CLOSES_QUOTE.search(previous.text) is not None
                and _DASHED_NAME.match(text) is not None
            )
        )
        if joins and groups:
            groups[-1].append(index)
            scans[-1].append(quotes)
        else:
            groups.append([index])
            scans.append([quotes])
        previous, previous_quotes = sentence, quotes
    return [
        _block(sentences, members, scanned, cues, language)
        for members, scanned in zip(groups, scans, strict=True)
    ]


def _all_quoted(quotes: _Quotes) -> bool:
    """Whether a sentence is a quotation and nothing else: no word outside its marks."""
    return bool(quotes.inside.strip()) and _TOKEN.search(quotes.outside) is None


def _speaker_of(
    quotation: str,
    quotation_quotes: _Quotes,
    text: str,
    quotes: _Quotes,
    cues: Cues,
    *,
    same_line: bool,
) -> bool:
    """Whether ``text`` names who said the ``quotation`` just before it, all in marks.

    Either it says nothing else ("Ortiz asked.", see :func:`_speaker_only`),
    or, on the same line, the quotation asks or cries out and ``text`` opens
    with a named speaker whose verb takes no clause of its own ("“Why?” Ortiz
    asked on Monday, as ...", not "Ortiz said the state would pay"): a
    splitter cannot tell that name from a new sentence's first word.
    """
    if not _all_quoted(quotation_quotes):
        return False
    return _speaker_only(quotes, cues) or (
        same_line
        and _ASKS_OR_CRIES.search(quotation) is not None
        and _speaker_opens(text, quotes, cues)
    )


def _speaker_only(quotes: _Quotes, cues: Cues) -> bool:
    """Whether a sentence is only who said the words before it ("Ortiz said.", "Ruiz asks.")."""
    if quotes.inside or quotes.carried:
        return False
    words = _tokens(quotes.outside)
    return (
        len(words) <= ATTRIBUTION_WORDS
        and _attribution(quotes.outside, words, cues, by_name=False) is not None
    )


def _speaker_opens(text: str, quotes: _Quotes, cues: Cues) -> bool:
    """Whether a sentence opens by naming who spoke, and says no more of it than
    where or when ("Ortiz asked on Monday, as ..."; not "Ortiz said it would ...")."""
    if quotes.carried or _MARKS.match(text.lstrip()) is not None:
        return False
    words = _tokens(text[:160])[: _SPEAKER_WORDS + cues.longest + 1]
    lowered = [word.lower() for word in words]
    for at, width in _speech_phrases(lowered, cues):
        if at >= _SPEAKER_WORDS:
            break
        if _named_beside(words, at, width):
            after = lowered[at + width] if at + width < len(lowered) else ""
            return after not in _CLAUSE_OPENERS and after not in cues.pronouns
    return False


def _scan(
    text: str, stack: list[str], carried_in: bool, *, elisions: bool = False
) -> tuple[_Quotes, list[str]]:
    """Read the quotation marks of ``text`` on from ``stack``; its quotes and the stack after.

    With ``elisions`` (English), a single quotation mark before "em", "til"
    or "n" is an apostrophe.
    """
    if _MARKS.search(text) is None:  # most sentences: no mark to read
        if stack:
            return _Quotes(carried_in, True, "", text), stack
        return _Quotes(carried_in, False, text, ""), stack
    stack = list(stack)
    outside: list[str] = []
    inside: list[str] = []
    stray = False
    at = 0
    for found in _MARKS.finditer(text):
        mark, position = found.group(), found.start()
        (inside if stack else outside).append(text[at:position])
        at = position + 1
        before = text[position - 1] if position else ""
        after = text[at : at + 1]
        action = _action(mark, before, after, stack)
        if elisions and action == "push" and mark in "'‘" and _ELIDED.match(text, at):
            action = "none"  # "rock 'n' roll", "'em": a letter left out
        if action == "none":  # an apostrophe or gershayim: part of the text
            (inside if stack else outside).append(mark)
        elif action == "push":
            stack.append(mark)
        elif action == "pop":
            stack.pop()
        elif action == "stray":
            stray = True
    (inside if stack else outside).append(text[at:])
    quotes = _Quotes(
        carried=carried_in or stray,
        open_after=bool(stack),
        outside="".join(outside),
        inside="".join(inside),
    )
    return quotes, stack


def _action(mark: str, before: str, after: str, stack: list[str]) -> str:
    """What a quotation mark does here: "push" (opens), "pop" (closes), "stray", or "none"."""
    top = stack[-1] if stack else ""
    between_letters = before.isalnum() and after.isalnum()
    opens_word = (not before or before.isspace() or before in "([{—–-/") and bool(after.strip())
    if mark == '"':
        if between_letters:
            return "none"  # Hebrew gershayim (ארה"ב)
        if top == '"':
            return "pop"
        if before.isdigit():
            return "none"  # inches: "a 6'2\" forward"
        return "push" if opens_word else "stray"
    if mark in "'’":
        if between_letters:
            return "none"  # an apostrophe
        if top == mark or (mark == "’" and top == "‘"):
            return "pop"
        if mark == "'" and opens_word and after.isalpha():
            return "push"
        return "none"  # a possessive, an elision
    if mark == "‘":
        if top == "‚":
            return "pop"
        return "none" if between_letters or after.isdigit() else "push"  # "‘90s"
    if mark == "“":
        return "pop" if top == "„" else "push"
    if mark == "”":
        if top in ("“", "„", "”"):
            return "pop"
        if before.isdigit():
            return "none"  # inches: "a 6’2” forward"
        return "push" if opens_word else "stray"
    if mark in "«‹":
        return "pop" if top == _PARTNER[mark] else "push"
    if mark in "»›":
        if top == _PARTNER[mark]:
            return "pop"
        return "push" if opens_word else "stray"
    if mark in "」』":
        return "pop" if top == _PARTNER[mark] else "stray"
    return "push"  # „ ‚ 「 『


def _block(
    sentences: Sequence[Sentence],
    members: list[int],
    scanned: list[_Quotes],
    cues: Cues | None,
    language: str,
) -> _Block:
    """A block and what it needs: the sentence before it, or nothing; or never to be quoted."""
    first = scanned[0]
    # a piece of a quotation begun before it, or of a line broken before it
    broken = first.carried or _OPENS_LOWER.match(sentences[members[0]].text) is not None
    # a question put to the reader, or a list the page lost the words of
    never = asks(scanned[-1].outside, language) or any(
        _emptied(sentences[member].text) for member in members
    )
    if cues is None:
        return _Block(tuple(members), needs_previous=broken, never=never)
    if len(scanned) == 1:
        outside, inside = first.outside, first.inside
    else:
        outside = " ".join(quotes.outside for quotes in scanned)
        inside = " ".join(quotes.inside for quotes in scanned)
    quoted = bool(inside) and not inside.isspace()
    in_person = _in_person(outside, cues) or _to_reader(sentences[members[0]].text, outside, cues)
    speaker = None
    outside_words: list[str] = []
    if quoted or in_person:
        outside_words = _tokens(outside)
        speaker = _attribution(outside, outside_words, cues, by_name=not quoted)
        if in_person == "second" and not quoted and speaker != "named":
            # Advice to the reader that ends by saying whose it is, in any
            # words: "Evacuate if you live by the river, the sheriff's office said."
            tail = outside_words[-_ADVICE_TAIL:]
            speaker = _attribution(" ".join(tail), tail, cues, by_name=False) or speaker
    unnamed = quoted and (
        speaker == "pronoun"
        or (
            speaker is None
            and (len(outside_words) <= ATTRIBUTION_WORDS or _in_person(inside, cues) is not None)
        )
    )
    never = (
        never
        or (in_person is not None and speaker != "named")
        # a picture's caption: it points at a picture of the page
        or (cues.shows_picture is not None and cues.shows_picture.search(outside) is not None)
    )
    needs_previous = broken or unnamed or _points_back(sentences[members[0]].text, cues)
    return _Block(tuple(members), needs_previous=needs_previous, never=never)


def _emptied(text: str) -> bool:
    """Whether ``text`` holds brackets its page emptied (see :data:`_EMPTIED`)."""
    # most sentences have no bracket: the search is skipped
    return ("(" in text or "（" in text) and _EMPTIED.search(text) is not None


def _tokens(text: str) -> list[str]:
    """The words of ``text`` as written."""
    found: list[str] = _TOKEN.findall(text)
    return found


def _in_person(text: str, cues: Cues) -> str | None:
    """Whether ``text`` speaks in the first person ("first"), or only to someone
    in the second ("second"); None when it does neither.

    A word in capitals ("US", the country; "TA", a French court) is no
    pronoun, nor is one joined by a hyphen ("rendez-vous", "thank-you",
    "me-too"). A capitalised second-person word inside a sentence next to
    another capitalised word is a title's ("How to Train Your Dragon", "Love
    Yourself"), not someone speaking to the reader, except in a language that
    capitalises its nouns (German "Teile Deine Meinung").
    """
    found_second = False
    for found in cues.speaks.finditer(text):
        word = found.group()
        if (word.isupper() and len(word) > 1) or _hyphenated(text, found.start(), found.end()):
            continue
        if word.lower() not in cues.addressing:
            return "first"
        if not found_second and not (
            word[:1].isupper()
            and not cues.capitalises_nouns
            and _in_title(text, found.start(), found.end())
        ):
            found_second = True
    return "second" if found_second else None


def _to_reader(text: str, outside: str, cues: Cues) -> str | None:
    """ "second" when ``text`` opens, outside quotation marks, by telling the reader
    what to do ("Click below to sign.", "Don't panic."), or its words outside
    quotation marks show the reader what follows ("Here are ..."); else None.

    A verb that is also a noun commands only before a word of the language's
    ``after_imperatives`` in lower case: "Share your photos" but "Share
    prices fell", "Get out of town" but "Get Out won the award".
    """
    start = len(text) - len(text.lstrip())
    opening, after_comma = cues.opens_presenting, cues.presents
    if (
        opening is not None
        and after_comma is not None
        and (opening.match(outside) or after_comma.search(outside))
    ):
        return "second"
    if cues.opens_command is not None and cues.opens_command.match(text, start):
        return "second"
    found = None if cues.opens_imperative is None else cues.opens_imperative.match(text, start)
    if found is None:
        return None
    after = _TOKEN.search(text, found.end(), found.end() + 30)
    if after is None or after.start() - found.end() > 1:
        return None  # "Look: ...", "See (above)": no word right after it
    word = after.group()
    return "second" if word.islower() and word in cues.after_imperatives else None


def _hyphenated(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``text`` is joined to another by a hyphen."""
    return text[start - 1 : start] in _HYPHENS or text[end : end + 1] in _HYPHENS


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` of ``text`` stands in a title:
    not the sentence's first word, and a capitalised word next to it."""
    if _LEADING.fullmatch(text, 0, start):
        return False
    before = _tokens(text[max(start - 40, 0) : start])
    return bool(_TITLE_GOES_ON.match(text, end)) or bool(before and before[-1][:1].isupper())


def _attribution(outside: str, words: list[str], cues: Cues, *, by_name: bool) -> str | None:
    """Who the words outside quotation marks say is speaking: "named", "pronoun" or None.

    With ``by_name`` (words in the first person with no quotation marks: the
    page's voice unless someone is named), a speech word names a speaker only
    beside a capitalised word ("..., said Ana Ruiz"), not in "the plan says
    little" or German "so stolz".
    """
    lowered = [word.lower() for word in words]
    found = None
    for at, width in _speech_phrases(lowered, cues):
        before = lowered[at - 1] if at else ""
        after = lowered[at + width] if at + width < len(lowered) else ""
        if before in cues.pronouns or after in cues.pronouns:
            found = found or "pronoun"
        elif not by_name or _named_beside(words, at, width):
            return "named"
    if ("—" in outside or "–" in outside) and _DASHED_NAME.search(outside):  # most have no dash
        return "named"
    return found


def _speech_phrases(lowered: list[str], cues: Cues) -> Iterator[tuple[int, int]]:
    """Where each phrase of the language's ``speech`` stands among the ``lowered``
    words ("said", "according to"), in order: its first word and its width."""
    for at, word in enumerate(lowered):
        if word not in cues.speech_starts:
            continue
        for width in range(1, cues.longest + 1):
            if " ".join(lowered[at : at + width]) in cues.speech:
                yield at, width


def _named_beside(words: list[str], at: int, width: int) -> bool:
    """Whether a capitalised word stands right before or after the phrase of
    ``width`` words at ``at``: a name ("Ortiz said", "said Ana Ruiz")."""
    beside = words[max(at - 1, 0) : at] + words[at + width : at + width + 1]
    return any(word[:1].isupper() for word in beside)


# The demonstratives that may end a phrase of ``back`` ("after that"): before a
# word of time they point at a time ("after that week's vote").
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _points_back(text: str, cues: Cues) -> bool:
    """Whether ``text`` opens with words that point back to the sentence before it."""
    leading = _LEADING.match(text)
    at = leading.end() if leading else 0
    if cues.opens_impersonal is not None and cues.opens_impersonal.match(text, at):
        return False
    found = cues.opens_back.match(text, at)
    if found is not None:
        if " ".join(found.group().lower().split()) in cues.before_comma:
            return text[found.end() : found.end() + 1] == ","
        after = _TOKEN.search(text, found.end(), found.end() + 30)
        # "this week", "that night's", "after that week's vote": a time, not a sentence
        next_word = after.group().lower().removesuffix("'s").removesuffix("’s") if after else ""
        points_at_time = next_word in cues.times
        if " " in found.group().strip():  # a phrase ("dijo que", "after that")
            return not (points_at_time and found.group().split()[-1].lower() in _DEMONSTRATIVES)
        return not points_at_time
    others = cues.other_pronouns
    clause = None if cues.opens_clause is None else cues.opens_clause.match(text, at)
    if clause is not None:
        # "When she signed the contract, she told ...": both subjects pronouns
        subject = _TOKEN.search(text, clause.end(), clause.end() + 30)
        main = _CLAUSE_THEN_WORD.match(text, clause.end())
        if main is not None and subject is not None and subject.group().lower() in others:
            return main.group(1).lower() in others
    phrase = _OPENING_PHRASE.match(text, at)
    if phrase is None or len(phrase.group(0).split()) > _OPENING_PHRASE_WORDS + 1:
        return False
    return phrase.group(1).lower() in others


def unit_table(
    found: Sequence[tuple[int, ...]], story: SentenceTable, texts: Sequence[str]
) -> tuple[SentenceTable, sp.csr_matrix]:
    """The units as a table like the sentences': copies merged, and the nodes each unit holds.

    ``found`` holds units of ``story.sentences`` (see :func:`units`);
    ``texts`` are the articles' texts, by article index. Each unit is one
    span of its article, from its first sentence to its last, standing at
    the position of its first sentence. Two units made of the same sentence
    nodes (a wire copy's quotation in two articles) are one node of the
    table, with a copy in each. The matrix has a row per unit node and a
    column per sentence node, 1 where the unit holds the sentence.

    Examples
    --------
    >>> from summarize.stages.merge import merge_copies
    >>> text = "Rain fell. He left."
    >>> sentences = [Sentence(0, 0, 0, 10, "Rain fell."), Sentence(0, 1, 11, 19, "He left.")]
    >>> table = merge_copies(sentences)
    >>> found, held = unit_table([(0,), (0, 1)], table, [text])
    >>> [s.text for s in found.nodes], held.toarray().tolist()
    (['Rain fell.', 'Rain fell. He left.'], [[1.0, 0.0], [1.0, 1.0]])
    """
    sentences, group, node_words = story.sentences, story.group.tolist(), story.words.tolist()
    number: dict[tuple[int, ...], int] = {}
    spans: list[Sentence] = []
    unit_group: list[int] = []
    first_copies: list[int] = []  # the first unit of each unit node
    for index, unit in enumerate(found):
        first, last = sentences[unit[0]], sentences[unit[-1]]
        nodes = tuple([group[i] for i in unit])
        node = number.setdefault(nodes, len(number))
        if node == len(first_copies):
            first_copies.append(index)
        unit_group.append(node)
        text = texts[first.article][first.start : last.end]
        if len(unit) == 1 and first.text == text and first.role == "body":
            spans.append(first)  # the unit of one sentence is that sentence
            continue
        spans.append(
            Sentence(
                article=first.article,
                position=first.position,
                start=first.start,
                end=last.end,
                text=text,
                line=first.line,
                paragraph=first.paragraph,
            )
        )
    distinct = list(number)
    words = [
        node_words[nodes[0]] if len(nodes) == 1 else spans[i].words
        for nodes, i in zip(distinct, first_copies, strict=True)
    ]
    table = SentenceTable.of_copies(
        tuple(spans),
        np.asarray(unit_group, dtype=np.int64),
        first=np.asarray(first_copies, dtype=np.int64),
        words=np.asarray(words, dtype=np.int64),
        final=story.final[[nodes[-1] for nodes in distinct]],
    )
    # Each row's columns sorted, each node once: a node twice in one unit is held once.
    held_nodes = [nodes if len(nodes) == 1 else sorted(set(nodes)) for nodes in distinct]
    columns = [node for nodes in held_nodes for node in nodes]
    held = sp.csr_matrix(
        (
            np.ones(len(columns)),
            np.asarray(columns, dtype=np.int32),
            np.cumsum([0, *map(len, held_nodes)], dtype=np.int32),
        ),
        shape=(len(distinct), len(story.nodes)),
    )
    return table, held


def unit_scores(members: sp.csr_matrix, values: np.ndarray, *, query: bool = False) -> np.ndarray:
    """For each unit, the sum of ``values`` over the ``n`` nodes it holds, over ``n ** 0.75``.

    A unit is worth what its sentences are worth together, but a sentence
    joined for the reader's sake adds less than it would alone: its words are
    paid from the budget. The exponent (:data:`UNIT_DAMPING`) sits between
    the sum (0, which favours long quotations) and the mean (1, which almost
    never joins). With a ``query`` it is the mean (:data:`QUERY_UNIT_DAMPING`):
    a brief that answers a question wants the sentences that answer it, and
    what is joined to them for the reader's sake seldom does. See
    ``docs/how-it-works.md`` for what each does on both dev sets.

    Examples
    --------
    >>> held = sp.csr_matrix([[1.0, 0.0], [1.0, 1.0]])
    >>> unit_scores(held, np.array([0.6, 0.4])).round(3).tolist()
    [0.6, 0.595]
    >>> unit_scores(held, np.array([0.6, 0.4]), query=True).round(3).tolist()
    [0.6, 0.5]
    """
    exponent = QUERY_UNIT_DAMPING if query else UNIT_DAMPING
    held = np.asarray(members.sum(axis=1)).ravel()
    scores: np.ndarray = np.asarray(members @ values).ravel() / np.maximum(held, 1) ** exponent
    return scores


def by_paragraph(scores: np.ndarray, opens: np.ndarray) -> np.ndarray:
    """The unit ``scores`` a brief is chosen by: :data:`INSIDE_PARAGRAPH` of it for a unit
    that does not open a paragraph (``opens``, see :func:`opens_paragraph`).

    The brief still reports each unit's own score.

    Examples
    --------
    >>> by_paragraph(np.array([0.5, 0.5]), np.array([True, False])).tolist()
    [0.5, 0.4]
    """
    weighed: np.ndarray = np.where(opens, scores, scores * INSIDE_PARAGRAPH)
    return weighed


def opens_paragraph(
    found: Sequence[tuple[int, ...]], sentences: Sequence[Sentence], group: np.ndarray
) -> np.ndarray:
    """Whether each unit node opens a paragraph: some copy of it starts a line of its article.

    ``found`` holds units of the story ``sentences`` (see :func:`units`), and
    ``group`` the unit node of each (see :func:`unit_table`). A unit opens a
    paragraph when its first sentence is the first story sentence of its
    line: page words before it on the line (a caption, a widget) are not
    story it could lean on.

    Examples
    --------
    >>> found = [Sentence(0, 0, 0, 10, "Rain fell.", line=0),
    ...          Sentence(0, 1, 11, 19, "He left.", line=0),
    ...          Sentence(0, 2, 21, 30, "Roads shut.", line=1)]
    >>> opens_paragraph([(0,), (0, 1), (1,), (2,)], found, np.array([0, 1, 2, 3])).tolist()
    [True, True, False, True]
    """
    opens = np.zeros(int(group.max()) + 1 if len(group) else 0, dtype=bool)
    for unit, node in zip(found, group.tolist(), strict=True):
        first = unit[0]
        before = sentences[first - 1] if first > 0 else None
        if (
            before is None
            or before.article != sentences[first].article
            or before.line != sentences[first].line
        ):
            opens[node] = True
    return opens


def highest(members: sp.csr_matrix, values: np.ndarray) -> np.ndarray:
    """For each unit, the highest of ``values`` over the nodes it holds.

    Examples
    --------
    >>> highest(sp.csr_matrix([[1.0, 0.0], [1.0, 1.0]]), np.array([0.2, 0.9])).tolist()
    [0.2, 0.9]
    """
    found = members.multiply(values[np.newaxis, :]).max(axis=1)
    return np.asarray(found.toarray()).ravel()
