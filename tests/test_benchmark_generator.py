"""The benchmark corpus generator: deterministic for a seed, varied across documents."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# ``benchmarks`` is a top-level folder, not part of the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import generate_document, write_corpus  # noqa: E402


def test_same_seed_same_documents() -> None:
    assert [generate_document(3, i) for i in range(20)] == [generate_document(3, i) for i in range(20)]


def test_seeds_differ() -> None:
    assert generate_document(1, 0)[1] != generate_document(2, 0)[1]


def test_documents_are_not_one_text_repeated() -> None:
    texts = [generate_document(0, i)[1] for i in range(200)]
    assert len(set(texts)) == 200
    headlines = {t.split("\n", 1)[0] for t in texts}
    assert len(headlines) > 150


def test_figures_vary_and_cover_the_forms_we_extract() -> None:
    corpus = "\n".join(generate_document(0, i)[1] for i in range(300))
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", corpus)
    # Years and small counts recur, as in real bulletins, but most figures are fresh.
    assert len(set(numbers)) > 0.3 * len(numbers) > 1000
    for form in (r"\d%", r"\d pct\b", r"\d percent\b", r"\d (?:billion|trillion|bln) yuan",
                 r"\bdlrs\b", r"\bstg\b", r"\b(?:nearly|about|more than|over) \d",
                 r"\d+ times\b", r"percentage points", r"\bbetween \d+ and \d+",
                 r"gazelle", r"unicorn", r"young eagle", r"little giant", r"high-tech enterprises",
                 r"\(Xinhua\) --", r"^[A-Z]+, [A-Z][a-z]+ \d+ -"):
        assert re.search(form, corpus, re.MULTILINE), form


def test_write_corpus_reaches_size_and_smaller_is_prefix(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "a", 20_000, seed=5)
    large = write_corpus(tmp_path / "b", 60_000, seed=5)
    assert small.n_bytes >= 20_000
    assert sum(p.stat().st_size for p in small.files) == small.n_bytes
    assert [p.read_bytes() for p in small.files] == [
        p.read_bytes() for p in large.files[: len(small.files)]]
    assert all(p.name.endswith(".txt") for p in large.files)


def test_stage_times_cover_every_pipeline_stage() -> None:
    from benchmarks.profile import stage_times

    docs = [generate_document(0, i) for i in range(2)]
    times = stage_times(docs)
    assert list(times) == ["normalise + tokenise (spaCy)", "bulletin_segmenter", "quantity_matcher",
                           "entity_matcher", "assembly (indicators, ranks, records)", "JSON"]
    assert all(t > 0 for t in times.values())
