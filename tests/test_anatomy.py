"""The anatomy of an article: the role of every line, from its shape and place."""

from __future__ import annotations

import pytest

from summarize import Document, analyze, summarize
from summarize.language import load_language
from summarize.stages.anatomy import anatomy, titled
from summarize.stages.segment import segment_article

from .chrome_lines import STORY_LINES

ENGLISH_PAGE = """Harbor Bridge opens two years late

Riverton's mayor says the overrun came from soft clay under the river

By Ana Ruiz
Monday, May 6, 2024

Workers walk across the deck of the new bridge. Jane Doe/Riverton Daily

The Harbor Bridge opened to traffic on Monday, two years behind schedule. Mayor Lena Ortiz cut \
the ribbon in front of a crowd of about 2,000 people.

A new deck for a new decade

The final cost of 310 million dollars is nearly twice what the council approved in 2019.

Will the tolls pay for it?

Engineers had to redesign the foundations after soft clay was found beneath the river.

Workers walk across the deck of the new bridge.

Sign up for our newsletter to get the latest from Riverton!

Reporting by Ana Ruiz"""


def roles_of(text: str, language: str = "english") -> list[tuple[str, str]]:
    read_in = load_language(language)
    return [(s.role, s.text) for s in anatomy(segment_article(text, 0, read_in), [read_in])]


def story_of(text: str, language: str = "english") -> list[str]:
    return [text for role, text in roles_of(text, language) if role == "body"]


def test_every_line_of_a_page_has_its_role():
    assert roles_of(ENGLISH_PAGE) == [
        ("headline", "Harbor Bridge opens two years late"),
        (
            "standfirst",
            "Riverton's mayor says the overrun came from soft clay under the river",
        ),
        ("byline", "By Ana Ruiz"),
        ("byline", "Monday, May 6, 2024"),
        ("caption", "Workers walk across the deck of the new bridge."),
        ("credit", "Jane Doe/Riverton Daily"),
        ("body", "The Harbor Bridge opened to traffic on Monday, two years behind schedule."),
        (
            "body",
            "Mayor Lena Ortiz cut the ribbon in front of a crowd of about 2,000 people.",
        ),
        ("subhead", "A new deck for a new decade"),
        (
            "body",
            "The final cost of 310 million dollars is nearly twice what the council approved "
            "in 2019.",
        ),
        ("teaser", "Will the tolls pay for it?"),
        (
            "body",
            "Engineers had to redesign the foundations after soft clay was found beneath the "
            "river.",
        ),
        ("repeat", "Workers walk across the deck of the new bridge."),
        ("prompt", "Sign up for our newsletter to get the latest from Riverton!"),
        ("credit", "Reporting by Ana Ruiz"),
    ]


def test_a_line_repeated_in_the_head_is_a_caption_and_counts_once():
    page = (
        "Bridge opens\n\nCrowds cross the new bridge on its first day.\n\n"
        "Crowds cross the new bridge on its first day.\n\n"
        "The bridge opened on Monday after two years of delays and a doubling of its cost."
    )
    assert [role for role, _ in roles_of(page)] == ["headline", "caption", "repeat", "body"]


def test_a_standfirst_restates_the_lead_and_a_lead_does_not():
    standfirst = (
        "Ferry strike\n\nFerry crews strike over pay, halting crossings to the islands.\n\n"
        "Ferry crews went on strike over pay on Monday, halting all crossings to the islands.\n\n"
        "The union said talks had broken down."
    )
    assert [role for role, _ in roles_of(standfirst)] == [
        "headline",
        "standfirst",
        "body",
        "body",
    ]
    lead = (
        "Ferry strike\n\nFerry crews went on strike over pay on Monday.\n\n"
        "The union said talks with the operator broke down late on Sunday night.\n\n"
        "Islanders queued for the last boat."
    )
    assert [role for role, _ in roles_of(lead)] == ["headline", "body", "body", "body"]


def test_a_short_first_line_that_ends_like_a_sentence_is_story_in_english():
    page = "The bridge opened on Monday.\n\nIt cost twice the estimate."
    assert [role for role, _ in roles_of(page)] == ["body", "body"]


def test_a_first_line_that_asks_is_a_headline():
    page = "Is the new bridge worth it?\n\nThe bridge opened on Monday at twice its cost."
    assert [role for role, _ in roles_of(page)] == ["headline", "body"]


def test_an_arabic_headline_is_known_by_its_place_not_its_full_stop():
    page = (
        "افتتاح جسر جديد في المدينة بعد عامين من التأخير.\n\n"
        "افتتح الجسر الجديد أمام حركة المرور يوم الاثنين بعد تأخير دام عامين. "
        "وقال رئيس البلدية إن التكلفة تضاعفت."
    )
    assert [role for role, _ in roles_of(page, "arabic")] == ["headline", "body", "body"]
    brief = summarize([page], language="arabic", max_sentences=3)
    assert all("افتتاح جسر" not in s.text for s in brief)
    assert brief.documents[0].title == "افتتاح جسر جديد في المدينة بعد عامين من التأخير."


def test_single_line_breaks_part_headline_date_and_first_sentence():
    greek = (
        "Νέα γέφυρα στη Θεσσαλονίκη\n12 Μαΐου 2024\n"
        "Η νέα γέφυρα άνοιξε τη Δευτέρα με καθυστέρηση δύο ετών. "
        "Το κόστος διπλασιάστηκε."
    )
    assert roles_of(greek, "greek") == [
        ("headline", "Νέα γέφυρα στη Θεσσαλονίκη"),
        ("byline", "12 Μαΐου 2024"),
        ("body", "Η νέα γέφυρα άνοιξε τη Δευτέρα με καθυστέρηση δύο ετών."),
        ("body", "Το κόστος διπλασιάστηκε."),
    ]


def test_a_word_in_capitals_fused_to_a_sentence_is_left_out_of_it():
    page = (
        "Markets fall\n\nCLOSE The index fell 4 percent on Monday, its worst day in years.\n\n"
        "Updated | Traders said the fall began in Asia and spread to Europe by noon."
    )
    text = {role: text for role, text in roles_of(page) if role == "body"}
    body = story_of(page)
    assert body == [
        "The index fell 4 percent on Monday, its worst day in years.",
        "Traders said the fall began in Asia and spread to Europe by noon.",
    ]
    assert text
    for sentence in anatomy(
        segment_article(page, 0, load_language("english")), [load_language("english")]
    ):
        assert page[sentence.start : sentence.end] == sentence.text


def test_a_name_in_capitals_that_opens_a_sentence_stays_in_it():
    # an acronym before a title is the speaker; a widget word or a date line is the page's
    page = (
        "Aid agencies warn of famine\n\n"
        "UNICEF Executive Director Ana Ruiz said children were dying of hunger every day.\n\n"
        "NASDAQ Composite shares of aid suppliers rose 3 percent in early trading.\n\n"
        "GENEVA The agencies asked donors for 2 billion dollars by the end of the month.\n\n"
        "CLOSE Trucks with food reached the border camps on Tuesday, officials said."
    )
    assert story_of(page) == [
        "UNICEF Executive Director Ana Ruiz said children were dying of hunger every day.",
        "NASDAQ Composite shares of aid suppliers rose 3 percent in early trading.",
        "The agencies asked donors for 2 billion dollars by the end of the month.",
        "Trucks with food reached the border camps on Tuesday, officials said.",
    ]


def test_a_paragraph_cut_short_is_a_teaser():
    page = (
        "City news\n\nThe council met on Monday and approved the budget for the bridge.\n\n"
        "Police are searching for a man who robbed three shops on the high street and ..."
    )
    assert [role for role, _ in roles_of(page)] == ["headline", "body", "teaser"]


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Ruth Kell cuts the ribbon on Monday. The bridge cost twice the estimate. "
        "(Photo: Ana Ruiz, AP)",
        "This article was amended on 9 June 2024. Two quotes given to the mayor were made by "
        "her deputy, Dan Ames.",
    ],
    ids=["caption-with-credit", "correction-note"],
)
def test_a_line_of_several_sentences_that_as_a_whole_is_chrome_is_chrome_every_sentence(line):
    page = f"Floods\n\nThe river burst its banks on Tuesday.\n\n{line}\n\nCrews worked all night."
    assert story_of(page) == ["The river burst its banks on Tuesday.", "Crews worked all night."]


@pytest.mark.parametrize(
    ("story", "sentences"),
    [
        (
            "Getty Images agreed on Monday to buy a rival photo agency. Shareholders of "
            "Getty Images will own 54 percent of the new company.",
            2,
        ),
        (
            "The mayor showed a photo of the cracked pier to reporters. Engineers said it was "
            "taken in May. The council will vote on the repairs on Monday.",
            3,
        ),
    ],
    ids=["agency-named-twice", "photo-named"],
)
def test_a_story_paragraph_with_chrome_words_in_several_sentences_stays_story(story, sentences):
    page = f"Floods\n\nThe river burst its banks on Tuesday.\n\n{story}"
    assert len(story_of(page)) == 1 + sentences


def test_an_article_cut_short_keeps_its_story_and_only_the_blurb_is_a_teaser():
    page = (
        "City news\n\nThe council met on Monday. It approved the budget for the bridge. "
        "Work on the piers starts in May and ..."
    )
    assert [role for role, _ in roles_of(page)] == ["headline", "body", "body", "teaser"]


def test_paragraphs_cut_short_one_after_another_are_a_list_of_teasers_every_sentence():
    teasers = [
        "Floods closed the valley road. Crews expect to reopen it by ...",
        "A new study of river birds is out. It found that herons nest ...",
        "The mayor will run again. Her rival said on Monday that the ...",
        "Rents in the old town rose again. A survey of 400 tenants shows ...",
    ]
    page = "City news\n\nThe council approved the bridge budget.\n\n" + "\n\n".join(teasers)
    roles = roles_of(page)
    assert roles[:2] == [
        ("headline", "City news"),
        ("body", "The council approved the bridge budget."),
    ]
    assert [role for role, _ in roles[2:]] == ["teaser"] * 8


def test_a_story_whose_paragraphs_trail_off_keeps_its_sentences():
    story = [
        "Ann Bell waited on the stairs with her two sons. The water kept rising ...",
        "One step went under, then two. Her younger son asked if the house would float ...",
        "At dawn the rescue boat came. By then the water had reached the landing, and ...",
    ]
    page = "Night of the flood\n\nThe river burst its banks.\n\n" + "\n\n".join(story)
    roles = [role for role, _ in roles_of(page)]
    assert roles == ["headline", "body"] + ["body", "teaser"] * 3


def test_a_date_over_a_timelines_entry_is_its_heading_and_a_line_that_introduces_is_story():
    page = (
        "The mayor's year\n\nThe mayor posted often about the bridge.\n\n"
        "Jan. 5, 2018:\n\n“The bridge will open on time,” the mayor wrote.\n\n"
        "Those charged were:\n\nTom Reed, 45, of Dover."
    )
    assert roles_of(page)[1:] == [
        ("body", "The mayor posted often about the bridge."),
        ("subhead", "Jan. 5, 2018:"),
        ("body", "“The bridge will open on time,” the mayor wrote."),
        ("body", "Those charged were:"),
        ("body", "Tom Reed, 45, of Dover."),
    ]


def test_a_quoted_question_and_a_question_inside_a_paragraph_are_story():
    page = (
        "Vote\n\n“Why now?” the mayor asked the council on Monday.\n\n"
        "The vote was close. Was it fair? Observers said it was, by a margin of two votes."
    )
    assert [role for role, _ in roles_of(page)] == ["headline", "body", "body", "body", "body"]


def test_a_line_that_introduces_a_quotation_is_story():
    page = (
        "Budget\n\nThe mayor said the bridge was worth it.\n\nShe told the council:\n\n"
        "“We will pay it back in tolls within twenty years.”"
    )
    assert [role for role, _ in roles_of(page)] == ["headline", "body", "body", "body"]


@pytest.mark.parametrize("sentence", STORY_LINES)
def test_story_sentences_stay_story_wherever_they_stand(sentence):
    middle = (
        "Floods in Ashford\n\nThe river burst its banks on Tuesday after two days of rain.\n\n"
        f"{sentence}\n\nThe council will meet on Friday to plan the repairs."
    )
    first = f"Floods in Ashford\n\n{sentence}\n\nThe council will meet on Friday."
    assert sentence in story_of(middle)
    assert sentence in story_of(first)


def test_an_article_of_short_lines_is_still_story():
    page = "Rain\nWind\nFlooded roads"
    assert [role for role, _ in roles_of(page)] == ["headline", "body", "body"]


def test_the_anatomy_can_be_switched_off():
    analysis = analyze([ENGLISH_PAGE], drop_boilerplate=False)
    assert {s.role for s in analysis.sentences} == {"body"}
    assert analysis.documents[0].title is None


def test_the_analysis_shows_each_sentence_role_and_the_title():
    analysis = analyze([ENGLISH_PAGE])
    roles = {s.text: s.role for s in analysis.sentences}
    assert roles["Will the tolls pay for it?"] == "teaser"
    assert roles["By Ana Ruiz"] == "byline"
    assert analysis.documents[0].title == "Harbor Bridge opens two years late"
    brief = summarize([ENGLISH_PAGE], max_words=100)
    assert {s.text for s in brief} <= {text for text, role in roles.items() if role == "body"}


def test_a_title_given_is_kept():
    from summarize import Document

    brief = summarize([Document(ENGLISH_PAGE, id="a.txt", title="Bridge at last")])
    assert brief.documents[0].title == "Bridge at last"
    assert "[1] Bridge at last (a.txt)" in str(brief)


def test_every_role_is_documented_and_every_chrome_rule_names_one():
    from pathlib import Path

    from summarize.language.chrome import ENGLISH_CHROME
    from summarize.types import ROLES

    docs = (Path(__file__).resolve().parent.parent / "docs" / "how-it-works.md").read_text()
    documented = {line.split("`")[1] for line in docs.splitlines() if line.startswith("| `")}
    assert set(ROLES) <= documented
    assert {rule.role for rule in ENGLISH_CHROME} <= set(ROLES) - {"body"}


def test_a_caption_signed_by_a_name_or_a_labelled_credit_is_a_caption():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday after two days of rain.\n\n"
        "Volunteers fill sandbags in the square. Ann Bell\n\n"
        "A site near the mill was cleared of mud. Credit: Dr. Tom Reed\n\n"
        "The council will meet on Friday to plan the repairs."
    )
    assert [role for role, _ in roles_of(page)] == [
        "headline",
        "body",
        "caption",
        "credit",
        "caption",
        "credit",
        "body",
    ]


@pytest.mark.parametrize(
    ("language", "page"),
    [
        (
            "french",
            "Incendie près de Marseille\n\nLe feu a brûlé 300 hectares de forêt samedi soir.\n\n"
            "Des pompiers devant les flammes, samedi. (Photo : Jean Morel / AFP)\n\n"
            "Le préfet a fait évacuer 800 habitants du quartier.",
        ),
        (
            "german",
            "Hochwasser in Passau\n\nDie Donau stieg am Sonntag auf 12,8 Meter.\n\n"
            "Helfer bringen Anwohner in Sicherheit. Foto: Hans Berger/dpa\n\n"
            "Rund 900 Menschen mussten ihre Wohnungen verlassen.",
        ),
        (
            "spanish",
            "Inundaciones en Valencia\n\nLas lluvias obligaron a evacuar a 1.200 personas.\n\n"
            "Vecinos achican agua en una calle, el domingo. (Foto: Pablo Ríos / EFE)\n\n"
            "El alcalde pidió calma a los vecinos.",
        ),
    ],
)
def test_a_caption_with_a_photo_credit_in_other_languages_is_a_caption(language, page):
    assert [role for role, _ in roles_of(page, language)] == [
        "headline",
        "body",
        "caption",
        "credit",
        "body",
    ]


@pytest.mark.parametrize(
    "first",
    [
        "By Ana Ruiz",
        "Published on May 3, 2015",
        "12.05.2024",
        "Home | News | World",
        "Skip to content",
    ],
)
def test_a_byline_a_date_or_navigation_on_the_first_line_is_no_headline(first):
    page = f"{first}\n\nThe river burst its banks on Tuesday after two days of rain."
    assert roles_of(page)[0][0] != "headline"
    english = load_language("english")
    (document,) = titled([Document(page)], anatomy(segment_article(page, 0, english), [english]))
    assert document.title is None


def test_a_headline_with_a_year_is_still_a_headline():
    page = "2024 floods cost the county millions\n\nThe river burst its banks on Tuesday."
    assert roles_of(page)[0] == ("headline", "2024 floods cost the county millions")


def test_a_paragraph_in_brackets_is_a_note_and_an_aside_in_brackets_is_story():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday. (The last flood was in 1998.) "
        "Crews worked all night.\n\n(The Gazette is funded by the Ashford Trust.)"
    )
    assert roles_of(page)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("body", "(The last flood was in 1998.)"),
        ("body", "Crews worked all night."),
        ("credit", "(The Gazette is funded by the Ashford Trust.)"),
    ]


def test_a_paragraph_in_square_brackets_is_a_note_however_many_sentences_it_holds():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday. [The last flood was in 1998.] "
        "Crews worked all night.\n\n[Mayor on the flood: ‘It was awful. We will rebuild.’]"
        "\n\n[Who pays for the flood defences?]\n\nThe water fell by dawn."
    )
    assert roles_of(page)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("body", "[The last flood was in 1998.]"),
        ("body", "Crews worked all night."),
        ("credit", "[Mayor on the flood: ‘It was awful."),
        ("credit", "We will rebuild.’]"),
        ("credit", "[Who pays for the flood defences?]"),
        ("body", "The water fell by dawn."),
    ]


def test_a_note_in_brackets_with_no_sentence_in_it_is_the_pages_even_inside_a_paragraph():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday. (Published Tuesday, Feb. 6, 2024)"
        "\n\nCrews worked all night. (Their chief called it “the worst in memory.”) "
        "The water fell by dawn."
    )
    assert roles_of(page)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("credit", "(Published Tuesday, Feb. 6, 2024)"),
        ("body", "Crews worked all night."),
        ("body", "(Their chief called it “the worst in memory.”)"),
        ("body", "The water fell by dawn."),
    ]


@pytest.mark.parametrize(
    ("language", "label", "after"),
    [
        ("english", "RESULTS:", "The wall held at every gauge along the river."),
        ("english", "ANA RUIZ, HOST:", "This week the river rose higher than ever before."),
        ("english", "Key Findings:", "The wall held at every gauge along the river."),
        ("french", "RÉSULTATS :", "Le mur a tenu à chaque station le long du fleuve."),
        ("german", "ERGEBNISSE:", "Die Mauer hielt an jedem Pegel entlang des Flusses."),
    ],
)
def test_a_label_on_a_line_of_its_own_is_a_subhead_and_the_paragraph_below_stays_story(
    language, label, after
):
    page = f"Floods\n\nThe river burst its banks on Tuesday.\n\n{label}\n\n{after}"
    assert roles_of(page, language)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("subhead", label),
        ("body", after),
    ]
    assert [s.text for s in summarize([page], language=language, min_words=0)] == [
        "The river burst its banks on Tuesday.",
        after,
    ]


@pytest.mark.parametrize(
    ("language", "shouted", "after"),
    [
        (
            "english",
            "WHO PAYS FOR THE NEW WALL?",
            "The council will pay two thirds of the cost, the mayor said.",
        ),
        ("english", "THE WALL HELD AT EVERY GAUGE.", "The river fell by a metre overnight."),
        ("french", "QUI PAIERA LE NOUVEAU MUR ?", "La ville paiera les deux tiers du coût."),
        ("german", "WER BEZAHLT DIE NEUE MAUER?", "Die Stadt zahlt zwei Drittel der Kosten."),
    ],
)
def test_a_line_in_capitals_between_paragraphs_is_a_subhead(language, shouted, after):
    page = f"Floods\n\nThe river burst its banks on Tuesday.\n\n{shouted}\n\n{after}"
    assert roles_of(page, language)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("subhead", shouted),
        ("body", after),
    ]


@pytest.mark.parametrize(
    ("language", "headline", "story"),
    [
        (
            "english",
            "A bridge two years late, and twice the cost, the council admits.",
            "(HealthWire)—The Harbor Bridge opened to traffic on Monday.",
        ),
        (
            "english",
            "Two years late, the bridge opens.",
            "RIVERTON (Reuters) - The Harbor Bridge opened to traffic on Monday.",
        ),
        (
            "french",
            "Le pont ouvre avec deux ans de retard.",
            "LYON (AFP) - Le nouveau pont a ouvert lundi après quatre ans de travaux.",
        ),
    ],
)
def test_a_headline_run_into_a_wire_dateline_is_the_headline(language, headline, story):
    page = f"{headline} {story} The council approved it in 2019.\n\nTolls start in May."
    roles = roles_of(page, language)
    assert roles[0] == ("headline", headline)
    assert roles[1] == ("body", story)
    assert analyze([page], language=language).documents[0].title == headline


def test_a_name_in_brackets_later_in_a_paragraph_is_no_dateline():
    page = (
        "The Harbor Bridge opened on Monday. The council approved it in 2019. "
        "(Ana Ruiz) - I crossed it twice on the first day.\n\nTolls start in May."
    )
    assert [role for role, _ in roles_of(page)] == ["body"] * 4


def test_a_page_written_wholly_in_capitals_is_still_story():
    page = (
        "FLOODS\n\nTHE RIVER BURST ITS BANKS ON TUESDAY.\n\n"
        "THE COUNCIL WILL PAY TWO THIRDS OF THE COST, THE MAYOR SAID."
    )
    assert [role for role, _ in roles_of(page)[1:]] == ["body", "body"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("japanese", "NHKによると、橋の工事費は約百億円だった。"),
        ("arabic", "وقالت وكالة AFP إن تكلفة الجسر بلغت مليار جنيه."),
    ],
)
def test_a_line_of_a_script_without_case_with_an_acronym_is_no_subhead(language, line):
    page = f"Floods\n\nThe www.riverton.gov page lists the shelters.\n\n{line}\n\nThe wall held."
    assert (
        "body",
        line,
    ) in roles_of(page, language)


def test_a_word_or_two_in_capitals_is_no_subhead():
    page = "Floods\n\nThe river burst its banks on Tuesday.\n\nNO.\n\nThe wall held."
    assert roles_of(page)[2] == ("body", "NO.")


def test_a_line_that_introduces_a_quotation_in_lower_case_is_no_label():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday.\n\nThe mayor said:\n\n"
        "“We will rebuild the wall higher than before.”"
    )
    assert [role for role, _ in roles_of(page)[1:]] == ["body", "body", "body"]


def test_a_paragraph_that_a_copyright_line_opens_is_the_pages_notice_to_its_end():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday.\n\n"
        "Copyright 2024 Gazette Radio. All rights reserved. Our transcripts are made on a "
        "deadline by a contractor. The audio is the record of what was said."
    )
    assert roles_of(page)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("credit", "Copyright 2024 Gazette Radio."),
        ("credit", "All rights reserved."),
        ("credit", "Our transcripts are made on a deadline by a contractor."),
        ("credit", "The audio is the record of what was said."),
    ]


def test_only_a_notice_beyond_doubt_takes_the_rest_of_its_paragraph():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday.\n\n"
        "Copyright 2021 rules forced the council to publish its flood maps. "
        "The maps show 400 homes at risk."
    )
    assert roles_of(page)[-1] == ("body", "The maps show 400 homes at risk.")


def test_a_paragraph_that_a_prompt_opens_is_that_prompt_to_its_end():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday.\n\n"
        "Breaking News Emails Get breaking news alerts and special reports. "
        "The stories that matter, delivered to you every weekday morning.\n\n"
        "The army sent boats to the valley on Wednesday."
    )
    assert roles_of(page)[1:] == [
        ("body", "The river burst its banks on Tuesday."),
        ("prompt", "Breaking News Emails Get breaking news alerts and special reports."),
        ("prompt", "The stories that matter, delivered to you every weekday morning."),
        ("body", "The army sent boats to the valley on Wednesday."),
    ]


def test_a_paragraph_that_story_opens_keeps_a_prompt_inside_it_to_itself():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday. Sign up for flood alerts by email. "
        "The army sent boats to the valley on Wednesday."
    )
    assert roles_of(page)[-1] == ("body", "The army sent boats to the valley on Wednesday.")


def test_what_follows_a_copyright_notice_that_closes_the_story_is_the_pages_footer():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday, and 400 homes were flooded.\n\n"
        "The army sent boats to the valley on Wednesday to bring families out.\n\n"
        "Copyright © 2024 Valley Radio. All rights reserved.\n\n"
        "Our transcripts are made on a deadline by a contractor. The audio is the record."
    )
    assert roles_of(page)[-2:] == [
        ("credit", "Our transcripts are made on a deadline by a contractor."),
        ("credit", "The audio is the record."),
    ]


def test_a_copyright_notice_before_most_of_the_story_closes_nothing():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday.\n\n"
        "© 2024 Valley Radio. All rights reserved.\n\n"
        "The army sent boats to the valley on Wednesday to bring families out.\n\n"
        "Engineers said the wall had been too low for years, and the council knew it."
    )
    assert story_of(page) == [
        "The river burst its banks on Tuesday.",
        "The army sent boats to the valley on Wednesday to bring families out.",
        "Engineers said the wall had been too low for years, and the council knew it.",
    ]


def test_a_page_that_opens_with_a_video_sites_date_line_is_the_videos_description():
    page = (
        "Published on Apr 29, 2015\n\n"
        "Jimmy visits the flooded valley and talks to the mayor about the river.\n\n"
        "Subscribe now: http://example.com/jimmy"
    )
    assert [role for role, _ in roles_of(page)] == ["byline", "caption", "caption"]
    dated = "Published on April 29, 2015\n\nThe river burst its banks on Tuesday."
    assert story_of(dated) == ["The river burst its banks on Tuesday."]


def test_a_wire_services_running_story_heading_is_no_story():
    page = (
        "Floods\n\nASHFORD, England (AP) — The Latest on the floods in the valley "
        "(all times local): 2:44 p.m.\n\nThe river burst its banks on Tuesday."
    )
    assert roles_of(page)[1] == (
        "subhead",
        "ASHFORD, England (AP) — The Latest on the floods in the valley "
        "(all times local): 2:44 p.m.",
    )


def test_a_long_label_in_capitals_fused_to_a_sentence_is_left_out_of_it():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday.\n\n"
        "HOMES ARE ON THE MOVE, INCLUDING IN THE NORTH VALLEY: Families are moving "
        "to higher ground."
    )
    assert story_of(page)[-1] == "Families are moving to higher ground."


def test_a_paragraph_that_opens_with_a_headline_printed_twice_is_a_teasers_card():
    card = (
        "Bobcat Back On The Loose Bobcat Back On The Loose Residents should stay alert, as "
        "the bobcat escaped again on Tuesday. Traps were set near the farm."
    )
    page = f"Floods\n\nThe river burst its banks on Tuesday.\n\n{card}\n\nCrews worked all night."
    assert roles_of(page) == [
        ("headline", "Floods"),
        ("body", "The river burst its banks on Tuesday."),
        ("teaser", card.removesuffix(" Traps were set near the farm.")),
        ("teaser", "Traps were set near the farm."),
        ("body", "Crews worked all night."),
    ]


def test_headlines_written_as_sentences_printed_twice_open_cards_in_a_list():
    cards = [
        "Bobcat escapes from the farm again Bobcat escapes from the farm again Residents "
        "should stay alert. Traps were set near the farm.",
        "Council votes to rebuild the pier Council votes to rebuild the pier The work "
        "starts in May.",
    ]
    page = "Floods\n\nThe river burst its banks on Tuesday.\n\n" + "\n\n".join(cards)
    assert story_of(page) == ["The river burst its banks on Tuesday."]


@pytest.mark.parametrize(
    "chant",
    [
        "Bring our kids home Bring our kids home Protesters chanted outside the hall.",
        "We want the bridge open We want the bridge open Hundreds marched to the hall.",
    ],
)
def test_a_chant_said_twice_is_story(chant):
    page = f"Floods\n\nThe river burst its banks on Tuesday.\n\n{chant}\n\nCrews worked all night."
    assert chant in story_of(page)


@pytest.mark.parametrize(
    "page",
    [
        "Bobcat Back On The Loose\n\nBobcat Back On The Loose Bobcat Back On The Loose {lead}"
        "\n\nThe owner was fined in May.",
        "Bobcat Back On The Loose Bobcat Back On The Loose {lead}\n\nThe owner was fined in May.",
    ],
)
def test_the_articles_own_headline_printed_twice_and_fused_to_its_lead_is_left_out_of_it(page):
    lead = "Residents should stay alert, as the bobcat escaped again on Tuesday."
    assert story_of(page.format(lead=lead)) == [lead, "The owner was fined in May."]


def test_a_pictures_copyright_credit_inside_the_story_closes_nothing():
    page = (
        "Floods\n\nThe river burst its banks on Tuesday, and 400 homes were flooded.\n\n"
        "The army sent boats to the valley on Wednesday to bring families out.\n\n"
        "© 2024 Getty Images\n\n"
        "Engineers said the wall had been too low."
    )
    assert story_of(page)[-1] == "Engineers said the wall had been too low."


def test_a_page_dated_like_a_video_site_but_linking_nowhere_is_story():
    page = "Published on Apr 29, 2015\n\nThe river burst its banks on Tuesday."
    assert story_of(page) == ["The river burst its banks on Tuesday."]


def test_words_said_twice_that_are_no_headline_stay_in_the_sentence():
    chant = "Save our valley now Save our valley now Residents chanted outside the hall."
    assert story_of(f"Floods\n\n{chant}") == [chant]
