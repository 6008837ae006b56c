"""``extractor extract``: inputs, bad-input reporting, exit codes, mixed batch, resume."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import extractor.cli.extract as extract_cli
from extractor.cli import main
from extractor.models import Meta
from extractor.pipeline import Extractor

SENTENCES = (
    "In 2021 the High-tech Zone added 23 gazelle enterprises, bringing the total to 60, "
    "40% of the city's total.",
    "Imports climbed 4.9 pct year-on-year to 8.37 billion yuan in January-March 2022.",
    "There are now nearly 200 technology transfer projects, up 35% from a year earlier.",
)
NO_TEXTS = "folder without text or HTML files (*.txt, *.text, *.html, *.htm)"


def _text(i: int) -> str:
    return f"Bulletin {i}\n\n" + " ".join(SENTENCES[(i + k) % 3] for k in range(3)) + "\n"


def _run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def _expected_line(path: Path, text: str, encoding: str = "utf-8", fmt: str = "text",
                   title: str | None = None) -> str:
    meta = Meta(title=title, encoding=encoding, format=fmt, source=str(path))
    return Extractor().extract(text, path.stem, meta).model_dump_json()


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(_text(0), encoding="utf-8")
    return path


def test_one_file_to_stdout_is_one_json_line(good: Path) -> None:
    result = _run(str(good), "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, _expected_line(good, _text(0)) + "\n", "")


def test_stdin_document(tmp_path: Path) -> None:
    result = _run("-", "-q", stdin=_text(1).encode("utf-8"))
    assert result.exit_code == 0
    assert result.stdout == _expected_line(Path("-"), _text(1)).replace('"doc_id":"-"', '"doc_id":"stdin"') + "\n"


def test_summary_line(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter([10.0, 12.5])
    monkeypatch.setattr(extract_cli, "_clock", lambda: next(ticks))
    result = _run(str(good), "-o", str(good.with_suffix(".jsonl")))
    assert result.exit_code == 0
    assert result.stderr == ("done: 1 documents extracted, 0 failed, 0 already in output; "
                             "0 indicators, 0 quantities, 0 entities, 0 rankings; 2.5 s\n").replace(
        "0 indicators, 0 quantities, 0 entities, 0 rankings",
        _counts(good.with_suffix(".jsonl")))


def _counts(path: Path) -> str:
    doc = json.loads(path.read_text(encoding="utf-8"))
    return (f"{len(doc['indicators'])} indicators, {len(doc['quantities'])} quantities, "
            f"{len(doc['entities'])} entities, {len(doc['rankings'])} rankings")


# --- one test per bad-input class: one line naming the file and reason, exit code 1 ---------

def _assert_reported(result: Result, good: Path, line: str) -> None:
    assert result.exit_code == 1
    assert result.stderr == line + "\n"
    assert result.stdout == _expected_line(good, _text(0)) + "\n"   # the rest went on


def test_missing_path(good: Path) -> None:
    missing = good.with_name("missing.txt")
    _assert_reported(_run(str(missing), str(good), "-q"), good, f"error: {missing}: no such file or folder")


def test_empty_file(good: Path) -> None:
    empty = good.with_name("empty.txt")
    empty.write_bytes(b"")
    _assert_reported(_run(str(empty), str(good), "-q"), good, f"error: {empty}: empty file")


def test_binary_file(good: Path) -> None:
    binary = good.with_name("scan.txt")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _assert_reported(_run(str(binary), str(good), "-q"), good, f"error: {binary}: binary file (PNG)")


def test_file_too_large_and_the_option_that_raises_the_limit(good: Path) -> None:
    big = good.with_name("big.txt")
    big.write_text(_text(2) * 10, encoding="utf-8")
    size = big.stat().st_size
    _assert_reported(_run(str(big), str(good), "-q", "--max-size", "1k"), good,
                     f"error: {big}: file too large ({size:,} bytes > limit 1,024; raise it with --max-size)")
    assert _run(str(big), "-q", "--max-size", "1MB").exit_code == 0


def test_undecodable_bytes(good: Path) -> None:
    bad = good.with_name("garbled.txt")
    bad.write_bytes(bytes(range(0x80, 0x100)) * 8)
    _assert_reported(_run(str(bad), str(good), "-q"), good,
                     f"error: {bad}: undecodable bytes: not UTF-8, UTF-16, GB18030 or Windows-1252 text")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_permission_error_on_a_real_file(good: Path) -> None:
    locked = good.with_name("locked.txt")
    locked.write_text(_text(1), encoding="utf-8")
    locked.chmod(0)
    _assert_reported(_run(str(locked), str(good), "-q"), good, f"error: {locked}: permission denied")


def test_permission_error(good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = good.with_name("locked.txt")
    locked.write_text(_text(1), encoding="utf-8")
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    _assert_reported(_run(str(locked), str(good), "-q", "-j", "1"), good,
                     f"error: {locked}: permission denied")


def test_folder_without_texts(good: Path) -> None:
    folder = good.with_name("pictures")
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8\xff")
    _assert_reported(_run(str(folder), str(good), "-q"), good, f"error: {folder}: {NO_TEXTS}")


def test_failures_are_also_written_as_json_lines(good: Path) -> None:
    errors = good.with_name("errors.jsonl")
    result = _run(str(good.with_name("gone.txt")), str(good), "-q", "--errors", str(errors))
    assert result.exit_code == 1
    assert [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()] == [
        {"source": str(good.with_name("gone.txt")), "doc_id": "gone", "kind": "input",
         "reason": "no such file or folder"}]


@pytest.mark.parametrize(("args", "message"), [
    ((), "give at least one PATH or --from-list FILE"),
    (("x.txt", "--resume"), "--resume needs an output file (-o FILE)"),
    (("x.txt", "--jobs", "0"), "Invalid value for '-j' / '--jobs'"),
    (("x.txt", "--max-size", "lots"), "is not a size such as 10MB"),
])
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = _run(*args)
    assert result.exit_code == 2
    assert message in result.stderr


# --- mixed batch -------------------------------------------------------------------------

HTML_PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Zone news</title></head>"
             "<body><nav>Home | News</nav><article><p>{}</p></article></body></html>")


def _mixed_batch(root: Path) -> tuple[list[tuple[str, str]], list[tuple[Path, str, str, str, str | None]]]:
    """Good files in six encodings/formats and broken ones, in one folder.

    Returns (name, reason) per broken file and (path, text, encoding, format, title) per
    good one.
    """
    root.mkdir()
    good = []
    for i, (suffix, codec, fmt) in enumerate([(".txt", "utf-8", "text"), (".txt", "gbk", "text"),
                                              (".txt", "utf-16", "text"), (".html", "utf-8", "html"),
                                              (".txt", "cp1252", "text"), (".txt", "utf-8-sig", "text")]):
        text = _text(i)
        if codec == "gbk":
            text = text.replace("High-tech Zone", "High-tech Zone (\u9ad8\u65b0\u533a)") + "\u5168\u5e0240\uff05\u3002\n"
        if codec == "cp1252":
            text = text.replace("city's", "city\u2019s").replace("Bulletin", "\u201cBulletin\u201d")
        path = root / f"good{i}{suffix}"
        if fmt == "html":
            path.write_text(HTML_PAGE.format(text.replace("\n\n", "</p><p>")), encoding=codec)
            text = text.strip()  # paragraphs, as the page's <p> elements give them
        else:
            path.write_bytes(text.encode(codec))
        used = {"gbk": "gb18030"}.get(codec, codec)
        good.append((path, text, used, fmt, "Zone news" if fmt == "html" else None))
    (root / "broken0.txt").write_bytes(b"")
    (root / "broken1.txt").write_bytes(b"%PDF-1.5\n\x00\x01")
    (root / "broken2.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    return [("broken0.txt", "empty file"), ("broken1.txt", "binary file (PDF)"),
            ("broken2.txt", "undecodable bytes: not UTF-8, UTF-16, GB18030 or Windows-1252 text")], good


def test_mixed_batch_good_documents_identical_to_a_clean_run(tmp_path: Path) -> None:
    broken, good = _mixed_batch(tmp_path / "mixed")
    mixed = _run(str(tmp_path / "mixed"), "-q", "-j", "2", "-o", str(tmp_path / "mixed.jsonl"))
    clean = _run(*[str(g[0]) for g in good], "-q", "-j", "1", "-o", str(tmp_path / "clean.jsonl"))
    assert (mixed.exit_code, clean.exit_code) == (1, 0)
    assert (tmp_path / "mixed.jsonl").read_text(encoding="utf-8") == (tmp_path / "clean.jsonl").read_text(encoding="utf-8")
    assert mixed.stderr.splitlines() == [
        f"error: {tmp_path / 'mixed' / name}: {reason}" for name, reason in broken]
    lines = (tmp_path / "mixed.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines == [_expected_line(*g) for g in good]   # decoded text, encoding, HTML title


# --- interruption and resume -------------------------------------------------------------

def _interrupt_after(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract_cli.run_batch

    def interrupted(*args, **kwargs) -> Iterator:  # noqa: ANN002, ANN003
        for i, outcome in enumerate(real(*args, **kwargs)):
            if i == n:
                raise KeyboardInterrupt
            yield outcome

    monkeypatch.setattr(extract_cli, "run_batch", interrupted)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_interrupted_run_resumed_gives_the_uninterrupted_output(tmp_path: Path, fmt: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(9):
        (corpus / f"d{i}.txt").write_text(_text(i), encoding="utf-8")
    whole, part = tmp_path / f"whole.{fmt}", tmp_path / f"part.{fmt}"
    assert _run(str(corpus), "-q", "-f", fmt, "-o", str(whole)).exit_code == 0

    with monkeypatch.context() as patch:
        _interrupt_after(4, patch)
        first = _run(str(corpus), "-q", "-j", "2", "-f", fmt, "-o", str(part))
    assert first.exit_code == 130
    assert first.stderr == f"interrupted: 4 documents kept in {part}.partial; rerun with --resume to continue\n"
    assert not part.exists()                      # the target is never half-written

    resumed = _run(str(corpus), "-j", "2", "-f", fmt, "-o", str(part), "--resume")
    assert resumed.exit_code == 0
    if fmt == "jsonl":  # CSV knows only documents with indicators, and redoes the last one
        assert ", 4 already in output;" in resumed.stderr
    assert part.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    assert not Path(f"{part}.partial").exists()

    again = _run(str(corpus), "-f", fmt, "-o", str(part), "--resume")   # nothing left to do
    assert again.exit_code == 0
    assert part.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


def test_from_list_and_emit_text(tmp_path: Path, good: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE.format("Up 35%."), encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"# inputs\n{page}\n\n{good}\n", encoding="utf-8")
    result = _run("--from-list", str(listing), "-q", "--emit-text", str(tmp_path / "texts"))
    assert result.exit_code == 0
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["page", "good"]
    assert (tmp_path / "texts" / "page.txt").read_text(encoding="utf-8") == "Up 35%."
    assert (tmp_path / "texts" / "good.txt").read_text(encoding="utf-8") == _text(0)


def test_csv_to_stdout_has_the_documented_header(good: Path) -> None:
    result = _run(str(good), "-q", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ("doc_id,metric,tier,subject,period,value,new,total,unit,"
                                             "qualifier,share,share_of,change,change_unit,change_basis,"
                                             "rank,rank_scope,evidence")


def test_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + _text(0).encode("utf-8"))
    result = _run(str(path), "-q")
    assert result.stdout == _expected_line(path, _text(0), encoding="utf-8-sig") + "\n"


def test_an_output_that_cannot_be_written_aborts_with_exit_3(good: Path) -> None:
    result = _run(str(good), "-q", "-o", str(good / "out.jsonl"))   # under a file, not a folder
    assert result.exit_code == 3
    assert result.stderr == f"Error: {good}/out.jsonl.partial: cannot write: {good} is not a folder\n"


def test_glob_pattern_input(tmp_path: Path) -> None:
    for name in ("a1.txt", "a2.txt", "b1.txt"):
        (tmp_path / name).write_text(_text(0), encoding="utf-8")
    result = _run(str(tmp_path / "a*.txt"), "-q")
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a1", "a2"]


def test_unknown_codec_is_a_usage_error(good: Path) -> None:
    result = _run(str(good), "--encoding", "klingon")
    assert result.exit_code == 2
    assert "Invalid value for --encoding: unknown codec 'klingon'" in result.stderr


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(_text(0).replace("city's", "caf\u00e9's").encode("latin-1"))
    result = _run(str(path), "-q", "--encoding", "latin-1")
    assert json.loads(result.stdout)["meta"]["encoding"] == "iso8859-1"


def test_output_to_a_device_is_written_not_replaced(tmp_path):
    """-o /dev/null must not rename a file over the device."""
    from click.testing import CliRunner

    from extractor.cli import main

    text = tmp_path / "a.txt"
    text.write_text("There are 23 new gazelle enterprises.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(text), "-o", "/dev/null", "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    import stat
    import os
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
