"""Units a reader can use: whole quotations with their speaker, and what a sentence points to."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from summarize import analyze, summarize
from summarize.language import load_language
from summarize.stages.segment import segment_article
from summarize.stages.units import (
    INSIDE_PARAGRAPH,
    MOST_JOINED,
    by_paragraph,
    unit_scores,
    units,
)
from summarize.types import Sentence

# A sentence of story that reads on its own, in each language the tests use.
LEADS = {
    "english": "The Harbor Bridge opened on Monday.",
    "french": "Le nouveau pont de Lyon a ouvert lundi après quatre ans de travaux.",
    "german": "Der Bürgermeister eröffnete am Montag die neue Brücke über den Rhein.",
    "spanish": "El nuevo puente de Sevilla abrió el lunes tras cuatro años de obras.",
}


def units_of(text: str, language: str = "english") -> list[str]:
    """The text of each candidate unit of one article."""
    found = segment_article(text, 0, load_language(language))
    return [text[found[unit[0]].start : found[unit[-1]].end] for unit in units(found, [language])]


def sentences(*texts: str) -> list[Sentence]:
    return [Sentence(0, i, 0, len(t), t) for i, t in enumerate(texts)]


def test_a_quotation_cut_by_the_splitter_is_one_unit_with_its_speaker():
    text = (
        "Fighting resumed on Sunday. “The operations have started. Our forces are "
        "advancing,” said Mustafa Bali, the group's spokesman."
    )
    assert units_of(text) == [
        "Fighting resumed on Sunday.",
        "“The operations have started. Our forces are advancing,” said Mustafa Bali, "
        "the group's spokesman.",
    ]


def test_a_quotation_over_several_paragraphs_is_one_unit():
    text = (
        "The reporter Hoda Ali said the fighting had resumed.\n\n"
        "“Whether this is the last battle, it is too early to say.\n\n"
        "“There has been a pattern of fighting, then of families leaving,” said Ali."
    )
    assert units_of(text) == [
        "The reporter Hoda Ali said the fighting had resumed.",
        "“Whether this is the last battle, it is too early to say.\n\n“There has been a "
        "pattern of fighting, then of families leaving,” said Ali.",
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "french",
            "Le maire a parlé lundi. « Le pont est ouvert. Il a coûté cher », a déclaré "
            "Paul Martin.",
            [
                "Le maire a parlé lundi.",
                "« Le pont est ouvert. Il a coûté cher », a déclaré Paul Martin.",
            ],
        ),
        (
            "german",
            "Die Brücke ist offen. „Wir sind froh. Es hat lange gedauert“, sagte "
            "Bürgermeisterin Anna Weber.",
            [
                "Die Brücke ist offen.",
                "„Wir sind froh. Es hat lange gedauert“, sagte Bürgermeisterin Anna Weber.",
            ],
        ),
        (
            "english",
            'The bridge opened. "The wait is over. We waited years," said Mayor Lena Ortiz.',
            [
                "The bridge opened.",
                '"The wait is over. We waited years," said Mayor Lena Ortiz.',
            ],
        ),
        (
            "japanese",
            "橋が開通した。市長は「工事は終わった。長かった」と述べた。",
            ["橋が開通した。", "市長は「工事は終わった。長かった」と述べた。"],
        ),
    ],
)
def test_quotation_marks_of_every_script_keep_a_quotation_whole(language, text, expected):
    assert units_of(text, language) == expected


def test_a_sentence_that_points_back_joins_the_one_before_it():
    text = (
        "Mayor Lena Ortiz opened the Harbor Bridge on Monday. She said the overrun came "
        "from soft clay. Traffic was light."
    )
    assert units_of(text) == [
        "Mayor Lena Ortiz opened the Harbor Bridge on Monday.",
        "Mayor Lena Ortiz opened the Harbor Bridge on Monday. She said the overrun came "
        "from soft clay.",
        "Traffic was light.",
    ]


@pytest.mark.parametrize(
    "opener",
    [
        "He said the repairs would take a year.",
        "But the council disagreed with the estimate.",
        "This was the third delay since the spring.",
        "However, the council disagreed.",
        "It was the third delay since the spring.",
        "That’s the third delay since the spring.",
        "As a result, the tolls will rise in May.",
        "On Tuesday, he said the repairs would take a year.",
        "“We are proud of it,” she said.",
        "“We are proud of it.”",
        "SMITH: It took four years.",
        "Still, the council disagreed with the estimate.",
        "It was the first bridge the company built.",
        "Two days later, the tolls were cut in half.",
        "Just weeks later the first crack appeared.",
        "Less than a week later, the first crack appeared.",
        "The next morning, engineers closed one lane.",
        "At the same time, the council raised the tolls.",
        "In this case, the builder will pay for the repairs.",
        "Since then, the tolls have risen twice.",
        "In the meantime, ferries will carry the traffic.",
        "When she signed the contract with the builder, she asked for a fixed price.",
        "If they approve the second loan next month, they will cut the tolls.",
        "At least that is what the council says.",
        "Now she wants the tolls cut in half.",
        "The rest goes to repairs and to the ferries.",
        "The others voted against the tolls.",
        "A: The tolls start in May.",
    ],
)
def test_what_points_back_or_has_no_speaker_is_never_a_unit_alone(opener):
    text = f"The Harbor Bridge opened on Monday after four years. {opener}"
    found = units_of(text)
    assert opener not in found
    assert "The Harbor Bridge opened on Monday after four years." in found


@pytest.mark.parametrize(
    "sentence",
    [
        "This week the council approved the tolls.",
        "That night the bridge was lit for the first time.",
        "The repairs will take a year, he said, and cost more.",
        "Although the council disagreed, the bridge opened.",
        "“We are proud of it,” said Mayor Lena Ortiz.",
        "“We are proud of it,” the mayor said.",
        "The mayor called it “a triumph of engineering” in her speech.",
        "US officials said the bridge would carry 40,000 cars a day.",
        "Then-Governor Ana Ruiz approved the plan in 2016.",
        "Still images from the opening show a crowd of thousands.",
        "Further talks on the tolls are planned for May.",
        "It was not immediately clear when the tolls would start.",
        "This Monday the council will vote on the tolls.",
        "The committee said the new mine would harm the river.",
        "The next bridge will be built across the bay.",
        "Years of delay had doubled the cost.",
        "In this region, bridges are built on piles.",
        "After that week's vote, the tolls were cut in half.",
        "This week's vote cut the tolls in half.",
        "Despite this year's floods, the bridge opened on time.",
        "In response to the delays, the council fined the builder.",
        "When they tested the cables in June, engineers found rust on two of them.",
        "Now that the bridge is open, traffic in the old town has halved.",
        "At least three workers were hurt while it was built.",
        "The rest of the money goes to the ferries.",
        "A new toll will start in May.",
    ],
)
def test_what_reads_on_its_own_is_a_unit_alone(sentence):
    text = f"The Harbor Bridge opened on Monday after four years. {sentence}"
    assert sentence in units_of(text)


@pytest.mark.parametrize(
    ("language", "alone", "joined"),
    [
        (
            "french",
            [
                "Il y a eu au moins trois blessés, selon les pompiers.",
                "Ce matin, le pont a rouvert.",
            ],
            ["Cette décision a surpris les habitants.", "Il a ajouté que le pont rouvrirait."],
        ),
        (
            "spanish",
            ["Este lunes el puente volvió a abrir.", "Dijo el alcalde que abrirá en mayo."],
            [
                "Esta decisión sorprendió a los vecinos.",
                "Ella dijo que el puente abriría.",
                "Añadió que el peaje costará dos euros.",  # who added it: the sentence before
                "Dijo que mañana se reunirá con los vecinos.",
            ],
        ),
    ],
)
def test_impersonal_openings_and_times_read_on_their_own(language, alone, joined):
    lead = LEADS[language]
    for sentence in alone:
        assert sentence in units_of(f"{lead} {sentence}", language)
    for sentence in joined:
        found = units_of(f"{lead} {sentence}", language)
        assert sentence not in found and f"{lead} {sentence}" in found


def test_a_name_after_a_dash_is_the_speaker_of_the_quotation_before_it():
    text = "The bridge opened on Monday. “We are proud of it.” — Mayor Lena Ortiz, at the opening."
    found = units_of(text)
    assert "“We are proud of it.” — Mayor Lena Ortiz, at the opening." in found
    assert "The bridge opened on Monday." in found


@pytest.mark.parametrize("speaker", ["Mayor Ortiz said.", "Ortiz asked reporters."])
def test_a_speaker_the_splitter_parted_from_a_quoted_question_joins_it(speaker):
    lead = "The Harbor Bridge opened on Monday after four years of work."
    quote = "“Who would have thought we would finish it?”"
    found = units_of(f"{lead} {quote} {speaker}")
    assert found == [lead, f"{quote} {speaker}"]


@pytest.mark.parametrize(
    "speaker", ["Traffic was light, police said.", "The report says otherwise."]
)
def test_a_sentence_after_a_quotation_with_words_of_its_own_stands_alone(speaker):
    for lead in ("Ortiz told reporters: “We won.”", "The mayor called it “a triumph.”"):
        assert speaker in units_of(f"{lead} {speaker}")


@pytest.mark.parametrize(
    ("language", "quote", "speaker"),
    [
        (
            "english",
            "“Who would have thought we would finish it?”",
            "Ortiz asked on Monday, as the crowd on the deck cheered the first cars.",
        ),
        (
            "english",
            "“We did it!”",
            "Mayor Lena Ortiz said at the opening, to long applause.",
        ),
        (
            "french",
            "« Qui l'aurait cru ? »",
            "Le maire Paul Ortiz a déclaré lundi devant une foule nombreuse.",
        ),
        (
            "spanish",
            "«¿Quién lo habría pensado?»",
            "El alcalde Pablo Ortiz dijo el lunes ante una multitud.",
        ),
    ],
)
def test_a_named_speaker_after_a_quoted_question_or_cry_joins_it_however_long(
    language, quote, speaker
):
    # a splitter parts a quotation that ends with "?" or "!" from a name after it
    lead = LEADS[language]
    found = units_of(f"{lead} {quote} {speaker}", language)
    assert found == [lead, f"{quote} {speaker}"]


@pytest.mark.parametrize(
    "after",
    [
        "Traffic was light on the first day, police said.",
        "The report on the tolls says otherwise.",
        "Ortiz said the state would pay two thirds of the cost.",  # what she said: her own
        "Ortiz said that the state would pay two thirds of the cost.",
        "Ortiz said it would open in May.",
    ],
)
def test_a_sentence_after_a_quoted_question_with_words_of_its_own_stands_alone(after):
    for quote in ("“Who would have thought we would finish it?”", "“We won.”"):
        assert after in units_of(f"{LEADS['english']} {quote} {after}")


def test_a_name_on_the_next_line_after_a_quoted_question_is_not_its_speaker():
    text = "“Is the bridge safe?”\n\nMayor Paul Ortiz said on Monday, as the first cars crossed."
    assert "Mayor Paul Ortiz said on Monday, as the first cars crossed." in units_of(text)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("english", "“I took this photo at dawn, before the water rose,” said Ana Ruiz."),
        ("english", "This week the council released the photos of the flood."),
        ("english", "The photos were taken by a volunteer on Monday."),
        ("english", "Sales of this video game topped ten million copies, the company said."),
        ("english", "At this point the video had been viewed two million times."),
        ("english", "Economists say this picture of a slowing economy is too gloomy."),
        ("english", "The museum said this gallery will reopen in June after repairs."),
        ("french", "Le groupe veut redorer cette image de marque auprès des clients."),
        ("german", "Die Partei will dieses Bild in der Öffentlichkeit ändern."),
        ("spanish", "El Gobierno quiere cambiar esta imagen de país corrupto."),
        # brackets a program's, or a list's, not emptied by a page
        ("english", "Developers can call the new save() function from any app."),
        ("english", "The survey covered three regions (a, b and c) of the country."),
    ],
)
def test_a_picture_named_not_shown_and_code_in_brackets_are_story(language, sentence):
    lead = LEADS[language]
    assert sentence in units_of(f"{lead} {sentence}", language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a caption: it points at a picture of the page, which a brief cannot show
        ("english", "Ruth Kell shared this photo of the flooded square with the council."),
        ("english", "These undated pictures show the mill before the fire."),
        ("french", "Le maire a publié cette photo du pont inondé."),
        ("german", "Dieses Foto zeigt die Brücke am Montag."),
        ("spanish", "Esta imagen muestra el puente durante la inundación."),
        ("spanish", "El alcalde publicó esta foto del puente inundado."),
        # a page that dropped its links left their slots empty
        ("english", "Brides in and spend the most on their dresses ( and , respectively)."),
        ("english", "The survey covered weddings in (, ) last year."),
        ("english", "The only black panther recorded there has been the black leopard ()."),
        ("english", "Couples from ( and ) spend the least on their rings."),
        ("french", "Les mariées de et dépensent le plus pour leur robe ( et , respectivement)."),
        ("japanese", "費用は（、）の順に高かった。"),
    ],
)
def test_a_pictures_caption_or_a_sentence_that_lost_its_words_is_never_a_unit(language, sentence):
    lead = LEADS.get(language, "東京で新しい橋が月曜日に開通した。")
    assert units_of(f"{lead} {sentence}", language) == [lead]


@pytest.mark.parametrize(
    "rest",
    [
        "tolls of two dollars a car and free passage for cyclists.",
        "the Mayor and her aides cutting the ribbon before a crowd of thousands.",
    ],
)
def test_a_line_that_opens_in_lower_case_goes_on_from_the_line_before(rest):
    lead = "The Harbor Bridge opened on Monday after four years of work, with"
    found = units_of(f"{lead}\n\n{rest}")  # a paragraph a page broke in two
    assert rest not in found and f"{lead}\n\n{rest}" in found


@pytest.mark.parametrize(
    "name", ["de Blasio", "von der Leyen", "iPhone", "www.harbor.gov", "e.g. the mayor"]
)
def test_a_name_or_an_address_in_lower_case_still_opens_a_sentence(name):
    sentence = f"{name} praised the bridge on Monday."
    assert sentence in units_of(f"The bridge opened on Monday.\n\n{sentence}")


def test_a_line_of_dialogue_opened_by_a_dash_is_not_glued_to_the_sentence_before():
    lead = "Las lluvias obligaron el domingo a evacuar a 1.200 personas en Valencia."
    line = "—Es la peor riada que recuerdo —dijo Carmen López, una vecina de 80 años."
    found = units_of(f"{lead}\n\n{line}", "spanish")
    assert found == [lead, line]


@pytest.mark.parametrize(
    ("language", "lead", "question"),
    [
        (
            "greek",
            "Ο ποταμός Πηνειός υπερχείλισε την Κυριακή και 2.000 κάτοικοι έφυγαν.",
            "Τι θα κάνατε εσείς αν πλημμύριζε το σπίτι σας;",
        ),
        (
            "greek",
            "Ο ποταμός Πηνειός υπερχείλισε την Κυριακή και 2.000 κάτοικοι έφυγαν.",
            "Τι θα κάνατε εσείς αν πλημμύριζε το σπίτι σας\u037e",
        ),
        (
            "arabic",
            "فاض نهر العاصي يوم الأحد وغادر ألفا شخص منازلهم في المدينة.",
            "ماذا كنت ستفعل لو غمرت المياه منزلك؟",
        ),
    ],
)
def test_a_question_to_the_reader_is_never_quoted_in_any_language(language, lead, question):
    assert units_of(f"{lead} {question}", language) == [lead]


@pytest.mark.parametrize(
    "voice",
    [
        "We hope you will visit the bridge this summer.",
        "I crossed it twice and loved every minute.",
        "Is the bridge worth the money?",
        "In my view, the plan says little about the cost.",
    ],
)
def test_the_voice_of_the_page_is_never_quoted_and_nothing_joins_it(voice):
    text = f"The Harbor Bridge opened on Monday. {voice} It cost 310 million dollars."
    found = units_of(text)
    assert found == ["The Harbor Bridge opened on Monday."]


def test_first_person_words_without_quotation_marks_are_quoted_when_a_name_says_them():
    named = "I crossed it twice, said Lena Ortiz, who lives by the river."
    assert named in units_of(f"The bridge opened. {named}")
    german = LEADS["german"]
    voice = "Wir sind so stolz auf unsere Stadt und ihre neue Brücke."
    assert units_of(f"{german} {voice}", "german") == [german]


@pytest.mark.parametrize(
    ("language", "prompt"),
    [
        ("english", "You must confirm your signature by email for it to count."),
        ("english", "From the ribbon to the fireworks, here are ten moments of the day."),
        ("english", "Click below to read the full report on the bridge."),
        ("english", "Don't miss our pictures of the opening night."),
        ("english", "Let’s take a closer look at the cables of the bridge."),
        ("english", "Here are the ten best moments of the opening day."),
        ("english", "The mayor cut the ribbon, and here are ten moments of the day."),
        ("english", "Look at the way the cables sway in the wind."),
        ("french", "Vous pouvez partager vos photos du pont avec la rédaction."),
        ("german", "Schick dein schönstes Foto von der neuen Brücke an die Redaktion."),
        ("spanish", "Usted puede enviar sus fotos del puente a la redacción."),
    ],
)
def test_words_spoken_to_the_reader_are_the_voice_of_the_page(language, prompt):
    lead = LEADS[language]
    assert units_of(f"{lead} {prompt}", language) == [lead]


def test_words_spoken_to_someone_are_quoted_when_a_name_says_them():
    named = "You will love the view, said Lena Ortiz, who lives by the river."
    assert named in units_of(f"The bridge opened. {named}")
    quoted = "“You will love the view,” said Mayor Lena Ortiz."
    assert quoted in units_of(f"The bridge opened. {quoted}")


@pytest.mark.parametrize(
    ("language", "story"),
    [
        ("english", "The mayor sent a thank-you letter to the 300 workers on Monday."),
        ("english", "The store sold do-it-yourself repair kits to residents of the valley."),
        ("english", "Evacuate now if you live near the river, the sheriff's office said."),
        ("english", "Fans sang You'll Never Walk Alone as the team left the field."),
        ("english", "The band played Love Yourself twice during the concert on Friday."),
        ("english", "Here are the tolls for cars, the bridge authority said on Monday."),
        ("english", "Don't cross the bridge before noon, the police said on Monday."),
        ("english", "Watch Dogs Legion sold well in the shops on the new bridge."),
        ("english", "Get Out won the prize at the festival by the new bridge."),
        ("english", "Share prices of the builder fell 3 percent after the bridge opened."),
        ("english", "Tap water in the old town was declared safe again on Friday."),
        ("english", "Watch parties were held in every pub along the river."),
        ("english", "Residents here are bracing for another storm this week."),
        ("english", "Taking the ferry now costs more than the toll, residents said."),
        ("english", "Crews worked here around the clock, and there are more to come."),
        ("french", "Le rendez-vous est fixé au 12 mai à la mairie de Lyon."),
        ("french", "Le TA de Lyon a annulé mardi l'arrêté du préfet sur le pont."),
        ("french", "Le gouvernement a tu ces informations pendant des mois."),
        ("spanish", "El departamento de TI de la alcaldía gestionó el sistema de peajes."),
    ],
)
def test_words_that_only_look_like_the_second_person_are_story(language, story):
    assert story in units_of(f"{LEADS[language]} {story}", language)


def test_a_german_prompt_is_the_pages_voice_though_its_nouns_are_capitalised():
    lead = LEADS["german"]
    prompt = "Teile Deine Meinung zur neuen Brücke mit der Redaktion."
    assert units_of(f"{lead} {prompt}", "german") == [lead]


def test_a_capitalised_your_in_a_title_speaks_to_no_one():
    title = "The sequel to How to Train Your Dragon opened in Lyon on Friday."
    assert units_of(f"The bridge opened. {title}") == ["The bridge opened.", title]


def test_first_person_words_inside_a_named_quotation_are_fine():
    text = "The bridge opened. “I crossed it twice,” said Mayor Lena Ortiz."
    assert "“I crossed it twice,” said Mayor Lena Ortiz." in units_of(text)


def test_at_most_so_many_sentences_join_one_that_reads_on_its_own():
    followers = " ".join(["But it was late."] * (MOST_JOINED + 1))
    text = f"The bridge opened on Monday. {followers}"
    found = units_of(text)
    longest = max(found, key=len)
    assert longest.count("But it was late.") == MOST_JOINED


def test_a_sentence_after_a_line_that_is_not_story_cannot_join_across_it():
    text = (
        "The bridge opened on Monday.\n\nSign up for our newsletter!\n\n"
        "It cost 310 million dollars."
    )
    assert units_of(text) == ["The bridge opened on Monday."]
    analysis = analyze([text])
    quotable = {s.text: s.quotable for s in analysis.sentences}
    assert quotable == {
        "The bridge opened on Monday.": True,
        "Sign up for our newsletter!": False,
        "It cost 310 million dollars.": False,
    }


def test_a_piece_of_a_quotation_whose_start_was_left_out_is_never_quoted():
    text = (
        "The bridge opened.\n\nSign up for our newsletter!\n\n"
        "Tolls will pay for it,” said Mayor Lena Ortiz on Monday at the opening."
    )
    assert units_of(text) == ["The bridge opened."]


def test_an_apostrophe_and_hebrew_gershayim_open_no_quotation():
    assert units(sentences("The mayor's bridge opened.", "It's late."), ["english"]) == (
        (0,),
        (0, 1),
    )
    hebrew = 'נשיא ארה"ב הגיע לירושלים ביום שני. ראש הממשלה קיבל אותו בשדה התעופה.'
    assert len(units_of(hebrew, "hebrew")) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans at the opening loved 'em all the same.",
        "The band played rock 'n' roll on the bridge until midnight.",
        "The mayor, a 6'2\" former rower, cut the ribbon on Monday.",
        "The mayor, a 6’2” former rower, cut the ribbon on Monday.",
        "The bridge was first planned in the ‘90s by the port.",
    ],
)
def test_an_elision_or_an_inch_mark_opens_no_quotation(sentence):
    lead = "The Harbor Bridge opened on Monday after four years of work."
    after = "Traffic on the bridge was light on Tuesday morning."
    assert units_of(f"{lead} {sentence} {after}") == [lead, sentence, after]


def test_an_elision_is_read_in_english_only():
    lead = "Le pont de Lyon a ouvert lundi après quatre ans de travaux."
    quote = "'N'importe quoi. C'est trop cher', a dit Paul Martin."
    assert units_of(f"{lead} {quote}", "french") == [lead, quote]


def test_languages_without_cues_still_keep_quotations_whole():
    text = "Il ponte è aperto. «È finita. Abbiamo aspettato anni», ha detto il sindaco."
    assert units_of(text, "italian") == [
        "Il ponte è aperto.",
        "«È finita. Abbiamo aspettato anni», ha detto il sindaco.",
    ]


def test_when_every_sentence_points_back_each_is_its_own_unit():
    assert units(sentences("He left.", "She stayed."), ["english"]) == ((0,), (1,))


STORY = [
    "Mayor Lena Ortiz opened the Harbor Bridge on Monday, two years late. She said the "
    "overrun came from soft clay under the river. “We paid for that mistake twice. We "
    "will not pay a third time,” she told the council.\n\nTraffic was light on the first day.",
    "The Harbor Bridge opened on Monday, two years behind schedule. The final cost was 310 "
    "million dollars, nearly twice the estimate. Engineers found soft clay under the river.",
]


@pytest.mark.parametrize("budget", [{"max_words": 30}, {"max_words": 80}, {"max_sentences": 4}])
def test_a_brief_quotes_units_whole_and_counts_them_whole(budget):
    brief = summarize(STORY, **budget)
    for s in brief:
        assert STORY[s.source][s.start : s.end] == s.text
        assert not s.text.startswith(("She ", "“We will", "We will"))
        assert s.text.count("“") == s.text.count("”")
    if "max_words" in budget:
        assert brief.words <= budget["max_words"]
    spans = sorted((s.source, s.start, s.end) for s in brief)
    for (a, _, end), (b, start, _) in zip(spans, spans[1:], strict=False):
        assert a != b or end <= start  # no two brief sentences overlap


def test_a_unit_is_cited_where_another_article_states_it():
    copy = STORY[0].split("\n\n")[0]
    brief = summarize([STORY[0], copy], max_sentences=3)
    joined = [s for s in brief if "She said" in s.text]
    assert joined
    assert [span.source for span in joined[0].sources] == [0, 1]


def test_with_a_query_a_unit_is_worth_the_mean_of_its_sentences(monkeypatch):
    import summarize.api as api

    asked = []

    def spy(members, values, *, query=False):
        asked.append(query)
        return unit_scores(members, values, query=query)

    monkeypatch.setattr(api, "unit_scores", spy)
    summarize(STORY, max_words=40)
    summarize(STORY, max_words=40, query="What did the bridge cost?")
    assert asked == [False, True]
    one, two = sp.csr_matrix([[1.0, 0.0]]), sp.csr_matrix([[1.0, 1.0]])
    values = np.array([0.6, 0.2])
    assert unit_scores(two, values, query=True)[0] == pytest.approx(0.4)  # the mean
    assert unit_scores(two, values)[0] > unit_scores(two, values, query=True)[0]
    assert unit_scores(one, values, query=True)[0] == unit_scores(one, values)[0]


def test_a_unit_inside_a_paragraph_is_chosen_by_less_than_one_that_opens_it(monkeypatch):
    import summarize.api as api

    given = []

    def spy(scores, opens):
        given.append(opens.tolist())
        return by_paragraph(scores, opens)

    monkeypatch.setattr(api, "by_paragraph", spy)
    story = (
        "Rain fell on the valley all night. The river rose by two metres.\n\n"
        "Roads into the valley closed at dawn."
    )
    summarize([story], max_words=40, min_words=0)
    summarize([story], max_words=40, min_words=0, query="When did the roads close?")
    assert given == [[True, False, True]] * 2
    weighed = by_paragraph(np.array([0.5, 0.5]), np.array([True, False]))
    assert weighed[1] == pytest.approx(INSIDE_PARAGRAPH * weighed[0])


def test_cues_with_no_person_words_find_none():
    from summarize.language.cues import Cues

    cues = Cues(
        back=frozenset({"he"}),
        first_person=frozenset(),
        speech=frozenset({"said"}),
        pronouns=frozenset({"he"}),
    )
    assert cues.speaks.search("I told you we would go.") is None
