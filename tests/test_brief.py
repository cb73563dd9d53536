from __future__ import annotations

import json
import math

import pytest

from summarize import Brief, BriefSentence, Document, InputError, Span


def make_brief() -> Brief:
    documents = (
        Document("Rain fell.\nRoads shut.", id="a.txt"),
        Document("Roads shut.", title="Roads", url="https://news.example/roads"),
        Document("Rivers rose."),
    )
    sentences = (
        BriefSentence("Rain fell.", 0, 0, 10, 0.5),
        BriefSentence("Rivers rose.", 2, 0, 12, 0.3),
    )
    return Brief(sentences=sentences, documents=documents)


def corroborated_brief_for_round_trip() -> Brief:
    """A brief whose sentence two articles state, with a query."""
    brief = corroborated_brief()
    return Brief(brief.sentences, brief.documents, language="english", query="Are roads shut?")


def corroborated_brief() -> Brief:
    documents = (
        Document("Roads shut."),
        Document("Rain fell. Roads shut."),
        Document("Rain fell."),
        Document("All roads shut."),
    )
    roads = (Span(1, 11, 22), Span(0, 0, 11), Span(3, 0, 15))
    sentences = (BriefSentence("Roads shut.", 1, 11, 22, 0.5, sources=roads),)
    return Brief(sentences=sentences, documents=documents)


def test_plain_text_cites_article_numbers():
    assert str(make_brief()) == (
        "Rain fell. [1]\nRivers rose. [3]\n\n[1] a.txt\n[3] Article 3\n\n(2 of 3 articles cited)"
    )


def test_markdown_numbers_sentences_and_lists_cited_sources():
    assert make_brief().to_markdown() == (
        "1. Rain fell. [1]\n2. Rivers rose. [3]\n\n**Sources**\n\n- [1] a.txt\n- [3] Article 3"
        "\n\n_2 of 3 articles cited_"
    )


def test_markdown_links_sources_with_urls():
    documents = (Document("Roads shut.", title="Roads", url="https://news.example/roads"),)
    brief = Brief((BriefSentence("Roads shut.", 0, 0, 11, 1.0),), documents)
    assert brief.to_markdown().endswith("- [1] [Roads](https://news.example/roads)")
    assert str(brief).endswith("[1] Roads <https://news.example/roads>")


def test_line_breaks_inside_a_sentence_do_not_break_the_listing():
    brief = Brief((BriefSentence("Roads\n  shut.", 0, 0, 13, 1.0),), (Document("Roads\n  shut."),))
    assert brief.to_markdown().startswith("1. Roads shut. [1]\n")


@pytest.mark.parametrize(
    ("document", "listed"),
    [
        (Document("Roads shut.", title="Roads\nshut", id="a.txt"), "[1] Roads shut (a.txt)"),
        (Document("Roads shut.", id="wire\n  feed"), "[1] wire feed"),
        (
            Document("Roads shut.", title="Roads", url="https://news.example/\nroads"),
            "[1] Roads <https://news.example/ roads>",
        ),
    ],
)
def test_a_title_id_or_address_with_line_breaks_is_listed_on_one_line(document, listed):
    brief = Brief((BriefSentence("Roads shut.", 0, 0, 11, 1.0),), (document,))
    assert str(brief).endswith(f"\n\n{listed}")
    assert "\n" not in brief.to_markdown().split("**Sources**\n\n")[1]


def test_text_and_markdown_keep_no_break_spaces_as_the_article_has_them():
    sentence = "Le pont\u00a0« tient\u00a0», dit-elle, à 10\u202fkm\n de la ville."
    brief = Brief((BriefSentence(sentence, 0, 0, len(sentence), 1.0),), (Document(sentence),))
    folded = "Le pont\u00a0« tient\u00a0», dit-elle, à 10\u202fkm de la ville."
    assert str(brief).startswith(f"{folded} [1]\n")
    assert brief.to_markdown().startswith(f"1. {folded} [1]\n")


def test_dict_is_json_ready_and_lists_every_article():
    data = make_brief().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert sorted(data) == ["articles", "language", "query", "sentences"]
    assert data["sentences"][1] == {
        "text": "Rivers rose.",
        "source": 2,
        "start": 0,
        "end": 12,
        "score": 0.3,
        "spans": [{"source": 2, "start": 0, "end": 12}],
    }
    assert [a["id"] for a in data["articles"]] == ["a.txt", None, None]
    assert data["articles"][1] == {
        "id": None,
        "title": "Roads",
        "url": "https://news.example/roads",
        "text": "Roads shut.",
    }
    assert (data["language"], data["query"]) == ("english", None)


@pytest.mark.parametrize("brief", [make_brief(), corroborated_brief_for_round_trip()])
def test_a_brief_survives_a_trip_through_json(brief):
    assert Brief.from_dict(json.loads(json.dumps(brief.to_dict()))) == brief
    assert Brief.from_dict(json.dumps(brief.to_dict())) == brief  # or from the JSON itself


def test_json_that_is_not_json_is_a_clear_input_error():
    with pytest.raises(InputError, match="not a brief: not JSON"):
        Brief.from_dict('{"language": ')


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_numbers_that_json_does_not_allow_are_refused(constant):
    text = json.dumps(corroborated_brief_for_round_trip().to_dict())
    text = text.replace('"score": 0.5', f'"score": {constant}', 1)
    assert constant in text
    with pytest.raises(InputError, match=f"not a brief: {constant} is no JSON number"):
        Brief.from_dict(text)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("articles"), "no key 'articles'"),
        (lambda d: d["sentences"][0].pop("spans"), "no key 'spans'"),
        (lambda d: d["sentences"][0].update(text="Roads open."), "not the text of its span"),
        (
            lambda d: d["sentences"][0]["spans"].append({"source": 9, "start": 0, "end": 1}),
            "source 9 names no article",
        ),
        (
            lambda d: d["sentences"][0].update(score="high"),
            "a score is a finite number, not 'high'",
        ),
        (lambda d: d["sentences"][0].update(score=math.nan), "a score is a finite number, not nan"),
        (lambda d: d["sentences"][0].update(score=-math.inf), "a finite number, not -inf"),
        (lambda d: d["sentences"][0].update(spans=[]), "has no spans: they list its chosen span"),
        (
            lambda d: d["sentences"][0]["spans"].append(d["sentences"][0]["spans"][1]),
            "cites source 0 twice: one span per article",
        ),
        (lambda d: d["sentences"][0]["spans"].reverse(), "chosen span"),
        (lambda d: d.update(query=5), "query is a str, not int"),
        (lambda d: d.update(language="klingon"), "language 'klingon' is not one summarize knows"),
        (lambda d: d.update(language=3), "language is a str, not int"),
        (lambda d: d["articles"][0].update(text=None), 'article 1 has no "text" string'),
        (lambda d: d["articles"].append(5), "article 5 is a int: give a string, a Document"),
        (lambda d: d["sentences"][0]["spans"][1].update(end=10**6), "is not inside article 0"),
        (lambda d: d["sentences"][0]["spans"][1].update(start=-50), "is not inside article 0"),
        (lambda d: d["sentences"][0].update(start=True), "start is a whole number, not True"),
        (lambda d: d.update(sentences=[]), "a brief has at least one sentence"),
        (lambda d: d.update(sentences={}), "sentences is a list, not dict"),
    ],
)
def test_a_dict_that_is_not_a_brief_is_a_clear_input_error(change, message):
    data = corroborated_brief_for_round_trip().to_dict()
    change(data)
    with pytest.raises(InputError, match=message):
        Brief.from_dict(data)


def test_articles_are_read_back_by_the_one_rule_for_articles():
    data = corroborated_brief_for_round_trip().to_dict()
    data["articles"][0]["id"] = 7  # a JSON id may be a number: it is kept as its digits
    assert Brief.from_dict(data).documents[0].id == "7"


def test_brief_is_a_sequence_of_sentences():
    brief = make_brief()
    assert len(brief) == 2
    assert [s.source for s in brief] == [0, 2]
    assert brief.text == "Rain fell. Rivers rose."
    assert brief.words == 4


def test_a_corroborated_sentence_cites_every_article_chosen_first():
    brief = corroborated_brief()
    assert str(brief).splitlines()[0] == "Roads shut. [2][1][4]"
    assert brief.to_markdown().splitlines()[0] == "1. Roads shut. [2][1][4]"
    assert brief.cited() == [0, 1, 3]
    assert str(brief).endswith(
        "[1] Article 1\n[2] Article 2\n[4] Article 4\n\n(3 of 4 articles cited)"
    )


def test_when_every_article_is_cited_no_share_is_said():
    brief = Brief((BriefSentence("Roads shut.", 0, 0, 11, 1.0),), (Document("Roads shut."),))
    assert str(brief).endswith("[1] Article 1")
    assert "cited" not in brief.to_markdown()


def test_json_lists_every_span_chosen_first():
    (sentence,) = corroborated_brief().to_dict()["sentences"]
    assert (sentence["source"], sentence["start"], sentence["end"]) == (1, 11, 22)
    assert sentence["spans"] == [
        {"source": 1, "start": 11, "end": 22},
        {"source": 0, "start": 0, "end": 11},
        {"source": 3, "start": 0, "end": 15},
    ]


def test_sources_must_start_with_the_chosen_span():
    with pytest.raises(InputError, match="chosen span"):
        BriefSentence("Roads shut.", 1, 11, 22, 0.5, sources=(Span(0, 0, 11),))


def test_the_question_heads_every_rendering():
    brief = corroborated_brief_for_round_trip()
    assert str(brief).startswith("Query: Are roads shut?\n\nRoads shut. [2][1][4]\n")
    assert brief.to_markdown().startswith("**Query:** Are roads shut?\n\n1. Roads shut.")
    assert brief.to_dict()["query"] == "Are roads shut?"
