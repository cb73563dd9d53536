"""Issue 21: random hostile input through the readers, the JSONL path and every rendering.

Every outcome is a brief or a SummarizeError; every rendering is valid: JSON
parses strictly, the page is well formed with no script, text and Markdown
hold no control character that drives a terminal, and all is UTF-8.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize import Document, SummarizeError, summarize
from summarize.options import Options
from summarize.readers import decode, read_stream
from summarize.render import render
from summarize.run.pool import outcomes
from summarize.run.story import Defaults, read_stories

PROPERTIES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with what hostile input holds: lone surrogates, controls, escapes, bidi marks.
NASTY = st.sampled_from(
    [
        "\ud800",
        "\udfff",
        "\x00",
        "\x1b[2J",
        "\x1b]0;t\x07",
        "\x9b",
        "\u202e",
        "\u2066",
        "\u2028",
        "\ufeff",
        "<script>",
        "</p>",
        "&amp;",
        "[a](javascript:x)",
        "\r\n",
        "\n\n",
    ]
)
WORDS = st.sampled_from(["The", "bridge", "opened", "on", "Monday.", "Rain", "fell.", "é"])
TEXT = st.lists(st.one_of(WORDS, NASTY, st.text(max_size=8)), max_size=25).map(" ".join)


def strict(line: str) -> object:
    def refuse(name: str) -> object:
        raise AssertionError(f"not strict JSON: {name}")

    return json.loads(line, parse_constant=refuse)


class WellFormed(HTMLParser):
    """Checks that every element closes in order and that nothing can run."""

    VOID = {"meta", "br", "img", "hr", "input", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        assert tag != "script" and not any(name.startswith("on") for name, _ in attrs)
        assert not any(
            name == "href" and not re.match(r"(#|https?:)", value or "") for name, value in attrs
        )
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        assert tag != "script"

    def handle_endtag(self, tag):
        assert self.open and self.open.pop() == tag, tag


@PROPERTIES
@given(st.binary(max_size=400))
def test_any_bytes_are_text_or_a_clear_error(data):
    try:
        documents = read_stream(io.BytesIO(data), max_bytes=300)
    except SummarizeError:
        return
    assert all(isinstance(document.text, str) for document in documents)
    with contextlib.suppress(SummarizeError):
        assert isinstance(decode(data, "x"), str)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
story = st.fixed_dictionaries(
    {"documents": st.lists(st.one_of(TEXT, json_values), max_size=3)},
    optional={"id": json_values, "query": st.one_of(TEXT, json_values), "language": json_values},
)
line = st.one_of(
    story.map(lambda s: json.dumps(s)),  # NaN, Infinity and surrogate escapes included
    json_values.map(json.dumps),
    st.binary(max_size=60),
    TEXT,
)


@PROPERTIES
@given(st.lists(line, min_size=1, max_size=5))
def test_every_json_line_gets_one_strict_record(lines):
    stories = read_stories(enumerate(lines, 1), Defaults(Options(max_sentences=2)), lines=True)
    done = list(outcomes(stories))
    assert len(done) == sum(1 for item in lines if item.strip())
    for outcome in done:
        text = outcome.to_json()
        text.encode("utf-8")
        record = strict(text)
        assert ("brief" in record) != ("error" in record)
        assert outcome.failed == ("error" in record)


@PROPERTIES
@given(st.lists(TEXT, min_size=1, max_size=3), TEXT, st.one_of(st.none(), TEXT))
def test_every_rendering_of_any_brief_is_valid(texts, label, url):
    documents = [Document(text, id=label, title=label or None, url=url) for text in texts]
    try:
        brief = summarize(documents, max_sentences=3, min_words=0)
    except SummarizeError:
        return
    for fmt in ("text", "markdown", "json", "html"):
        shown = render(brief, fmt)
        shown.encode("utf-8")
        if fmt == "json":
            assert strict(shown) is not None
        elif fmt == "html":
            checker = WellFormed()
            checker.feed(shown)
            checker.close()
            assert checker.open == []
        else:
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
