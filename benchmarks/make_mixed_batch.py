"""Generate a mixed batch of synthetic bulletins for the batch-ingestion measurement.

Good files come in UTF-8 (with and without BOM), UTF-16, GBK, Windows-1252 and HTML; a
share of broken files (empty, blank, binary, undecodable, too large, HTML without text)
is mixed in. The texts are generated from templates here, never copied from a corpus.
Write under /tmp, never into the repository.

    python benchmarks/make_mixed_batch.py make /tmp/mixed --n 1000 --broken 0.05
    extractor extract /tmp/mixed/files -o /tmp/mixed/out.jsonl --errors /tmp/mixed/errors.jsonl
    python benchmarks/make_mixed_batch.py check /tmp/mixed /tmp/mixed/out.jsonl /tmp/mixed/errors.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ZONES = ["High-tech Zone", "Pudong New Area", "Jinpu New Area", "Binhai District", "Optics Valley"]
TIERS = ["gazelle enterprises", "unicorn enterprises", "high-tech enterprises",
         "technology-based SMEs", "little giant enterprises", "seed enterprises"]
TEMPLATES = [
    "In {year}, the {zone} added {new} {tier}, bringing the total to {total}, {share}% of the city's total.",
    "The {zone} had {total} {tier} at the end of {year}, up {change}% year-on-year.",
    "Exports rose {change} pct to {amount} billion yuan in the first {months} months of {year}.",
    "Nearly {new} technology transfer projects were completed, an increase of {change2} from the previous year.",
    "Industrial output of the {zone} reached {amount} billion yuan, ranking first in the province.",
    "More than {total} invention patents were granted in {year}, down {change}% from a year earlier.",
]
ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "gbk", "cp1252", "html"]
BROKEN = ["empty", "blank", "pdf", "png", "nul", "undecodable", "html_no_text", "too_large"]
BROKEN_REASONS = {
    "empty": "empty file", "blank": "empty file (only whitespace)", "pdf": "binary file (PDF)",
    "png": "binary file (PNG)", "nul": "binary file (contains NUL bytes)",
    "undecodable": "undecodable bytes: not UTF-8, UTF-16, GB18030 or Windows-1252 text",
    "html_no_text": "HTML page without text", "too_large": "file too large",
}


def bulletin(rng: random.Random, i: int) -> str:
    """A synthetic bulletin of 8-30 sentences."""
    sentences = []
    for _ in range(rng.randint(8, 30)):
        sentences.append(rng.choice(TEMPLATES).format(
            year=rng.randint(2015, 2023), zone=rng.choice(ZONES), tier=rng.choice(TIERS),
            new=rng.randint(2, 300), total=rng.randint(300, 9000), share=rng.randint(5, 60),
            change=round(rng.uniform(0.5, 40), 1), change2=rng.randint(2, 500),
            amount=round(rng.uniform(1, 900), 2), months=rng.randint(2, 11)))
    paragraphs = [" ".join(sentences[k:k + 4]) for k in range(0, len(sentences), 4)]
    return f"Bulletin number {i}\n\n" + "\n\n".join(paragraphs) + "\n"


def good_file(rng: random.Random, folder: Path, i: int) -> tuple[Path, str]:
    kind = rng.choice(ENCODINGS)
    text = bulletin(rng, i)
    if kind == "html":
        path = folder / f"doc{i:05d}.html"
        body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Bulletin {i}</title>"
                        f"</head><body><nav>Home | News</nav><article>{body}</article>"
                        "<footer>Copyright</footer></body></html>", encoding="utf-8")
        return path, kind
    if kind == "gbk":
        text = text.replace("High-tech Zone", "High-tech Zone (\u9ad8\u65b0\u533a)") + "\u5168\u5e0240\uff05\u3002\n"
    if kind == "cp1252":
        text = text.replace("city's", "city\u2019s").replace("Bulletin", "\u201cBulletin\u201d")
    path = folder / f"doc{i:05d}.txt"
    path.write_bytes(text.encode(kind))
    return path, kind


def broken_file(rng: random.Random, folder: Path, i: int, kind: str) -> Path:
    path = folder / f"doc{i:05d}.{'html' if kind == 'html_no_text' else 'txt'}"
    data = {
        "empty": b"", "blank": b"  \r\n\t\n", "pdf": b"%PDF-1.5\n" + rng.randbytes(512),
        "png": b"\x89PNG\r\n\x1a\n" + rng.randbytes(512),
        "nul": b"Bulletin\x00\x00" + rng.randbytes(256),
        "undecodable": bytes(range(0x80, 0x100)) * 8,
        "html_no_text": b"<html><head><title>x</title><script>var a=1;</script></head><body></body></html>",
        "too_large": b"too large bulletin. " * (11 * 1024 * 1024 // 20),
    }[kind]
    path.write_bytes(data)
    return path


def make(dest: Path, n: int, broken_share: float, seed: int) -> None:
    rng = random.Random(seed)
    folder = dest / "files"
    folder.mkdir(parents=True, exist_ok=False)
    n_broken = round(n * broken_share)
    broken_at = set(rng.sample(range(n), n_broken))
    manifest: dict[str, list] = {"good": [], "broken": []}
    kinds = iter(BROKEN * (n_broken // len(BROKEN) + 1))
    for i in range(n):
        if i in broken_at:
            kind = next(kinds)
            if kind == "too_large" and any(b[1] == "too_large" for b in manifest["broken"]):
                kind = "undecodable"  # one 11 MiB file is enough to show the limit
            manifest["broken"].append([str(broken_file(rng, folder, i, kind)), kind])
        else:
            path, kind = good_file(rng, folder, i)
            manifest["good"].append([str(path), kind])
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    (dest / "good.list").write_text("".join(p + "\n" for p, _ in manifest["good"]), encoding="utf-8")
    print(f"{n - n_broken} good and {n_broken} broken files in {folder}")


def check(dest: Path, output: Path, errors: Path, clean: Path | None) -> int:
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    docs = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    failures = {_absolute(e["source"]): e["reason"]
                for e in map(json.loads, errors.read_text(encoding="utf-8").splitlines())}
    problems = []
    if [_absolute(d["meta"]["source"]) for d in docs] != [_absolute(p) for p, _ in manifest["good"]]:
        problems.append("the good documents are not all in the output, in input order")
    for path, kind in manifest["broken"]:
        reason = failures.get(_absolute(path), "")
        if not reason.startswith(BROKEN_REASONS[kind]):
            problems.append(f"{path} ({kind}) not reported as {BROKEN_REASONS[kind]!r}: {reason!r}")
    if Path(f"{output}.partial").exists():
        problems.append("a .partial file is left behind")
    if clean is not None and clean.read_text(encoding="utf-8") != output.read_text(encoding="utf-8"):
        problems.append("the good documents differ from the clean run")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(docs)} documents out, {len(failures)} failures reported, "
          f"{len(manifest['good'])} good and {len(manifest['broken'])} broken expected: "
          + ("OK" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0


def _absolute(path: str) -> str:
    """Sources are written as given on the command line; compare them as absolute paths."""
    return str(Path(path).resolve())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    mk = sub.add_parser("make", help="generate DEST/files, DEST/manifest.json and DEST/good.list")
    mk.add_argument("dest", type=Path)
    mk.add_argument("--n", type=int, default=1000)
    mk.add_argument("--broken", type=float, default=0.05)
    mk.add_argument("--seed", type=int, default=1)
    ck = sub.add_parser("check", help="verify an output and an --errors file against the manifest")
    ck.add_argument("dest", type=Path)
    ck.add_argument("output", type=Path)
    ck.add_argument("errors", type=Path)
    ck.add_argument("--clean", type=Path, help="output of a run over DEST/good.list only")
    args = parser.parse_args()
    if args.command == "make":
        make(args.dest, args.n, args.broken, args.seed)
        return 0
    return check(args.dest, args.output, args.errors, args.clean)


if __name__ == "__main__":
    sys.exit(main())
