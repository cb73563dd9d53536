"""Sentences -> the role of each one in its article: the anatomy of a news page.

A news page saved as text holds more than its story: a headline, perhaps a
standfirst restating the lead, a byline and a date line, captions with their
credits, subheads, teasers for other stories, embed and widget text, prompts
to comment, share or subscribe. Only the story's own sentences may be quoted
in a brief. Each line of an article gets one role (see
:data:`summarize.types.ROLES`), read from the shape and the place of the line,
never from a phrase inside it:

- **place**: the first line of an article of several lines is its headline
  when it does not end like a sentence (or asks or exclaims; in languages whose
  headlines end with a full stop, when it is short), and so is the first
  sentence of that line when its second opens with a wire service's dateline
  ("... contends. (HealthDay)—A ..."); the lines before the first
  line that ends like a sentence are its head: a byline or a date line, a
  caption, a standfirst; a one-sentence line right after the headline that the
  next lines restate (most of its terms recur in them) is a standfirst too;
- **shape**: a line that repeats an earlier line of the article counts once
  (a caption and its alternative text, a pull quote); a line that ends with a
  photo credit or a name alone is a caption; a line that does not end like a
  sentence between paragraphs is a subhead (or a caption, when long), and
  after the last one a credit; so is a line of several words all in capitals,
  whatever it ends with ("WHO PAYS FOR THE WEDDING?"), unless the whole page
  is in capitals; a date over a timeline's entry ("Jan. 5,
  2018:") is a subhead too; a question standing alone as a paragraph is a
  teaser, and so is a paragraph that opens with a headline printed twice,
  unless it is the article's first line or its own headline (a teaser's
  card: the headline as a link and as its title, then the blurb); a
  paragraph wholly in brackets is a note (in square ones, however many
  sentences it holds); a paragraph that a notice or a
  prompt opens is that notice to its end, and what follows a notice
  reserving the page's rights, standing as a paragraph after most of the
  story, is the page's footer; an article that opens with a video site's
  date line ("Published on Apr 29, 2015") and links out is the video's
  description; the page's words fused to the front of a sentence (a word or
  a label in capitals, "CLOSE The agency said ...", "RESULTS: The ...", a
  note in brackets) are left out of the sentence, which starts after them;
- **formula**: the language's rules for lines of web-page chrome
  (:mod:`summarize.language.chrome`: advertising markers, prompts, credits, captions
  written to an agency's formula).

A rule that eats a story sentence is worse than one that misses a caption:
each rule asks for the whole line to have its shape.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..language import Language
from ..language.chrome import Rule
from ..language.cues import asks
from ..types import Document, Role, Sentence, count_words

__all__ = [
    "HEADLINE_WORDS",
    "RESTATED",
    "SUBHEAD_WORDS",
    "anatomy",
    "article_roles",
    "story_sentences",
    "titled",
]

# A headline in a language that ends headlines with a full stop is at most this long.
HEADLINE_WORDS = 16
# A first line that is the page's, never a headline: a byline ("By Ana Ruiz",
# "Par ...", "Von ..."), a line of navigation ("Home | News | World", "Home >
# World > Europe") or a skip link; and a date, a short line mostly of numbers.
_NOT_HEADLINE = regex.compile(
    r"(?:by|par|von|por|di|door|av|af)\s+\p{Lu}[^.!?]{0,60}"
    r"|[^|>›»]+(?:\s[|>›»]\s[^|>›»]+){2,}"
    r"|skip to (?:the )?(?:main )?content",
    regex.IGNORECASE,
)
_DATE_WORDS = 8
_DATE_NUMBERS = 0.4
# A line right after the headline is a standfirst when the next lines restate
# at least this share of its terms.
RESTATED = 0.7
# A line without final punctuation between paragraphs longer than this is a
# caption, not a subhead.
SUBHEAD_WORDS = 15
# A line of at least this many words, all in capitals, is a subhead; in
# capitals, when this share of its letters are.
_SHOUTED_WORDS = 3
_CAPITALS_SHARE = 0.9
# A photo credit: a name and an outlet joined by slashes, nothing else
# ("REUTERS/Jane Doe", "Jane Doe/Getty Images", "(Jane Doe/The Daily)", "/ AFP / Jane DOE").
_CREDIT = regex.compile(
    r"[(\[]?\s*(?:(?:photo|credit|crédit|image|imagen|picture|foto|bild)s?\s*:?\s+)?/?\s*"
    r"\p{Lu}[\p{L}\p{M}.'’\- ]*(?:\s*/\s*[\p{L}\p{M}.'’\- ]+)+\s*[)\]]?",
    regex.IGNORECASE,
)
_CREDIT_WORDS = 8
# A picture's credit by its label: "Credit: Dr. Ann Bell", "Photo courtesy of the family".
_LABELLED_CREDIT = regex.compile(
    r"(?:photo|picture|image|imagen|credit|crédit|courtesy|foto|bild)s?(?: courtesy(?: of)?)?"
    r"\s*:?\s+\p{Lu}.*[^.!?]",
    regex.IGNORECASE,
)
# A name alone, two to four capitalised words: a photographer signing a caption.
_BARE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){1,3}")
# The chrome rule's kind of copyright line: the sentences after it in its line
# are the same notice ("Copyright 2024 NPR. All rights reserved. Visit ...").
_COPYRIGHT = "copyright line"
# ... when the line is a notice beyond doubt: a copyright sign, or its formula.
_NOTICE = regex.compile(r"\u00a9|\([cC]\)|(?i:all rights reserved)")
# What a page's closing notice says, where a picture's credit does not.
_RESERVED = regex.compile(r"(?i:all rights reserved)")
# The chrome rules' kinds of photo credit: the line before them is a caption.
_PHOTO_CREDITS = ("photo credit", "agency credit")
# The date line a video site sets over a video's description, as the first
# line of the page: what follows is the uploader's description, not story.
_VIDEO_PAGE = regex.compile(
    r"Published on (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}"
)
# ... when a line of the page links out, as an uploader's description does.
_LINKED = regex.compile(r"https?://|www\.")
# A line that ends in one of these goes on into the next: a quote or a list it introduces.
_GOES_ON = (":", "：", ",", ";", "-", "–", "—")
# Words fused to the front of a sentence, which are the page's, not the story's:
# a word in capitals ("CLOSE The ...", a widget's word, or a date line that lost
# its dash: "PARIS An ..."; see _CAPITALS), a widget's words parted by a bar ("Updated | When
# ..."), a label and a colon in capitals or in capitalised words ("RESULTS: The
# ...", "MICHEL MARTIN, HOST: This ...", "Drop This Fact: The ..."), a note in
# brackets ("(Published Tuesday, April 23, 2013) It took ...").
_LABEL = (
    r"(?:(?:\p{Lu}[\p{Lu}'’.&-]+,? ){0,9}\p{Lu}[\p{Lu}'’.&-]+"
    r"|(?:\p{Lu}\p{Ll}+ ){1,4}\p{Lu}\p{Ll}+)[ \u00a0\u202f]?:"
)
_FUSED = regex.compile(
    r"(?P<capitals>\p{Lu}{5,})\s+(?=(?P<next>\p{Lu}\p{Ll}+))"
    r"|(?:\S+ ){0,2}\S+ \| (?=\p{Lu})"
    rf"|{_LABEL}\s+(?=\p{{Lu}})"
    r"|\([^()]{1,60}\)\s+(?=\p{Lu})"
)
# A headline that a page printed twice (as a link and as the link's title),
# fused to the front of a line: a teaser's card in a list of other stories,
# its blurb after the headline ("Bobcat Back On The Loose Bobcat Back On The
# Loose Residents are ..."): four words or more, each capitalised as
# headlines are, said again at once, then a capital ("Bring our kids home
# Bring our kids home Protesters chanted ..." is no headline).
_DOUBLED = regex.compile(r"((?:[\p{Lu}\p{N}]\S* ){4,30}?)\1(?=\p{Lu})")
# The same in a headline written as a sentence, five words or more ("Coach of
# football team suspended Coach of football team suspended The town ..."): a
# card only beside another card or teaser, as a chant said twice is not.
_DOUBLED_AS_SENTENCE = regex.compile(r"(\p{Lu}\S* (?:\S+ ){4,29}?)\1(?=\p{Lu})")
_DOUBLED_WITHIN = 400  # characters: 30 words of a headline
# The same label as a line of its own ("RESULTS:", "MICHEL MARTIN, HOST:"): a
# subhead, or a transcript's speaker, over the paragraph below; and a note in
# brackets with no sentence inside it, standing as a sentence of a paragraph
# ("... has the details. (Published Tuesday, April 23, 2013)"): the page's.
_LABEL_LINE = regex.compile(_LABEL)
_NOTE = regex.compile(r"\((?![^()]*[.!?…][\p{Pf}\p{Pe}\"']*\)$)[^()]*\)")
# A word in capitals before a capitalised word is the page's only when the next
# word opens a sentence (a stop word: "PARIS An ...", "CLOSE The ...") or it is
# one of the widget words pages fuse to a story ("CLOSE Police said ...");
# else it is a name the sentence needs ("UNICEF Executive Director ... said").
_WIDGET_WORDS = frozenset(
    {"CLOSE", "RELATED", "ADVERTISEMENT", "WATCH", "VIDEO", "PHOTOS", "GALLERY", "LISTEN"}
)
# A paragraph wholly in brackets is the publisher's note (an aside in brackets
# inside a paragraph is story): one sentence in round brackets, and any number
# in square ones: a related link, a source, a credit ("[Who is Brian
# Sandoval?]", "[Mayor on the flood: ‘It was awful. We will rebuild.’]");
# several sentences in round brackets may be the story's aside. Possessive, so
# that an unclosed bracket costs one pass.
_BRACKETED = regex.compile(r"\([^()]*+(?:\([^()]*+\)[^()]*+)*+\)[.!?]?")
_SQUARE_BRACKETED = regex.compile(r"\[[^\[\]]*+(?:\[[^\[\]]*+\][^\[\]]*+)*+\][.!?]?")
# A wire service's dateline opening a sentence: a place in capitals, maybe, and
# the service in brackets before a dash ("(HealthDay)—A ...", "DENVER (AP) — The
# ..."). The story starts there: the sentence before it, first in the
# article's first line, is the page's headline, which the page ran into the story.
_DATELINE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}\p{M} .,'-]{1,40} )?\(\p{Lu}[\p{L}\p{N} .&/-]{0,30}\)\s*(?:—|–|--?)"
)
# A story sentence said before in its article (a pull quote, a caption's
# alternative text) counts once, unless it is this short ("No.", "He agreed.").
_REPEAT_WORDS = 3
# A line cut short with an ellipsis: the blurb of a teaser for another story.
_TRUNCATED = regex.compile(r"[\p{L}\p{N},]\s*(?:\.\.\.|…)$")
# So many such lines in a row are a list of other stories' teasers, not an
# article cut short, nor a writer's trailing dots (three in a row may be).
_TEASER_RUN = 4
# An opening quote mark: a question that opens with one is someone's speech.
_OPENS_QUOTE = regex.compile(r"""\s*[\p{Pi}\p{Ps}"'«»„‚「『]""")
_EXCLAMATION = re.compile(r"[!！][\"'”’»)\]」』]*$")


@dataclass(frozen=True, slots=True)
class _Line:
    """The sentences of one line of an article, as the rules read them.

    ``text`` is the line, ``key`` the same without case (what a repeat of it
    has); ``final`` tells whether
    it ends like a sentence, and ``prose`` whether it reads as prose: it ends
    like a sentence, or holds several (a headline, a subhead or a byline is
    one run of words without final punctuation; a paragraph whose last
    sentence lost its stop is still prose). ``chrome`` holds the chrome rule
    each sentence fits, or None; a line of one sentence is read as a whole
    paragraph (see :class:`summarize.language.chrome.Rule`).
    """

    index: int
    paragraph: int
    sentences: tuple[Sentence, ...]
    chrome: tuple[Rule | None, ...]
    text: str
    key: str
    final: bool
    prose: bool

    @property
    def words(self) -> int:
        """How many words the line has (see :func:`summarize.types.count_words`)."""
        return count_words(self.text)


def anatomy(sentences: Sequence[Sentence], languages: Sequence[Language]) -> tuple[Sentence, ...]:
    """Every sentence with the role of its line in its article (see the module's docstring).

    ``languages`` gives each article's language, by article index.

    Examples
    --------
    >>> from summarize.language import load_language
    >>> from summarize.stages.segment import segment_article
    >>> page = ("Bridge opens two years late\\n\\nBy Ana Ruiz\\n\\n"
    ...         "The bridge opened on Monday. It cost twice the estimate.\\n\\n"
    ...         "Sign up for our newsletter!")
    >>> english = load_language("english")
    >>> [(s.role, s.text) for s in anatomy(segment_article(page, 0, english), [english])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('headline', 'Bridge opens two years late'), ('byline', 'By Ana Ruiz'),
     ('body', 'The bridge opened on Monday.'), ('body', 'It cost twice the estimate.'),
     ('prompt', 'Sign up for our newsletter!')]
    """
    read: list[Sentence] = []
    for lines in _articles(sentences, languages):
        roles = article_roles(lines, languages[lines[0].sentences[0].article])
        said: set[str] = set()
        language = languages[lines[0].sentences[0].article]
        for line in lines:
            read.extend(_sentence_roles(line, roles[line.index], said, language))
    return tuple(read)


def story_sentences(sentences: Sequence[Sentence]) -> tuple[Sentence, ...]:
    """The sentences of the story proper (role "body"); all of them when no line is story.

    A brief of odd lines says more than no brief.
    """
    return tuple(s for s in sentences if s.role == "body") or tuple(sentences)


def titled(documents: Sequence[Document], sentences: Sequence[Sentence]) -> tuple[Document, ...]:
    """The articles, each without a title given the headline its anatomy found.

    Examples
    --------
    >>> found = [Sentence(0, 0, 0, 12, "Bridge opens", role="headline")]
    >>> titled([Document("Bridge opens\\n\\nThe bridge opened.")], found)[0].title
    'Bridge opens'
    """
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


def _sentence_roles(line: _Line, role: Role, said: set[str], language: Language) -> list[Sentence]:
    """The sentences of a line with their roles: the line's, or their own in a story line.

    In a story line a sentence can still be chrome by the language's rules, a
    repeat of a sentence said before in the article (``said`` holds those),
    or the blurb of a teaser cut short; a word in capitals fused to the first
    sentence is left out of it. In a caption, the last sentence is its credit.
    A story line that a copyright line or a notice that runs on (see
    :class:`summarize.language.chrome.Rule`) opens is that notice to its end,
    and a story line wholly in square brackets is the publisher's note, every
    sentence of it.
    """
    found = []
    last = len(line.sentences) - 1
    opener = line.chrome[0]
    runs_on = opener is not None and (
        opener.runs_on or (opener.kind == _COPYRIGHT and _NOTICE.search(line.text) is not None)
    )
    notice = opener.role if runs_on and opener is not None else None
    if (
        notice is None
        and role == "body"
        and line.text.startswith("[")
        and _SQUARE_BRACKETED.fullmatch(line.text)
    ):
        notice = "credit"  # a paragraph wholly in square brackets: the publisher's note
    # the article's first line, whose second sentence opens with a dateline
    dated = (
        role == "body"
        and line.index == 0
        and last > 0
        and _DATELINE.match(line.sentences[1].text) is not None
    )
    for at, sentence in enumerate(line.sentences):
        key = sentence.text.casefold()
        # a headline run into the dateline is that whatever else it is
        own: Role | None = "headline" if dated and at == 0 else None
        if role != "body":
            signed = at > 0 and _bare_name(sentence.text)
            if (
                role == "caption"
                and at == last
                and (signed or _credit(sentence.text, line.chrome[at]))
            ):
                own = "credit"
        elif own is None:
            if at == 0:
                sentence = _unfused(sentence, language)
            rule = line.chrome[at]
            own = notice or (None if rule is None else rule.role)
            text = sentence.text
            noted = text.startswith("(")  # as every note in brackets does, before its shape
            if own is None and last == 0 and noted and _BRACKETED.fullmatch(text):
                own = "credit"  # a paragraph wholly in brackets: the publisher's note
            elif own is None and noted and _NOTE.fullmatch(text):
                own = "credit"
            elif own is None and last == 0 and text.endswith(":") and _LABEL_LINE.fullmatch(text):
                own = "subhead"
            if key in said and sentence.words >= _REPEAT_WORDS:
                own = "repeat"
            elif at == last and _cut_short(sentence.text):
                own = "teaser"  # a paragraph cut short: the blurb of a teaser
        said.add(key)
        found.append(_with_role(sentence, own or role))
    return found


def _with_role(sentence: Sentence, role: Role) -> Sentence:
    """The sentence with ``role`` (built directly: this runs for every sentence)."""
    if sentence.role == role:
        return sentence  # as most story sentences come, "body" until the anatomy is read
    return Sentence(
        sentence.article,
        sentence.position,
        sentence.start,
        sentence.end,
        sentence.text,
        sentence.line,
        sentence.paragraph,
        role,
    )


def _articles(
    sentences: Sequence[Sentence], languages: Sequence[Language]
) -> Iterator[list[_Line]]:
    """The lines of each article, article by article, in order."""
    lines: list[_Line] = []
    pending: list[Sentence] = []
    for sentence in [*sentences, None]:
        if pending and (
            sentence is None
            or sentence.article != pending[0].article
            or sentence.line != pending[0].line
        ):
            lines.append(_line(len(lines), pending, languages[pending[0].article]))
            pending = []
            if sentence is None or sentence.article != lines[0].sentences[0].article:
                yield lines
                lines = []
        if sentence is not None:
            pending.append(sentence)


def _line(index: int, sentences: list[Sentence], language: Language) -> _Line:
    """One line of an article, read once for the rules."""
    rules = language.boilerplate
    alone = len(sentences) == 1
    text = " ".join(sentence.text for sentence in sentences)
    chrome: tuple[Rule | None, ...] = (None,) * len(sentences)
    if rules is not None and alone:
        chrome = (rules.rule(text),)
    elif rules is not None:
        chrome, whole = rules.line([sentence.text for sentence in sentences])
        # the rules describe whole lines: a caption's sentences and the credit
        # after them, a player's descriptions after its controls, a wire
        # service's heading. A rule with no length limit (a mark) takes a line
        # whole only where one of its sentences is chrome by itself: "Getty
        # Images agreed to merge ... Shareholders of Getty Images ..." names an
        # agency twice across two sentences of story.
        if whole is not None and (whole.words is not None or any(chrome)):
            chrome = (whole,) * len(sentences)
    final = sentences[-1].final
    return _Line(
        index=index,
        paragraph=sentences[0].paragraph,
        sentences=tuple(sentences),
        chrome=chrome,
        text=text,
        key=text.casefold(),
        final=final,
        prose=final or not alone,
    )


def article_roles(lines: Sequence[_Line], language: Language) -> list[Role]:
    """The role of each line of one article, by its shape and place."""
    if _VIDEO_PAGE.fullmatch(lines[0].text) and any(_LINKED.search(line.key) for line in lines):
        described: list[Role] = ["caption"] * (len(lines) - 1)
        return ["byline", *described]
    roles: list[Role | None] = [_shape(line) for line in lines]
    seen: set[str] = set()
    for line in lines:
        if line.key in seen:
            roles[line.index] = "repeat"
        seen.add(line.key)
    repeated = {line.key for line in lines if roles[line.index] == "repeat"}
    start = 0
    if len(lines) > 1 and roles[0] is None and _headline(lines[0], language):
        roles[0] = "headline"
        start = 1
    body = _head(lines, roles, start, repeated, language)
    last_body = max(
        (line.index for line in lines[body:] if roles[line.index] is None and line.prose),
        default=-1,
    )
    headline = lines[0].key if roles[0] == "headline" else None
    # a page written wholly in capitals (old wire copy) has no line in capitals to tell apart
    has_lower = any(line.text != line.text.upper() for line in lines)
    for line in lines[body:]:
        if roles[line.index] is None and last_body >= 0:
            roles[line.index] = _body_role(line, last_body, language, headline, has_lower=has_lower)
    _teaser_lists(lines, roles)
    _card_lists(lines, roles, headline)
    _footer(lines, roles, body)
    return [role or "body" for role in roles]


def _card_lists(lines: Sequence[_Line], roles: list[Role | None], headline: str | None) -> None:
    """Give a story line that opens with a headline written as a sentence and printed
    twice the role "teaser" when a line beside it is a teaser, or such a line too.

    Alone between story lines, the words said twice may be a chant.
    """
    cards = {
        line.index
        for line in lines
        if line.index > 0
        and roles[line.index] in (None, "body")
        and _teasers_card(line.text, headline, _DOUBLED_AS_SENTENCE)
    }
    for index in sorted(cards):
        beside = (index - 1, index + 1)
        if any(i in cards or (0 <= i < len(lines) and roles[i] == "teaser") for i in beside):
            roles[index] = "teaser"


def _teaser_lists(lines: Sequence[_Line], roles: list[Role | None]) -> None:
    """Give every story line of a run of teasers cut short the role "teaser".

    A line cut short with an ellipsis ends in a teaser's blurb, and alone only
    its last sentence is the teaser's: an article the page cut short ends so
    too. :data:`_TEASER_RUN` such lines in a row or more are a list of other
    stories, every sentence of them.
    """
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and _cut_short(line.text):
            run.append(line)
            continue
        if len(run) >= _TEASER_RUN:
            for cut in run:
                if roles[cut.index] in (None, "body"):
                    roles[cut.index] = "teaser"
        run = []


def _footer(lines: Sequence[_Line], roles: list[Role | None], body: int) -> None:
    """Give the lines after a copyright notice that closes the story the notice's role.

    The last notice of the page that reserves its rights ("Copyright © 2024
    Valley Radio. All rights reserved.") and stands as a paragraph of its own
    closes the page's story when less story follows it than came before: what
    follows is the page's footer (a transcript's terms, an archive's note). A
    notice at the top or in the middle of a page, and a picture's credit ("©
    2024 Getty Images"), close nothing.
    """
    closing = None
    for line in lines[body:]:
        opener = line.chrome[0]
        if (
            opener is not None
            and opener.kind == _COPYRIGHT
            and _RESERVED.search(line.text)
            and _alone(line, lines)
        ):
            closing = line
    if closing is None:
        return
    story = [line for line in lines[body:] if roles[line.index] in (None, "body")]
    before = sum(line.words for line in story if line.index < closing.index)
    if before > sum(line.words for line in story) - before:
        for line in lines[closing.index + 1 :]:
            if roles[line.index] in (None, "body"):
                roles[line.index] = "credit"


def _alone(line: _Line, lines: Sequence[_Line]) -> bool:
    """Whether ``line`` is a paragraph of its own: no line of its paragraph beside it."""
    return all(
        other.paragraph != line.paragraph
        for other in lines[max(line.index - 1, 0) : line.index + 2]
        if other is not line
    )


def _head(
    lines: Sequence[_Line],
    roles: list[Role | None],
    start: int,
    repeated: set[str],
    language: Language,
) -> int:
    """Give the lines before the body their roles; the index of the body's first line.

    The body starts at the first line that ends like a sentence and is no
    standfirst. When no line does, every line left is body: an article of
    short lines is still text.
    """
    for line in lines[start:]:
        if roles[line.index] is not None:
            continue
        if line.key in repeated:
            roles[line.index] = "caption"  # a caption and its alternative text
            continue
        after_headline = start == 1 and line.index == 1
        if line.prose:
            if after_headline and len(line.sentences) == 1 and _restated(line, lines, language):
                roles[line.index] = "standfirst"
                continue
            return line.index
        roles[line.index] = "standfirst" if after_headline and line.words >= 8 else "byline"
    for line in lines[start:]:
        if roles[line.index] in ("byline", "standfirst"):
            roles[line.index] = None
    return start


def _headline(line: _Line, language: Language) -> bool:
    """Whether the first line of an article of several lines is its headline."""
    if _NOT_HEADLINE.fullmatch(line.text) or _dated(line.text):
        return False
    if not line.prose:
        return True
    if len(line.sentences) > 1:
        return False
    text = line.text
    if asks(text, language.name) or _EXCLAMATION.search(text):
        return True
    return language.headline_stop and line.words <= HEADLINE_WORDS


def _dated(text: str) -> bool:
    """Whether a line is a date: a few words, many of them numbers ("March 3, 2024")."""
    words = text.split()
    if not 0 < len(words) <= _DATE_WORDS:
        return False  # before counting numbers: a first line may be a whole article
    numbers = sum(any(c.isdigit() for c in word) for word in words)
    return numbers >= _DATE_NUMBERS * len(words)


def _restated(line: _Line, lines: Sequence[_Line], language: Language) -> bool:
    """Whether the two lines of story after ``line`` restate most of its terms."""
    terms = language.terms(line.text)
    if not terms:
        return False
    following = [
        other for other in lines[line.index + 1 :] if other.final and other.key != line.key
    ][:2]
    found = set().union(*(language.terms(other.text) for other in following))
    return len(terms & found) >= RESTATED * len(terms)


def _shape(line: _Line) -> Role | None:
    """The role a line has by its shape alone: chrome, a captioned credit; None for others.

    A line of several sentences whose last is a bare name ("... recreational
    marijuana. Jason Bean") is a caption signed by its photographer.
    """
    last = line.sentences[-1].text
    several = len(line.sentences) > 1
    if _credit(last, line.chrome[-1]) or (several and _bare_name(last)):
        return "caption" if several else "credit"
    if len(line.sentences) == 1 and line.chrome[0] is not None:
        return line.chrome[0].role
    return None


def _in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals: its letters are, nearly all of them.

    Not a line of a script without case that holds a Latin acronym ("NHKによると
    ..."), which ``str.isupper`` takes for capitals.
    """
    if not text.isupper():
        return False
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= _CAPITALS_SHARE * len(letters)


def _cut_short(text: str) -> bool:
    """Whether ``text`` ends cut short with an ellipsis (see :data:`_TRUNCATED`)."""
    tail = text[-8:]
    return ("..." in tail or "…" in tail) and _TRUNCATED.search(tail) is not None


def _bare_name(text: str) -> bool:
    """Whether ``text`` is a name alone (see :data:`_BARE_NAME`): two to four words."""
    return 0 < text.count(" ") <= 3 and _BARE_NAME.fullmatch(text) is not None


def _unfused(sentence: Sentence, language: Language) -> Sentence:
    """The sentence without the page's words fused to its front, if it has them.

    A body line that opens with a headline printed twice opens with its own
    article's (see :func:`_body_role`).
    """
    doubled = _doubled(sentence.text)
    if doubled is not None:
        return _cut(sentence, doubled.end())
    fused = _FUSED.match(sentence.text)
    if fused is None:
        return sentence
    capitals = fused.group("capitals")
    if (
        capitals is not None
        and capitals not in _WIDGET_WORDS
        and not language.is_stop(fused.group("next").lower())
    ):
        return sentence
    return _cut(sentence, fused.end())


def _doubled(text: str, pattern: regex.Pattern[str] = _DOUBLED) -> regex.Match[str] | None:
    """The headline printed twice that ``text`` opens with, if it does (group 1 holds it once)."""
    first = text[: text.find(" ") + 1]
    if first and text.find(" " + first, 0, _DOUBLED_WITHIN) > 0:  # its first word again
        return pattern.match(text)
    return None


def _teasers_card(text: str, headline: str | None, pattern: regex.Pattern[str] = _DOUBLED) -> bool:
    """Whether ``text`` opens with a headline printed twice that is not the article's own."""
    doubled = _doubled(text, pattern)
    return doubled is not None and doubled.group(1).strip().casefold() != headline


def _cut(sentence: Sentence, cut: int) -> Sentence:
    """The sentence without its first ``cut`` characters."""
    return dataclasses.replace(sentence, start=sentence.start + cut, text=sentence.text[cut:])


def _credit(text: str, rule: Rule | None) -> bool:
    """Whether a sentence is a photo credit: names and outlets joined by slashes, or a
    photo credit by the chrome ``rule`` it fits."""
    if rule is not None and rule.kind in _PHOTO_CREDITS:
        return True
    if len(text.split()) > _CREDIT_WORDS:
        return False
    slashed = "/" in text  # as every credit of _CREDIT is
    return bool(
        (slashed and _CREDIT.fullmatch(text.strip())) or _LABELLED_CREDIT.fullmatch(text.strip())
    )


def _body_role(
    line: _Line, last_body: int, language: Language, headline: str | None, *, has_lower: bool
) -> Role:
    """The role of a line in the body: story, or a subhead, caption, teaser or credit.

    ``headline`` is the article's headline without case, if it has one: a
    line that opens with it printed twice, or the article's first line that
    opens with a headline printed twice, is the story's first paragraph with
    its headline fused to it; another line that opens with a headline
    printed twice is a teaser's card. With ``has_lower`` (the article has
    lower-case letters), a line of several words in capitals is a subhead,
    whatever it ends with ("WHO PAYS FOR THE WEDDING?", "1. THE FIRST
    ESCALATOR FAILED.").
    """
    goes_on = line.text.rstrip().endswith(_GOES_ON)
    if goes_on and line.text.rstrip()[-1:] in ":：" and _dated(line.text):
        goes_on = False  # a date over a timeline's entry ("Jan. 5, 2018:"): its heading
    if not line.prose and not goes_on:
        if line.index > last_body:
            return "credit"
        return "subhead" if line.words <= SUBHEAD_WORDS else "caption"
    if has_lower and _in_capitals(line.text) and line.words >= _SHOUTED_WORDS:
        return "subhead"
    if (
        (
            len(line.sentences) == 1
            and asks(line.text, language.name)
            and not _OPENS_QUOTE.match(line.text)
        )
        or (len(line.sentences) == 1 and _cut_short(line.text))
        or (line.index > 0 and _teasers_card(line.text, headline))
    ):
        return "teaser"
    return "body"
