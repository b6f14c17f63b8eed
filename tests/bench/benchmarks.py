# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmarks of ./dev bench: each pairs Storyloom with a reference tool on the same input.

Every function fills one or more Rows on the Context; a side that cannot run
here (tool missing, API not landed yet) leaves its figure empty with a note,
and the rest of the group still runs. ALL lists (group, row names, function).
"""

import ctypes.util
import json
import os
import re
import shutil
import subprocess

import benchlib
import genhistory
from benchlib import BenchError, NotMeasured, Row, Samples, program_samples, time_commands

CMARK_EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]
PAGE_66K = os.path.join("src", "design_docs", "async_stack_traces.md")


def tool_versions():
    tools = {
        "mdbook": ["mdbook", "--version"], "cmark-gfm": ["cmark-gfm", "--version"],
        "sqlite3": ["sqlite3", "--version"], "ripgrep": ["rg", "--version"], "grep": ["grep", "--version"],
        "git": ["git", "--version"], "ghostwriter": ["ghostwriter", "--version"],
    }
    out = {}
    for name, argv in tools.items():
        if benchlib.which(argv[0]):
            if name == "ghostwriter":  # its --version needs a display; ask the package manager
                argv = ["dpkg-query", "-W", "-f", "${Version}", "ghostwriter"]
            match = re.search(r"\d+(\.\d+)+[\w.+~-]*", benchlib.tool_version(argv))
            out[name] = match.group(0) if match else "?"
    return out


def mark_missing(ctx, row_names, status, reason):
    """Adds a row for every name the group did not manage to fill."""
    have = {r.name for r in ctx.rows}
    for name in row_names:
        if name not in have:
            row = ctx.add(Row(name, DESCRIPTIONS.get(name, name)))
            row.status = status
            row.note = reason
            row.target_text = TARGETS.get(name, ("", None, None, "ms"))[0]
            row.unit = TARGETS.get(name, ("", None, None, "ms"))[3]


def new_row(ctx, name):
    text, max_value, max_ratio, unit = TARGETS.get(name, ("", None, None, "ms"))
    row = Row(name, DESCRIPTIONS.get(name, name), unit)
    row.target_text, row.max_value, row.max_ratio = text, max_value, max_ratio
    return ctx.add(row)


def side(row, fn, label):
    """Runs one side of a comparison; a missing tool or API becomes a note on the row, not a failure."""
    try:
        fn()
    except NotMeasured as e:
        row.note = (row.note + " " if row.note else "") + f"{label} not measured: {e}."
        if label == "Storyloom":
            row.status = "not measured"


# ------------------------------------------------------------------ load
def bench_load(ctx):
    wg = ctx.wg_async()
    row = new_row(ctx, "load-wg-async")
    data = ctx.run_program("bench_load", [wg])
    ctx.ours_from(row, program_samples(data, "load"), program="bench_load")
    notes = data.get("notes", {})
    row.note = f"{notes.get('entities', '?')} entities, {notes.get('relations', '?')} relations"
    if notes.get("entities") == 0:
        row.note += " (the loader returned an empty graph: figure not meaningful)"
    row = new_row(ctx, "suggest-wg-async")
    ctx.ours_from(row, program_samples(data, "load+suggest"), program="bench_load")
    row.note = (f"{notes.get('suggestions', '?')} suggestions; RelationSuggester::suggest alone: "
                f"{benchlib.format_value(program_samples(data, 'suggest').median(), 'ms')}")
    proj, man = ctx.synthetic(ctx.book_stories, mdbook=True)
    row = new_row(ctx, "load-synthetic")
    row.description = f"ProjectLoader::load of the synthetic project ({man['files']} files, {man['bytes'] / 1e6:.1f} MB)"
    data = ctx.run_program("bench_load", [proj], iterations=max(2, ctx.iterations // 3))
    ctx.ours_from(row, program_samples(data, "load"), program="bench_load")
    row.note = f"{data.get('notes', {}).get('entities', '?')} entities"
    build = program_samples(data, "build")
    row.note += f"; of which GraphBuilder::build alone, from parses in memory: {benchlib.format_value(build.median(), 'ms')}"
    proj, _ = ctx.synthetic(ctx.index_stories)
    row = new_row(ctx, "suggest-10k")
    data = ctx.run_program("bench_load", [proj], iterations=max(1, ctx.iterations // 5))
    ctx.ours_from(row, program_samples(data, "load+suggest"), program="bench_load")
    row.note = (f"{data.get('notes', {}).get('suggestions', '?')} suggestions; beside the load alone: "
                f"{benchlib.format_value(program_samples(data, 'load').median(), 'ms')}")


# ------------------------------------------------------------------ mdBook
def bench_book(ctx):
    wg = ctx.wg_async()
    proj, man = ctx.synthetic(ctx.book_stories, mdbook=True)
    for name, root in (("book-wg-async", wg), ("book-synthetic", proj)):
        row = new_row(ctx, name)
        if name == "book-synthetic":
            row.description += f" ({man['files']} files, {man['bytes'] / 1e6:.1f} MB)"

        def ref(root=root, row=row, name=name):
            mdbook = ctx.need_tool("mdbook")
            dest = ctx.fresh_dir(f"mdbook-{name}")
            s = time_commands({"mdbook": [mdbook, "build", "-d", dest, root]}, max(2, ctx.runs // 3), env=ctx.env)["mdbook"]
            ctx.ref_from(row, "mdbook build", s, program="mdbook")

        def ours(root=root, row=row):
            data = ctx.run_program("bench_book", [root], iterations=max(2, ctx.iterations // 3))
            ctx.ours_from(row, program_samples(data, "load+render"), program="bench_book")
            row.note = f"{data.get('notes', {}).get('pages', '?')} pages rendered"

        side(row, ours, "Storyloom")
        side(row, ref, "mdbook")


# ------------------------------------------------------------------ preview
def bench_preview(ctx):
    """Ours against libcmark-gfm in the same process (the same work without a process start), with the
    cmark-gfm CLI timed beside it on the same file (whole processes: mostly process start for small pages)."""
    wg = ctx.wg_async()
    proj, man = ctx.synthetic(ctx.index_stories)
    pages = (("preview-66k", wg, os.path.join(wg, PAGE_66K)), ("preview-20k", proj, man["story20k"]))
    for name, root, page in pages:
        row = new_row(ctx, name)
        row.description += f" ({os.path.getsize(page) / 1024:.0f} KiB, {os.path.relpath(page, root)})"
        # Enough interleaved rounds (each a few ms) that the ratio's interval is narrow on a busy machine.
        data = ctx.run_program("bench_preview", [root, page], iterations=10 if ctx.quick else 300)
        ctx.ref_from(row, "libcmark-gfm in process", program_samples(data, "cmark-library"))
        row.ref_rss_mb = None
        cli = benchlib.which("cmark-gfm")
        if cli:
            s = time_commands({"cmark": [cli, *CMARK_EXTENSIONS, page]}, 5 if ctx.quick else 21, env=ctx.env)["cmark"]
            row.note = f"cmark-gfm CLI on the same file, whole process: {benchlib.format_value(s.median(), 'ms')}."
        edit = new_row(ctx, name + "-edit")
        edit.description += f" ({os.path.relpath(page, root)})"
        ctx.ref_from(edit, "libcmark-gfm in process", program_samples(data, "cmark-library"))
        edit.ref_rss_mb = None
        for r, sample in ((row, "pipeline"), (edit, "pipeline-edit")):
            try:
                ctx.ours_from(r, program_samples(data, sample))
                r.ours_rss_mb = None
                if cli:
                    r.note = (f"cmark-gfm CLI on the same file, whole process: {benchlib.format_value(s.median(), 'ms')} "
                              f"(ratio to it {r.ours / s.median():.2f}×).")
            except benchlib.BenchError:
                r.status = "not measured"
                r.note = (r.note + " " if r.note else "") + "This build has no preview pipeline (ui/preview)."
        notes = data.get("notes", {})
        if "cold_parse_ms" in notes:
            row.note += (" Cold render by stage (median ms): " + ", ".join(
                f"{stage} {notes[f'cold_{stage}_ms']:.2f}" for stage in ("prepare", "parse", "walk", "code", "html")) + ".")


# ------------------------------------------------------------------ index
def index_in_process(ctx):
    """bench_index on the synthetic project (cold build, reopen, every query): run once, shared by two groups."""
    if "bench_index" not in ctx.memo:
        proj, man = ctx.synthetic(ctx.index_stories)
        queries = os.path.join(ctx.work, "queries.txt")
        with open(queries, "w", encoding="utf-8") as f:
            f.write("\n".join(man["queries"][: (20 if ctx.quick else 100)]) + "\n")
        ctx.memo["bench_index"] = ctx.run_program("bench_index", [proj, queries, "--cold-runs", "1" if ctx.quick else "2"],
                                                  iterations=ctx.iterations)
    return ctx.memo["bench_index"]


def bench_index(ctx):
    proj, man = ctx.synthetic(ctx.index_stories)
    cache = ctx.env["XDG_CACHE_HOME"]
    cold, rss, warm, changed, linked = (new_row(ctx, n) for n in ("index-cold", "index-peak-rss", "index-warm",
                                                                  "index-100-changed", "index-100-linked"))
    for r in (cold, rss, warm, changed, linked):
        r.description += f" ({man['counts']['story']} stories, {man['bytes'] / 1e6:.0f} MB)"
    runs = 2 if ctx.quick else 3

    def ref():
        sqlite = ctx.need_tool("sqlite3")
        db = os.path.join(ctx.work, "fts5-reference.db")
        sql = ("PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE docs USING fts5(path, body, "
               "tokenize='unicode61 remove_diacritics 2'); BEGIN; INSERT INTO docs SELECT name, CAST(data AS TEXT) "
               "FROM fsdir('.') WHERE name LIKE '%.md'; COMMIT;")

        def setup(_label, _i):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
        s = time_commands({"sqlite3": [sqlite, db, sql]}, runs, cwd=proj, env=ctx.env, setup=setup)["sqlite3"]
        ctx.ref_from(cold, "sqlite3 FTS5 bulk load", s, program="sqlite3")
        rss.ref_name, rss.ref = "sqlite3 FTS5 bulk load", benchlib.kb_to_mb(s.peak_rss_kb)

    def in_process():
        data = index_in_process(ctx)
        notes = data.get("notes", {})
        ctx.ours_from(warm, program_samples(data, "reopen"))
        warm.ours_rss_mb = None
        warm.note = "In process: open the index and read the last snapshot (a usable project)."
        return data, notes

    def ours():
        data, notes = in_process()
        if ctx.cli_available("index"):
            cli = ctx.need_program("storyloom-cli")

            def wipe(_label, _i):
                shutil.rmtree(cache, ignore_errors=True)
            s = time_commands({"index": [cli, "index", proj]}, runs, env=ctx.env, setup=wipe)["index"]
            ctx.ours_from(cold, s, program="storyloom-cli index")
            cold.note = "Whole `storyloom-cli index` process."
            rss.ours, rss.unit = benchlib.kb_to_mb(s.peak_rss_kb), "MB"
            rss.note = "Peak RSS of the cold `storyloom-cli index`."
            s = time_commands({"index": [cli, "index", proj]}, ctx.runs, env=ctx.env)["index"]
            warm.note += f" `storyloom-cli index` with nothing changed: {benchlib.format_value(s.median(), 'ms')}."
            cli_changed(ctx, cli, proj, changed, runs)
            cli_changed(ctx, cli, proj, linked, runs, link=True)
        else:
            ctx.ours_from(cold, program_samples(data, "cold"))
            cold.ours_rss_mb = None
            cold.note = ("In process (load + write a new database); `storyloom-cli index` has not landed. "
                         f"{notes.get('documents', '?')} documents written.")
            rss.ours, rss.unit = benchlib.kb_to_mb(notes.get("cold_peak_rss_kb")), "MB"
            rss.note = "Peak RSS of the in-process cold build (bench_index)."
            for r in (changed, linked):
                r.status, r.note = "not measured", "`storyloom-cli index` has not landed"

    side(cold, ours, "Storyloom")
    if cold.status != "ok":
        for r in (rss, warm, changed, linked):
            r.status, r.note = cold.status, cold.note
    side(cold, ref, "sqlite3")


def cli_changed(ctx, cli, proj, row, runs, link=False):
    """Appends a line to 100 stories (with `link`, one with a link the graph must take in: to the project's
    README, then to its projects, one per run), refreshes with the CLI, and restores the bytes afterwards."""
    stories = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(proj, "stories")) for f in fs)
    chosen = stories[:: max(1, len(stories) // 100)][:100]
    originals = {}
    for p in chosen:
        with open(p, "rb") as f:
            originals[p] = f.read()

    # Each run links to another file: a second link to the same one adds no relation, and the
    # graph's rows would not change.
    targets = [os.path.join(proj, "README.md")] + sorted(
        os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(proj, "projects")) for f in fs)

    def edit(_label, i):
        target = targets[i % len(targets)]
        for p in chosen:
            with open(p, "ab") as f:
                if link:
                    f.write(f"\nSee [this]({os.path.relpath(target, os.path.dirname(p))}), run {i}.\n".encode())
                else:
                    f.write(f"\nEdited in run {i}.\n".encode())
    try:
        s = time_commands({"index": [cli, "index", proj]}, runs, env=ctx.env, setup=edit)["index"]
        ctx.ours_from(row, s, program="storyloom-cli index")
        row.note = f"Whole `storyloom-cli index` process after {len(chosen)} files changed."
    finally:
        for p, data in originals.items():
            with open(p, "wb") as f:
                f.write(data)


# ------------------------------------------------------------------ search
def bench_search(ctx):
    proj, man = ctx.synthetic(ctx.index_stories)
    queries = man["queries"][: (20 if ctx.quick else 100)]
    rows = {"rg": new_row(ctx, "search-p95"), "grep": new_row(ctx, "search-p95-grep")}
    for r in rows.values():
        r.description += f" ({len(queries)} queries, {man['counts']['story']} stories)"
    ours = None
    try:
        data = index_in_process(ctx)
        ours = program_samples(data, "search")
        ours.peak_rss_kb = None
    except NotMeasured as e:
        for r in rows.values():
            r.status, r.note = "not measured", str(e)
    # The references, and the CLI when it exists, run interleaved query by query.
    cli = ctx.program("storyloom-cli") if ctx.cli_available("search") else None
    if cli:
        benchlib.run_rusage([cli, "index", proj], env=ctx.env, timeout=1800)
    tools = {"rg": benchlib.which("rg"), "grep": benchlib.which("grep")}
    values = {"cli": [], "rg": [], "grep": []}
    rss = {"cli": None, "rg": None, "grep": None}
    for q in queries:
        argv = {}
        if cli:
            # --no-refresh: time the search, not a refresh of the index before it.
            argv["cli"] = [cli, "search", "--json", "--no-refresh", "--limit", "20", proj, q]
        if tools["rg"]:
            argv["rg"] = [tools["rg"], "-liF", "--", q, proj]
        if tools["grep"]:
            argv["grep"] = [tools["grep"], "-rliF", "--", q, proj]
        for label, cmd in argv.items():
            ms, kb, _, code, err = benchlib.run_rusage(cmd, env=ctx.env, check=False)
            if code not in (0, 1):
                raise benchlib.BenchError(f"{label} exit {code} for query {q!r}: {err.decode(errors='replace')[:200]}")
            values[label].append(ms)
            rss[label] = benchlib.max_peak(rss[label], kb)
    for label, row in rows.items():
        if ours:
            ctx.ours_from(row, ours, stat="p95")
            row.note = "Storyloom: Searcher::search in process on the index (bm25, snippets, limit 20)"
            if cli:
                row.note += f"; whole `storyloom-cli search` processes p95 {benchlib.format_value(benchlib.percentile(values['cli'], 95), 'ms')}"
            row.note += ". The reference is one process per query; two-word queries are a phrase for it and an AND query for Storyloom."
            typeahead = next((r["samples_ms"] for r in data.get("results", []) if r["name"] == "typeahead"), None)
            if typeahead:
                row.note += (f" Type-ahead (the first 3 letters of each query as a prefix query): p95 "
                             f"{benchlib.format_value(benchlib.percentile(typeahead, 95), 'ms')}.")
        if tools[label]:
            ctx.ref_from(row, f"{'rg -liF' if label == 'rg' else 'grep -rliF'} (p95)", Samples(values[label], rss[label]),
                         stat="p95", program=label)


# ------------------------------------------------------------------ layout
def bench_layout(ctx):
    wg_row, big_row = new_row(ctx, "layout-wg-async"), new_row(ctx, "layout-5k")
    map_row, map_big_row = new_row(ctx, "storymap-wg-async"), new_row(ctx, "storymap-10k")
    nodes = 500 if ctx.quick else 5000
    proj, man = ctx.synthetic(ctx.index_stories)
    data = ctx.run_program("bench_layout", ["--nodes", str(nodes), "--map-project", proj, ctx.wg_async()],
                           iterations=max(2, ctx.iterations // 5))
    notes = data.get("notes", {})
    ctx.ours_from(map_row, program_samples(data, "storymap"))
    map_row.note = (f"StoryMapLayout::compute in process: columns, groups, barycentre order, routed lines; "
                    f"{notes.get('map_boxes')} boxes. Runs in about a second with the rest of bench_layout.")
    ctx.ours_from(map_big_row, program_samples(data, "storymap-large"))
    map_big_row.description = (f"story map of the synthetic project ({man['counts']['story']} stories, "
                               f"{notes.get('map_large_entities')} entities, {notes.get('map_large_relations')} relations) "
                               f"to a readable grouped map")
    map_big_row.note = (f"{notes.get('map_large_boxes')} boxes, every relation bundled between them; loading the "
                        f"project once (not timed) takes a few seconds.")
    ctx.ours_from(wg_row, program_samples(data, "project"))
    wg_row.note = f"Graphviz sfdp through GraphLayout, {notes.get('project_nodes')} nodes, {notes.get('project_edges')} edges."
    ctx.ours_from(big_row, program_samples(data, "synthetic"))
    big_row.description = f"layout of a synthetic {notes.get('synthetic_nodes')}-node, {notes.get('synthetic_edges')}-edge graph"
    big_row.note = "Graphviz sfdp through GraphLayout (StoryGraphLayout::synthetic)."
    for r in (wg_row, big_row, map_row, map_big_row):
        r.ours_rss_mb = benchlib.kb_to_mb(data.get("peak_rss_kb"))
        r.ours_program = "bench_layout"

    frame = new_row(ctx, "graph-frame-5k")

    def render():
        data = ctx.run_program("bench_graphframe", ["--nodes", str(nodes)], iterations=ctx.iterations * 2)
        ctx.ours_from(frame, program_samples(data, "frame"), program="bench_graphframe")
        notes = data.get("notes", {})
        build = program_samples(data, "scene-build").median()
        frame.description = (f"one full-scene frame of the graph view's scene ({notes.get('nodes')} nodes, "
                             f"{notes.get('edges')} edges) painted to a 1600×1000 image, whole graph in view")
        frame.note = f"Building the scene took {benchlib.format_value(build, 'ms')}."
    side(frame, render, "Storyloom")


# ------------------------------------------------------------------ sync
def bench_sync(ctx):
    row = new_row(ctx, "sync")
    git = ctx.need_tool("git")
    if not ctx.cli_available("sync"):
        row.status, row.note = "not measured", "`storyloom-cli sync` has not landed"
    # The case: one changed story in a repository of about 10,000 files (the index project).
    proj, _ = ctx.synthetic(ctx.index_stories)
    base = ctx.fresh_dir("sync")
    env = dict(ctx.env, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.org", GIT_COMMITTER_NAME="Bench",
               GIT_COMMITTER_EMAIL="bench@example.org", GIT_CONFIG_NOSYSTEM="1",
               GIT_CONFIG_GLOBAL=os.path.join(base, "gitconfig"))
    with open(env["GIT_CONFIG_GLOBAL"], "w", encoding="utf-8") as f:
        f.write("[safe]\n\tdirectory = *\n[init]\n\tdefaultBranch = main\n")

    def g(*args, cwd=None):
        subprocess.run([git, *args], cwd=cwd, env=env, check=True, capture_output=True)
    seed = os.path.join(base, "seed")
    shutil.copytree(proj, seed)
    g("init", "-q", seed)
    g("add", "-A", cwd=seed)
    g("commit", "-q", "-m", "synthetic project", cwd=seed)
    clones = {}
    for label in ("ours", "git"):
        remote = os.path.join(base, f"{label}-remote.git")
        g("clone", "-q", "--bare", seed, remote)
        clones[label] = os.path.join(base, f"{label}-clone")
        g("clone", "-q", remote, clones[label])
    page = os.path.join("stories", "status-quo", sorted(os.listdir(os.path.join(seed, "stories", "status-quo")))[0])

    def edit(label, i):
        with open(os.path.join(clones[label], page), "a", encoding="utf-8") as f:
            f.write(f"\nA line added by benchmark run {i}.\n")
    cmds = {"git": ["bash", "-c", f"git add -A && git commit -q -m 'bench' && git push -q"]}
    if row.status == "ok":
        cmds["ours"] = [ctx.need_program("storyloom-cli"), "sync", "--message", "bench", clones["ours"]]
    res = {}
    for label, cmd in cmds.items():
        res[label] = []
    rss = {k: None for k in cmds}
    for i in range(ctx.runs):
        for label, cmd in cmds.items():
            edit(label, i)
            ms, kb, _, _, _ = benchlib.run_rusage(cmd, cwd=clones[label], env=env)
            res[label].append(ms)
            rss[label] = benchlib.max_peak(rss[label], kb)
    ctx.ref_from(row, "git add -A && git commit && git push", Samples(res["git"], rss["git"]), program="git")
    if "ours" in res:
        ctx.ours_from(row, Samples(res["ours"], rss["ours"]), program="storyloom-cli sync")


class GitServers:
    """sshd and lighttpd with `git http-backend` on 127.0.0.1: bench_gitservers, the sync tests' own fixture."""

    def __init__(self, ctx):
        program = ctx.need_program("bench_gitservers")
        self.proc = subprocess.Popen([program], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=ctx.env, text=True)
        line = self.proc.stdout.readline()
        info = json.loads(line) if line.startswith("{") else {"error": "bench_gitservers printed nothing"}
        if "error" in info:
            self.close()
            raise NotMeasured(f"the Git servers did not start ({info['error']})")
        self.ssh_command = info["ssh_command"]
        self.prefix = {"ssh": info["ssh_prefix"], "http": info["http_prefix"]}

    def command(self, line):
        """`stop ssh`, `start ssh` (returns once the server accepts connections) ..."""
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if answer != "ok":
            raise BenchError(f"bench_gitservers: {line}: {answer}")

    def close(self):
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


SERVER_ROWS = ["sync-ssh", "sync-http", "sync-ssh-moved", "sync-http-moved", "sync-server-return"]


def bench_sync_servers(ctx):
    """One changed story synced over SSH and smart HTTP on loopback, beside the git commands a user would type."""
    git = ctx.need_tool("git")
    cli = ctx.need_program("storyloom-cli")
    servers = GitServers(ctx)
    try:
        proj, _ = ctx.synthetic(ctx.index_stories)
        base = ctx.fresh_dir("sync-servers")
        env = dict(ctx.env, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.org",
                   GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.org", GIT_CONFIG_NOSYSTEM="1",
                   GIT_CONFIG_GLOBAL=os.path.join(base, "gitconfig"), GIT_SSH_COMMAND=servers.ssh_command,
                   GIT_TERMINAL_PROMPT="0")
        with open(env["GIT_CONFIG_GLOBAL"], "w", encoding="utf-8") as f:
            f.write("[safe]\n\tdirectory = *\n[init]\n\tdefaultBranch = main\n[credential]\n\thelper =\n")

        def g(*args, cwd=None):
            subprocess.run([git, *args], cwd=cwd, env=env, check=True, capture_output=True)
        seed = os.path.join(base, "seed")
        shutil.copytree(proj, seed)
        g("init", "-q", seed)
        g("add", "-A", cwd=seed)
        g("commit", "-q", "-m", "synthetic project", cwd=seed)
        stories = sorted(os.listdir(os.path.join(seed, "stories", "status-quo")))
        mine, theirs = (os.path.join("stories", "status-quo", name) for name in stories[:2])
        clones, others = {}, {}
        for transport in ("ssh", "http"):
            for label in ("ours", "git"):
                key = (transport, label)
                remote = os.path.join(base, f"{transport}-{label}-remote.git")
                g("clone", "-q", "--bare", seed, remote)
                clones[key] = os.path.join(base, f"{transport}-{label}")
                others[key] = os.path.join(base, f"{transport}-{label}-colleague")
                g("clone", "-q", remote, clones[key])
                g("clone", "-q", remote, others[key])
                g("remote", "set-url", "origin", servers.prefix[transport] + remote, cwd=clones[key])
                g("fetch", "-q", cwd=clones[key])  # the first contact, untimed
                g("branch", "-q", "--set-upstream-to=origin/main", cwd=clones[key])

        def edit(folder, story, i, who):
            with open(os.path.join(folder, story), "a", encoding="utf-8") as f:
                f.write(f"\nA line {who} added in benchmark run {i}.\n")

        def colleague_pushes(key, i):
            edit(others[key], theirs, i, "a colleague")
            g("pull", "-q", "--no-rebase", "--no-edit", cwd=others[key])
            g("commit", "-q", "-am", "colleague", cwd=others[key])
            g("push", "-q", cwd=others[key])

        commands = {
            "push": ["bash", "-c", "git add -A && git commit -q -m bench && git push -q"],
            "pull": ["bash", "-c", "git add -A && git commit -q -m bench && git pull -q --no-rebase --no-edit "
                                   "&& git push -q"],
        }
        for transport in ("ssh", "http"):
            for moved in (False, True):
                row = new_row(ctx, f"sync-{transport}" + ("-moved" if moved else ""))
                res = {"ours": [], "git": []}
                rss = {"ours": None, "git": None}
                # One untimed round first (the page cache, the servers' first forks), except in a quick run.
                warmup = 0 if ctx.quick else 1
                for i in range(ctx.runs + warmup):
                    for label in ("ours", "git"):
                        key = (transport, label)
                        if moved:
                            colleague_pushes(key, i)
                        edit(clones[key], mine, i, "the author")
                        cmd = [cli, "sync", "--message", "bench", clones[key]] if label == "ours" \
                            else commands["pull" if moved else "push"]
                        ms, kb, _, code, err = benchlib.run_rusage(cmd, cwd=clones[key], env=env, check=False)
                        if code != 0:
                            raise BenchError(f"{label} over {transport}: exit {code}: "
                                             + err.decode("utf-8", "replace").strip()[-300:])
                        if i >= warmup:
                            res[label].append(ms)
                            rss[label] = benchlib.max_peak(rss[label], kb)
                ref = "git add -A && git commit && " + ("git pull --no-rebase && git push" if moved else "git push")
                ctx.ref_from(row, ref, Samples(res["git"], rss["git"]), program="git")
                ctx.ours_from(row, Samples(res["ours"], rss["ours"]), program="storyloom-cli sync")

        # The server was killed while the author worked: from its return to the commit being on it.
        row = new_row(ctx, "sync-server-return")
        key = ("ssh", "ours")
        times, peak = [], None
        for i in range(1 if ctx.quick else ctx.runs):
            servers.command("stop ssh")
            edit(clones[key], mine, 100 + i, "the author offline")
            offline = subprocess.run([cli, "sync", "--message", "offline", clones[key]], env=env,
                                     capture_output=True, timeout=120)
            if offline.returncode == 0:
                raise BenchError("the sync succeeded with the SSH server stopped")
            servers.command("start ssh")
            ms, kb, _, code, err = benchlib.run_rusage([cli, "sync", clones[key]], env=env, check=False)
            if code != 0:
                raise BenchError("the sync after the server's return failed: "
                                 + err.decode("utf-8", "replace").strip()[-300:])
            times.append(ms)
            peak = benchlib.max_peak(peak, kb)
        ctx.ours_from(row, Samples(times, peak), program="storyloom-cli sync")
        row.note = "Timed from the moment the restarted sshd accepts connections to the end of the sync that " \
                   "pushes the commit made while it was away (one `storyloom-cli sync`, no retry delay)."
    finally:
        servers.close()


# ------------------------------------------------------------------ GUI
class Xvfb:
    """A private X server for the GUI benchmarks (no window manager, nothing else on it)."""

    def __init__(self, ctx):
        xvfb = ctx.need_tool("Xvfb")
        r, w = os.pipe()
        self.proc = subprocess.Popen([xvfb, "-displayfd", str(w), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                     pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        with os.fdopen(r) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise benchlib.BenchError("Xvfb did not start")
        self.display = f":{number}"

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def bench_gui(ctx):
    start, rss, keys = new_row(ctx, "gui-start"), new_row(ctx, "gui-rss"), new_row(ctx, "keystroke-p95")
    wg = ctx.wg_async()
    page = os.path.join(wg, PAGE_66K)

    def keystrokes():
        proj, man = ctx.synthetic(ctx.index_stories)
        data = ctx.run_program("bench_gui", [proj, man["story20k"]], iterations=1)
        s = program_samples(data, "keystroke-to-preview")
        ctx.ours_from(keys, s, stat="p95")
        keys.ours_rss_mb = None
        keys.note = (f"p50 {benchlib.format_value(s.median(), 'ms')} over {len(s.values)} keystrokes into the editor of a "
                     f"{data.get('notes', {}).get('page_bytes', 0) / 1024:.0f} KiB story (offscreen), each timed until the "
                     "preview holds the new text; includes the preview's typing pause.")
    side(keys, keystrokes, "Storyloom")

    watcher = ctx.need_program("bench_firstwindow")
    if not ctypes.util.find_library("xcb-cursor"):
        raise NotMeasured("Qt's xcb platform needs libxcb-cursor0 (in BENCH_PACKAGES)")
    xvfb = Xvfb(ctx)
    # QTWEBENGINE_DISABLE_SANDBOX: ghostwriter's preview (QtWebEngine) refuses to start as root otherwise.
    env = dict(ctx.env, DISPLAY=xvfb.display, QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1")
    settle = "500" if ctx.quick else "2000"
    runs = 1 if ctx.quick else 5

    def measure(cmd):
        argv = [watcher, "--iterations", str(runs), "--settle-ms", settle, "--timeout-ms", "30000", "--", *cmd]
        _, _, out, _, _ = benchlib.run_rusage(argv, env=env, timeout=600)
        data = json.loads(out.decode().strip().splitlines()[-1])
        # The peak is the GUI program's tree's (VmHWM read by the watcher), not the watcher's own.
        peak = max(program_samples(data, "tree-peak-rss-kb").values)
        first = program_samples(data, "first-window")
        first.peak_rss_kb = peak
        mem = program_samples(data, "tree-pss-kb")
        return first, Samples([v / 1024.0 for v in mem.values], peak)

    try:
        def ours_start():
            first, _ = measure([ctx.need_program("storyloom"), wg])
            ctx.ours_from(start, first, program="storyloom")
            start.note = "Storyloom opens the wg-async project; ghostwriter opens the 66 KB page."

        def ours_rss():
            # The main window with wg-async loaded and the 66 KB page open in a tab (storyloom has no option for that).
            _, mem = measure([ctx.need_program("bench_gui"), "--window", wg, page])
            ctx.ours_from(rss, mem, program="bench_gui --window")
            rss.ours_spread = None
            rss.note = "Storyloom: its main window (bench_gui --window) with wg-async loaded and the page open in a tab."

        def ref():
            ghostwriter = ctx.need_tool("ghostwriter")
            first, mem = measure([ghostwriter, page])
            ctx.ref_from(start, "ghostwriter", first, program="ghostwriter")
            ctx.ref_from(rss, "ghostwriter", mem, program="ghostwriter")
            rss.ref_spread = None

        side(start, ours_start, "Storyloom")
        side(rss, ours_rss, "Storyloom")
        side(start, ref, "ghostwriter")
    finally:
        xvfb.close()


# ------------------------------------------------------------------ history
def bench_history(ctx):
    """The vision's Git history (tools/genhistory.py): `storyloom-cli log`, `diff` and one old revision."""
    names = ["history-log", "history-log-cached", "history-diff", "history-revision", "history-revision-cold"]
    rows = {name: new_row(ctx, name) for name in names}
    log_row, cached_row, diff_row = rows["history-log"], rows["history-log-cached"], rows["history-diff"]
    rev_row, cold_row = rows["history-revision"], rows["history-revision-cold"]
    git = ctx.need_tool("git")
    if not ctx.cli_available("log"):
        for row in rows.values():
            row.status, row.note = "not measured", "`storyloom-cli log` has not landed"
    stories, commits = (60, 40) if ctx.quick else (200, 800)
    repo = history_repository(ctx, stories, commits)
    env = dict(ctx.env, GIT_OPTIONAL_LOCKS="0")
    runs = 2 if ctx.quick else 3
    note = f"{stories}-story project, {commits} commits (tools/genhistory.py)"
    cli = ctx.program("storyloom-cli")

    def forget(what):
        """Before a run of ours: drops Storyloom's history cache (kept rows and parses, or the rows only)."""
        def setup(label, _):
            if label != "ours":
                return
            for folder, _, names in os.walk(env["XDG_CACHE_HOME"]):
                for name in names:
                    if os.path.basename(folder) == "history" and (what == "all" or name.endswith(".log")):
                        os.remove(os.path.join(folder, name))
        return setup

    cmds = {"git": [git, "-C", repo, "log", "--first-parent", "--name-status", "HEAD"]}
    if log_row.status == "ok":
        cmds["ours"] = [cli, "log", "--json", repo]
    s = time_commands(cmds, runs, env=env, setup=forget("all"))
    ctx.ref_from(log_row, "git log --first-parent --name-status", s["git"], program="git")
    if "ours" in s:
        ctx.ours_from(log_row, s["ours"], program="storyloom-cli log")
    log_row.note = note + "; the first run: Storyloom's history cache emptied before each run"
    # The same once the rows are kept (the last run above left them).
    s = time_commands(cmds, runs, env=env)
    ctx.ref_from(cached_row, "git log --first-parent --name-status", s["git"], program="git")
    if "ours" in s:
        ctx.ours_from(cached_row, s["ours"], program="storyloom-cli log")
    cached_row.note = note + "; the rows kept by an earlier run"

    back = min(100, commits // 2)
    cmds = {"git": [git, "-C", repo, "diff", "--name-status", "-M", f"HEAD~{back}", "HEAD"]}
    if diff_row.status == "ok":
        cmds["ours"] = [cli, "diff", "--json", repo, f"HEAD~{back}", "HEAD"]
    s = time_commands(cmds, runs * 3, env=env)
    ctx.ref_from(diff_row, "git diff --name-status -M", s["git"], program="git")
    if "ours" in s:
        ctx.ours_from(diff_row, s["ours"], program="storyloom-cli diff")
    diff_row.note = note + f"; HEAD~{back} against HEAD"

    # One commit's range loads exactly one revision in a fresh process: with the parses kept by
    # the runs above (its kept row dropped), and with nothing kept.
    old = f"HEAD~{commits // 3}"
    for row, what, label in ((rev_row, "rows", "parses kept"), (cold_row, "all", "nothing kept")):
        cmds = {"git": [git, "-C", repo, "ls-tree", "-r", "-l", old]}
        if row.status == "ok":
            cmds["ours"] = [cli, "log", "--json", repo, f"{old}~1..{old}"]
        s = time_commands(cmds, runs * 3, env=env, setup=forget(what))
        ctx.ref_from(row, "git ls-tree -r -l", s["git"], program="git")
        if "ours" in s:
            ctx.ours_from(row, s["ours"], program="storyloom-cli log")
        row.note = note + f"; the vision at {old}, {label}"


def history_repository(ctx, stories, commits):
    """The repository genhistory.py writes, made once per size."""
    repo = os.path.join(ctx.inputs, f"history-{stories}-{commits}")
    if not os.path.isdir(os.path.join(repo, ".git")):
        if os.path.exists(repo):
            shutil.rmtree(repo)
        genhistory.main(["--stories", str(stories), "--commits", str(commits), "--seed", "1", "--out", repo])
    return repo


def bench_history_large(ctx):
    """`storyloom-cli diff` of two revisions of the 10,000-story project about 100 changed files apart."""
    row = new_row(ctx, "history-diff-10k")
    git = ctx.need_tool("git")
    if not ctx.cli_available("diff"):
        row.status, row.note = "not measured", "`storyloom-cli diff` has not landed"
    stories, commits = (300, 30) if ctx.quick else (10000, 60)
    repo = history_repository(ctx, stories, commits)
    env = dict(ctx.env, GIT_OPTIONAL_LOCKS="0")
    # The older revision: the first back from HEAD with at least 100 files changed since.
    # Merges make the first-parent line shorter than the number of commits the generator made.
    depth = int(subprocess.run([git, "-C", repo, "rev-list", "--first-parent", "--count", "HEAD"],
                               capture_output=True, text=True, env=env, check=True).stdout.strip())
    back = 1
    while back < depth - 1:
        out = subprocess.run([git, "-C", repo, "diff", "--name-only", "--no-renames", f"HEAD~{back}", "HEAD"],
                             capture_output=True, text=True, env=env, check=True).stdout
        changed = len(out.splitlines())
        if changed >= 100:
            break
        back += 1
    cmds = {"git": [git, "-C", repo, "diff", "--name-status", "-M", f"HEAD~{back}", "HEAD"]}
    if row.status == "ok":
        cmds["ours"] = [ctx.program("storyloom-cli"), "diff", "--json", repo, f"HEAD~{back}", "HEAD"]
    s = time_commands(cmds, 2 if ctx.quick else 3, env=env)
    ctx.ref_from(row, "git diff --name-status -M", s["git"], program="git")
    if "ours" in s:
        ctx.ours_from(row, s["ours"], program="storyloom-cli diff")
    row.note = f"{stories}-story project (tools/genhistory.py); HEAD~{back} against HEAD, {changed} files changed"


ALL = [
    ("load", ["load-wg-async", "suggest-wg-async", "load-synthetic", "suggest-10k"], bench_load),
    ("book", ["book-wg-async", "book-synthetic"], bench_book),
    ("preview", ["preview-66k", "preview-66k-edit", "preview-20k", "preview-20k-edit"], bench_preview),
    ("index", ["index-cold", "index-peak-rss", "index-warm", "index-100-changed", "index-100-linked"], bench_index),
    ("search", ["search-p95", "search-p95-grep"], bench_search),
    ("layout", ["layout-wg-async", "layout-5k", "storymap-wg-async", "storymap-10k", "graph-frame-5k"], bench_layout),
    ("sync", ["sync"], bench_sync),
    ("sync-servers", SERVER_ROWS, bench_sync_servers),
    ("gui", ["gui-start", "gui-rss", "keystroke-p95"], bench_gui),
    ("history", ["history-log", "history-log-cached", "history-diff", "history-revision", "history-revision-cold"],
     bench_history),
    ("history-large", ["history-diff-10k"], bench_history_large),
]

# The least peak resident memory (MB) each program can show doing its row's work, for the report's
# self-check: a figure below it was taken of something else (a wrapper, a shell, the launcher). The
# bounds are loose on purpose (what the program's libraries alone take, in quick mode too), so they
# catch a wrong measurement, not a slow day. A Qt Widgets program maps its platform plugin, fonts and
# widgets; ghostwriter also starts QtWebEngine.
BASELINES_MB = {
    "storyloom": 20, "bench_gui --window": 20, "ghostwriter": 20,
    "bench_load": 5, "bench_book": 8, "bench_layout": 5, "bench_graphframe": 8,
    "storyloom-cli index": 8, "storyloom-cli sync": 8, "storyloom-cli log": 8, "storyloom-cli diff": 8,
    "sqlite3": 2, "mdbook": 2, "rg": 2, "grep": 1, "git": 2,
}

# name -> (target text, max value, max ratio, unit)
TARGETS = {
    "load-wg-async": ("≤ 100 ms", 100, None, "ms"),
    "suggest-wg-async": ("≤ 1 s", 1000, None, "ms"),
    "suggest-10k": ("≤ 10 s", 10000, None, "ms"),
    "preview-66k": ("≤ 16 ms and ≤ 2× cmark-gfm", 16, 2.0, "ms"),
    "preview-20k": ("≤ 2× cmark-gfm", None, 2.0, "ms"),
    "preview-66k-edit": ("≤ 16 ms and ≤ 2× cmark-gfm", 16, 2.0, "ms"),
    "preview-20k-edit": ("≤ 2× cmark-gfm", None, 2.0, "ms"),
    "index-cold": ("≤ 5 s (10k stories)", 5000, None, "ms"),
    "index-peak-rss": ("≤ 300 MB", 300, None, "MB"),
    "index-warm": ("≤ 300 ms", 300, None, "ms"),
    "index-100-changed": ("≤ 1 s", 1000, None, "ms"),
    "index-100-linked": ("≤ 1 s", 1000, None, "ms"),
    "search-p95": ("p95 ≤ 20 ms", 20, None, "ms"),
    "search-p95-grep": ("p95 ≤ 20 ms", 20, None, "ms"),
    "layout-wg-async": ("≤ 1 s", 1000, None, "ms"),
    "layout-5k": ("≤ 10 s", 10000, None, "ms"),
    "storymap-wg-async": ("≤ 300 ms", 300, None, "ms"),
    "storymap-10k": ("≤ 2 s", 2000, None, "ms"),
    "graph-frame-5k": ("≤ 16 ms", 16, None, "ms"),
    "sync": ("≤ 1.5× git", None, 1.5, "ms"),
    "sync-ssh": ("≤ 1.5× git", None, 1.5, "ms"),
    "sync-http": ("≤ 1.5× git", None, 1.5, "ms"),
    "sync-ssh-moved": ("≤ 1.5× git", None, 1.5, "ms"),
    "sync-http-moved": ("≤ 1.5× git", None, 1.5, "ms"),
    "sync-server-return": ("", None, None, "ms"),
    "gui-start": ("≤ ghostwriter", None, 1.0, "ms"),
    "gui-rss": ("≤ ghostwriter", None, 1.0, "MB"),
    "keystroke-p95": ("p95 ≤ 50 ms", 50, None, "ms"),
    "history-log": ("≤ 15 s (800 commits)", 15000, None, "ms"),
    "history-log-cached": ("≤ 1 s (800 commits)", 1000, None, "ms"),
    "history-diff": ("≤ 500 ms", 500, None, "ms"),
    "history-diff-10k": ("≤ 2 s", 2000, None, "ms"),
    "history-revision": ("≤ 300 ms", 300, None, "ms"),
    "history-revision-cold": ("≤ 1 s (cold)", 1000, None, "ms"),
}

DESCRIPTIONS = {
    "load-wg-async": "ProjectLoader::load of wg-async in process (scan, parse, classify, extract)",
    "suggest-wg-async": "ProjectLoader::load of wg-async plus the suggested relations (RelationSuggester::suggest)",
    "load-synthetic": "ProjectLoader::load of the synthetic project in process",
    "suggest-10k": "ProjectLoader::load of the 10,000-story synthetic project plus the suggested relations",
    "book-wg-async": "wg-async: load the project and render every page's preview HTML, vs `mdbook build`",
    "book-synthetic": "synthetic mdBook: load and render every page's preview HTML, vs `mdbook build`",
    "preview-66k": "Markdown to final preview HTML (with highlighted code) for the largest wg-async page",
    "preview-20k": "Markdown to final preview HTML for a 20 KB synthetic story",
    "preview-66k-edit": "re-render of the 66 KB page after a one-character edit (unchanged code blocks from the cache)",
    "preview-20k-edit": "re-render of the 20 KB story after a one-character edit (unchanged code blocks from the cache)",
    "index-cold": "cold index build, vs the sqlite3 CLI loading the same files into FTS5",
    "index-peak-rss": "peak resident memory of the cold index build",
    "index-warm": "reopen with nothing changed, to a usable project",
    "index-100-changed": "`storyloom-cli index` after 100 stories changed (a sentence appended: prose only)",
    "index-100-linked": "`storyloom-cli index` after 100 stories each gained a link (the graph is built again; each run links to another file, so its rows change)",
    "search-p95": "95th percentile of search latency over mixed queries, vs ripgrep",
    "search-p95-grep": "95th percentile of search latency over mixed queries, vs grep",
    "layout-wg-async": "layout of the whole wg-async graph",
    "layout-5k": "layout of a synthetic 5,000-node, 15,000-edge graph",
    "storymap-wg-async": "story map of wg-async (columns, groups, crossing reduction, routed lines) to the first complete picture",
    "storymap-10k": "story map of the 10,000-story synthetic project to a readable grouped map",
    "graph-frame-5k": "one full-scene frame of the 5,000-node graph painted offscreen",
    "gui-start": "process start to first mapped window under Xvfb, vs ghostwriter opening the 66 KB page",
    "gui-rss": "memory (PSS of the process and its children) 2 s after the first window, vs ghostwriter with the 66 KB page open",
    "keystroke-p95": "keystroke to visible preview on a 20 KB story, 95th percentile",
    "history-log": "`storyloom-cli log --json` over the whole first-parent history of a synthetic repository, nothing kept, vs `git log --name-status`",
    "history-log-cached": "the same `storyloom-cli log --json` with the rows kept by an earlier run, vs `git log --name-status`",
    "history-diff": "`storyloom-cli diff --json` of two revisions 100 commits apart (renames followed), vs `git diff --name-status -M`",
    "history-revision": "the vision at an old revision from Git objects in a fresh process (`log` of one commit), parses kept, vs `git ls-tree`",
    "history-revision-cold": "the same with Storyloom's history cache empty (every file parsed), vs `git ls-tree`",
    "history-diff-10k": "`storyloom-cli diff --json` of two revisions of the 10,000-story project about 100 changed files apart, vs `git diff --name-status -M`",
    "sync-ssh": "`storyloom-cli sync` of one edited story to sshd on 127.0.0.1 (the remote has not moved), vs git add, commit and push",
    "sync-http": "`storyloom-cli sync` of one edited story to `git http-backend` behind lighttpd with Basic auth on 127.0.0.1 (the remote has not moved), vs git add, commit and push",
    "sync-ssh-moved": "`storyloom-cli sync` of one edited story over SSH after a colleague pushed another story, vs git add, commit, pull --no-rebase and push",
    "sync-http-moved": "`storyloom-cli sync` of one edited story over smart HTTP after a colleague pushed another story, vs git add, commit, pull --no-rebase and push",
    "sync-server-return": "from a killed sshd's return to the end of the `storyloom-cli sync` that pushes what was committed while it was away",
    "sync": "`storyloom-cli sync` of one edited story in the 10,000-story repository (about 11,750 files) to a local remote, vs the git CLI doing the same",
}
