"""The HTML brief in a real browser: headless Chromium driven by Playwright.

These tests need Chromium (Debian's ``chromium`` package, or the binary named
by ``SUMMARIZE_CHROMIUM``). Without it they skip, except under ``CI=true``,
where a missing browser is a failure: CI installs it (see ``.ci/run``).
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator

import pytest

from summarize import Brief, summarize
from summarize.render.html import span_id

from .languages import story
from .stories import FERRY

# Chromium's own background traffic is refused on a closed network; these
# flags keep it quiet (Playwright gives each run a fresh profile).
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1000, "height": 800}


def chromium_path() -> str:
    """The Chromium binary; skip (fail under CI) when there is none."""
    found = os.environ.get("SUMMARIZE_CHROMIUM") or shutil.which("chromium")
    missing = None
    if not found:
        missing = "no Chromium: install Debian's chromium or set SUMMARIZE_CHROMIUM"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "Playwright is not installed: pip install -e '.[test]'"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
    return str(found)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def brief() -> Brief:
    found = summarize(FERRY, max_sentences=3)
    assert any(len(sentence.sources) > 1 for sentence in found)
    return found


@pytest.fixture(scope="module")
def page_file(tmp_path_factory, brief) -> str:
    path = tmp_path_factory.mktemp("page") / "brief.html"
    path.write_text(brief.to_html(), encoding="utf-8")
    return path.as_uri()


def open_page(browser, url: str, viewport: dict[str, int], javascript: bool = False):
    # Reading needs no script: the tests run with JavaScript off unless they
    # need it to inspect the page (page.evaluate runs regardless).
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(url)
    return page


def target_state(page) -> dict[str, object]:
    """The element the URL points at, its highlight and whether it is in view."""
    return page.evaluate(
        """() => {
        const target = document.querySelector(':target');
        if (!target) return null;
        const box = target.getBoundingClientRect();
        const style = getComputedStyle(target);
        return {
            id: target.id,
            text: target.textContent,
            background: style.backgroundColor,
            outline: style.outlineStyle,
            inView: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
        };
    }"""
    )


def background_of(page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")


def test_clicking_a_corroborating_citation_highlights_its_span_in_view(browser, brief, page_file):
    number, sentence = next((n, s) for n, s in enumerate(brief, 1) if len(s.sources) > 1)
    span = sentence.sources[1]
    page = open_page(browser, page_file, DESKTOP)
    plain = background_of(page, f"#{span_id(span)}")
    page.click(f'#b{number} a[href="#{span_id(span)}"]')
    state = target_state(page)
    assert state is not None and state["id"] == span_id(span)
    assert state["text"] == FERRY[span.source][span.start : span.end]
    assert state["inView"]
    assert state["outline"] == "solid"
    assert state["background"] != plain
    page.context.close()


def test_every_citation_jumps_to_its_span(browser, brief, page_file):
    page = open_page(browser, page_file, PHONE)
    for number, sentence in enumerate(brief, start=1):
        for span in sentence.sources:
            page.click(f'#b{number} a[href="#{span_id(span)}"]')
            state = target_state(page)
            assert state["id"] == span_id(span) and state["inView"]
    page.context.close()


def test_back_link_and_figure_square_jump_too(browser, brief, page_file):
    page = open_page(browser, page_file, DESKTOP)
    chosen = brief.sentences[0].sources[0]
    page.click(f"#{span_id(chosen)} + a.back")
    assert target_state(page)["id"] == "b1"
    page.click(f'svg a[href="#{span_id(chosen)}"]')
    state = target_state(page)
    assert state["id"] == span_id(chosen) and state["inView"]
    page.context.close()


def test_phone_width_has_no_sideways_scrolling(browser, page_file):
    page = open_page(browser, page_file, PHONE)
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1]
    page.context.close()


def test_screenshot_shows_the_brief_and_its_highlights(browser, page_file, tmp_path):
    from PIL import Image

    page = open_page(browser, page_file, DESKTOP)
    shot = page.screenshot(full_page=True)
    page.context.close()
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    assert image.width == DESKTOP["width"] and image.height > DESKTOP["height"]
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # text, not a blank page
    highlight = (0xFF, 0xE2, 0x8A)  # the CSS colour of a quoted span
    assert sum(count for count, colour in colours if colour == highlight) > 1000
    (tmp_path / "brief.png").write_bytes(shot)


def test_the_question_shows_and_its_words_stand_out_in_the_brief(browser, tmp_path):
    from .stories import FIRE

    asked = summarize(FIRE, max_sentences=2, query="smoke and schools")
    path = tmp_path / "asked.html"
    path.write_text(asked.to_html(), encoding="utf-8")
    page = open_page(browser, path.as_uri(), PHONE)
    assert page.inner_text("p.query") == "Question: smoke and schools"
    terms = page.eval_on_selector_all(
        "ol.brief b.term",
        "found => found.map(e => [e.textContent, getComputedStyle(e).fontWeight,"
        " getComputedStyle(e).textDecorationLine])",
    )
    assert terms and {text.lower() for text, _, _ in terms} <= {"smoke", "school", "schools"}
    assert all(weight == "700" and line == "underline" for _, weight, line in terms)
    plain = page.eval_on_selector("ol.brief li", "e => getComputedStyle(e).fontWeight")
    assert plain == "400"
    page.context.close()


def test_an_arabic_brief_reads_right_to_left(browser, tmp_path):
    articles = story("arabic")
    arabic = summarize(articles, language="arabic", max_sentences=2)
    path = tmp_path / "arabic.html"
    path.write_text(arabic.to_html(), encoding="utf-8")
    page = open_page(browser, path.as_uri(), DESKTOP)
    layout = page.evaluate(
        """() => {
        const item = document.querySelector('#b1');
        const list = item.parentElement.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(item.firstChild);  // the sentence's own text
        const text = range.getBoundingClientRect();
        return {
            direction: getComputedStyle(item).direction,
            gapRight: list.right - text.right,
            gapLeft: text.left - list.left,
            shown: item.firstChild.textContent,
        };
    }"""
    )
    assert layout["direction"] == "rtl"
    assert layout["shown"].strip() == arabic.sentences[0].text
    # the sentence starts at the right edge of the brief and leaves its room on the left
    assert layout["gapRight"] < layout["gapLeft"]
    # the page's own English lines still read left to right
    facts = page.evaluate(
        """() => {
        const line = document.querySelector('p.facts');
        const range = document.createRange();
        range.selectNodeContents(line);
        const box = line.getBoundingClientRect(), text = range.getBoundingClientRect();
        return {gapLeft: text.left - box.left, gapRight: box.right - text.right};
    }"""
    )
    assert facts["gapLeft"] < facts["gapRight"]
    page.context.close()


def test_the_page_runs_under_its_content_security_policy(browser, tmp_path):
    """Its one style sheet applies by its hash; nothing else may run or load."""
    from summarize import Document

    hostile = summarize(
        [
            Document(
                'Ferry crews struck on Thursday. <img src=x onerror="document.title=1">'
                "<script>document.title='owned'</script> The port closed.",
                url="https://harbour.example/a",
            ),
            *FERRY,
        ],
        max_sentences=3,
    )
    path = tmp_path / "hostile.html"
    path.write_text(hostile.to_html(), encoding="utf-8")
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=True)
    page = context.new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(path.as_uri())
    assert page.evaluate("() => document.querySelectorAll('script, img, iframe').length") == 0
    assert page.title() != "owned" and page.title() != "1"
    policy = page.eval_on_selector('meta[http-equiv="Content-Security-Policy"]', "e => e.content")
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert background_of(page, "mark") == "rgb(255, 226, 138)"  # the style sheet applies
    assert not [m for m in messages if "Content Security Policy" in m]
    context.close()


def test_a_direction_override_in_a_sentence_keeps_its_citation_after_it(browser, tmp_path):
    """Issue 21, case 11: U+202E reversed the sentence and moved its citation inside it."""
    from summarize import Brief, BriefSentence, Document

    text = "The ferry \u202estopped running\u202c on Friday. The crews \u202ewent home."
    documents = (Document(text, id="wire"), Document("The port closed.", id="radio"))
    first = text.index(" The crews")
    brief = Brief(
        (
            BriefSentence(text[:first], 0, 0, first, 0.6),
            BriefSentence(text[first + 1 :], 0, first + 1, len(text), 0.4),
        ),
        documents,
    )
    path = tmp_path / "override.html"
    path.write_text(brief.to_html(), encoding="utf-8")
    page = open_page(browser, path.as_uri(), DESKTOP)
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('ol.brief li')].map(item => {
        const sentence = item.querySelector('bdi').getBoundingClientRect();
        const cite = item.querySelector('a.cite').getBoundingClientRect();
        return {sentenceRight: sentence.right, citeLeft: cite.left, sameLine:
            Math.abs(sentence.top - cite.top) < 4};
    })"""
    )
    page.context.close()
    assert len(boxes) == 2
    for box in boxes:  # the citation stays to the right of its sentence, on a left-to-right page
        assert box["sameLine"] and box["citeLeft"] >= box["sentenceRight"] - 1
