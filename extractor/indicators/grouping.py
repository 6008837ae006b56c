"""Grouping a clause's figures into drafts, one per indicator: a comparison, a new period, a
new subject or another counted noun starts a draft; a "respectively" list or coordinated
subjects pair the i-th figure of each run of one role.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..cues import WORD, cues
from ..phrases import counted_noun, left_phrase
from .clause_text import _RESPECTIVELY, _clause_body, _content_words
from .figures import Draft, Figure, MAIN_ROLES
from .metrics import _owned_whole

_LIST_JOIN = regex.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", regex.IGNORECASE)
# "Sales and profits fell": a subject of two items (no figure, no comma) before the verb.
_AND_SUBJECT = regex.compile(r"\s*[^\d,;]{1,60}?\s+and\s+[^\d,;]{1,60}?\s+[a-z]+\s+(?:by\s+)?$", regex.IGNORECASE)


def _group(text: str, figures: list[Figure], clause: tuple[int, int], stated: list[int],
           names: tuple[tuple[int, int], ...] = ()) -> list[Draft]:
    """``stated``: where the clause states periods of its own (not compared-with ones);
    ``names``: places and bodies named in the clause."""
    paired = _respective(text, figures, clause)
    if paired:
        return paired
    cut = _respectively_cut(text, figures, clause)
    paired = _respective(text, figures[:cut], clause) if cut < len(figures) else []
    if paired:
        return paired + _in_order(text, figures[cut:], clause, stated, names)
    return _shared_by_both(text, _in_order(text, figures, clause, stated, names), clause)


# "Exports and imports both rose 5.2 percent": two coordinated subjects, "both" and a verb
_BOTH_SUBJECT = regex.compile(r"(?P<a>[^\d,;:()]{1,60}?)\s+and\s+(?P<b>[^\d,;:()]{1,60}?)\s+both\s+[a-z]+\s+(?:by\s+)?(?:an?\s+)?",
                              regex.IGNORECASE)


def _shared_by_both(text: str, drafts: list[Draft], clause: tuple[int, int]) -> list[Draft]:
    """ "Exports and imports both rose 5.2 percent": the one statistic of the clause is said of
    each of the two subjects: a draft for each, with the same figures, named by its subject."""
    if len(drafts) != 1 or drafts[0].comparison:
        return drafts
    first = drafts[0].figures[0]
    if text.find(" both ", clause[0], first.q.start) < 0:  # a find, before any regex ("both" follows a subject: lower case)
        return drafts
    m = _BOTH_SUBJECT.fullmatch(text, _clause_body(text, clause[0], first.q.start), first.q.start)
    if m is None:
        return drafts
    out = []
    for name in ("a", "b"):
        span = left_phrase(text, m.start(name), m.end(name))
        if span is None:
            return drafts
        draft = Draft(clause=clause)
        for fig in drafts[0].figures:
            draft.add(replace(fig, named=span))
        out.append(draft)
    return out


def _respectively_cut(text: str, figures: list[Figure], clause: tuple[int, int]) -> int:
    """ "A and B grew 1.3 percent and 1.1 percent, respectively, and offset C, which fell 0.9
    percent": the list ends at "respectively"; the figures after it are read on their own.
    The index of the first figure after the word (all of them when there is none)."""
    m = _RESPECTIVELY.search(text, *clause) if len(figures) > 2 else None
    if m is None:
        return len(figures)
    cut = next((i for i, f in enumerate(figures) if f.q.start > m.start()), len(figures))
    return cut if cut >= 2 else len(figures)


def _in_order(text: str, figures: list[Figure], clause: tuple[int, int], stated: list[int],
              names: tuple[tuple[int, int], ...]) -> list[Draft]:
    """A draft per metric, in text order (no "respectively" list)."""
    drafts: list[Draft] = []
    current: Draft | None = None
    compared_at: int | None = None  # a comparison since the current draft's last figure
    for fig in figures:
        if fig.skip:
            continue
        if fig.anchor is not None and not fig.anchor.skip:
            owner = next((d for d in drafts if fig.anchor in d.figures), None)
            if owner is not None and owner.accepts(fig):
                owner.add(fig)
                continue
        if fig.comparison:
            drafts.append(Draft(clause=clause, comparison=True))
            drafts[-1].add(fig)
            compared_at = fig.q.start if compared_at is None else compared_at
            continue
        new_period = current is not None and _new_period(text, current, fig, stated, compared_at)
        if current is None or not current.accepts(fig) or new_period or fig.fresh \
                or _new_subject(text, current, fig, names) or _other_count(text, current, fig, clause) \
                or _part_share(text, current, fig):
            current = Draft(clause=clause, period_break=new_period)
            drafts.append(current)
        current.add(fig)
        compared_at = None
    _share_to_its_count(text, drafts)
    return drafts


_OF_ALL = regex.compile(r"\s+of\s+(?:all\s+|the\s+)?", regex.IGNORECASE)


def _share_to_its_count(text: str, drafts: list[Draft]) -> None:
    """ "1,517 high-tech enterprises and 2,320 tech SMEs, accounting for 31.3 percent of all
    high-tech enterprises": a share of what an earlier count of the clause counts is that
    count's share, not the nearest one's."""
    for k in range(1, len(drafts)):
        share = drafts[k].slots.get("share")
        before = drafts[k - 1]
        count = before.slots.get("total") or before.slots.get("new") or before.slots.get("value")
        if share is None or count is None or "share" in before.slots or count.q.unit is not None:
            continue
        of = _OF_ALL.match(text, share.q.end)
        if of is None:
            continue
        counted = counted_noun(text, count.q.end, share.q.start)
        whole = counted_noun(text, of.end(), min(len(text), of.end() + 120))
        if counted and whole and text[counted[0]:counted[1]].lower() == text[whole[0]:whole[1]].lower():
            drafts[k].figures.remove(share)
            del drafts[k].slots["share"]
            before.add(share)


def _respective(text: str, figures: list[Figure], clause: tuple[int, int]) -> list[Draft]:
    """ "reached 249.9, 199.1, 295.3 and 168.8 points, respectively, up 10.5, 3.0, 11.8 and
    3.1 percent", "Exports and imports rose 5.1 percent and 2.3 percent, respectively": the
    figures come in runs of one role, one figure per listed item; the i-th figure of each run
    goes with the i-th of the others. Without "respectively", two coordinated subjects and a
    figure list joined by "and" ("Sales and profits fell 3% and 9%") read the same way."""
    live = [f for f in figures if not f.skip and f.anchor is None and not f.comparison and f.item is None]
    if len(live) < 2:
        return []
    runs: list[list[Figure]] = [[live[0]]]
    for fig in live[1:]:
        if fig.role == runs[-1][0].role:
            runs[-1].append(fig)
        else:
            runs.append([fig])
    n = len(runs[0])
    if n < 2 or any(len(r) != n for r in runs) or len({r[0].role for r in runs}) != len(runs):
        return _respective_levels(text, live, runs, clause)
    if len(runs) == 1 and not all(_LIST_JOIN.fullmatch(text, a.q.end, b.q.start) for a, b in zip(live, live[1:])):
        return []  # "rose 15.3 pct and 41.8 pct respectively ... and consumption funds rose 12.5 pct"
    if not _RESPECTIVELY.search(text, *clause) and not _coordinated(text, clause, runs):
        return []
    drafts = []
    for items in zip(*runs):
        draft = Draft(clause=clause, respective=True)
        for fig in items:
            draft.add(fig)
        drafts.append(draft)
    return drafts


def _respective_levels(text: str, live: list[Figure], runs: list[list[Figure]],
                       clause: tuple[int, int]) -> list[Draft]:
    """ "were worth 4.8 billion dollars and covered 38.8 percent of total exports, up 19.2
    percent and 2.5 percentage points respectively": levels of different roles (a value, a
    share), then as many changes; the i-th change is the i-th level's."""
    if len(runs) < 2 or runs[-1][0].role != "change" or not _RESPECTIVELY.search(text, *clause):
        return []
    levels, changes = live[:-len(runs[-1])], runs[-1]
    if len(levels) != len(changes) or len({f.role for f in levels}) != len(levels) \
            or any(f.role == "change" for f in levels):
        return []
    drafts = []
    for level, change in zip(levels, changes):
        draft = Draft(clause=clause, same_metric=True)
        draft.add(level)
        draft.add(change)
        drafts.append(draft)
    return drafts


def _coordinated(text: str, clause: tuple[int, int], runs: list[list[Figure]]) -> bool:
    """One run of figures joined by "and" after a subject that joins as many items by "and"."""
    if len(runs) != 1:
        return False
    run = runs[0]
    body = _clause_body(text, clause[0], run[0].q.start)
    return _AND_SUBJECT.match(text, body, run[0].q.start) is not None


def _new_subject(text: str, draft: Draft, fig: Figure, names: tuple[tuple[int, int], ...] = ()) -> bool:
    """ "Shipments reached 2.5 times the level of a year earlier, and lithium battery exports
    totaled 8,450 mln dlrs": a new subject and verb start another indicator; so does a place
    named between ("growth of 9.5 percent, followed by Inner Mongolia at 7.2 percent")."""
    if fig.role == "change" and "change" not in draft.slots:
        return _new_change_subject(text, draft, fig)
    if fig.role not in MAIN_ROLES:
        return False
    last = draft.figures[-1].q.end
    if any(last <= s and e <= fig.q.start for s, e in names):
        return True
    between = text[last:fig.q.start]
    low = between.lower()
    # "fell by 400 mln in February while external flows were 100 mln": "while" joins a clause too
    cut = max(between.rfind(","), between.rfind(";"), *(low.rfind(f" {w} ") for w in _CLAUSE_JOINS))
    if cut < 0:
        return False
    words = [w.lower() for w in WORD.findall(between[cut:])]
    words = words[1:] if words and words[0] in _CLAUSE_JOINS else words
    c = cues()
    verb = next((k for k, w in enumerate(words) if w in c.verbs), None)
    return verb is not None and verb > 0 and words[0] not in c.verbs and words[0] not in c.prepositions \
        and not words[0][0].isdigit()


_CLAUSE_JOINS = ("and", "while", "whereas")


def _new_change_subject(text: str, draft: Draft, fig: Figure) -> bool:
    """ "Services contributed 0.5 percentage point, and real estate added 0.4 percentage
    point": after "and", a noun phrase and a verb right before the change are a statement of
    their own (not ", an increase of", ", and up 3 percent", ", and was up")."""
    m = _AND_NP_VERB.search(text, draft.figures[-1].q.end, fig.q.start)
    if m is None:
        return False
    c = cues()
    words = [w.lower() for w in WORD.findall(m.group("np"))]
    return bool(words) and m.group("verb").lower() in c.verbs and not any(
        w in c.verbs or w in c.prepositions or w in c.direction_words or w in c.change_nouns or w[0].isdigit()
        for w in words) and words[0] not in c.determiners


_AND_NP_VERB = regex.compile(r",?\s+and\s+(?P<np>(?:[\w\-]+\s+){1,4}?)(?P<verb>[\w\-]+)\s+(?:by\s+)?$", regex.IGNORECASE)


def _part_share(text: str, draft: Draft, fig: Figure) -> bool:
    """ "income was 320.5 billion yuan, of which high-tech enterprises accounted for 65.6%":
    the share after a partitive is that of a part, a statistic of its own."""
    return fig.role == "share" and cues().partitive_opener.search(text, draft.figures[-1].q.end, fig.q.start) is not None


def _other_count(text: str, draft: Draft, fig: Figure, clause: tuple[int, int]) -> bool:
    """ "The 178 zones were home to 67 percent of China's unicorn firms": a share of an owned
    whole that names another noun than the count before it counts is a statistic of its own."""
    if fig.role != "share":
        return False
    count = next((f for f in draft.figures if f.role in MAIN_ROLES and f.q.unit is None), None)
    if count is None:
        return False
    owned = _owned_whole(text, fig, clause[1])
    counted = counted_noun(text, count.q.end, clause[1])
    if owned is None or counted is None:
        return False
    return not _content_words(text[owned[0]:owned[1]]) & _content_words(text[counted[0]:counted[1]])


def _new_period(text: str, draft: Draft, fig: Figure, stated: list[int], compared_at: int | None) -> bool:
    """One indicator has one period: "In February 1986 the index had stood at 103.7,
    producing a rise for February 1987 of 0.4 pct" is two. Periods after a comparison
    figure are the comparison's."""
    first, last = draft.figures[0].q.start, draft.figures[-1].q.end
    until = fig.q.start if compared_at is None else min(compared_at, fig.q.start)
    # "to over 1.1 trillion yuan in 2020, registering an increase of 24 percent": a period
    # right after the figure before is that figure's own, no new one
    return any(s < first for s in stated) and any(last <= s < until and not _OWN_PERIOD.fullmatch(text, last, s)
                                                  for s in stated)


_OWN_PERIOD = regex.compile(r"\s*(?:in|at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of)?\s*", regex.IGNORECASE)
