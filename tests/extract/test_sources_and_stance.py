"""Who says it and how firmly: attribution, source kinds, stance, per language."""

from __future__ import annotations

import pytest

from checker.extract.sources import attributions, headline_speaker, is_named, source_kind
from checker.extract.stance import stance
from checker.extract.tables import load_table

SPEAKERS = [
    ("it", "La Corea del Nord ha inviato più truppe, ha affermato giovedì l'agenzia di "
           "spionaggio della Corea del Sud.", ["agenzia di spionaggio della Corea del Sud"]),
    ("it", "I servizi segreti di Seul e occidentali hanno affermato che più di 10.000 soldati "
           "sono stati inviati.", ["servizi segreti di Seul", "servizi segreti occidentali"]),
    ("it", "\"Si è ridistribuito sul fronte\", ha affermato giovedì un funzionario "
           "dell'agenzia.", ["un funzionario dell'agenzia"]),
    ("it", "Né Mosca né Pyongyang hanno confermato lo spiegamento.", ["Mosca", "Pyongyang"]),
    ("it", "Secondo i rapporti di intelligence degli Stati Uniti, della Corea del Sud e "
           "dell'Ucraina, Pyongyang ha schierato 10.000 soldati.",
     ["intelligence degli Stati Uniti", "intelligence della Corea del Sud",
      "intelligence dell'Ucraina"]),
    ("it", "Il ministro della Difesa ha dichiarato che l'attacco è fallito.",
     ["ministro della Difesa"]),
    ("en", "Northrop Grumman CEO Ron Sugar said in an interview that they won.",
     ["Northrop Grumman CEO Ron Sugar"]),
    ("en", "According to the police, five people died.", ["police"]),
    ("en", "Earlier on Wednesday, the health ministry put the death toll at 98.",
     ["health ministry"]),
    ("it", "In precedenza il ministero della Salute aveva fissato il bilancio a 98 morti.",
     ["ministero della Salute"]),
    ("it", "L'opposizione ha invece sottolineato che la crescita resta debole.", ["opposizione"]),
    ("it", "Un portavoce di Hamas ha parlato di 45 vittime.", ["Un portavoce di Hamas"]),
    # a document beside its author's name: the author speaks
    ("it", "Secondo un sondaggio Ipsos pubblicato domenica, il 58% vorrebbe elezioni.",
     ["Ipsos"]),
    ("en", "According to a Gallup poll, 58% of Americans approve.", ["Gallup"]),
    # the near miss: a document without a name stays the source it is
    ("en", "According to the report, 300 people died.", ["report"]),
    # a negation before the verb is no part of the name
    ("it", "Il Cremlino non ha confermato.", ["Cremlino"]),
    ("en", "The Kremlin has not confirmed the report.", ["Kremlin"]),
    ("it", "Gli analisti si aspettavano in media un aumento dello 0,2%.", ["analisti"]),
    ("it", "Il debito è salito a 2.960 miliardi, secondo i dati diffusi lunedì dalla Banca "
           "d'Italia.", ["Banca d'Italia"]),
    ("it", "Sono arrivati 45.000 migranti, secondo i dati del ministero dell'Interno.",
     ["ministero dell'Interno"]),
    # "adding" goes on with the speaker just named, not with the sentence's first words
    ("en", "Aftershocks, including one of magnitude 5.1, continued through the night, AFAD "
           "said, adding that 76 buildings had collapsed.", ["AFAD"]),
    ("it", "Le scosse sono proseguite nella notte, ha detto l'AFAD, aggiungendo che 76 edifici "
           "sono crollati.", ["AFAD"]),
    ("en", "\"It is bad,\" said the official.", ["official"]),
    ("en", "Washington senator Patty Murray, who hails from the same state, said it was wrong.",
     ["Washington senator Patty Murray"]),
    ("en", "\"We made errors,\" said Michael R. Golden, the GAO's counsel.", ["Michael R. Golden"]),
    ("en", "The company expects to cut approximately 4,300 jobs, the union said.", ["union"]),
]

NO_SPEAKER = [
    ("it", "Secondo quanto riferito, la Corea del Nord si starebbe preparando."),
    ("it", "Questo spiegamento rientra nel rafforzamento dei legami bilaterali."),
    ("en", "The first four aircraft will be assembled in Toulouse."),
]

STANCES = [
    ("it", "sembra che siano stati inviati ulteriori soldati", "hedged"),
    ("it", "la Corea del Nord si starebbe preparando a inviare più truppe", "hedged"),
    ("it", "Né Mosca né Pyongyang hanno confermato lo spiegamento", "unconfirmed"),
    ("it", "Il Cremlino ha smentito la presenza di truppe", "denied"),
    ("it", "La Corea del Nord ha inviato più truppe in Russia", "asserted"),
    ("en", "North Korea has reportedly sent more troops", "hedged"),
    ("en", "The ministry declined to confirm the figure", "unconfirmed"),
    ("en", "Moscow denied the deployment", "denied"),
    ("en", "North Korea sent more troops", "asserted"),
    # the reportative conditional tells hearsay; the plain conditional and "could" do not
    ("it", "Pyongyang avrebbe inviato altri 3.000 soldati", "hedged"),
    ("it", "sarebbero stati uccisi 1.100 soldati", "hedged"),
    ("it", "il bilancio potrebbe essere stato di 200 morti", "hedged"),
    ("it", "GM avrebbe bisogno di 30 miliardi di dollari", "asserted"),
    ("it", "avrebbe diritto a prestiti per 6 miliardi di dollari", "asserted"),
    ("it", "le operazioni potrebbero non sortire effetti senza gli aiuti", "asserted"),
    ("it", "sarebbe necessario un intervento", "asserted"),
]

KINDS = [
    ("it", "agenzia di spionaggio della Corea del Sud", "intelligence"),
    ("it", "un funzionario dell'agenzia", "official"),
    ("it", "Casa Bianca", "government"),
    ("it", "esperti di sicurezza", "expert"),
    ("it", "AFP", "wire"),
    ("en", "White House", "government"),
    ("en", "a Pentagon spokesman", "official"),
    ("en", "Reuters", "wire"),
]


@pytest.mark.parametrize(("language", "sentence", "names"), SPEAKERS,
                         ids=[s[:40] for _, s, _ in SPEAKERS])
def test_speakers_in_both_word_orders(language: str, sentence: str, names: list[str]) -> None:
    found = attributions(sentence, load_table(language))
    assert found is not None
    assert list(found.names) == names


@pytest.mark.parametrize(("language", "sentence"), NO_SPEAKER, ids=[s[:40] for _, s in NO_SPEAKER])
def test_no_speaker_where_none_is_named(language: str, sentence: str) -> None:
    found = attributions(sentence, load_table(language))
    assert found is None or not found.names


@pytest.mark.parametrize("sentence", [
    "\"La portata esatta è ancora in fase di valutazione\", ha aggiunto.",
    "Le squadre di soccorso cercano ancora una trentina di persone, ha aggiunto.",
])
def test_subjectless_verb_carries_the_previous_speaker(sentence: str) -> None:
    found = attributions(sentence, load_table("it"))
    assert found is not None and found.carry and not found.names


def test_a_subjectless_verb_before_what_is_said_carries_nobody() -> None:
    # the near miss: "ha aggiunto che ..." opens what is said; the clause before is not a quote
    found = attributions("Le squadre cercano ancora, ha aggiunto il ministro.", load_table("it"))
    assert found is not None and found.names == ("ministro",)


def test_parenthetical_verb_carries_the_previous_speaker() -> None:
    found = attributions("Da allora, sostiene, l'aereo ha volato per quasi 30 ore.",
                         load_table("it"))
    assert found is not None and found.carry and not found.names


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The glitch was not reported when the plane made its maiden flight."),
    ("it", "Subaru e Hyundai sono due delle poche case che hanno riportato un aumento."),
    ("it", "Il volo doveva smentire le critiche secondo le quali sarebbe troppo grande."),
    ("it", "La società ha registrato una perdita nel secondo trimestre e un calo del 34%."),
    ("it", "Il secondo modello destinato al trasporto merci porterà 150 tonnellate."),
    ("en", "The measure comes on top of existing turnaround plans announced in January."),
])
def test_passives_and_relative_clauses_name_no_speaker(language: str, sentence: str) -> None:
    found = attributions(sentence, load_table(language))
    assert found is None or not found.names


def test_headline_credit() -> None:
    assert headline_speaker("Migliaia di soldati nordcoreani massacrati in Ucraina: "
                            "Casa Bianca.") == "Casa Bianca"
    assert headline_speaker("La Corea del Nord invia truppe aggiuntive in Russia: Seul") == "Seul"
    assert headline_speaker("VIDEO: I soldati nordcoreani rivivono una brutale dimostrazione "
                            "militare.") is None


@pytest.mark.parametrize(("language", "text", "expected"), STANCES, ids=[t for _, t, _ in STANCES])
def test_stance(language: str, text: str, expected: str) -> None:
    assert stance(text, load_table(language)) == expected


@pytest.mark.parametrize(("language", "name", "kind"), KINDS, ids=[n for _, n, _ in KINDS])
def test_source_kinds(language: str, name: str, kind: str) -> None:
    assert source_kind(name, load_table(language)) == kind


def test_anonymous_speakers_are_not_named() -> None:
    it = load_table("it")
    assert not is_named("un funzionario dell'agenzia", it)
    assert is_named("agenzia di spionaggio della Corea del Sud", it)
    assert not is_named("a senior official", load_table("en"))


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "According to a review by PC World, this alone is worth the US $129.", "PC World"),
        ("it", "Secondo una recensione di PC World, questo da solo vale 129 dollari.", "PC World"),
        ("it", "Secondo un rapporto dell'ONU, 300 civili sono stati uccisi.", "ONU"),
    ],
)
def test_the_author_of_a_document_is_the_source(language, text, source) -> None:
    from checker.extract import RawArticle, extract

    data = extract(RawArticle("T", text), "2008-10-06", language)
    assert [s["name"] for s in data["sources"]] == [source]


def test_the_subject_of_a_passive_is_no_speaker() -> None:
    from checker.extract import RawArticle, extract

    text = "After the news was announced the index dipped, then rose to close up 0.7%."
    assert extract(RawArticle("T", text), "2008-10-06", "en")["sources"] == []


def test_what_a_company_announces_is_no_speaker_after_the_verb() -> None:
    from checker.extract import RawArticle, extract

    text = ("La Bank of America Corporation, la seconda banca degli Stati Uniti, ha annunciato "
            "una perdita di 2,24 miliardi di dollari.")
    data = extract(RawArticle("T", text), "2008-10-06", "it")
    assert [s["name"] for s in data["sources"]] == ["Bank of America Corporation"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The Bank of America Corporation, the second-largest bank in the United States, "
               "has announced a loss of $2.24 billion. According to the bank, the losses are "
               "equal to 26 cents per share.", "Bank of America Corporation"),
        ("it", "La Fiat ha detto che le vendite sono calate. Secondo la società, 2.000 posti "
               "saranno tagliati.", "Fiat"),
    ],
)
def test_the_bank_or_the_company_refers_back_to_the_organisation_named(language, text, source):
    from checker.extract import RawArticle, extract

    data = extract(RawArticle("T", text), "2008-10-06", language)
    assert [s["name"] for s in data["sources"]] == [source]
    assert all(c.get("sources") in (None, [data["sources"][0]["id"]]) for c in data["claims"])


def test_an_adverb_inside_a_passive_leaves_no_speaker() -> None:
    from checker.extract import RawArticle, extract

    text = "A new version of iTunes was also announced at the event, bringing it to version 5."
    assert extract(RawArticle("T", text), "2005-09-08", "en")["sources"] == []


def test_after_a_name_and_its_apposition_the_words_after_the_verb_are_its_object() -> None:
    from checker.extract import RawArticle, extract

    text = ("Steve Jobs, il CEO di Apple, ha annunciato lo sviluppo a una conferenza di "
            "sviluppatori, dove ha promosso l'iPhone.")
    data = extract(RawArticle("T", text), "2008-06-10", "it")
    assert [s["name"] for s in data["sources"]] == ["Steve Jobs"]


def test_the_company_points_back_to_an_organisation_not_to_a_person() -> None:
    from checker.extract import RawArticle, extract

    text = ("GM said sales fell. Chief executive Rick Wagoner said the plan was working. "
            "The company said it would cut 2,000 jobs.")
    data = extract(RawArticle("T", text), "2008-10-06", "en")
    last = [c for c in data["claims"] if "2,000" in c["text"]][0]
    assert last["sources"] == ["gm"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("it", "All'inizio di febbraio il ministero ha dichiarato che le truppe si erano "
               "ritirate.", "ministero"),
        ("it", "Ieri il ministro ha detto che 12 soldati sono morti.", "ministro"),
        ("it", "Steve Jobs, l'amministratore delegato di Apple, ha comunicato lunedì, in una "
               "nota interna, che sarebbe stato in congedo.", "Steve Jobs"),
        ("en", "Steve Jobs, the chief executive of Apple, announced Monday in an internal memo "
               "that he would be on leave.", "Steve Jobs"),
        # a time inside a name or a noun phrase stays in it
        ("en", "The China Daily newspaper reported that the deal was approved.",
         "China Daily newspaper"),
    ],
)
def test_a_time_beside_the_speaker_is_no_part_of_its_name(language, text, source) -> None:
    pytest.importorskip("checker.timex")
    from checker.extract import RawArticle, extract

    data = extract(RawArticle("Title", text), "2011-01-17", language)
    assert [s["name"] for s in data["sources"]] == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The 55-year-old Smith said 20 soldiers died.", "Smith"),
        ("en", "John Smith (40) told reporters that 12 soldiers died.", "John Smith"),
        ("en", "Smith, 40, said 300 soldiers had died.", "Smith"),
        ("it", "Il 55enne Steve Jobs ha detto lunedì che lascerà.", "Steve Jobs"),
        ("it", "Il sessantenne Mario Rossi ha detto che 12 soldati sono morti.", "Mario Rossi"),
        ("it", "Luigi Bianchi (40) ha detto che 15 soldati sono morti.", "Luigi Bianchi"),
        ("it", "Mario Rossi, 40 anni, ha detto che 14 soldati sono morti.", "Mario Rossi"),
        # a number in a name stays
        ("en", "The G20 said growth would slow.", "G20"),
    ],
)
def test_an_age_is_no_part_of_the_name_and_no_figure(language, text, source) -> None:
    from checker.extract import RawArticle, extract

    data = extract(RawArticle("Title", text), "2011-01-17", language)
    assert [s["name"] for s in data["sources"]] == [source]
    figures = [c["quantity"].get("value") for c in data["claims"] if "quantity" in c]
    assert all(value not in (40, 55) for value in figures)


@pytest.mark.parametrize(
    ("language", "text", "sources"),
    [
        ("en", "South Korea's spy agency said troops had left. Later the spy agency said they "
               "had returned.", ["South Korea's spy agency"]),
        ("it", "L'agenzia di spionaggio della Corea del Sud ha detto che le truppe erano partite. "
               "Poi l'agenzia di spionaggio ha detto che erano tornate.",
         ["agenzia di spionaggio della Corea del Sud"]),
        # another official is another source
        ("en", "A US official said troops had left. A Russian official said they had not.",
         ["A US official", "A Russian official"]),
        # a surname or an acronym alone points back to the longer name it ends
        ("en", "Interior Minister Suleyman Soylu said 45 people were rescued. \"We are doing "
               "everything we can,\" Soylu said.", ["Interior Minister Suleyman Soylu"]),
        ("it", "L'agenzia per i disastri AFAD ha detto che 120 persone sono morte. AFAD ha poi "
               "aggiunto che 76 edifici sono crollati.", ["agenzia per i disastri AFAD"]),
        # a phrase headed by an organisation's noun points back to the organisation named
        ("it", "Il Pil è cresciuto dello 0,4%, ha comunicato l'Istat. Secondo l'istituto di "
               "statistica, la disoccupazione è scesa al 7,8%.", ["Istat"]),
        # the wire of the dateline is no company the story is about
        ("en", "DETROIT, Oct 2 (Reuters) - Workers stayed on strike. The company said the offer "
               "was generous.", ["Reuters", "company"]),
        # the near miss: a ministry is no company's other name
        ("en", "Toyota said sales rose 3%. The ministry said exports fell 2%.",
         ["Toyota", "ministry"]),
        # a different person with another first name is another source
        ("en", "John Smith said troops had left. Mary Jones said they had not.",
         ["John Smith", "Mary Jones"]),
    ],
)
def test_a_shorter_name_points_back_to_the_source_it_shortens(language, text, sources) -> None:
    from checker.extract import RawArticle, extract

    data = extract(RawArticle("Title", text), "2025-02-27", language)
    assert [s["name"] for s in data["sources"]] == sources


@pytest.mark.parametrize(("language", "text", "source"), [
    ("en", "The American Speech Language Hearing Association published a study where it appears "
           "that the player's power is 120 dB.", "American Speech Language Hearing Association"),
    ("it", "L'Istat ha pubblicato un rapporto secondo cui la disoccupazione sarebbe salita al 9 "
           "per cento.", "Istat"),
])
def test_who_publishes_a_study_is_the_source_of_what_it_finds(language, text, source) -> None:
    from checker.extract import RawArticle, extract

    data = extract(RawArticle("Title", text), "2008-01-01", language)
    assert [s["name"] for s in data["sources"]] == [source]
    assert data["claims"][1]["sources"] == [data["sources"][0]["id"]]


@pytest.mark.parametrize(("language", "sentence", "names"), [
    ("en", "Around 1,100 North Korean casualties were estimated by Seoul.", ["Seoul"]),
    ("en", "Casualties were put at about 1,100 by South Korean intelligence.",
     ["South Korean intelligence"]),
    ("it", "Le vittime sono state stimate dall'intelligence sudcoreana intorno a 1.100.",
     ["intelligence sudcoreana"]),
    ("it", "La notizia è stata riferita dal ministero della Difesa giovedì.",
     ["ministero della Difesa"]),
])
def test_the_agent_of_a_passive_attribution_is_the_speaker(language, sentence, names) -> None:
    said = attributions(sentence, load_table(language))
    assert said is not None and list(said.names) == names


def test_a_passive_of_another_verb_names_no_speaker() -> None:
    assert attributions("The plane was built by Boeing.", load_table("en")) is None


@pytest.mark.parametrize(("language", "name"), [
    ("it", "aeronautica ucraina"), ("en", "Ukraine's air force"), ("en", "the navy"),
])
def test_armed_services_are_military_sources(language: str, name: str) -> None:
    assert source_kind(name, load_table(language)) == "military"


@pytest.mark.parametrize(("language", "name"), [
    ("en", "carmaker"), ("en", "bank"), ("it", "banca"), ("it", "società"),
])
def test_a_company_described_by_its_trade_is_no_anonymous_source(language, name) -> None:
    assert source_kind(name, load_table(language)) == "official"


def test_a_company_named_general_is_no_army() -> None:
    assert source_kind("General Motors", load_table("en")) != "military"
    assert source_kind("General Staff", load_table("en")) == "military"


def test_what_a_second_speaker_reports_is_that_speakers_alone() -> None:
    from checker.extract import RawArticle, extract

    text = ("Ford's sales fell 1.1% in the third quarter, the company reported on Tuesday, "
            "while General Motors said its U.S. sales rose 21%.")
    data = extract(RawArticle("Title", text), "2023-10-02", "en")
    by_value = {c["quantity"]["value"]: c.get("sources") for c in data["claims"]
                if "quantity" in c}
    names = {s["id"]: s["name"] for s in data["sources"]}
    assert [names[i] for i in by_value[21]] == ["General Motors"]
    assert "General Motors" not in [names[i] for i in by_value[1.1]]
