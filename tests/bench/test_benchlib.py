#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the benchmark runner's measurement and self-check (tests/bench/benchlib.py).

    test_benchlib.py BENCH_EXEC

BENCH_EXEC is the built launcher (tests/bench/bench_exec.cpp).
"""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "tools"))

import benchlib  # noqa: E402
import benchmarks  # noqa: E402

LAUNCHER = None


def python_allocating(mb):
    """A child that touches `mb` MiB of its own memory."""
    return [sys.executable, "-c", f"b = bytearray({mb} * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1"]


class PeakMemory(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        benchlib.LAUNCHER = LAUNCHER
        # The runner grows big (it generates projects in process); a child must not show the runner's peak.
        cls.ballast = bytearray(160 * 1024 * 1024)
        for i in range(0, len(cls.ballast), 4096):
            cls.ballast[i] = 1

    @classmethod
    def tearDownClass(cls):
        del cls.ballast

    def test_small_child_shows_its_own_peak_not_the_runners(self):
        _, peak_kb, _, code, _ = benchlib.run_rusage(["true"])
        self.assertEqual(code, 0)
        self.assertLess(peak_kb, 20 * 1024)

    def test_peak_of_a_grandchild_is_counted(self):
        # The shell runs the allocating child and waits for it: the tree's peak is the child's.
        script = " ".join(f"'{a}'" for a in python_allocating(48))
        _, peak_kb, _, code, _ = benchlib.run_rusage(["sh", "-c", script + "; true"])
        self.assertEqual(code, 0)
        self.assertGreater(peak_kb, 48 * 1024)
        self.assertLess(peak_kb, 120 * 1024)

    def test_peak_of_an_orphan_is_counted(self):
        # The shell exits at once; the orphaned child is reaped by the launcher and still counted.
        script = " ".join(f"'{a}'" for a in python_allocating(40))
        _, peak_kb, _, code, _ = benchlib.run_rusage(["sh", "-c", f"(sleep 0.2; {script}) & exit 0"])
        self.assertEqual(code, 0)
        self.assertGreater(peak_kb, 40 * 1024)

    def test_exit_code_and_output_pass_through(self):
        _, _, out, code, _ = benchlib.run_rusage(["sh", "-c", "echo hello; exit 3"], check=False)
        self.assertEqual(code, 3)
        self.assertEqual(out, b"hello\n")

    def test_launcher_floor_is_small(self):
        self.assertLess(benchlib.launcher_floor_kb(), 10 * 1024)


def row(name, tool, ref_mb, ours_program=None, ours_mb=None):
    r = benchlib.Row(name, name)
    r.ours, r.ref, r.ref_name = 1.0, 1.0, tool
    r.ref_rss_mb, r.ref_program = ref_mb, tool
    r.ours_rss_mb, r.ours_program = ours_mb, ours_program
    return r


class SelfCheck(unittest.TestCase):
    def test_distinct_plausible_peaks_pass(self):
        rows = [row("index-cold", "sqlite3", 17.0, "storyloom-cli index", 250.0), row("search-p95", "rg", 6.2),
                row("search-p95-grep", "grep", 2.3), row("sync", "git", 31.0, "storyloom-cli sync", 60.0)]
        self.assertEqual(benchlib.self_check(rows, benchmarks.BASELINES_MB, 1024), [])

    def test_one_peak_for_every_reference_tool_fails(self):
        rows = [row("index-cold", "sqlite3", 31.7), row("search-p95", "rg", 31.7), row("search-p95-grep", "grep", 31.7),
                row("sync", "git", 31.7)]
        failures = benchlib.self_check(rows, benchmarks.BASELINES_MB, 1024)
        self.assertTrue(any("same peak" in f for f in failures), failures)

    def test_peak_below_the_programs_baseline_fails(self):
        rows = [row("gui-start", "ghostwriter", 150.0, "storyloom", 4.0), row("search-p95", "rg", 6.0)]
        failures = benchlib.self_check(rows, benchmarks.BASELINES_MB, 1024)
        self.assertTrue(any("gui-start" in f and "below" in f for f in failures), failures)

    def test_peak_at_the_launchers_floor_fails(self):
        rows = [row("search-p95-grep", "grep", 1.0), row("search-p95", "rg", 6.0)]
        failures = benchlib.self_check(rows, {"grep": 0.5, "rg": 2}, 1024)
        self.assertTrue(any("floor" in f for f in failures), failures)


class Intervals(unittest.TestCase):
    def test_median_interval_from_order_statistics(self):
        lo, hi, coverage = benchlib.quantile_ci(list(range(100)), 0.5)
        self.assertEqual((lo, hi), (39, 60))
        self.assertGreaterEqual(coverage, 0.95)

    def test_verdict_uses_the_interval(self):
        r = benchlib.Row("preview", "preview")
        r.max_ratio = 2.0
        r.ref_values = [1.0] * 100
        r.ours_paired = r.ref_paired = True
        r.ref = 1.0
        for values, verdict in (([1.5 + i / 1000 for i in range(100)], "pass"),
                                ([2.5 + i / 1000 for i in range(100)], "fail"),
                                ([1.9 + i / 500 for i in range(100)], "unsure")):
            r.ours_values = values
            r.ours = sorted(values)[50]
            self.assertEqual(r.verdict(), verdict, values[:3])


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    LAUNCHER = os.path.abspath(sys.argv.pop(1))
    unittest.main()
