from __future__ import annotations

import pytest

from summarize.errors import NoSentencesError
from summarize.language import load_language
from summarize.stages.segment import paragraph_spans, segment, segment_article
from summarize.types import Document

from .stories import FLOOD


def test_paragraphs_split_at_blank_lines_and_trim():
    text = "  First one.\nstill first.\n \n\nSecond.\n\n\n"
    spans = paragraph_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.\nstill first.", "Second."]


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [("\n", "\n\n"), ("\r\n", "\r\n\r\n"), ("\r", "\r\r"), ("\u2028", "\u2029")],
)
def test_lines_and_paragraphs_end_at_every_kind_of_line_break(english, line, paragraph):
    text = f"Floods in Ashford{line}By Ana Ruiz{paragraph}The river rose.{line}Roads shut."
    sentences = segment_article(text, 0, english)
    assert [(s.text, s.line, s.paragraph) for s in sentences] == [
        ("Floods in Ashford", 0, 0),
        ("By Ana Ruiz", 1, 0),
        ("The river rose.", 2, 1),
        ("Roads shut.", 3, 1),
    ]


def test_paragraphs_of_blank_text_are_none():
    assert paragraph_spans(" \n\n \t\n") == []


def test_sentences_keep_exact_spans(english):
    text = "Dr. Lee met the U.S. envoy on Jan. 5. They spoke for an hour!\n\nA new paragraph."
    sentences = segment_article(text, 3, english)
    assert [s.text for s in sentences] == [
        "Dr. Lee met the U.S. envoy on Jan. 5.",
        "They spoke for an hour!",
        "A new paragraph.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.article == 3
    assert [s.position for s in sentences] == [0, 1, 2]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "english",
            "\ufeffThe ferry ran again on Friday.\u200b The crew won a pay rise.\u200b",
            ["The ferry ran again on Friday.", "The crew won a pay rise."],
        ),
        (
            "french",
            "Le bac a repris vendredi.\u200bL'équipage a obtenu une hausse.",
            ["Le bac a repris vendredi.", "L'équipage a obtenu une hausse."],
        ),
        (
            "chinese",
            "\u200b渡轮周五恢复运行。\u200b船员获得加薪。",
            ["渡轮周五恢复运行。", "船员获得加薪。"],
        ),
    ],
)
def test_zero_width_spaces_and_byte_order_marks_part_sentences_and_are_never_quoted(
    language, text, expected
):
    sentences = segment_article(text, 0, load_language(language))
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_sentence_never_runs_across_a_blank_line(english):
    text = "Bridge opens after delay\n\nThe bridge opened on Monday."
    assert [s.text for s in segment_article(text, 0, english)] == [
        "Bridge opens after delay",
        "The bridge opened on Monday.",
    ]


@pytest.mark.parametrize("title", ["Gov.", "Capt.", "Sgt.", "Rev.", "Det.", "Atty.", "Cmdr."])
def test_a_title_before_a_name_does_not_end_the_sentence(english, title):
    text = f"Flood crews worked all night, {title} Ruth Kell said. The road reopened."
    assert [s.text for s in segment_article(text, 0, english)] == [
        f"Flood crews worked all night, {title} Ruth Kell said.",
        "The road reopened.",
    ]


def test_punctuation_only_lines_are_not_sentences(english):
    sentences = segment_article("***\n\nThe vote passed.\n\n---", 0, english)
    assert [s.text for s in sentences] == ["The vote passed."]


def test_every_article_is_segmented_in_order(english):
    documents = [Document(text) for text in FLOOD]
    sentences = segment(documents, english)
    assert [s.article for s in sentences] == sorted(s.article for s in sentences)
    assert {s.article for s in sentences} == {0, 1, 2}
    for s in sentences:
        assert FLOOD[s.article][s.start : s.end] == s.text


def test_an_article_without_sentences_is_named(english):
    documents = [Document("Rain fell."), Document("... !!!", id="b.txt")]
    with pytest.raises(NoSentencesError, match=r"b\.txt has no sentences"):
        segment(documents, english)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge opened on Monday.Traffic was light all day.",
            ["The bridge opened on Monday.", "Traffic was light all day."],
        ),
        (
            'Ruiz said, "We are ready for the vote."The council meets on Monday.',
            ['Ruiz said, "We are ready for the vote."', "The council meets on Monday."],
        ),
        (
            'The council met in the old hall."We are ready," Ruiz said.',
            ["The council met in the old hall.", '"We are ready," Ruiz said.'],
        ),
        (
            "The council met in the old hall.“We are ready,” Ruiz said.",
            ["The council met in the old hall.", "“We are ready,” Ruiz said."],
        ),
        (
            'Ames said, "Nobody will leave, unless they must."Dr. Ruiz said she agreed.',
            ['Ames said, "Nobody will leave, unless they must."', "Dr. Ruiz said she agreed."],
        ),
        ("Mrs.Ruiz spoke to the council on Monday.", ["Mrs.Ruiz spoke to the council on Monday."]),
        (
            'The wall had a 6" crack.Ruiz said, "It is bad."The council met.',
            ['The wall had a 6" crack.', 'Ruiz said, "It is bad."', "The council met."],
        ),
        ("Prof.Ruiz spoke to the council on Monday.", None),
        ("Visit example.org.The page lists the shelters.", None),
    ],
)
def test_sentences_a_page_glued_together_are_parted(english, text, expected):
    sentences = [s.text for s in segment_article(text, 0, english)]
    assert sentences == (expected or [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nowhere does the U.S. Copyright Office say so. It never has.",
            ["Nowhere does the U.S. Copyright Office say so.", "It never has."],
        ),
        ("Critics from W.E.B. DuBois on wrote of it.", None),
        (
            "He moved to the U.S. The next day he left.",
            ["He moved to the U.S.", "The next day he left."],
        ),
        ("It was the early days of the U.S. Occupation.", None),
        ("The gift came from hotel owner J.W. Marriott and others.", None),
        ("It is opposed by the U.S. Fish and Wildlife Service.", None),
        ("Gen. Ann Bell of the Korea/U.S. Combined Forces Command spoke.", None),
        ("Write to the Gazette, P.O. Box 4260, Ashford.", None),
    ],
)
def test_an_initialism_ends_a_sentence_only_before_a_word_that_opens_one(english, text, expected):
    assert [s.text for s in segment_article(text, 0, english)] == (expected or [text])


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "german",
            "Der Rat tagte. „Die Brücke ist fertig.“ Dann ging der Bürgermeister.",
            ["Der Rat tagte.", "„Die Brücke ist fertig.“", "Dann ging der Bürgermeister."],
        ),
        (
            "german",
            "„Wer hätte das gedacht?“, sagte Ortiz. „Wir sind stolz.“",
            ["„Wer hätte das gedacht?“, sagte Ortiz.", "„Wir sind stolz.“"],
        ),
        (
            "german",
            "Sie sagte: „Es hat lange gedauert. Es hat sich gelohnt.“ Der Rat schwieg.",
            ["Sie sagte: „Es hat lange gedauert.", "Es hat sich gelohnt.“", "Der Rat schwieg."],
        ),
        (
            "czech",
            "Starosta otevřel most. „Je to dobrý den.“ Potom odešel domů.",
            ["Starosta otevřel most.", "„Je to dobrý den.“", "Potom odešel domů."],
        ),
        (
            "english",
            "The mayor said it. “It is done.” Then she left.",
            ["The mayor said it.", "“It is done.”", "Then she left."],
        ),
        (
            "danish",
            "Borgmesteren åbnede broen. »Det er en god dag.« Så gik han hjem.",
            ["Borgmesteren åbnede broen.", "»Det er en god dag.«", "Så gik han hjem."],
        ),
        (
            "swedish",
            "Borgmästaren öppnade bron. ”Det är en bra dag.” Sedan gick han hem.",
            ["Borgmästaren öppnade bron.", "”Det är en bra dag.”", "Sedan gick han hem."],
        ),
        (
            "spanish",
            "«¿Dónde está?», preguntó el ministro. Nadie respondió.",
            ["«¿Dónde está?», preguntó el ministro.", "Nadie respondió."],
        ),
        (
            "english",
            "Andrew Lo teaches at M.I.T.’s business school. He moved there in 1988.",
            ["Andrew Lo teaches at M.I.T.’s business school.", "He moved there in 1988."],
        ),
        # a closing mark glued to the next sentence still closes its quotation
        ("english", "“We are proud.”Then she left.", ["“We are proud.”", "Then she left."]),
        # a “ closes a „ only while that quotation is open
        (
            "english",
            "The paper ran „Wir schaffen das“ on page one. He said. “ We are proud,” she said.",
            [
                "The paper ran „Wir schaffen das“ on page one.",
                "He said.",
                "“ We are proud,” she said.",
            ],
        ),
    ],
)
def test_a_quotation_mark_ends_or_opens_a_sentence_as_its_language_uses_it(
    language, text, expected
):
    # German and Czech close „ with “, which a splitter takes for an opening
    # mark; Danish opens with », Swedish with ”, marks that close elsewhere
    assert [s.text for s in segment_article(text, 0, load_language(language))] == expected
