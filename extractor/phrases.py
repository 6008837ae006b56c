"""Cut short noun phrases out of a clause without a tagger: what a figure counts ("23 new
gazelle enterprises" -> "gazelle enterprises"), the subject a figure is said of ("Tax
revenue slid 4.6 percent" -> "Tax revenue"), and the whole a share is of ("of the whole
city" -> "city").
"""

from __future__ import annotations

import regex

from .cues import WORD, cues

_BREAK = regex.compile(r"[,;:()\[\]\"“”!?]|\n|\.\s|—| -+ ")
_MAX_WORDS = 9
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_POSSESSIVE = regex.compile(r"['’]s?$")


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Words of text[start:end] up to the first punctuation break."""
    out: list[tuple[int, int, str]] = []
    prev_end = start
    for m in WORD.finditer(text, start, end):
        if out and _BREAK.search(text, prev_end, m.start()):
            break
        if not out and _BREAK.search(text, start, m.start()):
            break
        out.append((m.start(), m.end(), m.group().lower()))
        prev_end = m.end()
    return out


def _is_boundary(word: str, position: int) -> bool:
    c = cues()
    if word in c.verbs and not (position == 0 and word.endswith("ed")):
        return True
    if word in c.prepositions or word in c.clause_words:
        return True
    return word[0].isdigit()


def counted_noun(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The phrase a bare count counts, read rightwards from ``pos`` ("new gazelle
    enterprises, with ..." -> "gazelle enterprises")."""
    c = cues()
    words = _words(text, pos, limit)
    i = 0
    # "Nineteen of the 21 innovation indicators": the whole comes after "of the N".
    if len(words) > 2 and words[0][2] == "of" and words[1][2] == "the":
        i = 2
        if i < len(words) and words[i][2][0].isdigit():
            i += 1
    while i < len(words) and (words[i][2] in c.number_modifiers
                              or (words[i][2].endswith("ly") and i + 1 < len(words))):
        i += 1  # "new", "newly identified": modifiers of the count, not the thing counted
        if i < len(words) and words[i - 1][2] == "newly":
            i += 1
    picked: list[tuple[int, int, str]] = []
    for position, w in enumerate(words[i:i + _MAX_WORDS]):
        word = w[2]
        if word in c.keep_prepositions:
            if not picked:
                return None
            picked.append(w)
            continue
        if word in c.determiners and picked and picked[-1][2] in c.keep_prepositions:
            picked.append(w)
            continue
        if _is_boundary(word, position) or word in c.determiners:
            break
        picked.append(w)
    while picked and (picked[-1][2] in c.keep_prepositions or picked[-1][2] in ("and", "or")
                      or picked[-1][2] in c.determiners):
        picked.pop()
    if not picked:
        return None
    return picked[0][0], picked[-1][1]


_MODIFIER_SUFFIX = ("ed", "ly", "al", "ward", "wards", "ive")
_SAID = regex.compile(r"(?:[\w.'’\-]+\s+){1,4}?(?:also\s+)?(?:said|says|told|noted|added|stated|reported|estimated|announced)"
                      r"(?:\s+on\s+\w+)?\s+(?:that\s+)?", regex.IGNORECASE)
_DATELINE = regex.compile(r"[A-Z][A-Z .'\-]+,\s+[^-–—]{0,40}?(?:\(\w+\)\s*)?(?:--|-|–|—)\s+")


def _strip_leading(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    c = cues()
    # Everything up to a possessive owner goes: "the country's R&D investment".
    for k in range(len(words) - 1, -1, -1):
        if _POSSESSIVE.search(words[k][2]) and k + 1 < len(words):
            words = words[k + 1:]
            break
    while words and (words[0][2] in c.determiners or _YEAR.match(words[0][2])
                     or words[0][2] in ("and", "or", "but")):
        words = words[1:]
    return words


def _strip_intro(text: str, start: int, end: int) -> int:
    """Skip an introductory adverbial ("Last year,", "In 2019,", "Statistics show that")."""
    c = cues()
    for pattern in (_DATELINE, _SAID):
        m = pattern.match(text, start, end)
        if m:
            start = m.end()
    segment = text[start:end]
    m = c.intro.match(segment)
    if m and m.end() > 0:
        return start + m.end()
    first_comma = segment.find(",")
    if first_comma > 0:
        head = _words(text, start, start + first_comma)
        if head and (head[0][2] in c.prepositions or head[0][2] in ("last", "this", "next")
                     or head[0][2].endswith("ly")):
            return start + first_comma + 1
    return start


def subject_phrase(text: str, clause_start: int, pos: int) -> tuple[int, int] | None:
    """The subject a figure at ``pos`` is said of: the words before the clause's verb."""
    c = cues()
    begin = _strip_intro(text, clause_start, pos)
    words = [(s, e, w) for s, e, w in (
        (m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text, begin, pos))]
    verb_at = next((k for k, w in enumerate(words) if w[2] in c.verbs and k > 0), None)
    if verb_at is None:
        return None
    head = words[:verb_at]
    # A subject stops at a comma-delimited apposition: "Revenue from value-added tax, the
    # largest fiscal revenue source in the country, fell ...".
    cut = next((k for k in range(1, len(head)) if _BREAK.search(text, head[k - 1][1], head[k][0])), None)
    if cut is not None and (head[cut][2] in c.determiners or head[cut][2] in c.direction_words
                            or head[cut][2] in c.clause_words):
        head = head[:cut]
    head = [w for w in head if w[2] not in c.clause_words]
    obj = object_phrase(text, words[verb_at][1], pos)
    if obj is not None:
        return obj
    if head and head[0][2] in c.pronouns and len(head) == 1:
        return None
    head = _strip_leading(head)
    head = head[-_MAX_WORDS:]
    if not head or head[0][2] in c.pronouns:
        return None
    return head[0][0], head[-1][1]


def object_phrase(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """What a transitive verb puts a figure on: "He put 1986 revenue at 222 billion" ->
    "revenue"; "China posted a budget deficit of 7.08 billion" -> "budget deficit". None
    when only modifiers stand between verb and figure ("rose an upward revised 0.3 pct")."""
    if any(ch.isdigit() for ch in text[start:pos]):
        return None  # another figure stands between: "slipped 1.3 points to 52.4%"
    return left_phrase(text, start, pos)


def left_phrase(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase just left of a figure, after ``start``: ", and expenditure at 229
    billion" -> "expenditure"; "receipts from foreign loans rose to 7.87" -> "receipts from
    foreign loans"."""
    c = cues()
    words = [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text, start, pos)]
    last_break = max((k for k in range(1, len(words))
                      if _BREAK.search(text, words[k - 1][1], words[k][0])), default=0)
    words = _strip_leading(words[last_break:])
    # The prepositions right before the figure ("at", "to", "of") belong to the figure;
    # earlier ones are inside the phrase ("aid to rural production ... to 12.03 billion").
    while words and (words[-1][2] in c.prepositions or words[-1][2] in c.keep_prepositions):
        words.pop()
    picked: list[tuple[int, int, str]] = []
    for w in words:
        word = w[2]
        if word in c.keep_prepositions and picked:
            picked.append(w)
            continue
        if (word in c.verbs or word in c.clause_words or word in c.prepositions or word in c.determiners
                or word in c.direction_words or word in c.pronouns or word[0].isdigit()):
            if picked and picked[-1][2] not in c.keep_prepositions:
                break
            if picked and word in c.determiners:
                picked.append(w)  # "sum of the ..." stays whole
                continue
            if picked:
                break
            continue
        picked.append(w)
    while picked and (picked[-1][2] in c.keep_prepositions or picked[-1][2] in ("from", "and", "or")
                      or picked[-1][2] in c.determiners):
        picked.pop()
    if not picked or all(w[2].endswith(_MODIFIER_SUFFIX) or w[2] in c.number_modifiers for w in picked):
        return None
    return picked[0][0], picked[-1][1]


def normalise_scope(phrase: str | None) -> str | None:
    """SPEC normalisation of share.of / rank.scope: lower case, "'s" dropped, "the",
    "whole", "entire", "total", "all" removed."""
    if not phrase:
        return None
    words = [w.lower() for w in WORD.findall(phrase)]
    words = [_POSSESSIVE.sub("", w) for w in words if w not in ("the", "whole", "entire", "total", "all")]
    out = " ".join(w for w in words if w)
    return out or None


def scope_after(text: str, pos: int, limit: int) -> str | None:
    """The whole after "of" / "in" / "among" at ``pos`` ("of the whole city" -> "city")."""
    c = cues()
    picked: list[str] = []
    for position, (_, _, w) in enumerate(_words(text, pos, limit)):
        if position == 0:
            continue  # the "of" / "in" itself
        if w in c.scope_stop or w in c.verbs or w[0].isdigit():
            break
        picked.append(w)
        if len(picked) >= 6:
            break
    return normalise_scope(" ".join(picked))
