# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measurement and reporting for tests/bench/runbench.py.

Everything here times work, never judges code: a Row holds our figure, the
reference tool's figure on the same input in the same run, and the target;
the report shows them side by side. Whole processes run under bench_exec
(tests/bench/bench_exec.cpp), which times them and reports the peak resident
memory of their process tree: the runner's own wait4 cannot, because a child
started from Python by vfork inherits the runner's high-water mark.
"""

import json
import math
import os
import random
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


def quantile_ci(values, q, confidence=0.95):
    """A distribution-free interval for the q-quantile (0..1) from order statistics.

    Returns (low, high, coverage): the interval between two order statistics chosen
    with the binomial distribution so that it holds the true quantile with at least
    `confidence` where the sample size allows it (coverage says what it reached).
    """
    s = sorted(values)
    n = len(s)
    if n == 0:
        return None, None, 0.0
    if n == 1:
        return s[0], s[0], 0.0
    pmf = [math.comb(n, i) * q ** i * (1 - q) ** (n - i) for i in range(n + 1)]
    cdf = []
    acc = 0.0
    for p in pmf:
        acc += p
        cdf.append(acc)
    alpha = (1 - confidence) / 2
    # 1-based order statistics j < k: P(X_(j) <= quantile <= X_(k)) = P(j <= B <= k - 1), B ~ Bin(n, q).
    j = 1
    while j + 1 <= n and cdf[j] <= alpha:   # P(B <= j) = P(B < j + 1)
        j += 1
    k = n
    while k - 1 >= 1 and 1 - cdf[k - 2] <= alpha:   # P(B >= k - 1)
        k -= 1
    k = max(k, j)
    coverage = cdf[k - 1] - cdf[j - 1]
    return s[j - 1], s[k - 1], coverage


def bootstrap_ratio_ci(ours, ref, stat, confidence=0.95, resamples=2000, seed=1):
    """Percentile-bootstrap interval of stat(ours) / stat(ref) for independent samples (seeded: reproducible)."""
    if len(ours) < 2 or len(ref) < 2:
        return None, None
    rng = random.Random(seed)
    ratios = []
    for _ in range(resamples):
        a = stat([rng.choice(ours) for _ in ours])
        b = stat([rng.choice(ref) for _ in ref])
        if b > 0:
            ratios.append(a / b)
    if not ratios:
        return None, None
    alpha = (1 - confidence) / 2
    return percentile(ratios, 100 * alpha), percentile(ratios, 100 * (1 - alpha))


class Samples:
    """Wall times in milliseconds of repeated runs, plus the peak RSS over them (KiB).

    `paired`: the i-th value was measured in the same round as the i-th value of the
    other side of the comparison (an interleaved benchmark program), so ratios can be
    taken pair by pair.
    """

    def __init__(self, values, peak_rss_kb=None, extra=None):
        self.values = list(values)
        self.peak_rss_kb = peak_rss_kb
        self.extra = extra or {}
        self.paired = bool(self.extra.get("paired"))

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
        # The raw samples behind ours/ref (in `unit`) and the statistic taken of them, for the intervals.
        self.ours_values = None
        self.ref_values = None
        self.stat_q = 0.5           # 0.5: median, 0.95: p95
        self.ours_paired = False    # both: ours_values and ref_values come in pairs from the same rounds
        self.ref_paired = False
        # The programs whose peak memory ours_rss_mb / ref_rss_mb are (keys of the self-check's baselines).
        self.ours_program = None
        self.ref_program = None

    @property
    def paired(self):
        return self.ours_paired and self.ref_paired

    def ratio(self):
        if self.ours is None or not self.ref:
            return None
        return self.ours / self.ref

    def ours_ci(self):
        """95 % interval of our statistic (the point itself when there are no samples)."""
        if self.ours is None:
            return None, None
        if not self.ours_values or len(self.ours_values) < 2:
            return self.ours, self.ours
        lo, hi, _ = quantile_ci(self.ours_values, self.stat_q)
        return lo, hi

    def ratio_ci(self):
        """95 % interval of the ratio: pair by pair for paired samples, else bootstrapped."""
        r = self.ratio()
        if r is None:
            return None, None
        a, b = self.ours_values, self.ref_values
        if not a or not b or len(a) < 2 or len(b) < 2:
            return r, r
        if self.paired and len(a) == len(b):
            lo, hi, _ = quantile_ci([x / y for x, y in zip(a, b) if y > 0], 0.5)
            return lo, hi
        q = self.stat_q
        return bootstrap_ratio_ci(a, b, lambda v: percentile(v, 100 * q))

    def paired_ratio(self):
        """The median of the pair-by-pair ratios (paired samples only)."""
        if not (self.paired and self.ours_values and self.ref_values and len(self.ours_values) == len(self.ref_values)):
            return None
        return statistics.median(x / y for x, y in zip(self.ours_values, self.ref_values) if y > 0)

    def verdict(self):
        """pass | fail | unsure | None: pass when the whole 95 % interval is within the target, fail when
        it is entirely outside, unsure (informational) when the interval straddles the target."""
        if self.status != "ok" or self.ours is None:
            return None
        checks = []
        if self.max_value is not None:
            lo, hi = self.ours_ci()
            checks.append("pass" if hi <= self.max_value else "fail" if lo > self.max_value else "unsure")
        if self.max_ratio is not None:
            lo, hi = self.ratio_ci()
            if lo is None:
                return None
            checks.append("pass" if hi <= self.max_ratio else "fail" if lo > self.max_ratio else "unsure")
        if not checks:
            return None
        if "fail" in checks:
            return "fail"
        return "unsure" if "unsure" in checks else "pass"

    def passed(self):
        return {"pass": True, "fail": False}.get(self.verdict())

    def to_json(self):
        ratio = self.paired_ratio() or self.ratio()
        ours_ci, ratio_ci = self.ours_ci(), self.ratio_ci()

        def rounded(pair):
            return None if pair[0] is None else [round(pair[0], 3), round(pair[1], 3)]
        return {
            "name": self.name, "description": self.description, "unit": self.unit,
            "statistic": "p95" if self.stat_q == 0.95 else "median",
            "ours_median": None if self.ours is None else round(self.ours, 3),
            "ours_ci95": rounded(ours_ci),
            "ours_spread": self.ours_spread, "ours_peak_rss_mb": self.ours_rss_mb, "ours_program": self.ours_program,
            "reference_name": self.ref_name,
            "reference_median": None if self.ref is None else round(self.ref, 3),
            "reference_spread": self.ref_spread, "reference_peak_rss_mb": self.ref_rss_mb,
            "reference_program": self.ref_program,
            "ratio": None if ratio is None else round(ratio, 3),
            "ratio_ci95": rounded(ratio_ci), "ratio_paired": bool(self.paired and self.paired_ratio() is not None),
            "target": self.target_text, "pass": self.passed(), "verdict": self.verdict(),
            "status": self.status, "note": self.note,
        }


def kb_to_mb(kb):
    return None if kb is None else round(kb / 1024.0, 1)


# bench_exec, set by the runner (runbench.Context): every whole process goes through it.
LAUNCHER = None


def run_rusage(cmd, cwd=None, env=None, timeout=600, check=True, stdout_path=None):
    """Runs cmd under bench_exec; returns (ms, peak_rss_kb of the process tree, stdout bytes, exit code, stderr bytes).

    Without the launcher the time is taken here and the peak is None: the runner cannot
    measure a child's peak itself (see the module's docstring).
    """
    out_file = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    result_r = result_w = None
    argv = list(map(str, cmd))
    if LAUNCHER:
        result_r, result_w = os.pipe()
        argv = [LAUNCHER, "--result-fd", str(result_w), "--", *argv]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, start_new_session=True,
                            pass_fds=(result_w,) if result_w is not None else (),
                            stdout=out_file if stdout_path else subprocess.PIPE, stderr=subprocess.PIPE)
    if result_w is not None:
        os.close(result_w)
    deadline = start + timeout
    out_chunks, err_chunks = [], []
    sel = selectors.DefaultSelector()
    if proc.stdout:
        sel.register(proc.stdout, selectors.EVENT_READ, out_chunks)
    sel.register(proc.stderr, selectors.EVENT_READ, err_chunks)
    open_streams = len(sel.get_map())
    try:
        while open_streams:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                os.killpg(proc.pid, 9)
                proc.wait()
                raise BenchError(f"timed out after {timeout} s: {' '.join(map(str, cmd))}")
            for key, _ in sel.select(timeout=min(remaining, 1.0)):
                data = key.fileobj.read1(65536) if hasattr(key.fileobj, "read1") else key.fileobj.read(65536)
                if data:
                    key.data.append(data)
                else:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
        proc.wait()
        elapsed = (time.perf_counter() - start) * 1000.0
        peak_kb = None
        if result_r is not None:
            with os.fdopen(result_r, "rb") as f:
                result_r = None
                fields = f.read().split()
            if len(fields) != 3:
                raise BenchError(f"bench_exec reported nothing for {' '.join(map(str, cmd))}")
            elapsed, peak_kb = int(fields[0]) / 1e6, int(fields[1])
    finally:
        if result_r is not None:
            os.close(result_r)
        if stdout_path:
            out_file.close()
    out, err = b"".join(out_chunks), b"".join(err_chunks)
    if check and proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise BenchError(f"exit {proc.returncode}: {' '.join(map(str, cmd))}: {' / '.join(tail)}")
    return elapsed, peak_kb, out, proc.returncode, err


def launcher_floor_kb():
    """The peak a child inherits from bench_exec itself: the least any measured peak can read."""
    if not LAUNCHER:
        return None
    r = subprocess.run([LAUNCHER, "--floor"], capture_output=True, timeout=20)
    try:
        return int(r.stdout.strip())
    except ValueError:
        return None


def time_commands(make_cmds, runs, cwd=None, env=None, setup=None):
    """Times one or more alternatives, interleaved run by run so machine noise hits all alike.

    make_cmds: dict label -> argv (or callable returning argv). setup: optional callable(label, i)
    run (untimed) before each timed run. Returns dict label -> Samples.
    """
    values = {k: [] for k in make_cmds}
    rss = {k: None for k in make_cmds}
    for i in range(runs):
        for label, cmd in make_cmds.items():
            if setup:
                setup(label, i)
            argv = cmd() if callable(cmd) else cmd
            ms, kb, _, _, _ = run_rusage(argv, cwd=cwd, env=env)
            values[label].append(ms)
            rss[label] = max_peak(rss[label], kb)
    return {k: Samples(values[k], rss[k]) for k in make_cmds}


def max_peak(a, b):
    """The larger of two peaks, either of which may be unknown (None)."""
    if a is None:
        return b
    return a if b is None else max(a, b)


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


def interval_text(ci, fmt):
    if not ci or ci[0] is None or ci[0] == ci[1]:
        return ""
    return f" [{fmt(ci[0])}–{fmt(ci[1])}]"


def ratio_text(v):
    return f"{v:.2f}×"


VERDICTS = {"pass": "✅ pass", "fail": "❌ fail", "unsure": "❔ unsure (informational)", None: "–"}


def self_check(rows, baselines_mb, floor_kb):
    """Checks the peak memory figures against what they cannot be; returns a list of failures (empty: passed).

    baselines_mb: program -> the least peak that program can show doing its row's work.
    floor_kb: what bench_exec passes on to every child (a peak at the floor measured nothing).
    """
    failures = []
    peaks = []   # (row, side, program, MB)
    for r in rows:
        for side_name, program, mb in (("Storyloom", r.ours_program, r.ours_rss_mb), (r.ref_name, r.ref_program, r.ref_rss_mb)):
            if mb is not None:
                peaks.append((r.name, side_name, program, mb))
    by_program = {}
    for row, side_name, program, mb in peaks:
        by_program.setdefault(program or side_name, set()).add(mb)
    refs = {}
    for r in rows:
        if r.ref_rss_mb is not None:
            refs.setdefault(r.ref_program or r.ref_name, set()).add(r.ref_rss_mb)
    if len(refs) >= 2 and len(set().union(*refs.values())) == 1:
        failures.append(f"every reference tool ({', '.join(sorted(refs))}) shows the same peak, "
                        f"{next(iter(set().union(*refs.values())))} MB: that figure is not theirs")
    if len(by_program) >= 3 and len(set().union(*by_program.values())) == 1:
        failures.append(f"all {len(by_program)} programs measured show the same peak: the figure is not theirs")
    for row, side_name, program, mb in peaks:
        least = baselines_mb.get(program)
        if least is None:
            failures.append(f"{row}: no known baseline for the peak of {program or side_name} ({mb} MB)")
        elif mb < least:
            failures.append(f"{row}: {side_name} peak {mb} MB is below what {program} needs ({least} MB): "
                            "the figure is not that program's")
        if floor_kb is not None and mb * 1024 <= floor_kb * 1.05:
            failures.append(f"{row}: {side_name} peak {mb} MB is the launcher's own floor: nothing was measured")
    return failures


def write_report(out_dir, meta, rows, self_check_failures=()):
    """Writes report.json and report.md; returns the Markdown table text."""
    os.makedirs(out_dir, exist_ok=True)
    meta = dict(meta, self_check={"passed": not self_check_failures, "failures": list(self_check_failures)})
    data = {"meta": meta, "benchmarks": [r.to_json() for r in rows]}
    with open(os.path.join(out_dir, "report.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    lines = ["| Benchmark | Storyloom [95 % CI] | Reference | Ratio [95 % CI] | Target | Result |",
             "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        j = r.to_json()
        if r.status != "ok":
            ours = f"{r.status}"
        else:
            ours = format_value(r.ours, r.unit) + interval_text(j["ours_ci95"], lambda v: format_value(v, r.unit))
        ref = "–"
        if r.ref_name:
            ref = f"{format_value(r.ref, r.unit)} ({r.ref_name})" if r.ref is not None else f"– ({r.ref_name})"
        ratio = (ratio_text(j["ratio"]) + interval_text(j["ratio_ci95"], ratio_text)) if j["ratio"] is not None else "–"
        lines.append(f"| {r.name} | {ours} | {ref} | {ratio} | {r.target_text or '–'} | {VERDICTS[j['verdict']]} |")
    table = "\n".join(lines)
    peak_lines = ["| Benchmark | Storyloom peak | Reference peak |", "| --- | --- | --- |"]
    for r in rows:
        if r.ours_rss_mb is not None or r.ref_rss_mb is not None:
            ours = f"{format_value(r.ours_rss_mb, 'MB')} ({r.ours_program})" if r.ours_rss_mb is not None else "–"
            ref = f"{format_value(r.ref_rss_mb, 'MB')} ({r.ref_program})" if r.ref_rss_mb is not None else "–"
            peak_lines.append(f"| {r.name} | {ours} | {ref} |")
    notes = []
    for r in rows:
        extra = []
        if r.ours_spread:
            extra.append("Storyloom" + spread_text(r.ours_spread, r.unit).replace(" (", " ", 1).rstrip(")"))
        if r.ours_rss_mb is not None:
            extra.append(f"Storyloom peak RSS {r.ours_rss_mb} MB")
        if r.ref_rss_mb is not None:
            extra.append(f"{r.ref_name} peak RSS {r.ref_rss_mb} MB")
        if r.paired and r.paired_ratio() is not None:
            extra.append("ratio: the median of the round-by-round ratios of interleaved runs")
        text = "; ".join(x for x in extra if x)
        if r.note:
            text = (text + ". " if text else "") + r.note
        notes.append(f"- **{r.name}**: {r.description}." + (f" {text}" if text else ""))
    if self_check_failures:
        check = ["**❌ SELF-CHECK FAILED**: the figures below are not to be trusted.", "",
                 *[f"- ❌ {f}" for f in self_check_failures]]
    else:
        check = ["✅ Self-check passed: every peak is above its program's known baseline and above the "
                 f"launcher's floor ({format_value(kb_to_mb(meta.get('launcher_floor_kb')), 'MB')}), and the "
                 "reference tools' peaks differ."]
    md = [
        "# Storyloom benchmark report", "",
        f"Run {meta['date']} on {meta['machine']} (commit {meta['commit']}, {meta['build_type']} build, "
        f"{'quick mode: reduced sizes, figures not comparable with the targets' if meta['quick'] else 'full mode'}).",
        f"Command: `{meta['command']}`. Load average at start {meta['load_start']}, at end {meta.get('load_end', '?')}.",
        f"Sizes: {meta['sizes']}." if meta.get("sizes") else "",
        "", *check, "", table, "",
        "Figures are medians (p95 where the target says so) with their 95 % confidence interval: from order "
        "statistics for a median or p95, from pairs of interleaved runs or a bootstrap for a ratio. A row passes "
        "when the whole interval is within the target, fails when it is entirely outside, and is unsure "
        "(informational) otherwise.", "",
        "## Peak memory", "",
        "The highest peak resident set (VmHWM, ru_maxrss) of any one process in the measured process tree, over "
        "the row's runs. Whole processes run under bench_exec, whose own share is "
        f"{format_value(kb_to_mb(meta.get('launcher_floor_kb')), 'MB')}; in-process rows show the benchmark "
        "program's peak.", "",
        *peak_lines, "", "## Details", "", *notes, "",
        "Reference tools: " + ", ".join(f"{k} {v}" for k, v in sorted(meta["tools"].items()) if v) + ".", "",
    ]
    with open(os.path.join(out_dir, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    return table
