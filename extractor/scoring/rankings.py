"""Ranking scoring: position, scope, period and each aspect as a slot."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..models import Ranking
from .phrases import normalise_scope, phrases_match, token_f1
from .result import DocScore
from .slots import SlotScheme, score_slots

SLOTS = ("position", "scope", "period", "aspects")


def _fixed(r: Ranking) -> dict[str, Any]:
    return {"position": r.position, "scope": normalise_scope(r.scope),
            "period": r.period.strip() if r.period else None}


def _filled(r: Ranking) -> Counter[str]:
    out = Counter(slot for slot, value in _fixed(r).items() if value is not None)
    out["aspects"] = len(r.aspects)
    return +out


def matched_aspects(gold: list[str], pred: list[str]) -> int:
    """One-to-one aspect matches, best token F1 first."""
    candidates = sorted(((-token_f1(g, p), gi, pi) for gi, g in enumerate(gold)
                         for pi, p in enumerate(pred) if phrases_match(g, p)))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def _correct(g: Ranking, p: Ranking) -> Counter[str]:
    gf, pf = _fixed(g), _fixed(p)
    out = Counter(slot for slot in gf if gf[slot] is not None and gf[slot] == pf[slot])
    out["aspects"] = matched_aspects(g.aspects, p.aspects)
    return +out


def _closeness(g: Ranking, p: Ranking) -> float:
    # Rankings have no metric; the subject is the nearest thing to one.
    return token_f1(g.subject or "", p.subject or "") if g.subject and p.subject else 0.0


def _shown(r: Ranking) -> dict[str, Any]:
    return _fixed(r) | {"aspects": r.aspects, "subject": r.subject,
                        "evidence": [r.evidence.start, r.evidence.end]}


RANKING_SCHEME: SlotScheme[Ranking] = SlotScheme(
    name="rankings", record="ranking", slot_names=SLOTS, filled=_filled, correct=_correct,
    closeness=_closeness, shown=_shown, span=lambda r: (r.evidence.start, r.evidence.end),
)


def score_rankings(doc_id: str, gold: list[Ranking], pred: list[Ranking]) -> DocScore:
    return score_slots(RANKING_SCHEME, doc_id, gold, pred)
