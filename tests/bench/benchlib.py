# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measurement and reporting for tests/bench/runbench.py.

Everything here times work, never judges code: a Row holds our figure, the
reference tool's figure on the same input in the same run, and the target;
the report shows them side by side. Timings of whole processes use wait4 so
the peak resident memory of the process tree comes with them.
"""

import json
import os
import selectors
import shutil
import statistics
import subprocess
import time


class BenchError(Exception):
    """A benchmark program or reference tool failed (not a slow result)."""


class NotMeasured(Exception):
    """The benchmark cannot run here: a tool is missing or the API has not landed."""


def percentile(values, p):
    """The p-th percentile (0..100) by linear interpolation."""
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


class Samples:
    """Wall times in milliseconds of repeated runs, plus the peak RSS over them (KiB)."""

    def __init__(self, values, peak_rss_kb=None, extra=None):
        self.values = list(values)
        self.peak_rss_kb = peak_rss_kb
        self.extra = extra or {}

    def median(self):
        return statistics.median(self.values) if self.values else None

    def p95(self):
        return percentile(self.values, 95)

    def summary(self):
        v = self.values
        return {
            "n": len(v),
            "median": round(self.median(), 3) if v else None,
            "p25": round(percentile(v, 25), 3) if v else None,
            "p75": round(percentile(v, 75), 3) if v else None,
            "p95": round(self.p95(), 3) if v else None,
            "min": round(min(v), 3) if v else None,
            "max": round(max(v), 3) if v else None,
        }


def program_samples(data, name):
    """The Samples of the result called `name` in a benchmark program's JSON output."""
    for r in data.get("results", []):
        if r["name"] == name:
            return Samples(r["samples_ms"], data.get("peak_rss_kb"), r.get("extra"))
    raise BenchError(f"no result named {name!r} in the program's output")


class Row:
    """One line of the report: our figure beside a reference figure and the target."""

    def __init__(self, name, description, unit="ms"):
        self.name = name
        self.description = description
        self.unit = unit
        self.ours = None            # number in `unit`
        self.ours_spread = None     # dict from Samples.summary()
        self.ours_rss_mb = None
        self.ref_name = None
        self.ref = None
        self.ref_spread = None
        self.ref_rss_mb = None
        self.target_text = ""
        self.max_value = None       # ours <= max_value
        self.max_ratio = None       # ours / ref <= max_ratio
        self.status = "ok"          # ok | not measured | error
        self.note = ""

    def ratio(self):
        if self.ours is None or not self.ref:
            return None
        return self.ours / self.ref

    def passed(self):
        if self.status != "ok" or self.ours is None:
            return None
        checks = []
        if self.max_value is not None:
            checks.append(self.ours <= self.max_value)
        if self.max_ratio is not None:
            r = self.ratio()
            if r is None:
                return None
            checks.append(r <= self.max_ratio)
        return all(checks) if checks else None

    def to_json(self):
        ratio = self.ratio()
        return {
            "name": self.name, "description": self.description, "unit": self.unit,
            "ours_median": None if self.ours is None else round(self.ours, 3),
            "ours_spread": self.ours_spread, "ours_peak_rss_mb": self.ours_rss_mb,
            "reference_name": self.ref_name,
            "reference_median": None if self.ref is None else round(self.ref, 3),
            "reference_spread": self.ref_spread, "reference_peak_rss_mb": self.ref_rss_mb,
            "ratio": None if ratio is None else round(ratio, 3),
            "target": self.target_text, "pass": self.passed(),
            "status": self.status, "note": self.note,
        }


def kb_to_mb(kb):
    return None if kb is None else round(kb / 1024.0, 1)


def run_rusage(cmd, cwd=None, env=None, timeout=600, check=True, stdout_path=None):
    """Runs cmd with wait4 so the peak RSS of its process tree comes back; returns (ms, rss_kb, stdout bytes)."""
    out_file = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=out_file if stdout_path else subprocess.PIPE, stderr=subprocess.PIPE)
    # Read the pipes without reaping, then reap with wait4 for the rusage.
    deadline = start + timeout
    out_chunks, err_chunks = [], []
    sel = selectors.DefaultSelector()
    if proc.stdout:
        sel.register(proc.stdout, selectors.EVENT_READ, out_chunks)
    sel.register(proc.stderr, selectors.EVENT_READ, err_chunks)
    open_streams = len(sel.get_map())
    while open_streams:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            proc.kill()
            os.wait4(proc.pid, 0)
            raise BenchError(f"timed out after {timeout} s: {' '.join(map(str, cmd))}")
        for key, _ in sel.select(timeout=min(remaining, 1.0)):
            data = key.fileobj.read1(65536) if hasattr(key.fileobj, "read1") else key.fileobj.read(65536)
            if data:
                key.data.append(data)
            else:
                sel.unregister(key.fileobj)
                open_streams -= 1
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000.0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdout_path:
        out_file.close()
    out, err = b"".join(out_chunks), b"".join(err_chunks)
    if check and proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise BenchError(f"exit {proc.returncode}: {' '.join(map(str, cmd))}: {' / '.join(tail)}")
    return elapsed, usage.ru_maxrss, out, proc.returncode, err


def time_commands(make_cmds, runs, cwd=None, env=None, setup=None):
    """Times one or more alternatives, interleaved run by run so machine noise hits all alike.

    make_cmds: dict label -> argv (or callable returning argv). setup: optional callable(label, i)
    run (untimed) before each timed run. Returns dict label -> Samples.
    """
    values = {k: [] for k in make_cmds}
    rss = {k: 0 for k in make_cmds}
    for i in range(runs):
        for label, cmd in make_cmds.items():
            if setup:
                setup(label, i)
            argv = cmd() if callable(cmd) else cmd
            ms, kb, _, _, _ = run_rusage(argv, cwd=cwd, env=env)
            values[label].append(ms)
            rss[label] = max(rss[label], kb)
    return {k: Samples(values[k], rss[k]) for k in make_cmds}


def which(tool):
    return shutil.which(tool)


def tool_version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, timeout=20).stdout.decode("utf-8", "replace")
        return out.strip().splitlines()[0] if out.strip() else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def format_value(v, unit):
    if v is None:
        return "–"
    if unit == "MB":
        return f"{v:.0f} MB" if v >= 10 else f"{v:.1f} MB"
    if v >= 1000:
        return f"{v / 1000:.2f} s"
    if v >= 10:
        return f"{v:.0f} ms"
    return f"{v:.2f} ms"


def spread_text(spread, unit):
    if not spread or spread.get("n", 0) < 2:
        return ""
    return f" (IQR {format_value(spread['p25'], unit)}–{format_value(spread['p75'], unit)}, n={spread['n']})"


def write_report(out_dir, meta, rows):
    """Writes report.json and report.md; returns the Markdown table text."""
    os.makedirs(out_dir, exist_ok=True)
    data = {"meta": meta, "benchmarks": [r.to_json() for r in rows]}
    with open(os.path.join(out_dir, "report.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    lines = ["| Benchmark | Storyloom | Reference | Ratio | Target | Result |",
             "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        j = r.to_json()
        if r.status != "ok":
            ours = f"{r.status}"
        else:
            ours = format_value(r.ours, r.unit)
        ref = "–"
        if r.ref_name:
            ref = f"{format_value(r.ref, r.unit)} ({r.ref_name})" if r.ref is not None else f"– ({r.ref_name})"
        ratio = f"{j['ratio']:.2f}×" if j["ratio"] is not None else "–"
        result = {True: "✅ pass", False: "❌ fail", None: "–"}[j["pass"]]
        lines.append(f"| {r.name} | {ours} | {ref} | {ratio} | {r.target_text or '–'} | {result} |")
    table = "\n".join(lines)
    notes = []
    for r in rows:
        extra = []
        if r.ours_spread:
            extra.append("Storyloom" + spread_text(r.ours_spread, r.unit).replace(" (", " ", 1).rstrip(")"))
        if r.ours_rss_mb is not None:
            extra.append(f"Storyloom peak RSS {r.ours_rss_mb} MB")
        if r.ref_rss_mb is not None:
            extra.append(f"{r.ref_name} peak RSS {r.ref_rss_mb} MB")
        text = "; ".join(x for x in extra if x)
        if r.note:
            text = (text + ". " if text else "") + r.note
        notes.append(f"- **{r.name}**: {r.description}." + (f" {text}" if text else ""))
    md = [
        "# Storyloom benchmark report", "",
        f"Run {meta['date']} on {meta['machine']} (commit {meta['commit']}, {meta['build_type']} build, "
        f"{'quick mode: reduced sizes, figures not comparable with the targets' if meta['quick'] else 'full mode'}).",
        f"Command: `{meta['command']}`. Load average at start {meta['load_start']}, at end {meta.get('load_end', '?')}.",
        f"Sizes: {meta['sizes']}." if meta.get("sizes") else "",
        "", table, "", "## Details", "", *notes, "",
        "Reference tools: " + ", ".join(f"{k} {v}" for k, v in sorted(meta["tools"].items()) if v) + ".", "",
    ]
    with open(os.path.join(out_dir, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    return table
