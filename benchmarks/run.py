"""Throughput and memory benchmark: extractor vs bare spaCy tokenisation vs quantulum3.

One generated corpus (``benchmarks.generate``) is written once to a temp dir; each size is
a prefix of it, hard-linked into its own folder. Every (system, size) pair runs in its own
subprocess so that its peak RSS is its own: the parent reads it with ``os.wait4`` (largest
process) and also samples the summed RSS of the child's process tree from /proc (what a
``--jobs 2`` run really costs). Throughput counts only the processing loop: reading each
file, processing it and serialising the result; model/pipeline build is timed apart.

    python -m benchmarks.run                    # 1, 10, 50 MB, all systems
    python -m benchmarks.run --quick            # 0.2 MB smoke run
    python -m benchmarks.run --sizes 1,10 --systems spacy,extractor --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .generate import write_corpus

SYSTEMS = ("spacy", "extractor", "extractor-cli", "extractor-jobs2", "quantulum3")
LABELS = {"spacy": "spaCy blank('en') tokeniser", "extractor": "extractor (1 process)",
          "extractor-jobs2": "extractor --jobs 2", "quantulum3": "quantulum3",
          "extractor-cli": "extractor CLI (1 process)"}
MB = 1e6  # throughput in decimal megabytes of UTF-8 input
ROOT = Path(__file__).resolve().parents[1]  # workers import ``benchmarks`` from here
CLI = [sys.executable, "-c", "from extractor.cli import main; main()"]


# --- worker side: runs inside the measured subprocess -------------------------------

@dataclass
class Measure:
    """What one worker reports on stdout (one JSON line)."""

    docs: int = 0
    bytes: int = 0
    seconds: float = 0.0
    setup_seconds: float = 0.0
    extrapolated: bool = False
    note: str = ""


def _read(paths: list[Path]) -> Iterator[tuple[Path, str, int]]:
    # Read one file at a time so that input size never shows up in peak RSS.
    for path in paths:
        data = path.read_bytes()
        yield path, data.decode("utf-8-sig"), len(data)


def _timed_loop(paths: list[Path], step: Callable[[Path, str], None],
                budget: float | None = None) -> Measure:
    """Run ``step`` over the documents; stop early once ``budget`` seconds are spent."""
    m = Measure()
    start = time.perf_counter()
    for path, text, n_bytes in _read(paths):
        step(path, text)
        m.docs += 1
        m.bytes += n_bytes
        if budget is not None and time.perf_counter() - start > budget:
            break
    m.seconds = time.perf_counter() - start
    if m.docs < len(paths):
        m.extrapolated = True
        m.note = (f"time-boxed: {m.docs}/{len(paths)} docs ({m.bytes / MB:.2f} MB) in "
                  f"{m.seconds:.0f} s; rate extrapolated")
    return m


def work_spacy(paths: list[Path], budget: float | None) -> Measure:
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.blank("en")  # no components: nlp(text) is the tokenizer alone
    setup = time.perf_counter() - t0
    m = _timed_loop(paths, lambda _p, text: len(nlp(text)), budget)
    m.setup_seconds = setup
    return m


def work_extractor(paths: list[Path], budget: float | None) -> Measure:
    from extractor.pipeline import Extractor

    t0 = time.perf_counter()
    ex = Extractor(freeze_gc=True)  # as the command line's batch runner builds it
    ex.extract("Warm-up: 3 new gazelle enterprises, up 5%.", "warmup")  # builds nlp, lazy imports
    setup = time.perf_counter() - t0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        # Serialise as the CLI does; the JSON goes nowhere so disk speed does not count.
        m = _timed_loop(paths, lambda p, text: sink.write(ex.extract(text, p.stem).model_dump_json()),
                        budget)
    m.setup_seconds = setup
    return m


_POOL_EXTRACTOR = None


def _pool_init(barrier) -> None:  # type: ignore[no-untyped-def]
    global _POOL_EXTRACTOR
    from extractor.pipeline import Extractor

    _POOL_EXTRACTOR = Extractor(freeze_gc=True)
    _POOL_EXTRACTOR.extract("Warm-up: 3 new gazelle enterprises, up 5%.", "warmup")
    barrier.wait()  # a finished task then proves that every worker is ready


def _pool_extract(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    assert _POOL_EXTRACTOR is not None
    return len(data), _POOL_EXTRACTOR.extract(data.decode("utf-8-sig"), path.stem).model_dump_json()


def work_extractor_pool(paths: list[Path], budget: float | None, jobs: int = 2) -> Measure:
    """Fallback for ``--jobs 2`` while the CLI has no batch runner: a process pool."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    t0 = time.perf_counter()
    with ctx.Pool(jobs, initializer=_pool_init, initargs=(ctx.Barrier(jobs),)) as pool:
        pool.apply(len, ((),))
        setup = time.perf_counter() - t0
        m = Measure(setup_seconds=setup)
        start = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for n_bytes, line in pool.imap(_pool_extract, paths, chunksize=8):
                sink.write(line)
                m.docs += 1
                m.bytes += n_bytes
        m.seconds = time.perf_counter() - start
    m.note = f"multiprocessing pool of {jobs} over Extractor (CLI has no --jobs yet)"
    return m


def work_quantulum(paths: list[Path], budget: float | None) -> Measure:
    import warnings

    warnings.filterwarnings("ignore")  # "classifier dependencies not installed": expected
    from quantulum3 import parser

    t0 = time.perf_counter()
    parser.parse("Warm-up: 3 new gazelle enterprises, up 5%.")  # loads unit tables
    setup = time.perf_counter() - t0
    m = _timed_loop(paths, lambda _p, text: len(parser.parse(text)), budget)
    m.setup_seconds = setup
    return m


WORKERS: dict[str, Callable[[list[Path], float | None], Measure]] = {
    "spacy": work_spacy, "extractor": work_extractor, "quantulum3": work_quantulum,
    "extractor-jobs2": work_extractor_pool,
}


def worker_main(system: str, corpus: Path, budget: float | None) -> None:
    paths = sorted(corpus.glob("*.txt"))
    m = WORKERS[system](paths, budget)
    print(json.dumps(asdict(m)))


# --- parent side --------------------------------------------------------------------

@dataclass
class Row:
    system: str
    size_mb: float
    docs: int
    mb_per_s: float
    docs_per_s: float
    peak_rss_mb: float
    seconds: float
    setup_seconds: float
    extrapolated: bool
    note: str = ""
    load_avg_1m: float = 0.0
    vs_spacy: float | None = None
    vs_quantulum3: float | None = None
    extra: dict[str, float] = field(default_factory=dict)


def _proc_children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])  # comm may contain spaces
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def tree_rss_bytes(root: int) -> int:
    """Summed resident set of ``root`` and all its descendants, from /proc."""
    kids, todo, total = _proc_children(), [root], 0
    page = os.sysconf("SC_PAGE_SIZE")
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * page
        except OSError:
            pass
    return total


class RssSampler(threading.Thread):
    """Polls the tree RSS of a child; the peak catches what wait4's per-process max misses."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak = pid, interval, 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max(self.peak, tree_rss_bytes(self.pid))
            self.stop.wait(self.interval)


def run_child(cmd: list[str], cwd: Path) -> tuple[str, float, float, float]:
    """Run ``cmd``; return (stdout, wall seconds, max single-process RSS MB, tree RSS MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    sampler = RssSampler(proc.pid)
    sampler.start()
    # Read pipes before reaping so a chatty child cannot block; then wait4 for its rusage.
    out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    sampler.stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return out.decode(), wall, usage.ru_maxrss / 1024, sampler.peak / 2**20  # KiB -> MiB


def cli_has_jobs() -> bool:
    out = subprocess.run([*CLI, "extract", "--help"], capture_output=True, text=True)
    return "--jobs" in out.stdout


def measure_cli(corpus: Path, jobs: int, work: Path) -> Measure:
    """Time ``extractor extract DIR --jobs N`` on the corpus and on a small prefix of it.

    Throughput is the difference of the two runs: (bytes - small bytes) / (wall - small
    wall). Start-up (imports, pipeline build, starting the worker pool) is in both runs and
    cancels out; the small run is big enough to start the pool (several chunks per job).
    """
    # Never "-o /dev/null" on old versions: the CLI used to rename OUTPUT.partial onto it.
    base = [*CLI, "extract", "--jobs", str(jobs), "-q", "-o", str(work / "out.jsonl")]
    paths = sorted(corpus.glob("*.txt"))
    small = work / "small"
    small.mkdir(exist_ok=True)
    sample = paths[:_SMALL_DOCS]
    for path in sample:
        shutil.copy(path, small / path.name)
    _, small_wall, _, _ = run_child(base + [str(small)], work)
    _, wall, _, _ = run_child(base + [str(corpus)], work)
    n_bytes = sum(p.stat().st_size for p in paths)
    small_bytes = sum(p.stat().st_size for p in sample)
    if len(paths) < _MIN_DOCS_FOR_DIFFERENCE or wall <= small_wall:
        # On a small corpus the difference of two runs is mostly noise: report plain wall time.
        return Measure(docs=len(paths), bytes=n_bytes, seconds=wall,
                       note="corpus too small to subtract start-up: wall time including it")
    return Measure(docs=len(paths) - len(sample), bytes=n_bytes - small_bytes,
                   seconds=max(wall - small_wall, 1e-9), setup_seconds=small_wall,
                   note=f"CLI wall time minus a {len(sample)}-document run ({small_wall:.1f} s: "
                        "start-up, pool start)")


_SMALL_DOCS = 32
_MIN_DOCS_FOR_DIFFERENCE = 10 * _SMALL_DOCS


def measure(system: str, corpus: Path, size_mb: float, budget: float | None,
            work: Path, use_cli_jobs: bool) -> Row:
    load = os.getloadavg()[0]
    if system == "extractor-cli" and not use_cli_jobs:
        raise SystemExit("extractor-cli needs `extractor extract --jobs`, which this CLI lacks")
    if system in ("extractor-jobs2", "extractor-cli") and use_cli_jobs:
        jobs = 2 if system == "extractor-jobs2" else 1
        base = [sys.executable, "-m", "benchmarks.run", "--cli-worker", str(jobs),
                "--corpus", str(corpus)]
        out, _, maxrss, tree = run_child(base, ROOT)
    else:
        cmd = [sys.executable, "-m", "benchmarks.run", "--worker", system, "--corpus", str(corpus)]
        if budget is not None and system == "quantulum3":
            cmd += ["--budget", str(budget)]
        out, _, maxrss, tree = run_child(cmd, ROOT)
    m = Measure(**json.loads(out.strip().splitlines()[-1]))
    return Row(system=system, size_mb=size_mb, docs=m.docs, mb_per_s=m.bytes / MB / m.seconds,
               docs_per_s=m.docs / m.seconds, peak_rss_mb=max(maxrss, tree),
               seconds=m.seconds, setup_seconds=m.setup_seconds, extrapolated=m.extrapolated,
               note=m.note, load_avg_1m=load,
               extra={"max_process_rss_mb": maxrss, "tree_rss_mb": tree})


def add_ratios(rows: list[Row]) -> None:
    by = {(r.system, r.size_mb): r for r in rows}
    for r in rows:
        if (base := by.get(("spacy", r.size_mb))) is not None:
            r.vs_spacy = r.mb_per_s / base.mb_per_s
        if (base := by.get(("quantulum3", r.size_mb))) is not None:
            r.vs_quantulum3 = r.mb_per_s / base.mb_per_s


def _fmt(x: float | None, spec: str = ".2f") -> str:
    return "-" if x is None else format(x, spec)


def render_table(rows: list[Row]) -> str:
    head = ("system", "size MB", "docs", "MB/s", "docs/s", "peak RSS MB", "x spaCy tok",
            "x quantulum3")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        star = "*" if r.extrapolated else ""
        lines.append("| " + " | ".join((
            LABELS.get(r.system, r.system), f"{r.size_mb:g}", str(r.docs),
            f"{r.mb_per_s:.3f}{star}", f"{r.docs_per_s:.1f}{star}", f"{r.peak_rss_mb:.0f}",
            _fmt(r.vs_spacy, ".3g"), _fmt(r.vs_quantulum3, ".3g"))) + " |")
    notes = sorted({f"{LABELS.get(r.system, r.system)}: {r.note}" for r in rows if r.note})
    loads = [r.load_avg_1m for r in rows]
    if loads:
        notes.insert(0, f"1-min load average before each run: {min(loads):.1f} to {max(loads):.1f} "
                        f"on {os.cpu_count()} CPUs (other work on the machine skews figures)")
    if any(r.extrapolated for r in rows):
        notes.insert(0, "* rate measured on a time-boxed subset and extrapolated")
    return "\n".join(lines + [""] + notes)


def check_bars(rows: list[Row]) -> list[str]:
    """The issue's acceptance bars, evaluated on whatever this run measured."""
    by = {(r.system, r.size_mb): r for r in rows}
    out = []
    for size in sorted({r.size_mb for r in rows}):
        ex = by.get(("extractor", size))
        if ex is None:
            continue
        if ex.vs_spacy is not None:
            out.append(_bar(f"{size:g} MB extractor / spaCy tokeniser", ex.vs_spacy, ">=", 0.5))
        if ex.vs_quantulum3 is not None:
            out.append(_bar(f"{size:g} MB extractor / quantulum3", ex.vs_quantulum3, ">=", 20))
        # Compare like with like: CLI --jobs 2 against CLI --jobs 1 when both were run.
        one = by.get(("extractor-cli", size)) or ex
        if (j := by.get(("extractor-jobs2", size))) is not None:
            out.append(_bar(f"{size:g} MB --jobs 2 / {one.system}", j.mb_per_s / one.mb_per_s,
                            ">=", 1.7))
    for system in ("extractor", "extractor-cli", "extractor-jobs2"):
        a, b = by.get((system, 10.0)), by.get((system, 50.0))
        if a and b:
            growth = b.peak_rss_mb / a.peak_rss_mb - 1
            out.append(_bar(f"{system} peak RSS growth 10->50 MB", growth * 100, "<", 10, "%"))
    return out


def _bar(name: str, value: float, op: str, target: float, unit: str = "") -> str:
    ok = value >= target if op == ">=" else value < target
    return f"{'PASS' if ok else 'FAIL'}  {name}: {value:.2f}{unit} (bar {op} {target:g}{unit})"


def prepare(work: Path, sizes: list[float], seed: int) -> dict[float, Path]:
    """Write the largest corpus once; hard-link its prefix for each smaller size."""
    full = write_corpus(work / "corpus", int(max(sizes) * MB), seed)
    dirs: dict[float, Path] = {}
    for size in sizes:
        d = work / f"size-{size:g}MB"
        d.mkdir()
        total = 0
        for path in full.files:
            if total >= size * MB:
                break
            os.link(path, d / path.name)
            total += path.stat().st_size
        dirs[size] = d
    return dirs


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Benchmark extractor against spaCy and quantulum3.")
    ap.add_argument("--sizes", default="1,10,50", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--quick", action="store_true", help="smoke run on 0.2 MB")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--systems", default=",".join(SYSTEMS),
                    help=f"comma-separated, from {', '.join(SYSTEMS)}, extractor-cli")
    ap.add_argument("--quantulum-budget", type=float, default=60.0,
                    help="seconds of quantulum3 per size; its rate is extrapolated (0: no limit)")
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON ('-': stdout)")
    ap.add_argument("--keep", action="store_true", help="keep the temp corpus and print its path")
    # internal: the measured subprocesses
    ap.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    ap.add_argument("--cli-worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--budget", type=float, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def bench_main(args: argparse.Namespace) -> None:
    sizes = [0.2] if args.quick else [float(s) for s in args.sizes.split(",")]
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    budget = args.quantulum_budget or None
    use_cli_jobs = cli_has_jobs()
    if not use_cli_jobs and "extractor-cli" in systems:
        systems.remove("extractor-cli")  # only meaningful next to the CLI's --jobs 2
    work = Path(tempfile.mkdtemp(prefix="extractor-bench-"))
    print(f"# python {platform.python_version()}, {os.cpu_count()} CPUs, seed {args.seed}, "
          f"corpus in {work}", file=sys.stderr)
    rows: list[Row] = []
    try:
        dirs = prepare(work, sizes, args.seed)
        for size in sizes:
            for system in systems:
                print(f"# {system} @ {size:g} MB ...", file=sys.stderr, flush=True)
                rows.append(measure(system, dirs[size], size, budget, work, use_cli_jobs))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    add_ratios(rows)
    report = render_table(rows) + "\n\n" + "\n".join(check_bars(rows)) + "\n"
    # With --json - the JSON owns stdout, so the human table goes to stderr.
    print(report, file=sys.stderr if args.json == "-" else sys.stdout)
    if args.json:
        payload = json.dumps({"seed": args.seed, "cpus": os.cpu_count(),
                              "python": platform.python_version(),
                              "rows": [asdict(r) for r in rows]}, indent=2)
        if args.json == "-":
            print(payload)
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.worker:
        worker_main(args.worker, args.corpus, args.budget)
    elif args.cli_worker:
        scratch = Path(tempfile.mkdtemp(prefix="extractor-bench-cli-"))
        try:
            m = measure_cli(args.corpus, args.cli_worker, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        print(json.dumps(asdict(m)))
    else:
        bench_main(args)


if __name__ == "__main__":
    main()
