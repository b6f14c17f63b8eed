#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Storyloom's benchmarks beside reference tools and writes one report.

    tests/bench/runbench.py --build build/release --out build/bench [--quick] [--check] [NAME...]

Each benchmark times Storyloom (a benchmark program under tests/bench/ or the
CLI) and, where one exists, the tool people use today for the same work on
exactly the same input, interleaved in the same run because the machine is
shared and noisy. The result is build/bench/report.md (a table) and
report.json (name, our median, reference name, reference median, ratio,
target, pass/fail). NAME selects benchmarks by group or row name (glob).

--quick uses reduced sizes and few repetitions (a smoke run for CI); with
--check the exit status is 1 when a benchmark program or reference failed to
run. Slow figures never change the exit status: slow is reported, not fatal.
Figures that cannot be true do: the report checks its own peak memory
figures (benchlib.self_check) and the exit status is 1 when that check fails.
"""

import argparse
import datetime
import fnmatch
import json
import os
import platform
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(SOURCE, "tools"))

import benchlib  # noqa: E402
from benchlib import BenchError, NotMeasured, Row, Samples  # noqa: E402
import benchmarks  # noqa: E402
import genproject  # noqa: E402

DEFAULT_CORPUS = os.path.join(os.path.dirname(SOURCE), "shared", "corpus", "wg-async")


class Context:
    """What every benchmark needs: binaries, prepared inputs, sizes, and the rows written so far."""

    def __init__(self, args):
        self.build = os.path.abspath(args.build)
        self.bin = os.path.join(self.build, "bin")
        self.out = os.path.abspath(args.out)
        self.quick = args.quick
        self.work = os.path.join(self.out, "work")
        self.inputs = os.path.join(self.out, "inputs")
        self.corpus = os.path.abspath(args.corpus or os.environ.get("STORYLOOM_CORPUS_DIR") or DEFAULT_CORPUS)
        self.rows = []
        self.failures = []
        # Sizes: the full run uses the sizes of the targets; quick keeps CI short.
        self.index_stories = 300 if self.quick else 10000
        self.book_stories = 60 if self.quick else 1000
        self.runs = 2 if self.quick else 9          # whole-process repetitions
        self.iterations = 2 if self.quick else 15   # in-process repetitions
        os.makedirs(self.work, exist_ok=True)
        os.makedirs(self.inputs, exist_ok=True)
        self.env = dict(os.environ)
        # Storyloom's index lives in the user's cache: keep it inside the bench folder.
        self.env["XDG_CACHE_HOME"] = os.path.join(self.work, "cache")
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.work, "config")
        self.env["XDG_DATA_HOME"] = os.path.join(self.work, "data")
        self.env.setdefault("QT_QPA_PLATFORM", "offscreen")
        self._projects = {}
        self.memo = {}
        # Every whole process runs under bench_exec, which measures the peak of its process tree.
        benchlib.LAUNCHER = self.program("bench_exec")

    # -------------------------------------------------------------- binaries
    def program(self, name):
        """The path of a benchmark program or Storyloom binary, or None when it was not built."""
        path = os.path.join(self.bin, name)
        return path if os.access(path, os.X_OK) else None

    def need_program(self, name):
        path = self.program(name)
        if not path:
            raise NotMeasured(f"{name} is not built in {self.bin}")
        return path

    def need_tool(self, tool):
        path = benchlib.which(tool)
        if not path:
            raise NotMeasured(f"`{tool}` is not installed (./dev bench installs it)")
        return path

    def run_program(self, name, args, iterations=None):
        """Runs a benchmark program; returns its JSON output (see benchharness.h)."""
        path = self.need_program(name)
        argv = [path, "--iterations", str(iterations or self.iterations)]
        if self.quick:
            argv.append("--quick")
        argv += [str(a) for a in args]
        _, tree_kb, out, code, err = benchlib.run_rusage(argv, env=self.env, timeout=1800, check=False)
        if code == 3:  # the program says this build cannot measure it (benchharness.h)
            raise NotMeasured(err.decode("utf-8", "replace").strip().splitlines()[-1])
        if code != 0:
            tail = " / ".join(err.decode("utf-8", "replace").strip().splitlines()[-5:])
            raise BenchError(f"{name} exit {code}: {tail}")
        for line in reversed(out.decode("utf-8", "replace").splitlines()):
            if line.startswith("{"):
                data = json.loads(line)
                # The tree's peak from bench_exec also covers helpers the program starts; the program's own
                # VmHWM stands in without the launcher.
                data["peak_rss_kb"] = benchlib.max_peak(tree_kb, data.get("peak_rss_kb"))
                return data
        raise BenchError(f"{name} printed no JSON result")

    def cli_available(self, subcommand):
        """True when `storyloom-cli SUBCOMMAND` is implemented (the frame answers 2 'not available' otherwise)."""
        cli = self.program("storyloom-cli")
        if not cli:
            return False
        r = subprocess.run([cli, subcommand, "--help"], capture_output=True, env=self.env, timeout=60)
        return r.returncode == 0 and b"not available" not in r.stderr

    # -------------------------------------------------------------- inputs
    def fresh_dir(self, name):
        path = os.path.join(self.work, name)
        if os.path.exists(path):
            make_writable(path)
            shutil.rmtree(path)
        os.makedirs(path)
        return path

    def wg_async(self):
        """A writable copy of the wg-async corpus whose book.toml mdBook can build without plugins."""
        dest = os.path.join(self.inputs, "wg-async")
        if "wg-async" not in self._projects:
            if not os.path.isdir(self.corpus):
                raise NotMeasured(f"the wg-async corpus is missing ({self.corpus})")
            if os.path.exists(dest):
                make_writable(dest)
                shutil.rmtree(dest)
            shutil.copytree(self.corpus, dest, copy_function=shutil.copyfile)
            make_writable(dest)
            strip_mdbook_plugins(os.path.join(dest, "book.toml"))
            self._projects["wg-async"] = dest
        return dest

    def synthetic(self, stories, mdbook=False):
        """A synthetic project (tools/genproject.py, seed 1) and its manifest; reused between runs."""
        key = f"synthetic-{stories}{'-book' if mdbook else ''}"
        dest = os.path.join(self.inputs, key)
        manifest_path = dest + ".json"
        if key not in self._projects:
            manifest = None
            if os.path.isfile(manifest_path) and os.path.isdir(dest):
                with open(manifest_path, encoding="utf-8") as f:
                    manifest = json.load(f)
                if manifest.get("generator") != generator_stamp():
                    manifest = None
            if manifest is None:
                if os.path.exists(dest):
                    shutil.rmtree(dest)
                args = ["--stories", str(stories), "--seed", "1", "--out", dest, "--manifest", manifest_path]
                if mdbook:
                    args.append("--mdbook")
                genproject.main(args)
                with open(manifest_path, encoding="utf-8") as f:
                    manifest = json.load(f)
                manifest["generator"] = generator_stamp()
                with open(manifest_path, "w", encoding="utf-8") as f:
                    json.dump(manifest, f, ensure_ascii=False)
            self._projects[key] = (dest, manifest)
        return self._projects[key]

    # -------------------------------------------------------------- rows
    def add(self, row):
        self.rows.append(row)
        return row

    def ours_from(self, row, samples, stat="median", program=None):
        """Our side of a row; `program` names whose peak memory samples.peak_rss_kb is (see BASELINES_MB)."""
        row.ours = samples.p95() if stat == "p95" else samples.median()
        row.ours_spread = samples.summary()
        row.ours_rss_mb = benchlib.kb_to_mb(samples.peak_rss_kb)
        row.ours_program = program if row.ours_rss_mb is not None else None
        row.ours_values = list(samples.values)
        row.stat_q = 0.95 if stat == "p95" else 0.5
        row.ours_paired = samples.paired

    def ref_from(self, row, name, samples, stat="median", program=None):
        row.ref_name = name
        row.ref = samples.p95() if stat == "p95" else samples.median()
        row.ref_spread = samples.summary()
        row.ref_rss_mb = benchlib.kb_to_mb(samples.peak_rss_kb)
        row.ref_program = program if row.ref_rss_mb is not None else None
        row.ref_values = list(samples.values)
        row.ref_paired = samples.paired


def make_writable(path):
    for dirpath, dirnames, filenames in os.walk(path):
        os.chmod(dirpath, 0o755)
        for f in filenames:
            p = os.path.join(dirpath, f)
            if not os.path.islink(p):
                os.chmod(p, 0o644)


def strip_mdbook_plugins(book_toml):
    """Drops [preprocessor.*] tables and additional JS/CSS (plugins and files absent here) from a book.toml."""
    if not os.path.isfile(book_toml):
        return
    out, skipping = [], False
    with open(book_toml, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if stripped.startswith("["):
                skipping = stripped.startswith("[preprocessor")
            if skipping or stripped.startswith(("additional-js", "additional-css")):
                continue
            out.append(line)
    with open(book_toml, "w", encoding="utf-8") as f:
        f.writelines(out)


def generator_stamp():
    """Changes whenever the generator changes, so cached synthetic projects are rebuilt."""
    st = os.stat(genproject.__file__)
    return f"{st.st_size}-{int(st.st_mtime)}"


def git_commit():
    try:
        r = subprocess.run(["git", "-c", "safe.directory=*", "-C", SOURCE, "rev-parse", "--short=10", "HEAD"],
                           capture_output=True, timeout=20)
        commit = r.stdout.decode().strip() or "unknown"
        dirty = subprocess.run(["git", "-c", "safe.directory=*", "-C", SOURCE, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, timeout=60).stdout.strip()
        return commit + ("+changes" if dirty else "")
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def machine():
    cpu = platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            mem = int(f.readline().split()[1]) // 1024 // 1024
    except (OSError, ValueError, IndexError):
        mem = "?"
    return f"{os.cpu_count()} × {cpu}, {mem} GB RAM"


def build_type(build):
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def selected(names, group, row_names):
    if not names:
        return True
    for n in names:
        if fnmatch.fnmatch(group, n) or any(fnmatch.fnmatch(r, n) for r in row_names):
            return True
    return False


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default="build/release", help="the CMake build folder (default build/release)")
    ap.add_argument("--out", default="build/bench", help="where the inputs and report go (default build/bench)")
    ap.add_argument("--quick", action="store_true", help="reduced sizes and repetitions (smoke run)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a benchmark failed to run")
    ap.add_argument("--corpus", help="the wg-async folder (default: $STORYLOOM_CORPUS_DIR or ../shared/corpus/wg-async)")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("names", nargs="*", metavar="NAME", help="benchmark groups or rows to run (glob)")
    args = ap.parse_args(argv)
    if args.list:
        for group, rows, _ in benchmarks.ALL:
            print(f"{group}: {' '.join(rows)}")
        return 0
    if os.environ.get("STORYLOOM_BENCH_QUICK") == "1":
        args.quick = True

    ctx = Context(args)
    if not benchlib.LAUNCHER:
        print(f"[bench] warning: bench_exec is not built in {ctx.bin}: no peak memory of whole processes",
              file=sys.stderr)
    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "commit": git_commit(), "build_type": build_type(ctx.build),
        "quick": ctx.quick, "load_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "command": "./dev bench" + (" --quick" if ctx.quick else "") + "".join(f" {n}" for n in args.names),
        "tools": benchmarks.tool_versions(), "launcher_floor_kb": benchlib.launcher_floor_kb(),
        "sizes": (f"{ctx.index_stories:,} synthetic stories for the index, search and keystrokes; {ctx.book_stories:,} as an "
                  f"mdBook for load and book; {ctx.runs} runs of each whole process, {ctx.iterations} in-process iterations "
                  "(fewer for the slow ones: see each row)"),
    }
    if meta["build_type"] != "Release" and not ctx.quick:
        print(f"[bench] warning: {ctx.build} is a {meta['build_type']} build; figures are for Release builds",
              file=sys.stderr)
    for group, row_names, fn in benchmarks.ALL:
        if not selected(args.names, group, row_names):
            continue
        print(f"[bench] {group} ...", file=sys.stderr, flush=True)
        try:
            fn(ctx)
        except NotMeasured as e:
            benchmarks.mark_missing(ctx, row_names, "not measured", str(e))
        except (BenchError, OSError, subprocess.SubprocessError, ValueError, KeyError) as e:
            ctx.failures.append(f"{group}: {e}")
            benchmarks.mark_missing(ctx, row_names, "error", str(e))
            print(f"[bench] {group} failed: {e}", file=sys.stderr)
    meta["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    check = benchlib.self_check(ctx.rows, benchmarks.BASELINES_MB, meta["launcher_floor_kb"])
    table = benchlib.write_report(ctx.out, meta, ctx.rows, check)
    print(table)
    print(f"\n[bench] report: {os.path.join(ctx.out, 'report.md')} and report.json", file=sys.stderr)
    for f in ctx.failures:
        print(f"[bench] FAILED: {f}", file=sys.stderr)
    for f in check:
        print(f"[bench] SELF-CHECK FAILED: {f}", file=sys.stderr)
    return 1 if check or (args.check and ctx.failures) else 0


if __name__ == "__main__":
    sys.exit(main())
