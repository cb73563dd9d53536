from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from summarize import Brief, BriefSentence, Document, Span, summarize
from summarize.cli import main
from summarize.render.html import span_id
from summarize.types import paragraph_spans

from .languages import story
from .stories import FERRY, FLOOD


class Page(HTMLParser):
    """What a test needs of a page: ids, links, resources, and the text of each mark."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.sources: list[str] = []
        self.marks: dict[str, str] = {}
        self.html_lang: str | None = None
        self._open_mark: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.add(tag)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if "src" in attributes:
            self.sources.append(attributes["src"])
        if tag == "html":
            self.html_lang = attributes.get("lang")
        if tag == "mark":
            self._open_mark = attributes.get("id")
            if self._open_mark:
                self.marks[self._open_mark] = ""

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open_mark = None

    def handle_data(self, data):
        if self._open_mark:
            self.marks[self._open_mark] += data


@pytest.fixture(scope="module")
def ferry_brief() -> Brief:
    return summarize(FERRY, max_sentences=3)


def test_page_is_self_contained(ferry_brief):
    html = ferry_brief.to_html()
    page = Page(html)
    assert not page.sources
    assert not {"script", "link", "img", "iframe", "object"} & page.tags
    assert "url(" not in html and "@import" not in html
    assert all(href.startswith("#") for href in page.hrefs)


def test_every_link_has_a_target_and_ids_are_unique(ferry_brief):
    page = Page(ferry_brief.to_html())
    assert len(page.ids) == len(set(page.ids))
    assert {href[1:] for href in page.hrefs} <= set(page.ids)


def test_every_source_span_is_highlighted_verbatim_and_cited(ferry_brief):
    page = Page(ferry_brief.to_html())
    spans = {span for sentence in ferry_brief for span in sentence.sources}
    assert any(len(sentence.sources) > 1 for sentence in ferry_brief)
    assert set(page.marks) == {span_id(span) for span in spans}
    for span in spans:
        assert page.marks[span_id(span)] == FERRY[span.source][span.start : span.end]
        assert f"#{span_id(span)}" in page.hrefs


def test_every_article_is_shown_in_full(ferry_brief):
    html = ferry_brief.to_html()
    body = re.sub(r'<a class="back"[^>]*>.*?</a>', "", html)
    text = unescape(re.sub(r"<[^>]+>", "", body))
    for article in FERRY:
        for paragraph in article.split("\n\n"):
            assert f"\n{paragraph}\n" in text


def test_brief_sentences_come_first_with_a_citation_per_source(ferry_brief):
    html = ferry_brief.to_html()
    first_article = html.index('<article class="source"')
    for number, sentence in enumerate(ferry_brief, start=1):
        item = re.search(rf'<li id="b{number}">(.*?)</li>', html).group(1)
        assert html.index(f'<li id="b{number}">') < first_article
        cited = re.findall(r'href="#(a\d+-\d+-\d+)"', item)
        assert cited == [span_id(span) for span in sentence.sources]


def test_text_and_urls_are_escaped_and_only_web_links_are_links():
    documents = (
        Document('Fish & chips <b>"rose"</b> in price on Monday, traders said.', title="<Menu>"),
        Document(
            "Fish prices rose on Monday, traders at the harbour market said.",
            url="javascript:alert(1)",
        ),
        Document("Fish prices rose on Monday.", url="https://news.example/fish?a=1&b=2"),
    )
    brief = summarize(documents, max_sentences=1)
    html = brief.to_html()
    assert "<b>" not in html and "<Menu>" not in html
    assert "&lt;b&gt;&quot;rose&quot;&lt;/b&gt;" in html and "&lt;Menu&gt;" in html
    assert 'href="javascript' not in html
    assert 'href="https://news.example/fish?a=1&amp;b=2"' in html


def test_the_page_names_its_language_and_fits_a_phone():
    html = summarize(FLOOD, max_sentences=2).to_html()
    assert Page(html).html_lang == "en"
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    french = summarize(
        ["Le pont a ouvert lundi matin. Les habitants ont traversé le pont à pied."],
        language="French",
    )
    assert Page(french.to_html()).html_lang == "fr"
    assert "dir=" not in french.to_html()


@pytest.mark.parametrize(("name", "code"), [("arabic", "ar"), ("hebrew", "he"), ("urdu", "ur")])
def test_a_page_in_a_right_to_left_script_reads_right_to_left(name, code):
    html = summarize(story(name), language=name, max_sentences=2).to_html()
    assert f'<html lang="{code}" dir="rtl">' in html


def test_title_defaults_to_the_first_sources_headline_and_can_be_set():
    documents = (Document("The ferry strike ended on Saturday night.", title="Strike ends"),)
    brief = summarize(documents)
    assert "<title>Brief: Strike ends</title>" in brief.to_html()
    assert "<h1>Night ferries</h1>" in brief.to_html(title="Night ferries")
    assert "<title>Brief of 3 articles</title>" in summarize(FERRY).to_html()


def test_a_brief_to_a_question_is_titled_by_the_question():
    documents = (Document("The ferry strike ended on Saturday night.", title="Strike ends"),)
    html = summarize(documents, query="When did the <strike> end?").to_html()
    assert "<title>Brief: When did the &lt;strike&gt; end?</title>" in html


def test_the_figure_has_a_square_per_sentence_and_article(ferry_brief):
    html = ferry_brief.to_html()
    figure = re.search(r"<svg.*?</svg>", html, re.DOTALL).group(0)
    assert figure.count("<rect") == len(ferry_brief) * len(FERRY)
    stated = sum(len(sentence.sources) for sentence in ferry_brief)
    assert figure.count('class="key-chosen"') == len(ferry_brief)
    assert figure.count('class="key-also"') == stated - len(ferry_brief)
    assert 'aria-labelledby="figure-caption"' in figure


def test_a_span_cited_by_two_sentences_is_marked_once_with_both_back_links():
    text = "Roads shut across the county on Monday as the river rose."
    documents = (Document(text), Document("Roads shut. The river rose."))
    shared = Span(0, 0, len(text))
    sentences = (
        BriefSentence("Roads shut.", 1, 0, 11, 0.5, sources=(Span(1, 0, 11), shared)),
        BriefSentence("The river rose.", 1, 12, 27, 0.4, sources=(Span(1, 12, 27), shared)),
    )
    html = Brief(sentences, documents).to_html()
    assert html.count(f'id="{span_id(shared)}"') == 1
    assert 'href="#b1"' in html and 'href="#b2"' in html
    assert f'<mark id="{span_id(shared)}" class="also">' in html


class Shown(HTMLParser):
    """The paragraphs of each article as the page shows them, a ^ under each marked character."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: list[list[tuple[str, str]]] = []
        self._paragraph: tuple[str, str] | None = None
        self._in_article = self._in_back = False
        self._marks = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.articles.append([])
            self._in_article = True
        elif tag == "p" and self._in_article and ("class", "meta") not in attrs:
            self._paragraph = ("", "")
        elif tag == "mark":
            self._marks += 1
        elif tag == "a" and ("class", "back") in attrs:
            self._in_back = True

    def handle_endtag(self, tag):
        if tag == "p" and self._paragraph is not None:
            self.articles[-1].append(self._paragraph)
            self._paragraph = None
        elif tag == "article":
            self._in_article = False
        elif tag == "mark":
            self._marks -= 1
        elif tag == "a":
            self._in_back = False

    def handle_data(self, data):
        if self._paragraph is not None and not self._in_back:
            text, marked = self._paragraph
            self._paragraph = (text + data, marked + ("^" if self._marks else " ") * len(data))


def expected(document: str, spans: list[Span]) -> list[tuple[str, str]]:
    """The paragraphs the page should show of ``document``: each once, the spans marked."""
    return [
        (
            document[start:end],
            "".join(
                "^" if any(s.start <= i < s.end for s in spans) else " " for i in range(start, end)
            ),
        )
        for start, end in paragraph_spans(document)
    ]


def test_a_span_over_two_paragraphs_and_spans_that_overlap_show_each_word_once():
    # a quotation in two paragraphs, quoted as one unit; and a three-sentence
    # unit that another brief sentence cites, holding the sentence quoted first
    quote = "“We opened two shelters.\n\n“Stay off the roads,” the mayor said."
    wire = "The mayor spoke at noon. The river rose two metres. Schools shut early."
    documents = (Document(f"Floods hit the town.\n\n{quote}\n\nRain goes on."), Document(wire))
    across = Span(0, 22, 22 + len(quote))
    first = Span(1, 0, 24)
    unit = Span(1, 0, len(wire))
    sentences = (
        BriefSentence(quote, 0, across.start, across.end, 0.5, sources=(across,)),
        BriefSentence(wire[:24], 1, 0, 24, 0.4, sources=(first,)),
        BriefSentence("Floods hit the town.", 0, 0, 20, 0.3, sources=(Span(0, 0, 20), unit)),
    )
    brief = Brief(sentences, documents)
    page = Page(brief.to_html())
    assert len(page.ids) == len(set(page.ids))
    assert {span_id(span) for s in sentences for span in s.sources} <= set(page.ids)
    assert {href[1:] for href in page.hrefs} <= set(page.ids)
    spans = [span for s in sentences for span in s.sources]
    articles = Shown(brief.to_html()).articles
    for index, document in enumerate(documents):
        assert articles[index] == expected(
            document.text, [span for span in spans if span.source == index]
        )
    html = brief.to_html()
    # the quoted sentence's id is on its mark, the longer unit's on an anchor before it
    assert f'<span class="anchor" id="{span_id(unit)}"></span><mark id="{span_id(first)}">' in html
    # a span over paragraphs links back once, where it ends
    assert html.count('href="#b1"') == 1
    assert re.search(r"the mayor said\.</mark><a class=\"back\" href=\"#b1\"", html)


def test_cli_writes_the_page(tmp_path, capsys):
    paths = []
    for index, article in enumerate(FERRY):
        path = tmp_path / f"ferry{index}.txt"
        path.write_text(article, encoding="utf-8")
        paths.append(str(path))
    assert main([*paths, "--sentences", "2", "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert f"[1] {paths[0]}" in out


def test_the_page_shows_the_question_and_marks_its_words_in_the_brief():
    from .stories import FIRE

    brief = summarize(FIRE, max_sentences=2, query="Smoke <and> schools?")
    html = brief.to_html()
    assert '<p class="query"><strong>Question:</strong> Smoke &lt;and&gt; schools?</p>' in html
    items = re.findall(r'<li id="b\d+">(.*?)</li>', html)
    assert len(items) == 2
    terms = [re.findall(r'<b class="term">(.*?)</b>', item) for item in items]
    assert all(terms)  # every sentence of a query brief has a word of the query
    assert {word.lower() for found in terms for word in found} <= {"smoke", "school", "schools"}
    # marking changes no text: without the tags each item reads as the sentence
    for item, sentence in zip(items, brief, strict=True):
        assert unescape(re.sub(r"<[^>]+>", "", item)).startswith(sentence.text + " ")
    assert Page(html).marks  # the cited spans are still highlighted


def test_a_page_without_a_question_marks_no_words(ferry_brief):
    html = ferry_brief.to_html()
    assert 'class="term"' not in html and 'class="query"' not in html


def test_the_page_allows_its_own_style_sheet_and_nothing_else(ferry_brief):
    """Issue 21: a Content-Security-Policy, so that nothing an article holds can run."""
    import base64
    import hashlib

    html = ferry_brief.to_html()
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert policy is not None and html.index(policy.group(0)) < html.index("<style>")
    assert policy.group(1) == (
        f"default-src 'none'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    assert 'style="' not in html and "<script" not in html


def test_each_brief_sentence_is_isolated_from_its_citations():
    """Issue 21, case 11: an override (U+202E) in a sentence must end before its citation."""
    text = "The ferry \u202estopped running on Friday, the port said."
    html = summarize([text], max_sentences=1, min_words=0).to_html()
    assert f'<li id="b1"><bdi>{text}</bdi> <a class="cite"' in html
