"""Input expansion, the streaming runner (order, failures, skips) and the atomic writers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from extractor.batch import Outcome, Settings, process_one, run_batch
from extractor.inputs import Missing, Source, iter_inputs, iter_list_file
from extractor.output import CSV_COLUMNS, FileSink, OutputError, csv_rows, open_sink
from extractor.pipeline import Extractor

GOOD = "In 2021 the zone added 23 gazelle enterprises, up 35% year-on-year, {n} in all.\n"


def _write_corpus(root: Path, n: int = 10) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = root / f"doc{i:02d}.txt"
        path.write_text(GOOD.format(n=100 + i), encoding="utf-8")
        paths.append(path)
    return paths


# --- inputs ------------------------------------------------------------------------------

def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.HTML", "sub/c.txt", "sub/deeper/d.htm", ".hidden.txt",
                ".git/e.txt", "notes.md", "z/x.text"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    found = [Path(s.path).relative_to(tmp_path).as_posix() for s in iter_inputs([str(tmp_path)])]
    assert found == ["a.HTML", "b.txt", "sub/c.txt", "sub/deeper/d.htm", "z/x.text"]


def test_missing_path_empty_folder_and_unmatched_glob_are_items_not_exceptions(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty"),
                              str(tmp_path / "*.xyz")]))
    assert items == [
        Missing(str(tmp_path / "nope.txt"), "no such file or folder"),
        Missing(str(tmp_path / "empty"), "folder without text or HTML files (*.txt, *.text, *.html, *.htm)"),
        Missing(str(tmp_path / "*.xyz"), "no files match this pattern"),
    ]


def test_glob_and_list_file_and_stdin(tmp_path: Path) -> None:
    paths = _write_corpus(tmp_path, 3)
    listing = io.StringIO(f"# a comment\n\n{paths[2]}\n  {paths[0]}  \n")
    items = list(iter_inputs([str(tmp_path / "doc0[01].txt"), "-"], listing))
    assert items == [Source(str(paths[0])), Source(str(paths[1])), Source("-"),
                     Source(str(paths[2])), Source(str(paths[0]))]
    assert list(iter_list_file(io.StringIO("a\n#b\n\nc\n"))) == ["a", "c"]


# --- runner ------------------------------------------------------------------------------

def _lines(outcomes: list[Outcome]) -> list[str]:
    return [o.json if o.json is not None else f"FAILED {o.source}: {o.reason}" for o in outcomes]


def test_parallel_run_gives_the_same_outcomes_in_the_same_order(tmp_path: Path) -> None:
    paths = _write_corpus(tmp_path, 12)
    (tmp_path / "doc05.txt").write_bytes(b"")          # failures in the middle keep their place
    specs = [str(p) for p in paths] + [str(tmp_path / "gone.txt")]
    serial = list(run_batch(iter_inputs(specs), jobs=1))
    parallel = list(run_batch(iter_inputs(specs), jobs=2, chunksize=2))
    assert _lines(parallel) == _lines(serial)
    assert [o.failed for o in serial] == [False] * 5 + [True] + [False] * 6 + [True]


def test_workers_reuse_the_parents_extractor_only_for_the_same_settings(monkeypatch) -> None:
    import extractor.batch as batch

    shared = Extractor()
    monkeypatch.setattr(batch, "_SHARED", (Settings(), shared))
    monkeypatch.setattr(batch, "_WORKER_EXTRACTOR", None)
    monkeypatch.setattr(batch.signal, "signal", lambda *_: None)  # keep pytest's handlers
    batch._init_worker(Settings())
    assert batch._WORKER_EXTRACTOR is shared
    batch._init_worker(Settings(max_bytes=10))
    assert batch._WORKER_EXTRACTOR is not shared


def test_skipped_documents_are_not_read(tmp_path: Path) -> None:
    paths = _write_corpus(tmp_path, 3)
    paths[1].write_bytes(b"\x00binary")                 # would fail if it were read
    outcomes = list(run_batch(iter_inputs([str(tmp_path)]), skip={"doc01"}.__contains__))
    assert [(o.doc_id, o.skipped, o.failed) for o in outcomes] == [
        ("doc00", False, False), ("doc01", True, False), ("doc02", False, False)]


def test_an_extraction_bug_on_one_document_is_a_failure_not_a_crash(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _write_corpus(tmp_path, 3)
    real = Extractor.extract

    def flaky(self: Extractor, text: str, doc_id: str, meta=None):  # noqa: ANN001, ANN202
        if doc_id == "doc01":
            raise ValueError("boom")
        return real(self, text, doc_id, meta)

    monkeypatch.setattr(Extractor, "extract", flaky)
    outcomes = list(run_batch(iter_inputs([str(tmp_path)]), jobs=1))
    assert [o.kind for o in outcomes] == [None, "internal", None]
    assert outcomes[1].reason is not None and outcomes[1].reason.startswith("internal error: ValueError: boom")


def test_stdin_is_read_once(tmp_path: Path) -> None:
    stdin = io.BytesIO(GOOD.format(n=1).encode("utf-16"))
    outcomes = list(run_batch(iter_inputs(["-", "-"]), stdin=stdin))
    first = json.loads(outcomes[0].json or "{}")
    assert (first["doc_id"], first["meta"]["encoding"], first["meta"]["source"]) == ("stdin", "utf-16", "-")
    assert outcomes[1].reason == "standard input can be read only once"


def test_emit_text_writes_the_text_offsets_refer_to(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>T</title></head><body><p>Up 35%.</p><p>Next.</p></body></html>",
                    encoding="utf-8")
    outcome = process_one(Source(str(page)), Settings(emit_text=str(tmp_path / "texts")), Extractor())
    assert (tmp_path / "texts" / "page.txt").read_text(encoding="utf-8") == "Up 35%.\n\nNext."
    assert json.loads(outcome.json or "{}")["meta"]["title"] == "T"


# --- output ------------------------------------------------------------------------------

def test_file_output_appears_only_when_the_run_finishes(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"doc_id": "old"}\n', encoding="utf-8")
    sink = FileSink(target, "jsonl", resume=False)
    sink.write_document('{"doc_id": "new"}')
    assert target.read_text(encoding="utf-8") == '{"doc_id": "old"}\n'   # untouched meanwhile
    sink.finish()
    assert target.read_text(encoding="utf-8") == '{"doc_id": "new"}\n'
    assert not sink.partial.exists()


def test_resume_after_a_hard_kill_cuts_the_half_written_line(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text('{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_id": "c", "quan', encoding="utf-8")
    sink = FileSink(target, "jsonl", resume=True)
    assert sink.done == {"a", "b"}
    sink.write_document('{"doc_id": "c"}')
    sink.finish()
    assert target.read_text(encoding="utf-8") == '{"doc_id": "a"}\n{"doc_id": "b"}\n{"doc_id": "c"}\n'


def test_csv_resume_redoes_the_last_document(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    header = ",".join(CSV_COLUMNS)
    target.write_text(f"{header}\na,m1{',' * 16}\nb,m1{',' * 16}\nb,m2{',' * 16}\n", encoding="utf-8")
    sink = FileSink(target, "csv", resume=True)
    assert sink.done == {"a"}              # b's rows may be incomplete: b is extracted again
    sink.finish()
    assert target.read_text(encoding="utf-8") == f"{header}\na,m1{',' * 16}\n"


def test_resume_refuses_a_file_it_did_not_write(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("not json\n", encoding="utf-8")
    with pytest.raises(OutputError, match="not JSONL written by extractor"):
        FileSink(target, "jsonl", resume=True)
    with pytest.raises(OutputError, match="--resume needs an output file"):
        open_sink(None, "jsonl", True, io.StringIO())


def test_csv_has_one_row_per_indicator_with_evidence_text() -> None:
    text = "In 2021 the zone added 23 gazelle enterprises,\nup 35% year-on-year."
    doc = {"doc_id": "d", "_text": text, "indicators": [
        {"metric": "gazelle enterprises", "tier": "gazelle", "subject": "zone", "period": "2021",
         "value": None, "new": 23, "total": 60.0, "unit": None, "qualifier": "exact",
         "share": {"value": 40, "of": "city"}, "change": {"value": 35, "unit": "percent", "basis": "yoy"},
         "rank": {"position": 1, "scope": "city"}, "evidence": {"start": 0, "end": len(text)}},
        {"metric": "patents", "value": 1.5, "qualifier": "approx", "evidence": {"start": 3, "end": 7}},
    ]}
    assert list(csv_rows(doc)) == [
        ["d", "gazelle enterprises", "gazelle", "zone", "2021", "", "23", "60", "", "exact", "40",
         "city", "35", "percent", "yoy", "1", "city",
         "In 2021 the zone added 23 gazelle enterprises, up 35% year-on-year."],
        ["d", "patents", "", "", "", "1.5", "", "", "", "approx", "", "", "", "", "", "", "", "2021"],
    ]


def test_a_second_file_with_the_same_doc_id_is_reported_not_merged(tmp_path: Path) -> None:
    for folder, text in (("a", "Exports rose 5% in 2021."), ("b", "Imports fell 3% in 2021.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(text, encoding="utf-8")
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    outcomes = list(run_batch(iter_inputs([str(first), str(second), str(first)])))
    assert [o.failed for o in outcomes] == [False, True, True]
    assert outcomes[1].reason == f"doc_id 'x' is already used by {first}; rename one of the two files"
    assert outcomes[2].reason == "named twice in the inputs; extracted once"
