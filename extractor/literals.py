"""Compile a large list of literal strings into one fast regular expression.

A plain alternation ``(?:Aa|Ab|...)`` with thousands of branches is tried branch by branch
at every position of the text; the same strings folded into a trie (``A(?:a|b)``) fail
after one character at most positions. Python's ``re`` does not do this folding itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
