"""Benchmark harness for ``extractor`` (issue #5): corpus generator, runner, profiler.

Not part of the installed package; run from the repository root, e.g.
``python -m benchmarks.run --quick``.
"""
