"""Cut short noun phrases out of a clause without a tagger: what a figure counts ("23 new
gazelle enterprises" -> "gazelle enterprises"), the subject a figure is said of ("Tax
revenue slid 4.6 percent" -> "Tax revenue"), the phrase just before a figure ("receipts
from foreign loans rose to 7.87") and the whole a share is of ("of the whole city" ->
"city").

``blocked`` spans (periods, "year on year") are never part of a phrase and end one: "over
the previous quarter and was up 3.3 pct" names no metric.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

import regex

from .cues import WORD, cues
from .lexicons import data_json

Word = tuple[int, int, str]
Spans = Sequence[tuple[int, int]]

# Punctuation that ends a phrase; brackets are handled apart (their content is left out).
_BREAK = regex.compile(r"[,;:!?]|\n|\.\s|—| -+ ")
_MAX_WORDS = 9
_OPEN_QUOTES = frozenset('"“')
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_CENTURIES = ("19", "20")
"""How a word :data:`_YEAR` matches starts."""
_POSSESSIVE = regex.compile(r"['’]s?$")
_DATELINE = regex.compile(r"[A-Z][A-Z .'\-]+(?:,\s+[^-–—]{0,40}?)?\s*(?:\(\w+\)\s*)?(?:--|-|–|—)\s+")
_MODIFIER_SUFFIX = ("ed", "ly", "al", "ward", "wards", "ive")
_PLURAL = regex.compile(r"[^su]s$")
_LEAD_INS = frozenset({"with", "at", "and", "by"})
# An introduction that ends in a preposition takes an object up to its comma.
_INTRO_OBJECT = regex.compile(r"\b(?:to|of|with)\s*$", regex.IGNORECASE)


# ---------------------------------------------------------------- tokens


def _inside(spans: Spans, s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


_BLOCKED, _PUNCT = 1, 2

# How far a phrase reader looks from a figure, in characters. Real clauses put a figure at
# most ~400 characters from its subject; a table flattened into one "clause" would
# otherwise be re-read from its start for every figure (quadratic).
_WINDOW = 500


def _back(text: str, start: int, pos: int) -> int:
    """``start``, or the first word start within ``_WINDOW`` characters before ``pos``."""
    if pos - start <= _WINDOW:
        return start
    space = text.find(" ", pos - _WINDOW, pos)
    return pos - _WINDOW if space == -1 else space + 1


def _ahead(pos: int, limit: int) -> int:
    return min(limit, pos + _WINDOW)


def _tokens(text: str, start: int, end: int, blocked: Spans = ()) -> tuple[tuple[Word, int], ...]:
    """Words of ``text[start:end]`` outside brackets and blocked spans, each with the break
    before it: 0 none, ``_BLOCKED`` (a blocked span) or ``_PUNCT`` (punctuation)."""
    return _cached_tokens(text, start, end, tuple(blocked))


@lru_cache(maxsize=256)
def _cached_tokens(text: str, start: int, end: int, blocked: tuple[tuple[int, int], ...]
                   ) -> tuple[tuple[Word, int], ...]:
    # The readers of one figure (subject, verb, object) cut the same stretch: read it once.
    return tuple(_iter_tokens(text, start, end, blocked))


def _iter_tokens(text: str, start: int, end: int, blocked: Spans = ()) -> Iterator[tuple[Word, int]]:
    # a span that holds a word of text[start:end] starts before ``end`` and ends after ``start``
    near = [span for span in blocked if span[0] < end and span[1] > start] if blocked else None
    prev, depth, brk = start, 0, 0
    for m in WORD.finditer(text, start, end):
        s, e = m.span()
        gap = text[prev:s]
        if gap != " ":  # one space, the usual gap, holds no bracket and no break
            if depth or "(" in gap or "[" in gap or ")" in gap or "]" in gap:
                chars: list[str] = []
                for ch in gap:
                    if ch in "([":
                        depth += 1
                    elif ch in ")]":
                        depth = max(0, depth - 1)
                    elif depth == 0:
                        chars.append(ch)
                plain = "".join(chars)
            else:
                plain = gap  # outside brackets and none in it: every character is plain
            if _BREAK.search(plain):
                brk = _PUNCT
        prev = e
        if depth:
            continue
        if near and _inside(near, s, e):
            brk = max(brk, _BLOCKED)
            continue
        yield (s, e, m.group().lower()), brk
        brk = 0


def _segments(tokens: Sequence[tuple[Word, int]]) -> list[tuple[list[Word], int]]:
    """Runs of words between breaks, each with the break before it."""
    segs: list[tuple[list[Word], int]] = []
    for word, brk in tokens:
        if brk or not segs:
            segs.append(([], brk))
        segs[-1][0].append(word)
    return segs


def _words(text: str, start: int, end: int, blocked: Spans = ()) -> list[Word]:
    """Words of text[start:end] up to the first break (none when it opens with one)."""
    out: list[Word] = []
    for word, brk in _iter_tokens(text, start, end, blocked):
        if brk:
            break
        out.append(word)
    return out


def _is_np(word: str) -> bool:
    """A word that can be inside a noun phrase (not a verb, preposition, determiner, ...)."""
    return bool(word) and word not in _not_np() and not word[0].isdigit()


@lru_cache(maxsize=1)
def _not_np() -> frozenset[str]:
    """The word classes no noun phrase holds, as one set: one look-up per word, not eight."""
    c = cues()
    return c.verbs | c.clause_words | c.prepositions | c.keep_prepositions | c.determiners | c.direction_words \
        | c.pronouns | c.link_words


def _np_at(words: Sequence[Word], k: int) -> bool:
    """Whether the word at ``k`` can be inside a noun phrase here: as :func:`_is_np`, or a
    verb that is a noun after an adjective ("all new work", "private commercial work")."""
    return _is_np(words[k][2]) or _noun_use(words, k)


def _noun_use(words: Sequence[Word], k: int) -> bool:
    """ "new work", "the previous set": a word of phrases.json ``noun_verbs`` after an
    adjective or a determiner is a noun (after a noun it is a verb: "enterprises work in")."""
    if k < 1 or words[k][2] not in _NOUN_VERBS:
        return False
    c, before = cues(), words[k - 1][2]
    if words[k][2] in _PLURAL_VERBS and _is_np(before) and not _PLURAL.search(before) and before not in _PLURALS:
        return True  # "repair work": a singular noun takes "works", not "work"
    return before in c.number_modifiers or before in c.head_modifiers or before in c.determiners \
        or before.endswith(_ADJECTIVE_SUFFIX)


_NOUN_VERBS = frozenset(data_json("phrases.json")["noun_verbs"])
# "The region also recorded grain output": after such an adverb an "-ed" word is the verb
_VERB_ADVERBS = frozenset(data_json("phrases.json")["verb_adverbs"])
_PLURAL_VERBS = frozenset(data_json("phrases.json")["plural_verbs"])
_PLURALS = frozenset(data_json("phrases.json")["plurals_without_s"])
_ADJECTIVE_SUFFIX = ("al", "ic", "ive", "ary", "ous")


def _is_owner(word: str, original: str) -> bool:
    """A possessive that names who owns the measured thing: a place or body ("the country's",
    "Britain's", "its"), not part of the thing ("state firms' losses")."""
    if "'" not in word and "’" not in word or not _POSSESSIVE.search(word) or word in ("its", "their"):
        return word in ("its", "their")  # (no apostrophe, no possessive)
    stem = _POSSESSIVE.sub("", word)
    return stem in cues().actor_nouns or stem in cues().place_nouns or original[:1].isupper()


def _strip_leading(words: list[Word], text: str) -> list[Word]:
    c = cues()
    # An owner before the phrase goes ("the country's R&D investment"), unless the
    # possessive sits after "of" ("the economy of east China's Zhejiang Province").
    for k in range(len(words) - 1):
        if words[k][2] in c.keep_prepositions or words[k][2] in c.prepositions:
            break
        if _is_owner(words[k][2], text[words[k][0]:words[k][1]]):
            words = words[k + 1:]
            break
    while words and (words[0][2] in c.determiners or words[0][2][:2] in _CENTURIES and _YEAR.match(words[0][2])
                     or words[0][2] in c.link_words
                     or words[0][2] in c.clause_words):
        words = words[1:]
    return words


def _span(words: list[Word]) -> tuple[int, int] | None:
    """The span of a phrase, unless it has no noun ("upward revised", "home")."""
    c = cues()
    if not words or all(w[2].endswith(_MODIFIER_SUFFIX) or w[2] in c.number_modifiers or w[2] in c.light_nouns
                        or not (_np_at(words, k) or w[2] in c.direction_words) for k, w in enumerate(words)):
        return None
    return words[0][0], words[-1][1]


# ---------------------------------------------------------------- phrase readers


def _np_before(seg: list[Word], text: str) -> tuple[int, int] | None:
    """The noun phrase that ends a segment, read leftwards past what leads into the figure
    ("rose to", "stood at a provisional"): "aid to rural production and other farm
    expenses to" -> "aid to rural production and other farm expenses"."""
    c = cues()
    i = len(seg)
    # a change word right before the figure is a verb ("saw sales rise 2.6 per cent"), not a head
    while i > 0 and (_after_figure(seg, i - 1) or not (_np_at(seg, i - 1) and seg[i - 1][2] not in c.number_modifiers
                                                       or i < len(seg) and _change_head(seg, i - 1))):
        i -= 1
    if 1 < i <= len(seg) and _fallback_verb(seg, i - 1, plural=False):
        i -= 1  # "The trade surplus advanced to": the verb is no part of the phrase ("receipts to" is)
    j = i
    while j > 0 and not _after_figure(seg, j - 1):
        word = seg[j - 1][2]
        if _np_at(seg, j - 1) or _change_head(seg, j - 1) or (word.endswith("ed") and j < i):
            j -= 1  # "-ed" before a noun is an adjective: "registered businesses"
        elif j >= 2 and (word in c.link_words or word in c.determiners) and _links(seg, j - 1):
            j -= 1
        else:
            break
    return _span(_strip_leading(seg[j:i], text)[-_MAX_WORDS:])


def _after_figure(seg: list[Word], k: int) -> bool:
    """A unit right after a number is the number's ("25.1 percent", "65.53 billion dollars")."""
    return k > 0 and seg[k][2] in cues().figure_units and (seg[k - 1][2][0].isdigit() or _after_figure(seg, k - 1))


def _change_head(seg: list[Word], k: int) -> bool:
    """A change noun after a noun heads a phrase of its own ("GDP growth", "industrial
    growth"); after an adjective or alone it is the figure's ("a slight rise")."""
    return seg[k][2] in cues().change_nouns and k > 0 and _is_np(seg[k - 1][2]) \
        and not seg[k - 1][2].endswith(_MODIFIER_SUFFIX) and seg[k - 1][2] not in cues().number_modifiers


def _links(seg: list[Word], k: int) -> bool:
    """Whether the link word (or determiner) at ``k`` sits inside a phrase: a noun before
    it, possibly through "of the" ("sum of the ...")."""
    c = cues()
    before = seg[k - 1][2]
    if seg[k][2] in c.determiners:
        return before in c.link_words and k >= 2 and _is_np(seg[k - 2][2])
    return _is_np(before)


def left_phrase(text: str, start: int, pos: int, blocked: Spans = ()) -> tuple[int, int] | None:
    """The noun phrase just left of a figure, after ``start``: ", and expenditure at 229
    billion" -> "expenditure"; "receipts from foreign loans rose to 7.87" -> "receipts from
    foreign loans". When the figure's own stretch has no noun (", with 17.2%"), the stretch
    before it is read ("overtaking wholesale, retail and repair of motor vehicles, with")."""
    segs = _segments(_tokens(text, _back(text, start, pos), pos, blocked))
    if not segs:
        return None
    last, brk = segs[-1]
    if len(segs) > 1 and (all(w[2] in _LEAD_INS for w in last)
                          or brk == _BLOCKED and not any(_is_np(w[2]) for w in last)):
        return _np_before(segs[-2][0], text)  # "the expenditure index for the whole of 1986 set at"
    return _np_before(last, text)


def object_phrase(text: str, start: int, pos: int, blocked: Spans = (),
                  changes: bool = False) -> tuple[int, int] | None:
    """What a transitive verb puts a figure on: "He put 1986 revenue at 222 billion" ->
    "revenue"; "China posted a budget deficit of 7.08 billion" -> "budget deficit". None
    when another figure stands between, or a change ("Construction had the largest fall in
    businesses with a fall of"), unless ``changes``: then what the first change is in ("all
    regions saw an increase in the number of businesses" -> "number of businesses")."""
    c = cues()
    start = _back(text, start, pos)
    toks = _tokens(text, start, pos, blocked)
    words = [w for w, _ in toks]
    digit = next((k for k, w in enumerate(words) if w[2][0].isdigit()), None)
    if digit is not None:
        if digit < 2 or words[digit - 1][2] not in _DIRECTION_VERBS or not _is_np(words[digit - 2][2]):
            return None
        # "saw its trade with ASEAN increase 28.4 percent to 105 billion": the small clause's
        # object, before its verb and first figure, is what the later level measures too
        obj = _strip_leading(words[:digit - 1], text)
        return _span(obj) if 0 < len(obj) <= _MAX_WORDS + 1 else None
    # "posted gains of" right before the figure is a change too, as "a fall in X" is ("GDP
    # growth of" is a phrase of its own)
    change = next((k for k in range(len(toks) - 1) if _change_noun(words[k][2])
                   and words[k + 1][2] in ("in", "of") and (k + 2 < len(toks) and not toks[k + 2][1]
                                                          or k + 2 == len(toks) and not _change_head(words, k))), None)
    if change is not None:
        return counted_noun(text, words[change + 1][1], pos, blocked) if changes else None
    k = len(words) - 1 - (bool(words) and words[-1][2] in c.verb_followers)
    if k > 1 and words[k][2] in _DIRECTION_VERBS and _is_np(words[k - 1][2]):
        pos = words[k][0]  # "saw their profits surge 89.5 percent": the verb of a small clause
    return left_phrase(text, start, pos, blocked)


def _change_noun(word: str) -> bool:
    """A change noun, or its plural ("reported falls of 3.4%, 6.6% and 3.0%")."""
    c = cues()
    return word in c.change_nouns or word.endswith("s") and word[:-1] in c.change_nouns


# Bare direction verbs that are also nouns ("surge", "jump"): after the object of "saw" and
# right before the figure they are the verb of a small clause, not part of the phrase.
_DIRECTION_VERBS = frozenset(w for d in ("up", "down") for w in data_json("directions.json")[d]["before"]
                             if " " not in w)


def counted_noun(text: str, pos: int, limit: int, blocked: Spans = ()) -> tuple[int, int] | None:
    """The phrase a bare count counts, read rightwards from ``pos`` ("new gazelle
    enterprises, with ..." -> "gazelle enterprises"; "Nine companies were newly recognized
    as potential unicorn enterprises" -> "potential unicorn enterprises")."""
    c = cues()
    words = _words(text, pos, _ahead(pos, limit), blocked)
    if len(words) > 1 and words[0][2] == "or" and words[1][2] in _ASIDE_ADVERBS:
        return None  # "about zero or even a slight negative growth rate": an aside, not the thing counted
    i = _skip_count_modifiers(words, text)
    picked: list[Word] = []
    for position, w in enumerate(words[i:i + _MAX_WORDS]):
        word = w[2]
        nxt = words[i + position + 1][2] if i + position + 1 < len(words) else ""
        if word in c.keep_prepositions or word in _CONJUNCTIONS:
            if not picked:
                return None  # "fell 2.3 pct to 1.28 billion and imports ...": "and" opens the next clause
            picked.append(w)
            continue
        if word in c.determiners and picked and picked[-1][2] in c.keep_prepositions:
            picked.append(w)
            continue
        if picked and (word in c.participles and nxt in c.participle_preps or word.endswith("ed") and nxt == "of"):
            picked.append(w)  # "enterprises registered for VAT": a participle, not the verb
            continue
        if word.endswith("ing") and nxt in c.stock_nouns:
            picked.append(w)  # "three platform-based leading enterprises": an adjective
            continue
        if picked and _noun_use(words, i + position):
            picked.append(w)  # "falls in private commercial work"
            continue
        if _is_boundary(word, position, picked[-1][2] if picked else "") or word in c.determiners:
            break
        picked.append(w)
    while picked and (picked[-1][2] in c.keep_prepositions or picked[-1][2] in ("and", "or")
                      or picked[-1][2] in c.determiners):
        picked.pop()
    if not picked or len(picked) == 1 and picked[0][2] in c.verbs:
        return None  # "the record $197.8 billion reached in ...": a verb alone counts nothing
    picked += _destination(words, words.index(picked[-1]) + 1, text)
    designated = c.designation.match(text, picked[-1][1], limit)
    if designated:
        return counted_noun(text, designated.end(), limit, blocked) or (picked[0][0], picked[-1][1])
    start = picked[0][0]
    return (start - 1 if start and text[start - 1] in _OPEN_QUOTES else start), picked[-1][1]


_CONJUNCTIONS = frozenset({"and", "or", "but"})


def _destination(words: list[Word], j: int, text: str) -> list[Word]:
    """A counted plural goes on through "to" and a place's name when "by" and who makes
    them follow ("visits to the UK by overseas residents"): the words after the noun, or none."""
    c = cues()
    if j < 1 or not words[j - 1][2].endswith("s") or j + 1 >= len(words) or words[j][2] != "to":
        return []
    k = j + 1
    if words[k][2] == "the":
        k += 1
    name = k
    while k < len(words) and k - name < 3 and text[words[k][0]].isupper():
        k += 1
    if k == name:
        return []  # "sales to banks": a receiver, not a place
    taken = words[j:k]
    if k + 1 < len(words) and words[k][2] == "by":
        m = k + 1
        while m < len(words) and m - k <= 3 and words[m][2].isalpha() and words[m][2] not in c.determiners \
                and not _is_boundary(words[m][2], 1) and words[m][2] not in c.keep_prepositions:
            m += 1
        if m > k + 1:
            return taken + words[k:m]
    return []  # "40,000 cars to the US": the noun alone, the destination is an aside
_ASIDE_ADVERBS = frozenset({"even", "perhaps", "possibly", "maybe"})


def _skip_count_modifiers(words: list[Word], text: str) -> int:
    """Index of the first word of the counted phrase: past "of the (province's) 21" (the whole
    comes after it), a determiner, and modifiers of the count ("new", "newly identified")."""
    c = cues()
    i = 0
    if len(words) > 1 and words[0][2] in ("of", "out") and words[1][2] in c.determiners | {"of"}:
        i = 2 if words[1][2] != "of" else 3
        if i < len(words) and _is_owner(words[i][2], text[words[i][0]:words[i][1]]):
            i += 1
        if i < len(words) and (words[i][2][0].isdigit() or words[i][2] in number_words()):
            i += 1  # "of the 21", "of the six"
    while i < len(words) and words[i][2] in ("the", "a", "an"):
        i += 1
    while i < len(words) and (words[i][2] in c.number_modifiers
                              or (words[i][2].endswith("ly") and i + 1 < len(words))):
        i += 1  # "new", "newly identified": modifiers of the count, not the thing counted
        if i < len(words) and words[i - 1][2] == "newly":
            i += 1
    if i + 2 < len(words) and words[i][2] == "number" and words[i + 1][2] == "of":
        i += 2  # "a 5.2% reduction in the number of sole proprietors"
    return i


def _is_boundary(word: str, position: int, before: str = "") -> bool:
    """Where a counted phrase ends: a verb, a preposition, a number. An "-ed" word is an
    adjective first ("300 listed companies") or inside ("above designated size"), a verb
    after a plural ("4,300 spaces provided services")."""
    c = cues()
    if word in c.verbs and not (position == 0 and word.endswith("ed")):
        return True
    if word.endswith("ed") and "-" not in word and _PLURAL.search(before):
        return True
    if word in c.prepositions or word in c.clause_words:
        return True
    return word[0].isdigit() or word in number_words()  # "12 potential unicorns and three ..."


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    numbers = data_json("number_words.json")
    return frozenset(w for group in ("units", "teens", "tens") for w in numbers[group])


def bracket_name(text: str, start: int, pos: int, blocked: Spans = ()) -> tuple[int, int] | None:
    """The name a bracketed figure at ``pos`` (the "(") is given for, read leftwards to the
    item before it (its closing bracket), a verb, a preposition or a determiner: "rises in
    Clothing, footwear and personal accessory retailing (0.8 per cent), Other retailing (0.4
    per cent)" -> "Clothing, footwear and personal accessory retailing", "Other retailing".
    Commas and "and" inside a name are kept; one that leads into the name is not."""
    low = _back(text, start, pos)
    low = max(low, text.rfind(")", low, pos) + 1)
    words = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text, low, pos)]
    if not words or _BRACKET_GAP.search(text, words[-1][1], pos) is None:
        return None
    k = len(words)
    while k > 0:
        s, e, word = words[k - 1]
        gap = text[e:words[k][0]] if k < len(words) else ""
        if _NAME_BREAK.search(gap) or blocked and _inside(blocked, s, e):
            break
        if word in ("and", "&"):
            k -= 1
            continue
        if not _is_np(word):
            break
        k -= 1
    while k < len(words) and words[k][2] in ("and", "&"):
        k += 1
    name = words[k:]
    if not name or not any(_is_np(w[2]) and not w[2].endswith(_MODIFIER_SUFFIX) for w in name):
        return None
    return name[0][0], name[-1][1]


_BRACKET_GAP = regex.compile(r"\s*\(\s*$")
_NAME_BREAK = regex.compile(r"[;:!?()\n\"“”]|\.\s")


# ---------------------------------------------------------------- subjects


def _strip_intro(text: str, start: int, end: int, blocked: tuple[tuple[int, int], ...] = ()) -> int:
    """Skip a dateline, a reporting verb ("Official figures show", "He said") and an
    introductory adverbial ("Last year,", "In 2019,", "Statistics show that"). Read once per
    clause reading (:func:`_clause_reading` keeps it)."""
    c = cues()
    m = _DATELINE.match(text, start, end)
    if m:
        start = m.end()
    for r in c.reporting.finditer(text, start, end):
        if _noun_forecast(text, r, start, end):
            continue
        if _has_verb(text, r.end(), end, blocked):
            start = _past_addressee(text, r.group(), r.end(), end)  # what follows is a statement of its own
            if _INTRO_OBJECT.search(r.group()):
                start = _past_object(text, start, end)  # "according to the preliminary estimation, the GDP ..."
    segment = text[start:end]
    m = c.intro.match(segment)
    if m and m.end() > 0:
        if _INTRO_OBJECT.search(m.group()) or c.intro_object.search(m.group()):
            return _past_object(text, start + m.end(), end)
        return start + m.end()
    first_comma = segment.find(",")
    if first_comma > 0:
        toks = _tokens(text, start, start + first_comma, blocked)
        head = [w for w, _ in toks]
        if len(toks) > 1 and head[0][2] in c.prepositions and toks[1][1] and not _period_then_local(toks[1:]):
            return toks[1][0][0]  # "In 2013 the professional, scientific and technical sector"
        if not head or head[0][2] in c.prepositions or head[0][2] in ("last", "this", "next") \
                or head[0][2].endswith("ly") or _period_then_local(toks) \
                or head[0][2] == "not" and len(head) > 1 and _modifiers_only(head[1:]):  # "Not seasonally adjusted,"
            return _past_modifier_aside(text, _past_relative(text, start + first_comma + 1, end), end, blocked)
    return start


def _past_modifier_aside(text: str, pos: int, end: int, blocked: tuple[tuple[int, int], ...]) -> int:
    """Past a second opener of modifiers only ("In the capital account, not seasonally
    adjusted, there was ...")."""
    comma = text.find(",", pos, min(end, pos + 40))
    if comma < 0:
        return pos
    words = [w for w, _ in _tokens(text, pos, comma, blocked)]
    if words and words[0][2] == "not":
        words = words[1:]
    return comma + 1 if len(words) >= 2 and _modifiers_only(words) else pos


def _noun_forecast(text: str, r: regex.Match, start: int, end: int) -> bool:
    """ "the forecast was", "the projected deficit", "had predicted a small rise of": a bare
    forecast verb (phrases.json ``bare_forecast_verbs``) leads into a statement only when a
    modal follows ("forecast output would fall"); else it is a noun, an adjective or a verb
    with its object."""
    verb = r.group().split()[0].lower().rstrip(",")
    if verb not in _BARE_FORECAST or r.group().lower().rstrip(", ").endswith("that"):
        return False
    if _MODAL.search(text, r.end(), end) is None:
        return True
    before = _PLAIN_WORD_BEFORE.search(text, max(start, r.start() - 30), r.start())
    after = _PLAIN_WORD.match(text[r.end():r.end() + 30].lower())
    c = cues()
    return before is None or before.group(1).lower() in c.determiners or after is None \
        or after.group() in c.verbs or after.group() in c.copulas or after.group() in c.auxiliaries


_MODAL = regex.compile(r"\b(?:would|will|could|might|should|may|can)\b", regex.IGNORECASE)
_BARE_FORECAST = frozenset(data_json("phrases.json")["bare_forecast_verbs"])
_PLAIN_WORD_BEFORE = regex.compile(r"([\w\-]+)\s+$")


def _period_then_local(toks: Sequence[tuple[Word, int]]) -> bool:
    """ "In August alone, profits climbed": a period (blocked) opening the clause and the
    word that keeps it local are an introduction, not the subject."""
    return toks[0][1] == _BLOCKED and all(w[2] in _LOCAL_AFTER for w, _ in toks)


_LOCAL_AFTER = frozenset(w.lower() for w in data_json("periods.json")["local_after"])


def _past_addressee(text: str, verb: str, pos: int, end: int) -> int:
    """Past who a statement is told to ("told reporters the reserves totalled", "told
    Reuters the reserves were", "said at a news conference exports rose"): the addressee is
    no part of the subject. A capitalised name is one only after a verb that takes it."""
    m = _ADDRESSEE.match(text, pos, end)
    word = _PLAIN_WORD.match(verb.lower())  # the reporting match opens with its verb
    if m is None and word is not None and word.group() in _ADDRESSEE_VERBS:
        m = _NAMED_ADDRESSEE.match(text, pos, end)
    return m.end() if m else pos


_PLAIN_WORD = regex.compile(r"[a-z]+")
_ADDRESSEE_VERBS = frozenset(data_json("phrases.json")["addressee_verbs"])
_ADDRESSEE = regex.compile(
    r"(?:(?:at|to|before|in)\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(map(regex.escape, data_json('phrases.json')['addressees']), key=len, reverse=True))})"
    r"(?![\w\-])(?:\s+that(?![\w\-]))?\s*,?\s*", regex.IGNORECASE)
# "told Reuters", "told the National People's Congress": capitalised words (and "of the") only
_NAMED_ADDRESSEE = regex.compile(r"(?:the\s+)?\p{Lu}[\w\-.]*(?:['’]s)?(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\w\-.]*(?:['’]s)?)*"
                                 r"(?:\s+that(?![\w\-]))?\s*,?\s*")


def _past_relative(text: str, pos: int, end: int) -> int:
    """Past a relative clause that an opening phrase ends with ("After eliminating price
    effects, which generates the numbers used for GDP, the trade deficit widened")."""
    m = _RELATIVE_OPEN.match(text, pos, end)
    return m.end() if m else pos


_RELATIVE_OPEN = regex.compile(r"\s*(?:which|who|where)\b[^,;.]{0,120},", regex.IGNORECASE)


def _past_object(text: str, pos: int, end: int) -> int:
    """Past the object of an introduction that ends in a preposition, to its comma (when
    there is one close by): "In terms of output, ..."."""
    comma = text.find(",", pos, min(end, pos + 60))
    return comma + 1 if comma > pos else pos


def _has_verb(text: str, start: int, end: int, blocked: Spans) -> bool:
    """Whether a statement follows ("figures show the deficit was ..."), not an object
    ("shows an estimated fall of")."""
    words = [w for w, _ in _tokens(text, start, end, blocked)]
    return _verb_at(words) is not None


ClauseReading = tuple[tuple[tuple[Word, int], ...], tuple[Word, ...], "int | None"]


def _clause_reading(text: str, clause_start: int, pos: int, blocked: Spans = ()) -> ClauseReading:
    """The clause before ``pos`` past its introduction (:func:`_strip_intro`): its tokens
    (:func:`_tokens`), their words, and the index of its verb among them (:func:`_verb_at`)."""
    return _cached_clause_reading(text, clause_start, pos, tuple(blocked))


@lru_cache(maxsize=256)
def _cached_clause_reading(text: str, clause_start: int, pos: int,
                           blocked: tuple[tuple[int, int], ...]) -> ClauseReading:
    # The subject, verb and pronoun readers of one figure read the same clause and look for
    # its verb: once. The words are a tuple, as the cache hands them out again.
    begin = _strip_intro(text, _back(text, clause_start, pos), pos, blocked)
    toks = _cached_tokens(text, begin, pos, blocked)
    words = tuple(w for w, _ in toks)
    return toks, words, _verb_at(words)


def _verb_at(words: Sequence[Word]) -> int | None:
    """The clause's verb: the first verb word after the first word that is not a participle
    inside the subject ("Value added of ...", "enterprises registered for VAT ... rose")."""
    c = cues()
    for k in range(1, len(words)):
        word = words[k][2]
        if word not in c.verbs or _noun_use(words, k):
            continue
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        if word.endswith("ed") and words[k - 1][2] in c.determiners and words[k - 1][2] not in _VERB_ADVERBS:
            continue  # "an estimated fall", "the added value"
        if word.endswith("ed") and nxt and _is_np(nxt) and any(w[2] in c.verbs and not w[2].endswith("ed")
                                                      for w in words[k + 2:]):
            continue  # "VAT registered enterprises in Wales rose": an adjective before the verb
        if _is_np(words[k - 1][2]) and (word.endswith("ed") and nxt == "of"
                                        or word in c.participles and nxt in c.participle_preps):
            continue  # "Value added of ...", "enterprises registered for VAT ... rose"
        return k
    return next((k for k in range(1, len(words)) if _fallback_verb(words, k)), None)


def _fallback_verb(words: Sequence[Word], k: int, plural: bool = True) -> bool:
    """A verb the list lacks, known by its place: right after a noun and right before the
    figure or "to"/"by"/"from" ("The yuan weakened 2.9 percent", "Profits cut to"), an
    "-ed" word or a listed irregular one; a word in "-s" only before "to"/"by"/"from"
    ("Output climbs to"), as "car sales 5.2 million" is a noun."""
    c = cues()
    word, before = words[k][2], words[k - 1][2]
    if not k or not _is_np(before) or before.endswith(("ed", "ly")) or not _is_np(word) or "-" in word:
        return False
    nxt = words[k + 1][2] if k + 1 < len(words) else ""
    if word in c.position_verbs or word.endswith("ed"):
        return not nxt or nxt[0].isdigit() or nxt in c.verb_followers
    return plural and word.endswith("s") and not word.endswith("ss") and nxt in c.verb_followers


def _subject_words(toks: Sequence[tuple[Word, int]]) -> list[Word]:
    """The subject's words: cut at a comma-delimited apposition ("Revenue from value-added
    tax, the largest fiscal revenue source in the country, fell"), past a leading time phrase
    without a comma ("In February 1986 the output index") and before a preposition that
    leads into a time ("the index in the fourth quarter rose")."""
    c = cues()
    words, flags = [w for w, _ in toks], [b for _, b in toks]
    cut = next((k for k in range(1, len(words)) if flags[k] == _PUNCT), None)
    if cut is not None and (words[cut][2] in c.determiners or words[cut][2] in c.direction_words
                            or words[cut][2] in c.clause_words or _modifiers_only(words[cut:])
                            or _POSSESSIVE.search(words[cut][2]) and cut + 1 < len(words)):
        # "Industrial production, seasonally adjusted,"; "The price of tea, Ceylon's main export,"
        words, flags = words[:cut], flags[:cut]
    if words and words[0][2] in c.prepositions:
        det = next((k for k, w in enumerate(words) if w[2] in ("the", "a", "an")), None)
        if det is not None:
            words, flags = words[det + 1:], flags[det + 1:]
    for k in range(1, len(words)):
        if (words[k][2] in c.prepositions or words[k][2] in c.keep_prepositions) and (k + 1 == len(words) or flags[k + 1]):
            words = words[:k]  # "Net profit for the first half was": "for" led into the period
            break
    return [w for w in words if w[2] not in c.clause_words]


def _aside_start(text: str, words: Sequence[Word], verb_at: int) -> int:
    """ "Funding - debt sales to the private sector and external flows - rose": an aside
    between two dashes after the subject's head only says what the head is made of; the
    subject ends at the first dash (``verb_at`` when there is no such aside)."""
    last = min(verb_at, len(words) - 1)
    if last < 1:
        return verb_at
    stretch = text[words[0][1]:words[last][0]]
    if "-" not in stretch and "—" not in stretch and "–" not in stretch:
        return verb_at  # every _DASH alternative holds one of these characters: no dash
    dashes = [k for k in range(1, last + 1) if _DASH.search(text, words[k - 1][1], words[k][0])]
    return dashes[0] if len(dashes) >= 2 else verb_at


_DASH = regex.compile(r"\s-{1,2}\s|--|—|–")


def _modifiers_only(words: list[Word]) -> bool:
    c = cues()
    return all(w[2].endswith(_MODIFIER_SUFFIX) or w[2] in c.number_modifiers for w in words)


def _before_place(words: list[Word], is_actor: Callable[[tuple[int, int]], bool] | None) -> list[Word]:
    """ "Consumer prices in the countries of the Organisation for Economic Cooperation and
    Development", "Inflation in the 24 western industrialised nations": the place or body
    after the head is the subject's scope, not what is measured; cut before its "in"."""
    c = cues()
    for k in range(1, len(words) - 1):
        if words[k][2] not in _PLACE_PREPS:
            continue
        stop = next((j for j in range(k + 1, len(words))
                     if words[j][2] in c.prepositions or words[j][2] in c.keep_prepositions), len(words))
        place = words[k + 1:stop]
        if place and (_singular(place[-1][2]) in c.place_nouns  # its head: not "in total world output"
                      or is_actor is not None and is_actor((place[0][0], place[-1][1]))):
            return words[:k]
    return words


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if _PLURAL.search(word) else word


_PLACE_PREPS = frozenset({"in", "among", "across", "throughout"})
# "The cause for the rise was ...": what caused a change is no metric (roles.json ``cause_nouns``)
_CAUSE_NOUNS = frozenset(data_json("roles.json")["cause_nouns"])


def _head_noun(words: list[Word]) -> str:
    """The noun a phrase is about: its last word before a preposition ("regions except
    Northern Ireland", "economy of China")."""
    c = cues()
    for k, w in enumerate(words):
        if k and (w[2] in c.prepositions or w[2] in c.keep_prepositions):
            return words[k - 1][2]
    return words[-1][2] if words else ""


def subject_phrase(text: str, clause_start: int, pos: int, blocked: Spans = (),
                   is_actor: Callable[[tuple[int, int]], bool] | None = None,
                   items: int = 1) -> tuple[int, int] | None:
    """What a figure at ``pos`` is said of. The subject before the clause's verb, or the
    verb's object when the verb takes one ("He put 1986 revenue at"), when the subject is a
    place, a body or a pronoun ("London has the largest number of VAT ... businesses"), or
    when a copula ranks the subject ("The largest industry group is professional,
    scientific and technical with 16.9%"). ``items``: the subject lists that many metrics
    ("A, B and C rose 5, 3 and 2 percent, respectively"), each of up to the usual length."""
    c = cues()
    toks, words, verb_at = _clause_reading(text, clause_start, pos, blocked)
    if verb_at is None:
        return None
    verb = words[_main_verb(words, verb_at)]
    head = _strip_leading(_subject_words(toks[:_aside_start(text, words, verb_at)]), text)
    head = _before_place(head, is_actor)[-_MAX_WORDS * max(1, items):]
    subject = _span(head)
    actor = subject is None or _head_noun(head) in c.actor_nouns or _head_noun(head) in _CAUSE_NOUNS \
        or head[0][2] in c.pronouns \
        or (is_actor is not None and is_actor(subject)) or head[-1][2] in c.container_nouns
    if verb[2] in c.copulas:
        if subject is not None and not actor and not {w[2] for w in head} & c.rank_words:
            return subject
        obj = object_phrase(text, verb[1], pos, blocked)
        if obj is not None and not (is_actor is not None and is_actor(obj)):
            return obj
        return None if actor else subject
    if verb[2] in c.object_verbs or actor or _CAUSAL.get(verb[2], "-") == _next_word(words, verb):
        # "High prices led to economic growth of 5 pct": what the cause led to is measured
        obj = object_phrase(text, verb[1], pos, blocked, changes=actor)
        if obj is not None:
            return obj
    return None if actor else subject


_CAUSAL = {"led": "to", "leads": "to", "lead": "to", "resulted": "in", "results": "in"}


def _next_word(words: Sequence[Word], word: Word) -> str:
    k = words.index(word)
    return words[k + 1][2] if k + 1 < len(words) else ""


def pronoun_subject(text: str, clause_start: int, pos: int, blocked: Spans = ()) -> bool:
    """Whether the subject of the clause before ``pos`` is a pronoun ("In 2023, they rose")."""
    _, words, k = _clause_reading(text, clause_start, pos, blocked)
    return k is not None and words[k - 1][2] in cues().anaphora_words


def verb_before(text: str, clause_start: int, pos: int, blocked: Spans = ()) -> str | None:
    """The clause's verb before ``pos`` (lower case), if any."""
    _, words, k = _clause_reading(text, clause_start, pos, blocked)
    return words[_main_verb(words, k)][2] if k is not None else None


def _main_verb(words: Sequence[Word], k: int) -> int:
    """Past a perfect auxiliary to the verb it leads ("has been", "had fallen")."""
    c = cues()
    if words[k][2] in c.auxiliaries and k + 1 < len(words) and words[k + 1][2] in c.verbs:
        return k + 1
    return k


# ---------------------------------------------------------------- scopes


def normalise_scope(phrase: str | None) -> str | None:
    """SPEC normalisation of share.of / rank.scope: lower case, "'s" dropped, "the",
    "whole", "entire", "total", "all" removed."""
    if not phrase:
        return None
    words = [w.lower() for w in WORD.findall(phrase)]
    words = [_POSSESSIVE.sub("", w) for w in words if w not in ("the", "whole", "entire", "total", "all")]
    out = " ".join(w for w in words if w)
    return out or None


def scope_after(text: str, pos: int, limit: int, blocked: Spans = (),
                antecedent: str | None = None) -> str | None:
    """The whole after "of" / "in" / "among" at ``pos`` ("of the whole city" -> "city", "of
    their income from major businesses" -> "income from major businesses"). A place or body
    owning the whole is the scope: "of the city's high-tech enterprises" is "city", as SPEC
    reads "of the country's high-tech enterprises", and "of China's unicorn firms" "china";
    "of its AI unicorns" is the owner "its" points back to (``antecedent``, the owner scope
    read before in the sentence), if any."""
    words = _words(text, pos, limit, blocked)[1:]  # past the "of" / "in" itself
    if antecedent and words and words[0][2] in _OWNER_PRONOUNS:
        return antecedent
    picked = _total_in_place(_scope_words(words))
    if not picked:
        return None
    owner = owner_at(text, picked)
    if owner is not None:
        return normalise_scope(" ".join(w[2] for w in picked[:owner + 1]))
    return normalise_scope(" ".join(w[2] for w in picked))


def _total_in_place(words: list[Word]) -> list[Word]:
    """ "of total output in the high-tech zones" is of the zones, as "of the zones' total
    output" is: a total's place is the whole."""
    lead = 1 if words and words[0][2] == "the" else 0
    if len(words) <= lead or words[lead][2] != "total":
        return words
    at = next((k for k, w in enumerate(words) if w[2] in ("in", "within")), None)
    if at is None or at + 1 >= len(words):
        return words
    return words[at + 1:]


def owner_at(text: str, words: list[Word]) -> int | None:
    """Index of the possessive owner that opens a whole ("the country's", "China's"), when
    a noun phrase follows it."""
    owner = next((k for k, w in enumerate(words[:-1]) if _POSSESSIVE.search(w[2]) and w[2] not in ("its",)), None)
    if owner is None or not _is_owner(words[owner][2], text[words[owner][0]:words[owner][1]]):
        return None
    if any(w[2] in cues().prepositions or w[2] in cues().keep_prepositions for w in words[:owner]):
        return None  # "of growth in the region's exports": the owner is inside the whole
    return owner


_OWNER_PRONOUNS = frozenset({"its", "their"})


def owned_whole(text: str, pos: int, limit: int, blocked: Spans = ()) -> tuple[int, int] | None:
    """What a share after ``pos`` ("of" there) counts when the whole has an owner: "of
    China's unicorn firms" -> "unicorn firms", "of its AI unicorns" -> "AI unicorns". None
    for an unowned whole ("of the province", "of total exports") or an owner's total ("of
    the city's total")."""
    words = _words(text, pos, _ahead(pos, limit), blocked)
    if len(words) < 3 or words[0][2] != "of":
        return None
    k = 2 if words[1][2] == "the" else 1
    if k >= len(words) - 1:
        return None
    word = words[k][2]
    if word not in _OWNER_PRONOUNS and not (_POSSESSIVE.search(word) and _is_owner(word, text[words[k][0]:words[k][1]])):
        return None
    return counted_noun(text, words[k][1], limit, blocked)


def _scope_words(words: list[Word]) -> list[Word]:
    c = cues()
    picked: list[Word] = []
    for k, w in enumerate(words):
        word = w[2]
        if not picked and word in ("their", "its", "these", "those", "this", "such"):
            continue
        if word in ("in", "from") and picked and _scope_continues(words, k):
            picked.append(w)
            continue
        if word == "and" and picked and _paired_plurals(words, k):
            picked.append(w)  # "of villages and towns in the country"
            continue
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        if word in c.scope_stop or word[0].isdigit() or (word in c.verbs and (
                not word.endswith("ed") or nxt[:1].isdigit() or nxt in c.determiners
                or (nxt and nxt not in c.prepositions and nxt not in c.scope_stop and picked
                    and _PLURAL.search(picked[-1][2]) and not picked[-1][2].endswith(("'s", "’s"))))):
            # "of all enterprises registered (for VAT)", "of the newly added enterprises" go
            # on; "of enterprises employed 250" and "of the respondents expected prices to
            # fall" stop (a plural subject, its verb and the verb's object)
            break
        picked.append(w)
        if len(picked) >= _MAX_WORDS:
            break
    while picked and picked[-1][2] in c.link_words:
        picked.pop()
    return picked


def _paired_plurals(words: list[Word], k: int) -> bool:
    """ "of villages and towns in the country": two bare plural nouns joined by "and" at ``k``
    and the whole ends after the second (not "of exports and imports rose")."""
    c = cues()
    if k + 1 >= len(words) or k + 2 < len(words) and words[k + 2][2] not in c.scope_stop:
        return False
    before, after = words[k - 1][2], words[k + 1][2]
    return all(_PLURAL.search(w) and _is_np(w) for w in (before, after))


def _scope_continues(words: list[Word], k: int) -> bool:
    """ "of the growth in the UK", "of income from major businesses" go on; "of the city's
    total in 2021" and "of enterprises in the zone" (the subject's own ground) stop."""
    c = cues()
    rest = [w[2] for w in words[k + 1:k + 3]]
    if rest and rest[0] == "the":
        rest = rest[1:]
    if any(w[2] in c.manner_nouns for w in words[k + 1:k + 5]):
        return False  # "of retail sales in original terms", "on a seasonally adjusted basis"
    return bool(rest) and not rest[0][0].isdigit() and rest[0] not in c.place_nouns \
        and rest[0] not in c.determiners and k + 1 < len(words)


def phrase_text(text: str, span: tuple[int, int]) -> str:
    """The words of a phrase without footnote marks: "unemployment rate***" is
    "unemployment rate" (a mark refers to a note, it is no part of the word)."""
    phrase = text[span[0]:span[1]]
    return _FOOTNOTE_MARK.sub("", phrase) if "*" in phrase or "†" in phrase else phrase  # (no mark, nothing to drop)


_FOOTNOTE_MARK = regex.compile(r"(?<=[\p{L}\p{N}])[*†]+")
