"""Proper-name mentions: organisations (ORG) and places (GPE), by rules and gazetteers.

Sources of candidates, all resolved together (longest span wins):

- gazetteer places (``data/gazetteer/gpe.txt`` plus pycountry country names), matched
  case-sensitively or in ALL CAPS (wire headlines and datelines);
- wire datelines ("BONN, April 2 -"): the capitalised place before the date is a GPE;
- capitalised name sequences: headed by an administrative-zone word ("High-tech Zone",
  "Autonomous Region") they are GPE; containing an organisation word ("Bureau",
  "University", "Group") they are ORG; headed by an index/programme word ("China
  Innovation Index") they block the places inside them;
- well-known organisations (``org_known.txt``) and acronyms defined in brackets after an
  ORG or GPE ("Central Statistical Office (CSO)"), with their later bare uses;
- a capitalised run before a lower-case organisation word (``org_lower_heads.txt``:
  "the Labour party") is an ORG with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .lexicons import gazetteer, segmentation_config
from .literals import LedPattern, trie_pattern
from .mentions import EntityMention
from .models import EntityLabel
from .quantity_lexicon import currencies
from .tiers import resolve_overlaps

_APOSTROPHES = "'\u2019"
_CONNECTORS = frozenset({"of", "and", "for", "&", "on", "de", "du", "la"})
_COMPLEMENT_LINKS = frozenset({"of", "for", "on", "de"})
# A word of a name: letters/digits with inner hyphens or ampersands, or dotted initials.
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:[&\-\u2010\u2011][A-Za-z0-9]+)*\.?|&")
# Only capitalised words and connectors can be part of a name. Scanning for just those
# skips most of the text; a skipped word still breaks a run, because it is left in the
# gap between two kept words and a gap must be blank (see ``_linked``).
# "&" may stand right before a word ("Johnson &Johnson"): the two are linked (``_linked``).
_NAME_WORD = re.compile(
    r"(?<![A-Za-z0-9\-\u2010\u2011])"
    r"(?:[A-Z]\.(?:[A-Za-z]\.)+"
    # a plural possessive inside a name keeps its apostrophe ("Farmers' Union")
    r"|[A-Z][A-Za-z]*s['\u2019](?=[ \t]+[A-Z])"
    # an inner apostrophe belongs to the word ("Xi'an", "O'Hare"); a possessive "'s" does not
    r"|[A-Z][A-Za-z0-9]*(?:[&\-\u2010\u2011][A-Za-z0-9]+|['\u2019](?!s(?![A-Za-z]))[A-Za-z]+)*\.?"
    r"|(?:of|and|for|on|de|du|la)(?![A-Za-z0-9]|[&\-\u2010\u2011][A-Za-z0-9])\.?"
    r"|&)")
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s\b")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(rf"^[ \t]*([A-Z][A-Z.'\u2019\- ]*[A-Z.])(?:,[ \t]*[A-Z][A-Za-z. ]+)?,[ \t]+{_MONTHS}[ \t]+\d{{1,2}}",
                       re.MULTILINE)
_COMPANY_SUFFIX = frozenset({"Ltd.", "Ltd", "Inc.", "Inc", "Co.", "LLC", "Limited", "plc", "PLC"})
_BLOCK = "BLOCK"


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    possessive_end: int | None = None
    """End of a following "'s", when the word is a possessive."""


def find_names(text: str) -> list[EntityMention]:
    """ORG and GPE mentions, non-overlapping, in text order."""
    candidates = _gazetteer_places(text) + _regions(text) + _known_orgs(text) + _datelines(text)
    candidates.extend(_the_single_orgs(text))
    sequences = _name_sequences(text)
    candidates.extend(_listed_orgs(text, sequences))
    for seq in sequences:
        candidates.extend(_cued_orgs(text, seq))
        for part in _split_coordinated(seq):
            candidates.extend(_classify_sequence(text, part))
    candidates.extend(_bracketed_companies(text, sequences))
    candidates.extend(_lower_head_orgs(text, sequences))
    candidates.extend(m for seq in sequences for m in _place_facilities(seq))
    chosen = [_with_ordinal(text, m) for m in resolve_overlaps(candidates) if m.label != _BLOCK]
    chosen = _add_cued_places(text, _add_short_forms(text, chosen, sequences), sequences)
    return _blocs_as_places(text, _add_acronyms(text, chosen))


_LIST_LINK = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?")


def _blocs_as_places(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """ "trade with ASEAN, the European Union and Japan": a trade bloc listed next to places
    is a trading area like them (GPE); alone ("ASEAN members") it stays an ORG."""
    blocs = _trade_blocs()
    for i, m in enumerate(mentions):
        if m.label != "ORG" or text[m.start:m.end] not in blocs:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prev = mentions[i - 1] if i else None
        if (nxt is not None and nxt.label == "GPE" and _LIST_LINK.fullmatch(text, m.end, nxt.start)) or (
                prev is not None and prev.label == "GPE" and _LIST_LINK.fullmatch(text, prev.end, m.start)):
            mentions[i] = EntityMention(m.start, m.end, "GPE")
    return mentions


@lru_cache(maxsize=1)
def _trade_blocs() -> frozenset[str]:
    return frozenset(gazetteer("trade_blocs"))


# --- organisations known from their context ---------------------------------------------


@lru_cache(maxsize=1)
def _org_cue_re() -> re.Pattern[str]:
    cues = sorted(gazetteer("org_cues"), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in cues)
    return re.compile(rf"(?<![\w-])(?:{body})\s+(?:the\s+)?$", re.IGNORECASE)


_CUE_CHARS = 40


def _cued_orgs(text: str, words: list[_Word]) -> list[EntityMention]:
    """ORGs read from their context: a name after "economist at" / "data company"
    ("Capital Economics", "Factset"), or a statistics office "Statistics <place>"
    ("Statistics Canada", "Stats NZ")."""
    tokens = [w.text for w in words]
    start = words[0].start
    if _may_follow_cue(text, start) and _org_cue_re().search(text, max(0, start - _CUE_CHARS), start):
        # "economists at Goldman Sachs and Morgan Stanley": each coordinated name is one
        cuts = [-1] + [i for i, t in enumerate(tokens) if t == "and"] + [len(tokens)]
        parts = [_trim(words[a + 1:b]) for a, b in zip(cuts, cuts[1:])]
        return [_mention(part, "ORG") for part in parts if part]
    out = []
    openers = _org_openers()
    for i, token in enumerate(tokens):
        if token not in openers or (i and tokens[i - 1] not in {"and", "&"}):
            continue
        for end in range(len(tokens), i + 1, -1):  # "Stats NZ New Zealand's GDP": "Stats NZ"
            if " ".join(tokens[i + 1:end]) in gpe_names() or (
                    end == i + 2 and re.fullmatch(r"[A-Z]{2,3}", tokens[i + 1])):
                out.append(_mention(words[i:end], "ORG"))
                break
    return out


@lru_cache(maxsize=1)
def _org_cue_ends() -> tuple[str, ...] | None:
    """The last words of the org cues in lower case; None unless all are plain ASCII words."""
    cues = [c.split() for c in gazetteer("org_cues")]
    ends = tuple({c[-1].lower() for c in cues if c})
    return ends if ends and all(cues) and all(e.isascii() for e in ends) else None


def _may_follow_cue(text: str, start: int) -> bool:
    """Can ``_org_cue_re`` match right before ``start``? Only when the last word before it
    (or the one before a last "the") ends with a cue's last word: one comparison instead of
    a case-insensitive search of the 40 characters. A word that is not plain ASCII, where
    lower case may not be what ``re.IGNORECASE`` compares, goes to the pattern."""
    ends = _org_cue_ends()
    words = text[max(0, start - _CUE_CHARS):start].split()
    if ends is None or not words:
        return ends is None
    last = words[-1]
    if not last.isascii() or last.lower().endswith(ends):
        return True
    return last.lower() == "the" and len(words) > 1 and (not words[-2].isascii() or words[-2].lower().endswith(ends))


_LOWER_HEAD = re.compile(r"[ \t]+([a-z]+)\b")


def _lower_head_orgs(text: str, sequences: list[list[_Word]]) -> list[EntityMention]:
    """ "the opposition Bharatiya Janata party", "the Congress party": a lower-case head
    right after a capitalised run names a body with it; a lone place or demonym before it
    ("a Chinese party delegation") names none."""
    out = []
    for seq in sequences:
        last = seq[-1]
        m = _LOWER_HEAD.match(text, last.end)
        if last.possessive_end is not None or m is None or m.group(1) not in _lower_org_heads():
            continue
        name = " ".join(w.text for w in seq)
        if name not in gpe_names() and name not in _place_words():
            out.append(EntityMention(seq[0].start, m.end(1), "ORG"))
    return out


@lru_cache(maxsize=1)
def _lower_org_heads() -> frozenset[str]:
    return frozenset(gazetteer("org_lower_heads"))


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Demonyms, and the place names and demonyms of the currency economies."""
    return frozenset(gazetteer("demonyms")) | {w for words in currencies().economies.values() for w in words}


@lru_cache(maxsize=1)
def _org_list_cue_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in gazetteer("org_list_nouns"))
    openers = "|".join(r"\s+".join(re.escape(w) for w in o.split()) for o in gazetteer("org_list_openers"))
    return re.compile(rf"(?<![\w-])(?:{nouns}),?\s+(?:{openers})\s+$", re.IGNORECASE)


_LIST_GAP = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
# A list item ends at a separator or at the end of the clause, not before more words
# ("companies such as Chinese ones" lists no name).
_ITEM_END = re.compile(r"[ \t]*(?:[,;:.)\n]|$|(?:and|or|etc)\b)")


def _listed_orgs(text: str, sequences: list[list[_Word]]) -> list[EntityMention]:
    """Items of a list of organisations: "enterprises including Acme, Johnson &Johnson,
    General Widgets and other firms" (a kind-of-organisation noun, then a list opener; the
    nouns and openers are data). Items are cut at "and"; the list ends at the first gap
    that is no list separator."""
    out: list[EntityMention] = []
    last_end: int | None = None
    cue = _org_list_cue_re()
    for seq in sequences:
        start = seq[0].start
        listed = (last_end is not None and _LIST_GAP.fullmatch(text, last_end, start) is not None) \
            or (_word_before(text, start) in _org_list_opener_ends()
                and cue.search(text, max(0, start - _CUE_CHARS), start) is not None)
        last_end = None
        if not listed:
            continue
        cuts = [-1] + [i for i, w in enumerate(seq) if w.text == "and"] + [len(seq)]
        parts = [p for p in (_trim(seq[a + 1:b]) for a, b in zip(cuts, cuts[1:])) if p]
        if not parts or not _ITEM_END.match(text, seq[-1].end):
            continue
        out.extend(_mention(part, "ORG") for part in parts)
        last_end = seq[-1].end
    return out


@lru_cache(maxsize=1)
def _org_list_opener_ends() -> frozenset[str]:
    """Last words of the list openers: one set lookup rules out most name runs."""
    return frozenset(o.split()[-1].lower() for o in gazetteer("org_list_openers"))


def _word_before(text: str, start: int) -> str:
    parts = text[max(0, start - 16):start].split()
    return parts[-1].lower() if parts and text[start - 1:start].isspace() else ""


@lru_cache(maxsize=1)
def _org_openers() -> frozenset[str]:
    return frozenset(gazetteer("org_openers"))


_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th)[ \t]+$")


def _with_ordinal(text: str, m: EntityMention) -> EntityMention:
    """ "the 20th CPC National Congress": a numbered congress or session is one name."""
    if m.label != "ORG" or " " not in text[m.start:m.end]:
        return m  # "its 3rd IMF review": a bare acronym takes no number
    if text[m.start:m.end].endswith(_unnumbered_org_heads()):
        return m  # "the 17th X County People's Congress": the number counts terms
    om = _ORDINAL_BEFORE.search(text, max(0, m.start - 8), m.start)
    return EntityMention(om.start(), m.end, "ORG") if om else m


@lru_cache(maxsize=1)
def _unnumbered_org_heads() -> tuple[str, ...]:
    return gazetteer("unnumbered_org_heads")


# --- facilities named after their place -------------------------------------------------


@lru_cache(maxsize=1)
def _facility_words() -> frozenset[str]:
    return frozenset(gazetteer("place_facilities"))


def _place_facilities(words: list[_Word]) -> list[EntityMention]:
    """ "Dalian Port", "Port of Hamburg": a port, station or airport named after a gazetteer
    place is an ORG (see place_facilities.txt)."""
    tokens = [w.text for w in words]
    facilities = _facility_words()
    out = []
    for i, token in enumerate(tokens):
        if token not in facilities:
            continue
        if i and _place_end(tokens, 0, i) is not None and _CONNECTORS.isdisjoint(tokens[:i]):
            out.append(_mention(words[:i + 1], "ORG"))  # "Xiamen North Station"
        elif tokens[i + 1:i + 2] == ["of"] and (end := _place_end(tokens, i + 2, len(tokens))) is not None \
                and " ".join(tokens[i:end]) not in gpe_names():  # "Port of Spain" is a city
            out.append(_mention(words[i:end], "ORG"))  # "Port of Hamburg"
    return out


def _place_end(tokens: list[str], start: int, limit: int) -> int | None:
    """End of the longest gazetteer place that opens ``tokens[start:limit]``, or None."""
    for end in range(limit, start, -1):
        if " ".join(tokens[start:end]) in gpe_names():
            return end
    return None


# --- companies: a bracketed part, and short forms ---------------------------------------


@lru_cache(maxsize=1)
def _company_forms() -> frozenset[str]:
    return frozenset(gazetteer("company_forms"))


# The gap around a bracketed part of a name: "Jardine Fleming (Securities) Ltd".
_OPEN_GAP = re.compile(r"[ \t]*\([ \t]*")
_CLOSE_GAP = re.compile(r"[ \t]*\)[ \t]+")


def _bracketed_companies(text: str, sequences: list[list[_Word]]) -> list[EntityMention]:
    """A company name with a bracketed part before its legal form ("Jardine Fleming
    (Securities) Ltd"): the bracket breaks the capitalised run, so the three runs are joined
    here when the third opens with a legal form (company_forms.txt)."""
    forms = _company_forms()
    out = []
    for a, b, c in zip(sequences, sequences[1:], sequences[2:]):
        if c[0].text.rstrip(".") in forms and len(b) <= 3 and _OPEN_GAP.fullmatch(text, a[-1].end, b[0].start) \
                and _CLOSE_GAP.fullmatch(text, b[-1].end, c[0].start):
            out.append(EntityMention(a[0].start, c[0].end, "ORG"))
    return out


def _add_short_forms(text: str, mentions: list[EntityMention],
                     sequences: list[list[_Word]]) -> list[EntityMention]:
    """A company named in full with its legal form ("Jardine Fleming (Securities) Ltd") is
    named later by its words before the form or by its first word ("Jardine's economist"):
    such a later run, alone or as a possessive, is the ORG too. A place's name is never
    taken for a short form ("China Railway Harbin Group" does not make "China" an ORG)."""
    short: set[tuple[str, ...]] = set()
    forms = _company_forms()
    for m in mentions:
        words = _WORD.findall(text[m.start:m.end])
        if m.label != "ORG" or len(words) < 2 or words[-1].rstrip(".") not in forms:
            continue
        words = re.sub(r"\([^)]*\)", " ", text[m.start:m.end]).split()[:-1]
        if not words:
            continue
        short.update(f for f in ((*words,), (words[0],)) if " ".join(f) not in gpe_names()
                     and f[0] not in _name_stopwords())
    if not short:
        return mentions
    extra = []
    for seq in sequences:
        tokens = tuple(w.text for w in seq)
        for form in short:
            n = len(form)
            if tokens[:n] == form and (n == len(tokens) or seq[n - 1].possessive_end is not None):
                extra.append(_mention(seq[:n], "ORG"))
    return resolve_overlaps(mentions + extra)


@lru_cache(maxsize=1)
def _place_cue_re() -> re.Pattern[str]:
    """What follows a one-word name to make it a place: a place noun ("Rudong County",
    "Rudong county") or an appositive naming its province ("Tai'an, Shandong province")."""
    heads = "|".join(re.escape(h) for h in sorted(gazetteer("place_cue_heads"), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{heads})(?![A-Za-z\-])"
                      r"|[ \t]*,[ \t]+(?:[A-Z][A-Za-z]*(?:['\u2019]s)?[ \t]+){1,3}[Pp]rovince\b")


def _add_cued_places(text: str, mentions: list[EntityMention],
                     sequences: list[list[_Word]]) -> list[EntityMention]:
    """A word the text names as a place ("Rudong County People's Congress", "head of Rudong
    county") is that place where it stands alone too ("Rudong cut taxes"): the gazetteer
    cannot list every county, and a lone unknown word is otherwise no name."""
    cue = _place_cue_re()
    # only a run's first word can be cued: the cue is matched right after it (cheap)
    stems = {seq[0].text for seq in sequences if cue.match(text, seq[0].end)}
    stems -= _name_stopwords() | gpe_names()
    if not stems:
        return mentions
    extra = [_mention(seq, "GPE") for seq in sequences if len(seq) == 1 and seq[0].text in stems]
    return resolve_overlaps(mentions + extra) if extra else mentions


# --- gazetteers ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def gpe_names() -> frozenset[str]:
    """All gazetteer place names: the data file plus pycountry country names."""
    names = set(gazetteer("gpe"))
    for country in pycountry.countries:
        # official names too: Xinhua writes "the Republic of Korea" for South Korea
        for attr in ("name", "common_name", "official_name"):
            value = _name_order(getattr(country, attr, None) or "")
            if value and "," not in value and "(" not in value and not value.startswith("the "):
                names.add(value)
    names |= _subdivision_names(frozenset(gazetteer("subdivision_countries")))
    return frozenset(names)


def _name_order(name: str) -> str:
    """ "Korea, Republic of" -> "Republic of Korea": the index form in running-text order."""
    head, sep, tail = name.partition(", ")
    return f"{tail} {head}" if sep and tail.endswith(" of") and tail[:1].isupper() else name


def _subdivision_names(countries: frozenset[str]) -> set[str]:
    """First-level subdivisions ("New South Wales", "Ontario") of the listed countries,
    in their English form only (pycountry gives local forms such as "Bayern" elsewhere)."""
    return {s.name for s in pycountry.subdivisions
            if s.country_code in countries and s.parent_code is None
            and s.name.isascii() and "[" not in s.name and "(" not in s.name}


def _alternation(names: frozenset[str] | tuple[str, ...], with_upper: bool) -> LedPattern:
    variants = set(names)
    if with_upper:
        variants |= {n.upper() for n in names}
    # A name ends before a letter/digit; "China-Europe" and "Britain's" still match.
    return LedPattern(r"(?<![\w.])", rf"(?:{trie_pattern(variants)})(?![\w])")


@lru_cache(maxsize=1)
def _gpe_re() -> LedPattern:
    return _alternation(gpe_names(), with_upper=True)


@lru_cache(maxsize=1)
def _org_re() -> LedPattern:
    return _alternation(gazetteer("org_known"), with_upper=False)


def _gazetteer_places(text: str) -> list[EntityMention]:
    places = [EntityMention(m.start(), m.end(), "GPE") for m in _gpe_re().finditer(text)
              if not _names_currency(text, m.start(), m.end())]
    return places + [EntityMention(m.start(), m.end(), "GPE") for m in _numbered_group_re().finditer(text)]


@lru_cache(maxsize=1)
def _numbered_group_re() -> LedPattern:
    """ "EU27", "EA-19", "EU27_2020": a country group named by its member count."""
    prefixes = "|".join(re.escape(p) for p in gazetteer("gpe_numbered"))
    return LedPattern(r"(?<![\w.\-])", rf"(?:{prefixes})-?\d{{1,2}}(?:_\d{{4}})?(?![\w\-])")


@lru_cache(maxsize=1)
def _currency_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in gazetteer("currency_words"))
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


def _names_currency(text: str, start: int, end: int) -> bool:
    """Is the place at ``text[start:end]`` part of a currency ("US$12 billion", "HK$3",
    "7.3 trillion U.S. dollars")? A currency word makes it so only after a figure: the
    figure's quantity holds the place, whereas "against the U.S. Dollar" and "purchases of
    U.S. Dollars" name the country (the gold labels that "U.S." a GPE)."""
    after = text[end:end + 2]  # "US$12 billion", "US $ 4.3 billion"
    if after[:1] in _CURRENCY_SYMBOLS or (after[:1] == " " and after[1:] in _CURRENCY_SYMBOLS):
        return True
    return _currency_re().match(text, end) is not None and _FIGURE_BEFORE.search(text, max(0, start - 40), start) is not None


# A figure right before a place: "2.42 trillion U.S. dollars", "some 300 mln Taiwan dlrs".
_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?(?:[ \t]*(?:thousand|million|billion|trillion|mln|bln|m|bn))?[ \t]+$",
                            re.IGNORECASE)


_CURRENCY_SYMBOLS = frozenset("$€£¥")


@lru_cache(maxsize=1)
def _region_re() -> LedPattern:
    # not after a hyphen: "Asia-Pacific region" names no "Pacific" region
    return LedPattern(r"(?<![\w.\-\u2010\u2011])", rf"(?:{trie_pattern(gazetteer('regions'))})(?![\w\-\u2010\u2011])")


@lru_cache(maxsize=1)
def _region_noun_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(w) for w in gazetteer("region_nouns"))
    return re.compile(rf"[ \t]+(?:{nouns})\b", re.IGNORECASE)


_REGION_LIST_GAP = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]*")


def _regions(text: str) -> list[EntityMention]:
    """Regions named like common words ("Plains", "Southwest"; data/gazetteer/regions.txt):
    GPE when a region noun follows, directly or after a list of such names ("the Great
    Lakes, Plains, and New England regions"), and then at every use in the text."""
    # not the end of a longer capitalised name ("Asia Pacific region", "North Atlantic region")
    found = [m for m in _region_re().finditer(text) if not _after_name_word(text, m.start())]
    if not found:
        return []
    cued = [False] * len(found)
    for i in range(len(found) - 1, -1, -1):  # from the last, so a list passes its noun back
        end = found[i].end()
        cued[i] = bool(_region_noun_re().match(text, end)) or (
            i + 1 < len(found) and cued[i + 1]
            and _REGION_LIST_GAP.fullmatch(text, end, found[i + 1].start()) is not None)
    named = {m.group() for m, c in zip(found, cued) if c}
    # A one-word compass name ("West", "Southwest") is the region again only after "the"
    # ("within the Southwest"): "West said prices fell" is a person.
    return [EntityMention(m.start(), m.end(), "GPE") for m, c in zip(found, cued)
            if c or (m.group() in named and (" " in m.group() or m.group().lower() not in _COMPASS
                                            or text[max(0, m.start() - 4):m.start()].lower() == "the "))]


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "midwest", "central"})


def _after_name_word(text: str, start: int) -> bool:
    """Is the word right before ``start`` (a space between) capitalised and no function word?"""
    parts = text[max(0, start - 24):start].split()
    return bool(parts) and text[start - 1:start] in (" ", "\t") and parts[-1][:1].isupper() \
        and parts[-1][-1:].isalpha() and parts[-1] not in _name_stopwords()


# "the Treasury also cut", "The Treasury's account": one capitalised institution word after
# "the", not followed by another capitalised word or by an instrument ("Treasury bills").
_INSTRUMENT_AFTER = re.compile(
    r"[ \t]+(?:[A-Z]|(?:bills?|bonds?|notes?|securities|yields?|certificates?|paper|stocks?|"
    r"issues?|debt|auctions?|rates?|prices?|market|futures|holdings)\b)")


@lru_cache(maxsize=1)
def _the_single_re() -> LedPattern:
    words = gazetteer("org_the_singles")
    return LedPattern(r"(?<![\w.])(?<=[Tt]he )", rf"(?:{'|'.join(map(re.escape, words)) or '(?!)'})(?![\w\-])")


def _the_single_orgs(text: str) -> list[EntityMention]:
    return [EntityMention(m.start(), m.end(), "ORG") for m in _the_single_re().finditer(text)
            if not _INSTRUMENT_AFTER.match(text, m.end())]


def _known_orgs(text: str) -> list[EntityMention]:
    found = [EntityMention(m.start(), m.end(), "ORG") for m in _org_re().finditer(text)]
    for line in _at_line_starts(_CAPS_LINE, text):
        if any(c.isalpha() for c in line.group()):
            found.extend(EntityMention(m.start(), m.end(), "ORG")
                         for m in _caps_org_re().finditer(text, line.start(), line.end()))
    return found


# A line without lower-case letters (a wire headline): "BANK OF JAPAN TO SELL ...".
_CAPS_LINE = re.compile(r"^[^a-z\n]+$", re.MULTILINE)


@lru_cache(maxsize=1)
def _caps_org_re() -> re.Pattern[str]:
    """Multi-word known organisations in capitals ("BANK OF JAPAN", "WORLD BANK")."""
    names = {n for n in gazetteer("org_known") + gazetteer("org_caps") if " " in n}
    return re.compile(rf"(?<![\w.])(?:{trie_pattern({n.upper() for n in names})})(?![\w])")


def _datelines(text: str) -> list[EntityMention]:
    out = []
    for m in _at_line_starts(_DATELINE, text):
        place = m.group(1).rstrip(". ")
        out.append(EntityMention(m.start(1), m.start(1) + len(place), "GPE"))
    return out


_NEWLINE = re.compile(r"\n")


def _at_line_starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a MULTILINE pattern that opens with ``^`` and matches
    within one line, tried only where a line starts (re would try it at every character)."""
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    return [m for start in starts if (m := pattern.match(text, start)) is not None]


# --- capitalised name sequences -------------------------------------------------------


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    for m in _NAME_WORD.finditer(text):
        if out and out[-1].possessive_end is not None and m.start() < out[-1].possessive_end:
            continue  # the "s" of "People's"
        word = _Word(m.start(), m.end(), m.group())
        if word.text.endswith(".") and (not _keeps_dot(word.text) or _ends_line(text, word)):
            word.end -= 1
            word.text = word.text[:-1]
        # the apostrophe test first: most words are no possessive
        pm = _POSSESSIVE.match(text, word.end) if text[word.end:word.end + 1] in _APOSTROPHES else None
        if pm:
            word.possessive_end = pm.end()
        out.append(word)
    return out


def _ends_line(text: str, word: _Word) -> bool:
    """ "... Materials Co." at the end of a paragraph: the dot ends the sentence."""
    return word.text in _COMPANY_SUFFIX and re.match(r"[ \t]*(?:\n|$)", text[word.end:word.end + 80]) is not None


def _keeps_dot(token: str) -> bool:
    return token in _abbreviations() or bool(re.fullmatch(r"(?:[A-Za-z]\.)+", token))


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(segmentation_config().abbreviations)


def _is_capitalised(word: _Word) -> bool:
    return word.text[:1].isupper()


def _linked(text: str, left: _Word, right: _Word) -> bool:
    """Are two words parts of one name? Only spaces between (or ", Ltd.")."""
    gap = text[left.possessive_end or left.end:right.start]
    if gap and not gap.strip(" \t"):  # spaces and tabs only
        return True
    if not gap and left.text == "&":
        return True  # "Johnson &Johnson"
    return gap[:1] == "," and not gap[1:].strip(" \t") and right.text in _COMPANY_SUFFIX


def _name_sequences(text: str) -> list[list[_Word]]:
    """Maximal runs of capitalised words, with lower-case connectors inside them.

    A possessive ends a run when its owner is a place ("China's National Bureau"), but not
    inside a name ("National People's Congress").
    """
    sequences: list[list[_Word]] = []
    current: list[_Word] = []
    for word in _words(text):
        capitalised = _is_capitalised(word)
        if current and (capitalised or word.text in _CONNECTORS) and _linked(text, current[-1], word) \
                and not _ends_at_place(current):
            current.append(word)
            continue
        if current:
            sequences.append(current)
        current = [word] if capitalised else []
    if current:
        sequences.append(current)
    return [s for s in (_trim(part) for seq in sequences for part in _cut_at_dates(seq)) if s]


_DATE_WORD = re.compile(rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTHS}")


def _cut_at_dates(words: list[_Word]) -> list[list[_Word]]:
    """ "the Bureau of Statistics on Monday said": "on" before a day or month is when the
    body spoke, not part of its name ("Committee on Trade"); the run goes on after the date
    ("X Port on Friday and Y Port on Saturday")."""
    for i in range(1, len(words) - 1):
        if words[i].text == "on" and _DATE_WORD.fullmatch(words[i + 1].text):
            return [words[:i]] + _cut_at_dates(words[i + 2:])
    return [words]


def _ends_at_place(words: list[_Word]) -> bool:
    last = words[-1]
    return last.possessive_end is not None and last.text in gpe_names()


def _trim(words: list[_Word]) -> list[_Word]:
    stop = _name_stopwords()
    while words and (words[0].text in stop or words[0].text in _CONNECTORS):
        words = words[1:]
    while words and words[-1].text in _CONNECTORS:
        words = words[:-1]
    return words


@lru_cache(maxsize=1)
def _name_stopwords() -> frozenset[str]:
    return frozenset(gazetteer("name_stopwords"))


class _Heads:
    """Head entries ("Bureau", "New Area") indexed by their last word, longest first."""

    def __init__(self, entries: Iterable[str]) -> None:
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for head in {tuple(h.split()) for h in entries if h.split()}:
            by_last.setdefault(head[-1], []).append(head)
        self.by_last = {w: tuple(sorted(hs, key=len, reverse=True)) for w, hs in by_last.items()}

    def at_end(self, tokens: list[str], end: int | None = None) -> tuple[str, ...]:
        """The longest head that ``tokens[:end]`` ends with, or ()."""
        end = len(tokens) if end is None else end
        if end == 0:
            return ()
        for head in self.by_last.get(tokens[end - 1], ()):
            n = len(head)
            if n == 1 or (n <= end and tuple(tokens[end - n:end]) == head):
                return head
        return ()


@lru_cache(maxsize=None)
def _heads(name: str) -> _Heads:
    return _Heads(gazetteer(name))


def _head_sets() -> tuple[_Heads, _Heads, _Heads]:
    return _heads("org_heads"), _heads("gpe_heads"), _heads("name_blockers")


def _split_coordinated(words: list[_Word]) -> list[list[_Word]]:
    """Split "X Corp and Y Co." / "A Zone and B New Area" into one run per name.

    A run is cut at "and"/"&" when the words before it already end in a name head, or are a
    gazetteer place ("mayor of Xi'an and Party secretary"); inside a name ("Science and
    Technology Bureau") the word before "and" is neither.
    """
    org_heads, gpe_heads, _ = _head_sets()
    parts: list[list[_Word]] = []
    current: list[_Word] = []
    for word in words:
        if word.text in {"and", "&"} and current and (
                org_heads.at_end(tokens := [w.text for w in current]) or gpe_heads.at_end(tokens)
                or " ".join(tokens) in gpe_names()):
            parts.append(current)
            current = []
            continue
        current.append(word)
    parts.append(current)
    return [p for p in (_trim(part) for part in parts) if p]


def _classify_sequence(text: str, words: list[_Word]) -> list[EntityMention]:
    """ORG / GPE / blocking candidates read off one capitalised run."""
    if len(words) < 2:
        return []  # every candidate below spans two words or more (most runs are one word)
    org_heads, gpe_heads, blockers = _head_sets()
    tokens = [w.text for w in words]
    out: list[EntityMention] = []
    zone_end = _last_head_end(tokens, gpe_heads)
    if zone_end is not None and zone_end > len(gpe_heads.at_end(tokens, zone_end)):
        out.append(_mention(words[:zone_end], "GPE"))
    org = _org_span(tokens, org_heads)
    if org is not None:
        out.append(_mention(words[org[0]:org[1]], "ORG"))
    block_end = _last_head_end(tokens, blockers)
    if block_end is not None and block_end >= 2:
        out.append(_mention(words[:block_end], _BLOCK))
    for start, end in _feature_spans(tokens):
        out.append(_mention(words[start:end], _BLOCK))
    return out


def _feature_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) word indices of geographic features' names in a capitalised run.

    Each part of a run coordinated with "and" is read alone ("Bohai Sea and Yellow Sea"):
    "Bohai Sea", "South China Sea", "Yangtze River" run up to their last feature word;
    "Gulf of Mexico", "Bay of Bengal" open with a feature word before "of".
    """
    features = _geo_features()
    if not features.intersection(tokens):
        return []  # the common case, one set operation
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(len(tokens) + 1):
        if i < len(tokens) and tokens[i] not in {"and", "&"}:
            continue
        part = tokens[start:i]
        if len(part) >= 3 and part[0] in features and part[1] == "of":
            spans.append((start, i))
        else:
            end = _last_head_end(part, _heads("geo_features"))
            if end is not None and end >= 2:
                spans.append((start, start + end))
        start = i + 1
    return spans


@lru_cache(maxsize=1)
def _geo_features() -> frozenset[str]:
    return frozenset(gazetteer("geo_features"))


def _last_head_end(tokens: list[str], heads: _Heads) -> int | None:
    """Index just past the last head occurrence in ``tokens``, or None."""
    if heads.by_last.keys().isdisjoint(tokens):
        return None  # every head ends with one of these words: the common case, one set operation
    for end in range(len(tokens), 0, -1):
        if heads.at_end(tokens, end):
            return end
    return None


def _org_span(tokens: list[str], heads: _Heads) -> tuple[int, int] | None:
    """(start, end) word indices of an organisation name in a capitalised run.

    The name runs from the start of the run through its last organisation head, plus a
    complement introduced by "of"/"for"/"on" ("Bureau of Statistics") or a company suffix;
    at least two words. Words after the head without such a link (a title-case headline's
    verb) are left out.
    """
    end = _last_head_end(tokens, heads)
    if end is None:
        return None
    if end < len(tokens) and (tokens[end] in _COMPLEMENT_LINKS or tokens[end] in _COMPANY_SUFFIX):
        end = len(tokens)
    return (0, end) if end >= 2 else None


def _mention(words: list[_Word], label: str) -> EntityMention:
    # label may be _BLOCK, a blocking candidate that find_names drops before it returns
    return EntityMention(words[0].start, words[-1].end, label)  # type: ignore[arg-type]


# --- acronyms --------------------------------------------------------------------------


_BRACKET_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
# "Department of Statistics (Singstat)", "Hangzhou (Binjiang)": one capitalised word in
# brackets after a name is its short name or a part of it.
_BRACKET_NAME = re.compile(r"[ \t]*\(([A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)\)(?![ \t]*[-\u2013\u2014])")
# "LONDON (Reuters) -": a dash after the bracket makes it a dateline's news agency.


def _add_acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Acronyms and short names defined in brackets after a name take its label,
    everywhere they occur."""
    defined: dict[str, EntityLabel] = {}
    for m in mentions:
        am = _BRACKET_ACRONYM.match(text, m.end)
        if am and sum(c.isupper() for c in am.group(1)) >= 2:
            defined.setdefault(am.group(1), m.label)
            continue
        nm = _BRACKET_NAME.match(text, m.end)
        if nm and nm.group(1) not in _bracket_non_names():
            defined.setdefault(nm.group(1), m.label)
    if not defined:
        return mentions
    extra = []
    for acronym, label in defined.items():
        for am in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", text):
            extra.append(EntityMention(am.start(), am.end(), label))
    return resolve_overlaps(mentions + extra)


@lru_cache(maxsize=1)
def _bracket_non_names() -> frozenset[str]:
    return frozenset(gazetteer("bracket_non_names"))
