"""The world's currencies as wire stories name them (SPEC "Quantity": money units are ISO
4217 codes, historic ones for currencies that no longer exist), and bare words shared by
several economies ("francs", "pesos") read in the economy of the text. Our own sentences."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.lexicons import gazetteer
from extractor.names import gpe_names
from extractor.quantities import find_quantities
from extractor.quantity_lexicon import Currencies, currencies


def _units(text: str) -> dict[str, str | None]:
    return {text[q.start:q.end]: q.unit for q in find_quantities(text)}


def _only_unit(text: str) -> str | None:
    (amount,) = find_quantities(text)
    return amount.unit


FULL_NAMES = [
    ("Dutch guilders", "NLG"), ("guilders", "NLG"), ("florins", "NLG"), ("Italian lire", "ITL"),
    ("lire", "ITL"), ("pesetas", "ESP"), ("Spanish pesetas", "ESP"), ("Belgian francs", "BEF"),
    ("Luxembourg francs", "LUF"), ("Swiss francs", "CHF"), ("French francs", "FRF"),
    ("schillings", "ATS"), ("Austrian schillings", "ATS"), ("markkaa", "FIM"), ("markka", "FIM"),
    ("Finnish marks", "FIM"), ("drachmas", "GRD"), ("Greek drachmas", "GRD"), ("escudos", "PTE"),
    ("Portuguese escudos", "PTE"), ("Irish pounds", "IEP"), ("Irish punts", "IEP"), ("punts", "IEP"),
    ("East German marks", "DDM"), ("Czechoslovak crowns", "CSK"), ("Yugoslav dinars", "YUD"),
    ("Maltese lira", "MTL"), ("Cyprus pounds", "CYP"), ("Soviet roubles", "SUR"), ("ECUs", "XEU"),
    ("European currency units", "XEU"), ("SDRs", "XDR"), ("special drawing rights", "XDR"),
    ("Swedish crowns", "SEK"), ("Swedish kronor", "SEK"), ("Danish crowns", "DKK"),
    ("Danish kroner", "DKK"), ("Norwegian crowns", "NOK"), ("Norwegian kroner", "NOK"),
    ("Icelandic crowns", "ISK"), ("kronur", "ISK"), ("Czech crowns", "CZK"), ("korunas", "CZK"),
    ("zlotys", "PLN"), ("Polish zloty", "PLN"), ("forints", "HUF"), ("Hungarian forints", "HUF"),
    ("Romanian lei", "RON"), ("leva", "BGN"), ("hryvnias", "UAH"), ("Turkish lira", "TRY"),
    ("Mexican pesos", "MXN"), ("Philippine pesos", "PHP"), ("Argentine pesos", "ARS"),
    ("australes", "ARA"), ("Chilean pesos", "CLP"), ("Colombian pesos", "COP"),
    ("Uruguayan pesos", "UYU"), ("Cuban pesos", "CUP"), ("Dominican pesos", "DOP"),
    ("reais", "BRL"), ("Brazilian reais", "BRL"), ("cruzados", "BRC"), ("new cruzados", "BRN"),
    ("Jamaican dollars", "JMD"), ("Brunei dollars", "BND"), ("Indian rupees", "INR"),
    ("Pakistani rupees", "PKR"), ("Pakistan rupees", "PKR"), ("Sri Lanka rupees", "LKR"),
    ("Nepalese rupees", "NPR"), ("Mauritian rupees", "MUR"), ("taka", "BDT"),
    ("Saudi riyals", "SAR"), ("Qatari riyals", "QAR"), ("Omani rials", "OMR"), ("Yemeni rials", "YER"),
    ("Iranian rials", "IRR"), ("UAE dirhams", "AED"), ("Moroccan dirhams", "MAD"),
    ("Kuwaiti dinars", "KWD"), ("Iraqi dinars", "IQD"), ("Bahraini dinars", "BHD"),
    ("Jordanian dinars", "JOD"), ("Libyan dinars", "LYD"), ("Tunisian dinars", "TND"),
    ("Algerian dinars", "DZD"), ("shekels", "ILS"), ("new shekels", "ILS"), ("Egyptian pounds", "EGP"),
    ("Lebanese pounds", "LBP"), ("Syrian pounds", "SYP"), ("Sudanese pounds", "SDG"),
    ("naira", "NGN"), ("cedis", "GHS"), ("birr", "ETB"), ("Kenya shillings", "KES"),
    ("Kenyan shillings", "KES"), ("Uganda shillings", "UGX"), ("Tanzanian shillings", "TZS"),
    ("Somali shillings", "SOS"), ("Malaysian dlrs", "MYR"), ("Malaysian ringgit", "MYR"),
    ("N.Z. dlrs", "NZD"), ("Vietnamese dong", "VND"), ("dong", "VND"), ("kyats", "MMK"),
    ("Japanese yen", "JPY"), ("South African rand", "ZAR"), ("D-marks", "DEM"),
]


@pytest.mark.parametrize(("name", "code"), FULL_NAMES)
def test_full_name_is_its_currency_wherever_the_story_is(name: str, code: str) -> None:
    # a dateline of another economy does not override a name that says which currency it is
    text = f"TOKYO, May 9 - The trading house booked sales of 12.5 mln {name} abroad."
    assert _units(text) == {f"12.5 mln {name}": code}


@pytest.mark.parametrize(("text", "surface", "code"), [
    ("The bank raised Dfl 300 mln in notes.", "Dfl 300 mln", "NLG"),
    ("The airline lost IR£4.2 mln in the year.", "IR£4.2 mln", "IEP"),
    ("The budget gap narrowed to NIS 2.5 billion.", "NIS 2.5 billion", "ILS"),
    ("Coffee growers were paid 85 pfennigs a kilo.", "85 pfennigs", "DEM"),
])
def test_written_before_the_number_and_subunits(text: str, surface: str, code: str) -> None:
    assert _units(text)[surface] == code


@pytest.mark.parametrize(("text", "code"), [
    # the dateline names the economy
    ("ZURICH, March 4 - The insurer's net profit rose to 320 mln francs.", "CHF"),
    ("BRUSSELS, March 4 - The state's borrowing reached 410 billion francs.", "BEF"),
    ("PARIS, March 4 - The carmaker lost 1.9 billion francs.", "FRF"),
    ("OSLO, April 2 - Oil revenue came to 31 billion crowns.", "NOK"),
    ("COPENHAGEN, April 2 - The shipping line earned 640 mln crowns.", "DKK"),
    ("STOCKHOLM, April 2 - The truck maker sold 7.5 billion crowns of vehicles.", "SEK"),
    ("OSLO, April 2 - The yard's order book reached 2.2 billion kroner.", "NOK"),
    ("REYKJAVIK, April 2 - Fish exports came to 8.1 billion kronor.", "ISK"),
    ("MANILA, June 1 - The utility borrowed 1.4 billion pesos.", "PHP"),
    ("MEXICO CITY, June 1 - Public spending rose to 96 trillion pesos.", "MXN"),
    ("KARACHI, June 1 - The mill posted a loss of 45 mln rupees.", "PKR"),
    ("COLOMBO, June 1 - Tea auctions raised 210 mln rupees.", "LKR"),
    ("NAIROBI, July 7 - The coffee board paid out 600 mln shillings.", "KES"),
    ("KAMPALA, July 7 - The budget set aside 90 billion shillings.", "UGX"),
    ("KUWAIT, July 7 - The fund invested 150 mln dinars.", "KWD"),
    ("BAGHDAD, July 7 - The ministry spent 1.1 billion dinars.", "IQD"),
    ("RIYADH, July 7 - The bank's assets grew to 48 billion riyals.", "SAR"),
    ("DOHA, July 7 - Gas sales brought in 12 billion riyals.", "QAR"),
    ("DUBAI, July 7 - Re-exports were worth 9.6 billion dirhams.", "AED"),
    ("RABAT, July 7 - Phosphate sales came to 5.3 billion dirhams.", "MAD"),
    ("ANKARA, July 7 - The treasury sold 500 billion lira of bills.", "TRY"),
    ("ROME, July 7 - The state holding lost 800 billion lira.", "ITL"),
    ("DUBLIN, July 7 - The exchequer borrowed 1.6 billion pounds.", "IEP"),
    ("CAIRO, July 7 - Canal receipts reached 700 mln pounds.", "EGP"),
    ("BELFAST, July 7 - Northern Ireland firms invested 40 mln pounds.", "GBP"),
    ("HELSINKI, July 7 - The paper group earned 410 mln marks.", "FIM"),
    # a demonym or place near the top
    ("Swiss exporters earned 4.1 billion francs in the first half.", "CHF"),
    ("Danish farm income fell to 9.2 billion crowns last year.", "DKK"),
    ("Chilean copper sales reached 800 billion pesos in the year.", "CLP"),
    ("Jordanian phosphate firms earned 90 mln dinars.", "JOD"),
    ("A Saudi contractor won a 300 mln riyal order.", "SAR"),
    ("Tanzanian coffee fetched 4 billion shillings at auction.", "TZS"),
    ("Irish exporters sold goods worth 1.1 billion pounds.", "IEP"),
    ("Pakistan's cotton crop was worth 30 billion rupees.", "PKR"),
    # the economy named first decides, not any named after it
    ("Belgian banks lent 20 billion francs to firms in France and Switzerland.", "BEF"),
])
def test_bare_word_takes_the_economy_near_the_top(text: str, code: str) -> None:
    assert _only_unit(text) == code


_FILLER = "Trading was quiet and steady through the period under review. " * 8


@pytest.mark.parametrize(("text", "code"), [
    # no economy near the top: the one named most often in the whole text decides
    ("Market note\n\n" + _FILLER + "Exports from Belgium rose; Belgium and France traded "
     "2.4 billion francs of goods.", "BEF"),
    ("Market note\n\n" + _FILLER + "Norway's yards and Norwegian owners, unlike Sweden, "
     "booked 5 billion crowns.", "NOK"),
    ("Market note\n\n" + _FILLER + "Argentina and Argentine banks, not Uruguay, lent "
     "70 mln pesos.", "ARS"),
    # a tie names no economy: unknown
    ("Market note\n\n" + _FILLER + "France and Belgium traded 2.4 billion francs of goods.", None),
    # the default economy keeps the word when the text names it at all
    ("Market note\n\n" + _FILLER + "Ireland and Irish firms sold to Britain 3 mln pounds "
     "of beef.", "GBP"),
])
def test_bare_word_takes_the_economy_named_most_often(text: str, code: str | None) -> None:
    assert _only_unit(text) == code


@pytest.mark.parametrize(("word", "code"), [
    # no reading dominates: unknown (SPEC: no guessing)
    ("francs", None), ("crowns", None), ("kroner", None), ("pesos", None), ("shillings", None),
    ("dinars", None), ("riyals", None), ("rials", None), ("dirhams", None), ("lira", None),
    # one reading dominates
    ("dlrs", "USD"), ("pounds", "GBP"), ("rupees", "INR"), ("marks", "DEM"), ("kronor", "SEK"),
])
def test_bare_word_without_an_economy(word: str, code: str | None) -> None:
    assert _only_unit(f"The holding company reported a profit of 75 mln {word}.") == code


def test_explicit_name_beside_a_bare_word_in_another_economy() -> None:
    text = "PARIS, May 3 - The group raised 5 billion Swiss francs and 2 billion francs at home."
    assert _units(text) == {"5 billion Swiss francs": "CHF", "2 billion francs": "FRF"}


def test_carried_amount_takes_the_resolved_currency() -> None:
    text = "ZURICH, May 3 - The bank earned 1.2 billion francs, after 900 mln in the year before."
    assert list(_units(text).values()) == ["CHF", "CHF"]


@pytest.mark.parametrize("text", [
    "The franc fell against the mark in Paris.",
    "The pound was steady and the lira weakened.",
    "The peso and the rupee held their ground.",
])
def test_currency_without_an_amount_is_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_currency_without_an_amount_does_not_change_the_others() -> None:
    base = "ZURICH, May 3 - Profit was 5 mln francs and 2 mln dlrs."
    with_words = "ZURICH, May 3 - The pound was steady. Profit was 5 mln francs and 2 mln dlrs."
    assert list(_units(base).values()) == list(_units(with_words).values()) == ["CHF", "USD"]


def test_place_before_a_currency_word_is_listed_in_currency_words() -> None:
    """A currency named after a place ("Kenya shillings") keeps the place from being a
    GPE mention only if data/gazetteer/currency_words.txt lists the word after it."""
    places = gpe_names()
    listed = {w.lower() for w in gazetteer("currency_words")}
    missing = {name for names in currencies().suffix.values() for name in names
               for place in places if name.startswith(place + " ")
               and name[len(place) + 1:].lower() not in listed}
    assert not missing


def test_ambiguous_word_default_must_be_one_of_its_economies() -> None:
    data = currencies().model_dump()
    data["ambiguous"]["franc"]["default"] = "ITL"
    with pytest.raises(ValidationError, match="not in economies"):
        Currencies.model_validate(data)


def test_ambiguous_word_economy_must_have_places() -> None:
    data = currencies().model_dump()
    data["ambiguous"]["franc"]["economies"].append("XAF")
    with pytest.raises(ValidationError, match="XAF"):
        Currencies.model_validate(data)
