"""Compile a large list of literal strings into one fast regular expression.

A plain alternation ``(?:Aa|Ab|...)`` with thousands of branches is tried branch by branch
at every position of the text; the same strings folded into a trie (``A(?:a|b)``) fail
after one character at most positions. Python's ``re`` does not do this folding itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(strings: Iterable[str]) -> str:
    """A regex body matching exactly the given strings, longest alternative first."""
    trie: dict[str, dict] = {}
    for s in strings:
        if not s:
            continue
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _node_pattern(trie) if trie else "(?!x)x"


def _node_pattern(node: dict[str, dict]) -> str:
    ends_here = _END in node
    branches = [re.escape(ch) + _node_pattern(child)
                for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    # Longer continuations are tried before stopping here, so the longest name wins.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body
