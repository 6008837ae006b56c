"""Profile ``Extractor.extract`` on generated text with pyinstrument; list the top costs.

Texts are generated before profiling starts and kept in memory, so the profile holds only
pipeline work (tokeniser, our components, assembly, pydantic, JSON).

    python -m benchmarks.profile --mb 1 --top 25 [--html profile.html]
    python -m benchmarks.profile --mb 1 --stages     # seconds per MB of each pipeline stage
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from .generate import generate_document


def corpus_texts(n_bytes: int, seed: int) -> list[tuple[str, str]]:
    docs: list[tuple[str, str]] = []
    total = 0
    while total < n_bytes:
        doc_id, text = generate_document(seed, len(docs))
        docs.append((doc_id, text))
        total += len(text.encode("utf-8"))
    return docs


def _where(file_path: str | None) -> str:
    """Group a frame by its package: ``extractor/components/x.py``, ``spacy``, ``pydantic``."""
    if not file_path:
        return "?"
    parts = Path(file_path).parts
    if "extractor" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("extractor"):])
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    return "stdlib" if "lib" in parts else Path(file_path).name


def self_times(root) -> tuple[Counter[str], Counter[str]]:  # type: ignore[no-untyped-def]
    """Self time per function and per module; pyinstrument puts it in ``[self]`` leaves."""
    by_func: Counter[str] = Counter()
    by_module: Counter[str] = Counter()
    stack = [root]
    while stack:
        frame = stack.pop()
        real = [c for c in frame.children if not c.is_synthetic]
        own = frame.time - sum(c.time for c in real)
        where = _where(frame.file_path)
        by_func[f"{where}:{frame.function}"] += own
        by_module[where] += own
        stack.extend(real)
    return by_func, by_module


def stage_times(docs: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds per stage over ``docs``: the steps of ``Extractor.extract`` run one by one."""
    from extractor.assemble import assemble
    from extractor.components.text import remember_text
    from extractor.normalize import normalize_for_matching
    from extractor.pipeline import Extractor

    ex = Extractor()
    ex.extract(docs[0][1], docs[0][0])  # build and warm outside the clock
    times: Counter[str] = Counter()
    clock = time.perf_counter
    for doc_id, text in docs:
        t0 = clock()
        normalised = normalize_for_matching(text)
        doc = ex.nlp.make_doc(normalised)
        remember_text(doc, normalised)
        t1 = clock()
        times["normalise + tokenise (spaCy)"] += t1 - t0
        for name, component in ex.nlp.pipeline:
            t0 = clock()
            doc = component(doc)
            times[name] += clock() - t0
        t0 = clock()
        record = assemble(doc, doc_id, None, original=text)
        t1 = clock()
        record.model_dump_json()
        times["assembly (indicators, ranks, records)"] += t1 - t0
        times["JSON"] += clock() - t1
    return dict(times)


def print_stages(docs: list[tuple[str, str]]) -> None:
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    times = stage_times(docs)
    total = sum(times.values())
    print(f"{len(docs)} docs, {mb:.2f} MB, {total:.2f} s ({mb / total:.3f} MB/s)\n")
    print("| stage | s per MB | share |\n|---|---|---|")
    for name, sec in times.items():
        print(f"| {name} | {sec / mb:.3f} | {100 * sec / total:.1f}% |")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--html", type=Path, help="also write pyinstrument's HTML report here")
    ap.add_argument("--tree", action="store_true", help="also print pyinstrument's call tree")
    ap.add_argument("--stages", action="store_true",
                    help="time each pipeline stage with a plain clock instead (no profiler overhead)")
    args = ap.parse_args(argv)
    if args.stages:
        print_stages(corpus_texts(int(args.mb * 1e6), args.seed))
        return

    from pyinstrument import Profiler

    from extractor.pipeline import Extractor

    docs = corpus_texts(int(args.mb * 1e6), args.seed)
    ex = Extractor()
    ex.extract(docs[0][1], docs[0][0])  # build the pipeline outside the profile
    profiler = Profiler(interval=0.001)
    t0 = time.perf_counter()
    profiler.start()
    for doc_id, text in docs:
        ex.extract(text, doc_id).model_dump_json()
    profiler.stop()
    wall = time.perf_counter() - t0
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    print(f"{len(docs)} docs, {mb:.2f} MB in {wall:.1f} s under the profiler "
          f"({mb / wall:.2f} MB/s; the profiler itself adds overhead)")
    by_func, by_module = self_times(profiler.last_session.root_frame())
    total = sum(by_module.values()) or 1.0
    for title, table in (("self time by module", by_module), ("self time by function", by_func)):
        print(f"\n{title}:")
        for name, sec in table.most_common(args.top):
            print(f"  {100 * sec / total:5.1f}%  {sec:7.2f} s  {name}")
    if args.tree:
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
        print(f"\nHTML report: {args.html}", file=sys.stderr)


if __name__ == "__main__":
    main()
