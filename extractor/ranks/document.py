"""Ranks over a whole document: :func:`rank_context` reads what find_ranks needs to know
about the document (its place, where its body starts, its names), and :class:`RankReader`
reads the ranks clause by clause, keeping what carries between clauses, and splits them
into the ranks of figures and the standings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

import regex

from ..meta import detect_title
from ..phrases import normalise_scope
from .aspects import split_aspects
from .finder import find_ranks
from .lexicon import _lexicon, _patterns, _sets
from .mentions import RankContext, RankMention, Span, Standing
from .standing import (_Periods, carries_on, follower_names, is_standing, own_figures, resolve_relative,
                       standing_period, standings)


class _Entity(Protocol):
    start: int
    end: int

    @property
    def label(self) -> str: ...


class RankReader:
    """Reads the ranks of a document clause by clause, keeping what carries between clauses:
    the rank before (for "the next largest", "followed by") and a rank whose figure is in the
    next clause ("The third largest sector was construction; however, this fell to 11.9%")."""

    def __init__(self, text: str, entities: Iterable[_Entity]) -> None:
        self.text = text
        self.ctx = rank_context(text, entities)
        self.previous: RankMention | None = None
        self.waiting: tuple[Span, RankMention] | None = None
        self.edition: object | None = None
        """The period of the ranking the text reports ("in the 2016 rankings"): dates later standings."""
        self.scopes: set[str] = set()
        """The scopes of the standings so far: one scope lets a later standing without one carry it."""
        self.last_period: object | None = None
        self.phrases: list[Span] = []
        """The standings' rank phrases of the clause read last: a figure inside one counts the peers
        or the places moved ("moves up 2 places to 14 in the 147 national zones"), no indicator."""

    def read(self, clause: Span, sentence: Span, figures: Sequence[Sequence[Span]],
             periods: _Periods) -> tuple[list[RankMention], list[Standing]]:
        """``figures``: the spans of each figure group (indicator) of the clause, in text order.
        Returns the ranks to attach to figure groups (each placed on its figure, so that the
        nearest group takes it) and the standings."""
        flat = [f for group in figures for f in group]
        attach: list[RankMention] = []
        self.phrases = []
        out: list[Standing] = []
        if self.waiting and self.waiting[0] == sentence and flat:
            attach.append(replace(self.waiting[1], start=flat[0][0], end=flat[0][1]))
        self.waiting = None
        self._read_edition(clause, periods)
        for found in find_ranks(self.text, clause[0], clause[1], self.ctx):
            if found.relative and found.position == 0:
                followed = self._followers(found, figures)
                attach += followed
                if not followed and out:  # "Tianjin ranked second ..., followed by Dalian and Qingdao"
                    pos, scope, aspects, period = out[-1]
                    out += [(pos + i, scope, aspects, period)
                            for i in range(1, follower_names(self.text, found.end, clause[1]) + 1)]
                continue
            rank = resolve_relative(self.text, found, self.previous)
            if rank is None:
                continue
            if rank.earlier and rank.scope is None and self.previous is not None:
                rank = replace(rank, scope=self.previous.scope)  # a move within the ranking named before
            self.previous = rank
            if not rank.verbal and rank.start < rank.at:
                # "Among the leading seven industrial countries, ... highest": a figure in the
                # scope opening the clause counts the peers, no indicator; that scope ends at its
                # comma, so the figures between it and the rank word are no peers' count.
                comma = self.text.find(",", rank.start, rank.at)
                self.phrases.append((rank.start, comma if comma != -1 else rank.at))
            if not is_standing(self.text, rank, clause, flat):
                attach += self._placed(rank, clause, figures)
                continue
            mine: list[Standing] = []
            if rank.verbal and not rank.lead:  # "rose in 49 states, led by ...": the count of places is a figure
                self.phrases.append((rank.start, rank.end))
            rank, carried = self._carried(rank)
            if rank.aspects_start is not None:
                mine.append((rank.position, rank.scope, split_aspects(self.text, rank.aspects_start, sentence[1]),
                             standing_period(self.text, rank, sentence, periods) or self.edition))
            elif not rank.verbal and not rank.named and carries_on(self.text, clause[1], sentence[1]):
                self.waiting = (sentence, rank)
            else:
                period = standing_period(self.text, rank, sentence, periods) or (self.edition if rank.verbal else None)
                found_here = standings(self.text, rank, clause[1])
                mine += [(pos, scope, aspects, period) for pos, scope, aspects in found_here]
                # "moved from No.21", "from 28th in 2012, 24th in 2013": the standings before, each
                # dated only by a period in its own stage
                mine += [(pos, scope, aspects, self._stage_period(a, b, periods))
                         for pos, a, b in rank.earlier for _, scope, aspects in found_here[:1]]
            out += self._keep(mine, carried)
        return attach, out

    def _carried(self, rank: RankMention) -> tuple[RankMention, bool]:
        """A verbal standing with no scope of its own continues the ranking reported before
        ("The comprehensive ranking moved up from 28th ...", "Zizhu ranks 13th in A, 17th in B"):
        it takes the scope of the document's standings, when they have all had one scope."""
        if rank.scope is not None or not rank.verbal or len(self.scopes) != 1:
            return rank, False
        return replace(rank, scope=next(iter(self.scopes)), stated=False), True

    def _keep(self, mine: list[Standing], carried: bool) -> list[Standing]:
        """Standings as read; a carried one without a period of its own takes the period of the
        latest standing. Records what later standings may carry."""
        if carried:
            mine = [(pos, scope, aspects, period if period is not None else self.last_period)
                    for pos, scope, aspects, period in mine]
        mine = [(pos, scope if scope is not None else _aspect_scope(aspects), aspects, period)
                for pos, scope, aspects, period in mine]
        self.scopes.update(scope for _, scope, _, _ in mine if scope is not None)
        if mine:  # the rank's own standing comes first; the stages before a move follow it
            self.last_period = mine[0][3]
        return mine

    def _stage_period(self, start: int, end: int, periods: _Periods) -> object | None:
        found = [m for m in periods.in_span(start, end) if m.kind != "none" and not periods.is_reference(m)]
        return periods.resolve(found[0]) if found else None

    def _read_edition(self, clause: Span, periods: _Periods) -> None:
        """ "soared in the 2016 rankings": a period right before a ranking noun."""
        edition = _patterns().edition
        for mention in periods.in_span(*clause):
            if edition.match(self.text, mention.end, clause[1]):
                self.edition = periods.resolve(mention)

    def _placed(self, rank: RankMention, clause: Span, figures: Sequence[Sequence[Span]]) -> list[RankMention]:
        """A figure's rank on its nearest own figure; with "respectively", on each figure group
        after it in turn ("London and the South East had the greatest increase, of 13,000 and
        2,000 respectively": places 1 and 2). None when the clause has no own figure."""
        if rank.modifies:  # on the figure right after it, whichever group (a comparison too) holds it
            return [replace(rank, start=rank.end + 1, end=rank.end + 1)]
        listed = self._listed(rank, figures) if rank.more else []
        if listed:
            return listed
        after = [g for g in figures if g and g[0][0] >= rank.core and (rank.listed_end < 0 or g[0][0] < rank.listed_end)]
        if not rank.verbal and len(after) > 1 and (rank.peers or _patterns().respectively.search(self.text, rank.end, clause[1])):
            return [replace(rank, position=rank.position + i, start=g[0][0], end=g[0][1]) for i, g in enumerate(after)]
        own = own_figures(self.text, rank, clause, [f for g in figures for f in g])
        if not own:
            return []
        near = min(own, key=lambda f: min(abs(f[0] - rank.core), abs(f[1] - rank.core)))
        return [replace(rank, start=near[0], end=near[1])]

    @staticmethod
    def _listed(rank: RankMention, figures: Sequence[Sequence[Span]]) -> list[RankMention]:
        """ "Exports and imports grew 5 and 3 percent, ranking seventh and ninth, respectively":
        each position on a figure group in turn, those before the rank first, else those after;
        none when the groups are not as many as the positions."""
        positions = (rank.position, *rank.more)
        before = [g for g in figures if g and g[-1][1] <= rank.core][-len(positions):]
        after = [g for g in figures if g and g[0][0] >= rank.core][:len(positions)]
        groups = before if len(before) == len(positions) else after if len(after) == len(positions) else []
        return [replace(rank, position=pos, more=(), start=g[0][0], end=g[0][1]) for pos, g in zip(positions, groups)]

    def _followers(self, mark: RankMention, figures: Sequence[Sequence[Span]]) -> list[RankMention]:
        """ "followed by A (7.2%), B (6.6%) and C": each figure group after the mark ranks one
        place lower than the one before."""
        out: list[RankMention] = []
        for group in figures:
            after = [f for f in group if f[0] >= mark.end]
            if not after:
                continue
            rank = resolve_relative(self.text, replace(mark, start=after[0][0], end=after[0][1]), self.previous)
            if rank is None:
                break
            out.append(rank)
            self.previous = replace(rank, end=mark.end)
        return out


def _aspect_scope(aspects: list[str]) -> str | None:
    """ "secured top spot in terms of global patent filings": with no scope stated, a peer
    adjective opening the aspect names where the peers are ("global": the world)."""
    words = aspects[0].split() if len(aspects) == 1 else []
    return _lexicon()["peer_adjectives"].get(words[0].lower()) if len(words) > 1 else None


def rank_context(text: str, entities: Iterable[_Entity]) -> RankContext:
    """The document's place (its headline's first GPE, unless that is a zone or park: a zone
    report ranks the zone itself) and where its body starts."""
    entities = list(entities)
    names = tuple((e.start, e.end) for e in entities if e.label in ("GPE", "ORG"))
    title = detect_title([line.strip() for line in text.splitlines() if line.strip()])
    if not title:
        return RankContext(names=names)
    t0 = text.find(title)
    t1 = t0 + len(title)
    first = next((text[e.start:e.end] for e in entities if e.label == "GPE" and t0 <= e.start < t1), None)
    territory = first if first and first.split()[-1].lower() not in _sets()["territory_nouns"] \
        and len(first.split()) <= 3 else None
    words = frozenset(w.lower() for w in regex.findall(r"[\p{L}\p{N}.]+", territory or ""))
    return RankContext(normalise_scope(territory), words, t1, names)
