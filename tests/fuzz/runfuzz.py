#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs Storyloom's libFuzzer targets (what `./dev fuzz` calls).

Each target starts from its checked-in seeds (tests/fuzz/corpus/<target>/),
grows a working corpus under <build>/fuzz-work/<target>/ (never the checked-in
one) and writes crashes to <build>/fuzz-findings/<target>/. At the end a table
gives executions per second, coverage (edges) and features for every target.
A finding makes the exit status non-zero: copy the input into the target's
corpus folder (tst_fuzzcorpus then replays it in every build) and fix the bug.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys

TARGETS = ["document", "summary", "roadmaptables", "links", "porcelain", "rules", "preview", "config"]
SOURCE = pathlib.Path(__file__).resolve().parent
STATS = re.compile(r"#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/\S+.*?exec/s: (\d+) rss: (\d+)Mb")


def run_target(build, target, seconds, max_len):
    binary = build / "bin" / f"fuzz_{target}"
    if not binary.exists():
        return {"target": target, "error": f"{binary} is missing (build the 'fuzzers' target)"}
    work = build / "fuzz-work" / target
    findings = build / "fuzz-findings" / target
    work.mkdir(parents=True, exist_ok=True)
    findings.mkdir(parents=True, exist_ok=True)
    seeds = SOURCE / "corpus" / target
    command = [str(binary), str(work), str(seeds),
               f"-max_total_time={seconds}", f"-max_len={max_len}", "-timeout=20", "-rss_limit_mb=2048",
               "-print_final_stats=1", f"-artifact_prefix={findings}/"]
    print(f"== fuzz_{target} for {seconds} s", flush=True)
    log_path = build / "fuzz-findings" / f"{target}.log"
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=False,
                              env={"ASAN_OPTIONS": "detect_leaks=1:abort_on_error=1",
                                   "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
                                   "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                   "LANG": "C.UTF-8"})
    text = log_path.read_text(encoding="utf-8", errors="replace")
    last = None
    for match in STATS.finditer(text):
        last = match
    result = {"target": target, "exit": proc.returncode, "log": str(log_path)}
    if last:
        result.update(runs=int(last.group(1)), cov=int(last.group(2)), ft=int(last.group(3)),
                      corpus=int(last.group(4)), execs=int(last.group(5)), rss=int(last.group(6)))
    done = re.search(r"stat::number_of_executed_units: (\d+)", text)
    if done:
        result["runs"] = int(done.group(1))
    rate = re.search(r"stat::average_exec_per_sec:\s+(\d+)", text)
    if rate:
        result["execs"] = int(rate.group(1))
    crashes = sorted(p.name for p in findings.iterdir() if p.is_file())
    if crashes or proc.returncode != 0:
        result["findings"] = crashes
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", nargs="?", choices=TARGETS, help="one target (default: all)")
    parser.add_argument("--build", default="build-fuzz", help="the fuzz build folder")
    parser.add_argument("--seconds", type=int, default=60, help="time per target (the issue asks for 300)")
    parser.add_argument("--max-len", type=int, default=16384, help="largest input libFuzzer makes")
    parser.add_argument("--clean", action="store_true", help="forget the working corpus and old findings first")
    args = parser.parse_args()
    build = pathlib.Path(args.build).resolve()
    targets = [args.target] if args.target else TARGETS
    if args.clean:
        for target in targets:
            shutil.rmtree(build / "fuzz-work" / target, ignore_errors=True)
            shutil.rmtree(build / "fuzz-findings" / target, ignore_errors=True)

    results = [run_target(build, t, args.seconds, args.max_len) for t in targets]
    print()
    print(f"{'target':<15}{'runs':>12}{'exec/s':>9}{'cov':>8}{'ft':>8}{'corpus':>8}{'rss MB':>8}  result")
    failed = False
    for r in results:
        if "error" in r:
            print(f"{r['target']:<15}{'':>53}  {r['error']}")
            failed = True
            continue
        status = "ok"
        if "findings" in r:
            failed = True
            status = f"FINDING (exit {r['exit']}): {', '.join(r['findings']) or 'see log'}; log {r['log']}"
        print(f"{r['target']:<15}{r.get('runs', 0):>12}{r.get('execs', 0):>9}{r.get('cov', 0):>8}{r.get('ft', 0):>8}"
              f"{r.get('corpus', 0):>8}{r.get('rss', 0):>8}  {status}")
    if failed:
        print("\nCopy each finding into tests/fuzz/corpus/<target>/ (tst_fuzzcorpus replays it) and fix the cause.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
