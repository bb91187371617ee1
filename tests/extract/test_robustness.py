"""Whatever the text, the extractor writes valid article data whose offsets point at the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.config import Settings
from checker.extract import RawArticle, extract
from checker.loading import load_document

PIECES = {
    "it": ["La Corea del Nord", "ha inviato", "più di", "10.000", "1,5 milioni", "soldati",
           "nordcoreani", "in Russia", "giovedì", "nell'ottobre 2024", "secondo Kiev", ",",
           ".", "\"", "ha affermato", "l'agenzia", "tra", "e", "circa", "migliaia di",
           "vittime", "Ti consigliamo:", "\n", "poco prima che", "dopo una pausa di un mese",
           "(", ")", "%", "7mila", "né Mosca né Pyongyang hanno confermato", "sembra che",
           "Con informazioni dall'AFP.", "2025", "un funzionario", "RussiaLa"],
    "en": ["North Korea", "has sent", "more than", "10,000", "1.5 million", "troops",
           "North Korean", "to Russia", "on Thursday", "in October 2024", "according to Kyiv",
           ",", ".", "\"", "said", "the agency", "between", "and", "about", "thousands of",
           "casualties", "Read more:", "\n", "shortly before", "two days later", "(", ")",
           "%", "30 km", "(19 miles)", "reportedly", "denied", "$40bn", "an official"],
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(language=st.sampled_from(["it", "en"]), data=st.data())
def test_any_text_extracts_to_valid_article_data(language: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(PIECES[language]), min_size=1, max_size=60))
    title = data.draw(st.sampled_from(PIECES[language][:3]))
    document = extract(RawArticle(title, " ".join(words)), "2025-02-27", language, "random")
    loaded = load_document(document, "random", None, Settings())
    assert loaded.problems == (), [p.describe() for p in loaded.problems]
    for claim in document["claims"]:
        where = claim["location"]
        assert document[where["field"]][where["start"]:where["end"]] == claim["text"]
