"""Sections, sentences and language detection."""

from __future__ import annotations

import pytest

from checker.extract.language import detect_language
from checker.extract.sections import layout
from checker.extract.sentences import clauses, sentences
from checker.extract.tables import load_table

IT = load_table("it")
EN = load_table("en")


def test_related_links_credits_and_glued_headings() -> None:
    body = ("La Corea del Nord ha inviato più truppe in Russia.\n"
            "Ti consigliamo: Migliaia di soldati nordcoreani massacrati in Ucraina: Casa Bianca.\n"
            "Soldati nordcoreani in RussiaLa Corea del Nord ha intensificato il suo sostegno.\n"
            "\n\nCon informazioni dall'AFP.\nORP\nexcelsior")
    parts = layout("Titolo", body, IT)
    sections = [(s.section, s.text) for s in parts.segments]
    assert sections[0] == ("title", "Titolo")
    assert sections[1][0] == "lead"
    assert sections[2] == ("related",
                           "Migliaia di soldati nordcoreani massacrati in Ucraina: Casa Bianca.")
    assert sections[3] == ("body", "La Corea del Nord ha intensificato il suo sostegno.")
    assert sections[4] == ("credit", "Con informazioni dall'AFP.")
    assert [h.text for h in parts.headings] == ["Soldati nordcoreani in Russia"]
    assert parts.credits[0] == "AFP"
    for segment in parts.segments[1:]:
        assert body[segment.start:segment.end] == segment.text


def test_english_related_links_and_credits() -> None:
    parts = layout("Title", "Troops were sent.\nRead more: Thousands killed, says White House"
                   "\nWith reporting from Reuters.", EN)
    assert [s.section for s in parts.segments] == ["title", "lead", "related", "credit"]
    assert parts.credits == ("Reuters",)


def test_sentences_keep_offsets_and_abbreviations() -> None:
    text = "Il sig. Rossi ha parlato. Ha detto 10.000 parole! Poi è uscito."
    found = sentences(text, 5, IT)
    assert [s.text for s in found] == ["Il sig. Rossi ha parlato.", "Ha detto 10.000 parole!",
                                       "Poi è uscito."]
    for span in found:
        assert text[span.start - 5:span.end - 5] == span.text
    english = sentences("Mr. Smith met Gen. Jones in the U.S. on Monday. They talked.", 0, EN)
    assert len(english) == 2


def test_quoted_speech_and_reported_content_are_clauses() -> None:
    sentence = sentences("\"L'esercito si è ridistribuito sul fronte di Kursk\", ha affermato "
                         "giovedì un funzionario.", 0, IT)[0]
    parts = clauses(sentence, IT)
    assert parts[0].quoted and parts[0].text == "L'esercito si è ridistribuito sul fronte di Kursk"
    assert parts[1].text.startswith("ha affermato giovedì")
    reported = clauses(sentences("L'agenzia ha dichiarato che non vi era più traccia di soldati.",
                                 0, IT)[0], IT)
    assert [c.text for c in reported] == ["L'agenzia ha dichiarato",
                                          "non vi era più traccia di soldati."]


def test_language_detection() -> None:
    assert detect_language("La Corea del Nord ha inviato più truppe in Russia e ne ha "
                           "schierate alcune al fronte nella regione di Kursk") == "it"
    assert detect_language("North Korea has sent more troops to Russia and deployed some of "
                           "them to the front in the Kursk region, the spy agency said") == "en"


def test_every_language_table_has_the_same_keys() -> None:
    from checker.extract.tables import available_languages

    keys = {code: set(load_table(code).data) for code in available_languages()}
    assert len(keys) >= 2
    first = next(iter(keys.values()))
    for code, found in keys.items():
        assert found == first, (code, found ^ first)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "On Wednesday, Apple introduced an iPod capable of displaying video."),
        ("en", "Apple Computer today introduced the new MacBook line."),
        ("en", "Senator John McCain entered them into the Congressional Record."),
        ("en", "New templates for PowerPoint users were unveiled on Monday."),
    ],
)
def test_brand_and_name_spellings_are_not_glued_headings(language, body) -> None:
    parts = layout("Title", body, load_table(language))
    assert parts.headings == ()
    assert [s.text for s in parts.segments[1:]] == [body]


WRAPPED = """Trattato in vigore

La Corea del Nord ha inviato più truppe in Russia e ne ha schierate
alcune al fronte nella regione di Kursk, ha affermato giovedì
l'agenzia di spionaggio della Corea del Sud.

Né Mosca né Pyongyang hanno confermato lo spiegamento.
"""


def test_text_wrapped_at_a_fixed_width_is_read_one_paragraph_per_line() -> None:
    from checker.extract import read_text

    raw = read_text(WRAPPED)
    assert raw.body.split("\n") == [
        "La Corea del Nord ha inviato più truppe in Russia e ne ha schierate alcune al fronte "
        "nella regione di Kursk, ha affermato giovedì l'agenzia di spionaggio della Corea del "
        "Sud.",
        "",
        "Né Mosca né Pyongyang hanno confermato lo spiegamento.",
    ]


@pytest.mark.parametrize("body", [
    # one line per paragraph already, as the seed is
    "La Corea del Nord ha inviato più truppe in Russia.\nTi consigliamo: Migliaia di soldati.\n"
    "Soldati nordcoreani in RussiaLa Corea del Nord ha intensificato il suo sostegno.",
    # short lines that each end a sentence or name a heading
    "Sales fell.\nProfits fell.\nOutlook\nThe company expects a loss.",
])
def test_text_that_is_not_wrapped_keeps_its_lines(body: str) -> None:
    from checker.extract import read_text

    assert read_text("Title\n" + body).body == body


def test_a_wrapped_seed_extracts_as_the_seed_does(tmp_path) -> None:
    import textwrap
    from pathlib import Path

    from checker.extract import extract_file

    seed = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_e792c4df2d7ce011.txt"
    if not seed.exists():
        pytest.skip("the seed article is not at hand")
    title, rest = seed.read_text("utf-8").split("\n", 1)
    wrapped = tmp_path / "seed.txt"
    wrapped.write_text(title + "\n" + "\n\n".join(textwrap.fill(p, 70) for p in rest.split("\n")),
                       encoding="utf-8")
    plain, folded = extract_file(seed, "2025-02-27"), extract_file(wrapped, "2025-02-27")
    assert [c["text"] for c in folded["claims"]] == [c["text"] for c in plain["claims"]]
    assert [s["name"] for s in folded["sources"]] == [s["name"] for s in plain["sources"]]


@pytest.mark.parametrize(
    ("language", "body", "credits", "lead"),
    [
        ("en", "By Hyonhee Shin\nSEOUL, Feb 27 (Reuters) - North Korea has sent more troops.",
         ["Reuters", "Hyonhee Shin"], "North Korea has sent more troops."),
        ("en", "WASHINGTON (AP) — The Senate passed the bill on Tuesday.", ["AP"],
         "The Senate passed the bill on Tuesday."),
        ("en", "NEW YORK, March 3 - Stocks fell sharply.", [], "Stocks fell sharply."),
        ("it", "di Mario Rossi\n(ANSA) - ROMA, 27 FEB - Il governo ha approvato il decreto.",
         ["ANSA", "Mario Rossi"], "Il governo ha approvato il decreto."),
    ],
)
def test_wire_datelines_and_bylines_are_credits_not_claims(language, body, credits,
                                                           lead) -> None:
    parts = layout("Title", body, load_table(language))
    assert list(parts.credits) == credits
    assert [s.text for s in parts.segments if s.section == "lead"] == [lead]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "NATO, the alliance, said on Monday it would send troops."),
        ("en", "By the end of the year the plant will close."),
        ("it", "Di recente il governo ha approvato il decreto."),
        ("it", "La Corea del Nord ha inviato più truppe in Russia."),
    ],
)
def test_a_first_line_that_only_looks_like_a_dateline_or_byline_is_the_lead(language,
                                                                             body) -> None:
    parts = layout("Title", body, load_table(language))
    assert [s.text for s in parts.segments if s.section == "lead"] == [body]
    assert parts.credits == ()


def test_reporting_credits_name_each_person_without_their_role() -> None:
    body = "Stocks fell.\n(Reporting by Hyonhee Shin; Editing by Ed Davies)"
    assert list(layout("Title", body, EN).credits) == ["Hyonhee Shin", "Ed Davies"]


@pytest.mark.parametrize(
    ("language", "line", "section", "text"),
    [
        ("en", "Photo: A Ford assembly line in Cologne.", "caption",
         "A Ford assembly line in Cologne."),
        ("it", "Nella foto: una catena di montaggio Ford a Colonia.", "caption",
         "una catena di montaggio Ford a Colonia."),
        ("en", "Updated: 27 February 2025, 14:32", "credit", "Updated: 27 February 2025, 14:32"),
        ("it", "Aggiornato il 27 febbraio 2025 alle 14:32", "credit",
         "Aggiornato il 27 febbraio 2025 alle 14:32"),
        # the newsroom's note about the story is none of its claims
        ("en", "Correction: An earlier version of this story said 20 people had died.", "credit",
         "Correction: An earlier version of this story said 20 people had died."),
        ("it", "Rettifica: una versione precedente indicava 20 morti.", "credit",
         "Rettifica: una versione precedente indicava 20 morti."),
    ],
)
def test_captions_and_update_stamps_are_told_apart_from_the_story(language, line, section,
                                                                  text) -> None:
    body = f"{line}\nFord said it would cut 10,000 jobs."
    parts = layout("Title", body, load_table(language))
    assert (parts.segments[1].section, parts.segments[1].text) == (section, text)
    assert parts.segments[2].section == "lead"


def test_list_items_run_into_one_line_are_sentences_of_their_own() -> None:
    text = ("Ford will close: * Atlanta Assembly of Hapeville, Georgia * River Rouge Plant of "
            "Dearborn, Michigan. Ford's stock fell 17 cents. The price is 3 * 4 euro.")
    assert [s.text for s in sentences(text, 0, EN)] == [
        "Ford will close:", "Atlanta Assembly of Hapeville, Georgia",
        "River Rouge Plant of Dearborn, Michigan.", "Ford's stock fell 17 cents.",
        "The price is 3 * 4 euro.",
    ]


def test_a_credit_line_states_no_figure() -> None:
    from checker.extract import extract, read_text

    data = extract(read_text("Floods kill 23\nFloods killed 23 people, officials said.\n"
                             "Correction: An earlier version of this story said 20 people had "
                             "died.\n"), "2023-05-19", "en")
    figures = {c.get("section", "body"): c["quantity"]["value"] for c in data["claims"]
               if "quantity" in c}
    assert figures == {"title": 23, "lead": 23}
