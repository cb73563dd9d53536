"""Lines of web-page chrome, recognised by their whole shape.

A news page carries lines that belong to the page, not the story: advertising
markers, sign-up and cookie prompts, share buttons, photo captions and credits,
reporting credits, update notes, player and gallery widgets, copyright lines,
web-archive notices. Each :class:`Rule` describes one kind of such line, and it
describes the whole line, never a phrase inside one: "The company changed its
privacy policy, regulators said." names a privacy policy, but it is no footer
link to one.

Rules come in two sorts:

- a *line* rule is for a line made of words a story may also use ("sign up",
  "privacy policy", "left"). Its shape must match the whole line, pinning how
  the line opens or closes ("Sign up ...", "... contributed to this report.");
  the free words in between are a phrase (:data:`PHRASE`, which crosses no comma
  or semicolon, so a clause such as ", regulators said" cannot hide in it),
  except in kinds that list names or topics and in captions, whose commas are
  part of their formula. The line must also be no longer than that kind of line
  runs, and must not read like reported prose: a line with a reporting verb
  ("said", "told", "according to", ...) is story, whatever words it shares
  with chrome.
- a *mark* rule is for a line that opens or closes with a mark only a page
  renders ("Hide Caption 3 of 12", "Image copyright", "(AP Photo/...)", a
  player's "Skip Ad"). The mark proves the line is chrome, whatever text the
  widget shows after it, so neither the length nor the prose guard applies.

Every rule has triggers, lower-cased substrings one of which every line of its
kind contains; a rule is tried only on lines where a trigger occurs, which
keeps the check cheap, as it runs on every sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from ..errors import OptionError
from ..types import Role

# Free words inside a line rule: a phrase that runs to no comma or semicolon,
# so "..., regulators said on Tuesday" cannot hide in it.
__all__ = [
    "Chrome",
    "ENGLISH_CHROME",
    "PHRASE",
    "Rule",
]

PHRASE = r"[^,;]*"
# What may close a line: its final punctuation.
_END = r"[.!:]?"
# A line reads like reported story prose when it says who said or told what.
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according to|reported|reportedly|noted"
    r"|explained|warned|urged|advised|announced|stated|claimed|insisted|wrote|asked)\b"
)
# Longer than any line rule allows: only mark rules are tried on such a line.
_UNLIMITED = 1 << 30
# Bullets and rules that pages set before a line.
_LEAD = " -\u2013\u2014\u2022|*#>"


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of chrome line: its trigger, its whole shape, and how long it runs.

    Build one with :meth:`line` or :meth:`mark`. ``role`` is what such a line
    is in the anatomy of a page (a prompt, a credit, a caption, ...; see
    :data:`summarize.types.ROLES`). ``words`` is ``None`` for a mark rule,
    whose lines may run on after their mark.
    """

    kind: str
    role: Role
    triggers: tuple[str, ...]
    shape: re.Pattern[str]
    words: int | None
    cased: bool = False
    alone: bool = False
    runs_on: bool = False

    def __post_init__(self) -> None:
        # a line is tried only on the rules whose trigger it contains, found in
        # it lower-cased: an empty trigger or one with a capital is never found
        if not self.triggers or any(not t or t != t.lower() for t in self.triggers):
            raise OptionError(
                f"rule {self.kind!r} needs triggers, each non-empty and in lower case: "
                f"{self.triggers!r}"
            )

    @classmethod
    def line(
        cls,
        kind: str,
        role: Role,
        triggers: str | tuple[str, ...],
        shape: str,
        *,
        words: int,
        cased: bool = False,
        alone: bool = False,
        runs_on: bool = False,
    ) -> Rule:
        """A line of ordinary words: at most ``words`` long and not reported prose.

        ``cased`` matches the shape against the line as written, not lower-cased:
        for a shape that needs a capital, such as a name. ``alone`` asks for
        the line to be a paragraph of one sentence: a caption stands apart,
        while the same words inside a paragraph are story. ``runs_on`` tells
        that a paragraph such a line opens is the same page text to its end:
        the rest of a newsletter box or of an archive's notice ("Breaking News
        Emails Get breaking news alerts. The news and stories that matter,
        delivered weekday mornings.").
        """
        return cls(kind, role, _tuple(triggers), re.compile(shape), words, cased, alone, runs_on)

    @classmethod
    def mark(cls, kind: str, role: Role, triggers: str | tuple[str, ...], shape: str) -> Rule:
        """A line that opens or closes with a mark only a page renders."""
        return cls(kind, role, _tuple(triggers), re.compile(shape), None)

    def shaped(self, line: str, written: str) -> bool:
        """Whether a line with one of this rule's triggers, and no longer than the
        rule allows, is of this kind.

        ``line`` is lower-cased and single-spaced; ``written`` is the same line
        before lower-casing, which a ``cased`` rule reads.
        """
        if not self.shape.fullmatch(written if self.cased else line):
            return False
        return self.words is None or not _REPORTED.search(line)


def _tuple(triggers: str | tuple[str, ...]) -> tuple[str, ...]:
    """One trigger or several, as a tuple."""
    return (triggers,) if isinstance(triggers, str) else triggers


@dataclass(frozen=True, slots=True)
class Chrome:
    """Recognises lines of web-page chrome by one :class:`Rule` per kind of line.

    Examples
    --------
    >>> chrome = Chrome(ENGLISH_CHROME)
    >>> chrome.matches("Sign up for our newsletter!"), chrome.matches("The vote passed.")
    (True, False)
    >>> chrome.kind("Mayor Ruth Kell, left, and fire chief Dan Ames tour the square.")
    'caption placing people'
    >>> chrome.kind("The plan drew fire from left and right, with both calling it rushed.") is None
    True
    """

    rules: tuple[Rule, ...]
    # The longest lines the rules allow, ascending, and for each an automaton
    # that finds, in one pass over a line, the triggers of the rules a line of
    # that many words may fit, each giving its length and the positions of the
    # rules it admits (None where there are none); built once. A long line is
    # tried on fewer rules; the first automaton finds every rule's triggers.
    _limits: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _triggers: tuple[Any, ...] = field(init=False, repr=False, compare=False)
    # The longest line each rule allows, by position (unlimited for a mark).
    _reach: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        limits = sorted({rule.words for rule in self.rules if rule.words is not None})
        limits.append(_UNLIMITED)
        automata = []
        for limit in limits:
            admits: dict[str, list[int]] = {}
            for position, rule in enumerate(self.rules):
                if rule.words is None or rule.words >= limit:
                    for trigger in rule.triggers:
                        admits.setdefault(trigger, []).append(position)
            automaton = None
            if admits:  # an automaton of no words cannot be searched
                automaton = ahocorasick.Automaton()
                for trigger, found in admits.items():
                    automaton.add_word(trigger, (len(trigger), tuple(found)))
                automaton.make_automaton()
            automata.append(automaton)
        object.__setattr__(self, "_limits", tuple(limits))
        object.__setattr__(self, "_triggers", tuple(automata))
        reach = tuple(_UNLIMITED if rule.words is None else rule.words for rule in self.rules)
        object.__setattr__(self, "_reach", reach)

    def kind(self, text: str, *, alone: bool = True) -> str | None:
        """The kind of chrome line ``text`` is, or ``None`` when it is content.

        Only the rules whose trigger occurs in the line are tried, in their
        order. ``alone`` tells that ``text`` is a paragraph by itself, not one
        sentence of several.
        """
        rule = self.rule(text, alone=alone)
        return None if rule is None else rule.kind

    def role(self, text: str, *, alone: bool = True) -> Role | None:
        """The role in the page of the chrome line ``text`` (see :class:`Rule`), or ``None``."""
        rule = self.rule(text, alone=alone)
        return None if rule is None else rule.role

    def rule(self, text: str, *, alone: bool = True) -> Rule | None:
        """The first rule ``text`` fits, or ``None`` when it is content."""
        written = " ".join(text.split()).lstrip(_LEAD)
        line = written.lower()
        words = line.count(" ") + 1
        automaton = self._triggers[bisect_left(self._limits, words)]
        if automaton is None:
            return None
        # one set of positions per trigger found, however often it occurs
        found = {positions for _, (_, positions) in automaton.iter(line)}
        return self._first(set().union(*found), line, written, alone)

    def line(self, sentences: Sequence[str]) -> tuple[tuple[Rule | None, ...], Rule | None]:
        """What :meth:`rule` finds for each of a line's sentences, read as one of
        several, and for the whole line, from one scan of the line for triggers."""
        pieces = [" ".join(sentence.split()) for sentence in sentences]
        automaton = self._triggers[0]
        if automaton is None or not all(pieces):
            # no rules, or a blank sentence, which would be no stretch of the line
            each = tuple(self.rule(sentence, alone=False) for sentence in sentences)
            return each, self.rule(" ".join(sentences))
        # lower() reads no letter across the space that parts two sentences, so
        # the line lower-cased is its sentences lower-cased, each a stretch of
        # it (which may be longer than the sentence: "İ" becomes two letters);
        # the marks stripped before a line are the same lower-cased
        lowered = [piece.lower() for piece in pieces]
        line = " ".join(lowered)
        found = [
            (end + 1 - length, end + 1, positions)
            for end, (length, positions) in automaton.iter(line)
        ]
        read: list[Rule | None] = []
        start = 0
        for piece, lowered_piece in zip(pieces, lowered, strict=True):
            written = piece.lstrip(_LEAD)
            lead = len(piece) - len(written)
            end = start + len(lowered_piece)
            read.append(self._stretch(found, line, start + lead, end, written, alone=False))
            start = end + 1
        spaced = " ".join(pieces)
        written = spaced.lstrip(_LEAD)
        whole = self._stretch(found, line, len(spaced) - len(written), len(line), written)
        return tuple(read), whole

    def _stretch(
        self,
        found: list[tuple[int, int, tuple[int, ...]]],
        lowered: str,
        start: int,
        end: int,
        written: str,
        *,
        alone: bool = True,
    ) -> Rule | None:
        """The first rule ``lowered[start:end]`` fits, ``written`` before lower-casing,
        given the triggers ``found`` in ``lowered``: (start, end, rule positions)."""
        line = lowered[start:end]
        words = line.count(" ") + 1
        tried = {
            position
            for at, until, positions in found
            if start <= at and until <= end
            for position in positions
            if self._reach[position] >= words
        }
        return self._first(tried, line, written, alone)

    def _first(self, tried: set[int], line: str, written: str, alone: bool) -> Rule | None:
        """The first rule of ``tried`` (by position) that a line fits, lower-cased and
        single-spaced as ``line``, as ``written`` before lower-casing; each rule of
        ``tried`` has a trigger in the line and allows a line as long."""
        for position in sorted(tried):
            rule = self.rules[position]
            if not alone and rule.alone:
                continue
            if rule.shaped(line, written):
                return rule
        return None

    def matches(self, text: str) -> bool:
        """Whether ``text`` is a line of page chrome."""
        return self.kind(text) is not None


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?"
# A picture as captions name it ("photo-obsessed" names none).
_PICTURE = r"(?:photo|photograph|image|picture|frame grab|handout)s?(?![\w-])"
_PICTURES = ("photo", "image", "picture", "frame grab", "handout")
# Where a caption says its picture comes from: "provided by the fire service".
_SOURCE = (
    r"(?: (?:provided|released|taken|made available|distributed|obtained|posted)"
    r" (?:by|from|on)| from) [^,]+?"
)
# Where a caption places people, matched on the line as written: a name, then
# ", left," ("Ana Ruiz, left, and ..."), "(second from right)", "From left,
# ...". Never "from left and right", "left-leaning", "Oh, right,", "left,
# right, left" or "She paused, left, and ...", where no name stands.
_SIDE = r"(?:left|right|centre|center)"
_NAME = r"\b[A-Z][\w.'\u2019-]*(?<!\bOh)(?<!\bYes)(?<!\bAll)(?<!\bLeft)(?<!\bRight)"
_PLACEMENT = (
    rf"{_NAME}, (?:(?:second|third|fourth) from |far )?{_SIDE}, (?!or\b)"
    rf"|(?i:\((?:(?:second|third|fourth) from |far |front row, |back row, )?{_SIDE}\))"
    r"|(?i:(?:^|, )(?:(?:clockwise|front row|back row|top row) )?"
    r"from (?:top |bottom )?(?:left|right)[,:])"
)
# Agencies as credits name them: "Jane Doe/Getty Images", "(AP)".
_AGENCY = r"(?:getty images|getty|ap|afp|reuters|epa|shutterstock|istock|corbis)"
_AGENCIES = ("getty", "ap", "afp", "reuters", "epa", "shutterstock", "istock", "corbis")
# The links of a site's footer: "Privacy Policy | Terms of Use".
_FOOTER_LINK = r"(?:privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|contact us)"
_CREDIT_LABEL = (
    r"(?:(?:photo(?:graph)?|image|picture)(?: illustration)?(?: by)?:? |photographer: "
    r"|source: |credit: |by )"
)

# The kinds of chrome line in English news pages, one rule each, applied to the
# lower-cased line. Captions come last: agencies write them to a formula ("FILE
# - In this May 2, 2017, file photo, ...", "This photo released by ... shows",
# people placed left and right, the date last), and a line is a caption by
# that formula only, never for a word such as "photo" or "left".
ENGLISH_CHROME: tuple[Rule, ...] = (
    # Page furniture: markers, prompts, notices and links.
    Rule.line(
        "advertising marker",
        "embed",
        "advertis",
        r"(?:photo )?advertisement(?: continue reading the main story| - story continues below)?:?",
        words=8,
    ),
    Rule.line(
        "reading prompt",
        "prompt",
        "continue",
        rf"(?:continue reading(?: the main story| below)?|story continue[sd] below){_END}",
        words=5,
    ),
    Rule.line(
        "sign-up prompt",
        "prompt",
        "sign",
        r"(?:(?:\S+ ){0,3}newsletter |e-?mail )sign[- ]?up\b.*"
        r"|sign up\b.*\b(?:newsletters?|e-?mails?|alerts|updates|inbox)\b.*",
        words=40,
        runs_on=True,
    ),
    Rule.line(
        "subscription prompt",
        "prompt",
        "subscri",
        rf"(?:you can )?unsubscribe at any time{_END}|thanks?(?: you)? for subscribing{_END}"
        rf"|(?:.*, )?subscribe (?:now|today)\b{PHRASE}",
        words=20,
        runs_on=True,
    ),
    Rule.line(
        "news alert prompt",
        "prompt",
        "breaking news",
        rf"breaking news e-?mails(?: get breaking news alerts{PHRASE})?"
        rf"|get breaking news alerts{PHRASE}",
        words=15,
        runs_on=True,
    ),
    Rule.line(
        "interest prompt",
        "prompt",
        "interest",
        rf"add (?:as an )?interest(?: to (?:stay|follow|keep)\b.*)?{_END}",
        words=25,
    ),
    Rule.line(
        "stay-informed prompt",
        "prompt",
        "date",
        rf"(?:stay|keep) up[- ]to[- ]date (?:on|with) the latest\b{PHRASE}",
        words=30,
        runs_on=True,
    ),
    Rule.line(
        "app prompt",
        "prompt",
        "app",
        rf"(?:get|download) (?:the|our) {PHRASE}?\bapps?\b{PHRASE}",
        words=30,
        runs_on=True,
    ),
    Rule.line(
        "copyright line",
        "credit",
        ("copyright", "\u00a9", "(c)", "rights reserved"),
        r"(?:copyright (?:(?:\u00a9|\(c\)) ?)?\d{4}|copyright ?(?:\u00a9|\(c\))"
        r"|\u00a9|\(c\) \d{4}).*"
        r"|.*\ball rights reserved\.?",
        words=15,
    ),
    # A film's rating as a review prints it: "Rated PG-13 (for violence). 118 minutes."
    Rule.mark(
        "film rating",
        "credit",
        "rated ",
        r"rated (?:g|pg|pg-13|r|nc-17)(?: \(.*|\.)(?: .*)?",
    ),
    # A film's credits: a job, then names alone ("Produced by Ann Bell, Dan Ames.",
    # "With: Ann Bell, Dan Ames."), or the studio presenting it ("Lumen
    # Pictures presents a film directed by Ann Bell and written by Dan Ames.").
    Rule.line(
        "film credit",
        "credit",
        (
            "produced by",
            "directed by",
            "written by",
            "edited by",
            "music by",
            "screenplay",
            "with:",
            "starring:",
            "cast:",
        ),
        r"(?:(?:Produced|Directed|Written|Edited|Music|Screenplay|Cinematography) by|Screenplay,?"
        r"|(?:With|Starring|Cast):)"
        r" [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*"
        r"(?:(?:,| and|, and) [A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*)*\.?"
        r"|(?:[A-Z][\w.'\u2019&-]* ){1,4}presents? an? (?:film|movie|documentary)"
        r" (?:directed|written|produced) by [A-Z].*",
        words=30,
        cased=True,
    ),
    Rule.line(
        "form message",
        "embed",
        ("please", "error", "invalid"),
        rf"please (?:try again(?: later)?|re-?enter|enter your (?:comment|name|e-?mail)){PHRASE}"
        rf"|an error (?:has|have) occurred{_END}"
        rf"|invalid e-?mail(?: address)?{_END}|please verify (?:that )?you'?re not a robot{PHRASE}",
        words=15,
        runs_on=True,
    ),
    Rule.line(
        "browser notice",
        "embed",
        ("javascript", "browser"),
        rf"(?:please |you need to )?enable javascript\b{PHRASE}"
        rf"|(?:your|this) browser (?:does not|doesn't) support\b{PHRASE}"
        rf"|please update your browser\b{PHRASE}",
        words=15,
        runs_on=True,
    ),
    Rule.line(
        "cookie notice",
        "embed",
        "cookie",
        rf"(?:we|this (?:web)?site) uses? cookies\b{PHRASE}"
        r"|by (?:using|continuing to use) (?:this|our) (?:web)?site,?"
        rf" you (?:agree|accept|consent) to (?:our|the) use of cookies{PHRASE}"
        rf"|cookie (?:policy|settings|notice|preferences){_END}",
        words=30,
        runs_on=True,
    ),
    Rule.line(
        "site terms notice",
        "embed",
        ("you agree", "you accept", "you consent", "privacy", "terms"),
        r"by (?:using|continuing to use|submitting|signing up|registering|clicking)"
        rf"{PHRASE},? you (?:agree|accept|consent)\b{PHRASE}"
        r"|visit our website terms of use\b.*"
        rf"|{_FOOTER_LINK}(?: ?[.|\u2022]? {_FOOTER_LINK})*\.?",
        words=30,
        runs_on=True,
    ),
    Rule.line(
        "click prompt",
        "prompt",
        ("click", "tap here"),
        r"\(?(?:click|tap) (?:here|to share|through (?:the|our|this) (?:slideshow|gallery))\b.*"
        r"|.*[,:(][\"\u201d']? ?(?:please )?(?:click|tap) here\)?[.:!]?(?: https?://\S+)?",
        words=30,
    ),
    Rule.line(
        "read-more link",
        "teaser",
        "more",
        r"more (?:information|info)(?: (?:on|about)\b[^:]*)?: .*"
        r"|(?:read|learn|see) more(?:[.:!]?| ?: .*| (?:from|here|stories)\b.*"
        r"| (?:about|on|at)\b(?:[^.!?]|\.(?=\S))*"
        r"| https?://\S+)",
        words=25,
    ),
    # The page pointing at itself: the list, video or text it offers. "Here"
    # opens a line that ends in a colon, the list to come ("Here's what you
    # need to know:"), or counts what it offers ("Here are 20 of her best
    # moments."); "Below is the full text of ...", "Read on for ...", "...
    # mentioned in this article", "We've collected her funniest moments."
    # Never "Here is a city that ...", "Below are the ruins of ...", "The
    # company named in this article declined to comment." or "We have
    # gathered enough evidence ...".
    Rule.line(
        "page pointer",
        "teaser",
        (
            "here",
            "below",
            "read on",
            "this article",
            "this video",
            "this post",
            "the video",
            "we've",
            "we\u2019ve",
            "we have",
        ),
        r"(?:(?:[^,]*, )?(?:(?:and|so|but|now),? )?here(?:'s|\u2019s| is| are) "
        r"(?:[^:]*:|(?:just |only )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
        r" (?:of |more )?\b[^:]*|a (?:sampling|selection|look|list|roundup"
        r"|rundown|guide|timeline)\b[^:]*)"
        r"|below,? (?:is|are|you'?ll find) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:text|list|video"
        r"|statement|letter|transcript|timeline|map|photos?|pictures?|gallery|explanation"
        r"|excerpts?|summary|clip|trailer)\b.*"
        r"|read on (?:for|to)\b.*"
        r"|this (?:article|post) (?:was|is|has)\b.*"
        # the phrases that may stand anywhere in the line, tried in one scan of it
        r"|.*\b(?:click below\b"
        r"|(?:mentioned|discussed|featured|linked|embedded|shown) in this (?:article|video"
        r"|post)\b|the making of this video\b"
        r"|the video (?:above|below|shown here)\b"
        r"|we(?:'ve|\u2019ve| have) (?:compiled|collected|rounded up|gathered)"
        r" (?:a |an |the |some |her |his |their |our )?(?:[\w-]+ ){0,2}(?:list|best|top"
        r"|moments|photos|pictures|highlights|reactions|tweets|quotes)\b"
        r"|we(?:'ve|\u2019ve| have) (?:added|updated|corrected)\b.*\b(?:to|in) (?:this|the)"
        r" (?:article|post)\b).*)",
        words=40,
    ),
    # A broadcaster's line over its video: "NBC10's Ann Bell has the latest." A
    # name or an outlet, every word capitalised, and no more than where:
    # never "The city has more." or "Investigators have the details from ...".
    Rule.line(
        "broadcast tease",
        "teaser",
        ("the latest", "the details", "has more", "have more"),
        r"(?:[A-Z][\w.'\u2019-]* ){1,5}(?:has|have) (?:the latest|the details|more)"
        r"(?: (?:on|about) (?:the|this) [a-z]+)?[.!]?",
        words=15,
        cased=True,
    ),
    # The heading of a wire service's running story: "ANAHEIM, Calif. (AP) —
    # The Latest on the storm (all times local): 2:44 p.m."
    Rule.line(
        "live-update heading",
        "subhead",
        "(all times local)",
        r".*\bthe latest\b.*\(all times local\).*",
        words=40,
    ),
    Rule.line(
        "follow prompt",
        "prompt",
        ("follow", "like us", "become a fan"),
        r"(?:follow (?:us|me|him|her|them|[^,.;:]{1,30}?) on|like us on|become a fan of .* on)"
        r" (?:twitter|facebook|instagram)\b.*",
        words=40,
    ),
    Rule.line(
        "share button",
        "prompt",
        ("share this", "mail this"),
        r"(?:read or )?share this (?:article|story)\b.*|e-?mail this\b.*",
        words=25,
    ),
    Rule.line(
        "contact line",
        "prompt",
        ("call ", "contact ", "reach ", "mail "),
        r"(?:you can )?(?:call|contact|reach|e-?mail) (?:him|her|them|us|the (?:author|writer)"
        r"|(?:[\w&.'\u2019-]+ ){0,3}reporter)\b.*(?:@|\d{3}[-.]\d{4}).*",
        words=40,
    ),
    Rule.line(
        "tweet location notice",
        "embed",
        "tweet",
        r"tweet with a location|(?:you|when you|add)\b.*\b(?:location(?: information)? to your"
        r" tweets|tweet location history|tweet with a location)\b.*"
        r"|you can switch location on/off before each tweet\b.*",
        words=30,
        runs_on=True,
    ),
    Rule.line(
        "web-archive notice",
        "embed",
        ("crawl", "wayback", "web collections", "referenced are changed"),
        r"(?:this|these) crawls?\b.*|crawls? of\b.*|the (?:seed|warc)\b.*\bcrawl\b.*"
        r"|web[- ]wide crawl\b.*"
        r"|the scope of (?:the|this) crawl\b.*"
        r"|.*\b(?:crawl data|data are added to the wayback machine|web collections curated by"
        r"|pages that are referenced are changed)\b.*",
        words=100,
        runs_on=True,
    ),
    Rule.line(
        "page notice",
        "embed",
        "page",
        r"(?:sorry, )?(?:the )?page (?:you (?:are|were) looking for|not found|cannot be found)\b"
        rf"{PHRASE}|.*, the page url may have changed\.?",
        words=25,
        runs_on=True,
    ),
    Rule.line(
        "text size widget",
        "embed",
        "text size",
        r"text size(?: [-+\u2013a]+)*",
        words=5,
    ),
    Rule.line(
        "comments notice",
        "prompt",
        "comment",
        r"(?:comments? (?:are|is) (?:now )?(?:closed|moderated)|(?:leave|post|add) a comment)\b"
        rf"{PHRASE}",
        words=15,
        runs_on=True,
    ),
    Rule.line(
        "player message",
        "embed",
        ("rating is available", "not available", "video"),
        rf"rating is available when the {PHRASE}"
        rf"|this (?:video|feature) is not available{PHRASE}|watch (?:this|the) video\b{PHRASE}",
        words=15,
        runs_on=True,
    ),
    Rule.line(
        "trending link",
        "teaser",
        "trending",
        r"trending(?: news| now)?: .*",
        words=20,
        runs_on=True,
    ),
    Rule.line(
        "reporting credit",
        "credit",
        "contributed",
        r".*\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))"
        r"(?: (?:from|in) [^.]+?)?(?: and can be reached at \S+?)?\.?",
        words=80,
    ),
    Rule.line(
        "update note",
        "byline",
        "update",
        r"this (?:story|article|post|report) (?:has been|was) updated(?: (?:to|with) .*)?\.?"
        rf"|(?:further |more )?updates will be (?:provided|posted|added)\b{PHRASE}"
        rf"|updated?(?: at| on|:|,) (?:{_WEEKDAY},? )?(?:{_MONTH} \d{{1,2}},? (?:\d{{4}},? )?)?"
        rf"(?:at )?\d{PHRASE}",
        words=30,
    ),
    Rule.line(
        "edit note",
        "credit",
        "edited",
        r"this (?:interview|conversation|transcript|q ?& ?a)(?: has been| was| is)? (?:lightly )?"
        r"(?:edited|condensed)(?: and (?:edited|condensed))?"
        r"(?: for (?:length|clarity|brevity)(?:,? and (?:length|clarity|brevity))?)?\.?",
        words=20,
    ),
    Rule.line(
        "transcript notice",
        "credit",
        "final form",
        r"this (?:text|transcript) may not be in its final form\b.*",
        words=25,
    ),
    Rule.line(
        "credit line",
        "credit",
        _AGENCIES,
        rf"[\[(|]? ?{_CREDIT_LABEL}?(?:.*?(?:/ ?| ?- ?| via ))?{_AGENCY}[ /)\].]*"
        rf"|[\[(|]? ?{_CREDIT_LABEL}.*?, {_AGENCY}[ /)\].]*",
        words=14,
    ),
    # Marks: the widget shows whatever text it shows after them.
    Rule.mark(
        "photo credit",
        "credit",
        ("photo", "image", "picture", "reuters/"),
        r"\(?(?:ap|afp|reuters) photo/.*|reuters/\S*(?: \S+){0,4}"
        r"|.*\((?:ap|afp|reuters) photo\b[^)]*\)?(?: \((?:the )?associated press\))?\.?"
        r"|[\[(](?:photo|photograph|image)(?: by|:) .*"
        r"|.*\((?:photo|photograph|image)(?: by|:) [^()]*\)?(?:buy photo)?\.?"
        r"|(?:file )?(?:photos?|photograph|photographer|picture|image)(?: by)?: .*"
        r"|\[.*\bphoto: [^\]]*\]",
    ),
    Rule.mark(
        "agency credit",
        "credit",
        "getty",
        r"(?:\| )?(?:\S+ ){0,4}\S+/(?:\S+/)*getty(?: images)?\b.*|.*getty images.*getty images.*",
    ),
    Rule.mark(
        "image caption",
        "caption",
        ("image", "photo", "video", "picture", "caption"),
        r"[\[(]?(?:credit: )?(?:(?:image|photo|video|picture) (?:copyright|caption|credit|courtesy)"
        r"|media caption|enlarge (?:this )?image|i?toggle caption)\b.*",
    ),
    Rule.mark(
        "gallery caption",
        "embed",
        "hide caption",
        r"hide caption\b.*",
    ),
    Rule.mark(
        "buy-photo button",
        "embed",
        "buy photo",
        r"buy photo\b.*",
    ),
    Rule.mark(
        "player controls",
        "embed",
        ("skip", "play ", "facebook", "twitter", "pinterest", "whatsapp", "linkedin"),
        r"(?:\S+ ){0,8}?skip (?:in skip x embed x share|ad(?: autoplay| \u00d7|$))(?: .*)?"
        r"|play (?:facebook|twitter|email)|play video \d+:\d\d\b.*"
        r"|(?:facebook|twitter|pinterest|whatsapp|linkedin|email|share)"
        r"(?: (?:facebook|twitter|pinterest|whatsapp|linkedin|email|share|reddit)){2,}\b.*",
    ),
    Rule.mark(
        "video teaser",
        "embed",
        (":0", ":1", ":2", ":3", ":4", ":5"),
        r".*\(\d{1,2}:[0-5]\d\) .*",
    ),
    Rule.mark(
        "wire teaser",
        "teaser",
        "associated press)",
        r".*(?:\.\.\.|\u2026) ?\((?:the )?associated press\)(?: (?:file|in this)\b.*)?",
    ),
    # Captions, by their formula.
    Rule.line(
        "file caption",
        "caption",
        "file",
        r"file(?: photo)? ?[-\u2013\u2014:] .*"
        rf"|file (?:photo|image|picture) of .*|an? file {_PICTURE} from .*"
        rf"|.*\bin (?:this|a) (?:\S+ ){{0,5}}?file {_PICTURE}(?:{_SOURCE})?"
        rf"(?:, {_MONTH} \d{{1,2}}, \d{{4}})?\.?",
        words=80,
    ),
    Rule.line(
        "caption naming its picture",
        "caption",
        _PICTURES,
        rf"in this (?:\S+ ){{0,6}}?{_PICTURE}(?:{_SOURCE})?, .*"
        rf"|(?:this|an? (?:file|handout|undated)) (?:\S+ ){{0,4}}?{_PICTURE}(?:{_SOURCE})?"
        r" shows\b.*"
        rf"|.*, this {_PICTURE}(?:{_SOURCE})? shows\.?"
        rf"|.*\bin this (?:(?:\S+ ){{1,5}}?{_PICTURE}(?:{_SOURCE})?|{_PICTURE}{_SOURCE})"
        rf"(?:, {_MONTH} \d{{1,2}}, \d{{4}})?\.?"
        rf"|.*, in this (?:\S+ ){{0,5}}?{_PICTURE}(?:{_SOURCE})?[^,]*(?:, \d{{4}})?, (?:is|are) "
        r"(?:seen|pictured|shown)\b.*",
        words=80,
    ),
    Rule.line(
        "caption placing people",
        "caption",
        ("left", "right", "centre", "center"),
        rf".*(?:{_PLACEMENT}).*",
        words=80,
        cased=True,
    ),
    Rule.line(
        "caption dated last",
        "caption",
        "day",
        rf".*, {_WEEKDAY},? {_MONTH} \d{{1,2}},? \d{{4}}(?:, in [^,.:;]+(?:, [^,.:;]+)?)?\.?",
        words=80,
    ),
    # A paragraph of one sentence dated last after a place, as agencies caption
    # a picture: "... in Paris, April 22, 2015." Never "... on Friday, Jan. 5,
    # 2024.", nor a date inside a quotation.
    Rule.line(
        "picture dated last",
        "caption",
        ("jan", "feb", "march", "april", "may", "june", "july", "aug", "sep", "oct", "nov", "dec"),
        rf".*(?<!day), {_MONTH} \d{{1,2}}, \d{{4}}\.",
        words=80,
        alone=True,
    ),
)
