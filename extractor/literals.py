"""Compile a large list of literal strings into one fast regular expression.

A plain alternation ``(?:Aa|Ab|...)`` with thousands of branches is tried branch by branch
at every position of the text; the same strings folded into a trie (``A(?:a|b)``) fail
after one character at most positions. Python's ``re`` does not do this folding itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_END = ""


def trie_pattern(strings: Iterable[str], space: str | None = None) -> str:
    r"""A regex body matching exactly the given strings, longest alternative first.

    ``space`` (e.g. ``r"\s+"``) replaces each run of spaces inside a string, so that a
    phrase matches across line breaks and double spaces.
    """
    trie: dict[str, dict] = {}
    for s in strings:
        if not s:
            continue
        node = trie
        for ch in (_SPACES.sub(" ", s) if space else s):
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _node_pattern(trie, space) if trie else "(?!x)x"


_SPACES = re.compile(r" +")


def _node_pattern(node: dict[str, dict], space: str | None = None) -> str:
    ends_here = _END in node
    branches = [(space if space and ch == " " else re.escape(ch)) + _node_pattern(child, space)
                for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    # Longer continuations are tried before stopping here, so the longest name wins.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


class LedPattern:
    """The matches of ``lead + body``, where ``lead`` is only look-behinds ("not after a
    letter"), found faster than by that one pattern.

    A pattern that opens with a look-behind makes ``re`` try a match at every character; the
    body alone lets it skip straight to the characters a match can start with. Checking the
    look-behinds at each start the body finds, and searching on from the next character when
    they fail, gives exactly the matches of ``lead + body``: ``lead`` is zero-width. The body
    must never match the empty string (a name list without "").
    """

    def __init__(self, lead: str, body: str, flags: int = 0) -> None:
        self.lead = re.compile(lead, flags)
        self.body = re.compile(body, flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (m := self.body.search(text, pos)) is not None:
            if self.lead.match(text, m.start()) is None:
                pos = m.start() + 1  # as the whole pattern would: on from the next character
                continue
            yield m
            pos = m.end()

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def count(self, text: str) -> int:
        return sum(1 for _ in self.finditer(text))
