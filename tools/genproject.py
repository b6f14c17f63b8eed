#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic Storyloom project (the native layout of docs/format.md).

Deterministic: the same --stories/--seed always give byte-identical files, so
benchmarks and tests can compare runs. The project has stories (status quo and
shiny future), characters, values, pain points, goals with initiatives and
projects, linked through front matter and relative Markdown links, with a
realistic spread of sizes (median about 5 KB, a few about 60 KB), fenced code,
tables and some non-ASCII text.

With --mdbook the same files go under src/ beside a book.toml and a
src/SUMMARY.md, so `mdbook build` renders exactly the content Storyloom loads.

    tools/genproject.py --stories 10000 --seed 1 --out /tmp/big
    tools/genproject.py --stories 200 --out /tmp/small --mdbook --manifest /tmp/small.json

--manifest writes a JSON summary (counts, bytes, notable files such as the
largest and a 20 KB story, and a list of search queries of mixed selectivity).
"""

import argparse
import json
import math
import os
import random
import sys

# --------------------------------------------------------------- vocabulary
# Words of the domain (our own list), mixed with generated pseudo-words so the
# full-text index sees a realistic long tail of rare terms.
DOMAIN_WORDS = """
the a an and or but so because while when after before then again never always often
sometimes nearly only still also just even yet quite rather very more most less least
team teams project release build builds compiler runtime library crate module package
deadline review reviewer reviewers test tests bench benchmark latency throughput memory
thread threads task tasks future futures executor scheduler channel channels socket
stream streams buffer buffers file files disk network server client request requests
response responses timeout timeouts error errors panic panics trace traces log logs
debugger profiler metric metrics dashboard alert alerts deploy deployment service
services cluster node nodes queue queues cache caches lock locks mutex deadlock
cancellation cancel spawn join select await async sync blocking polling waker
documentation docs tutorial example examples guide book chapter story stories
she he they we it her his their our its someone everyone nobody colleague manager
wants needs tries finds learns writes reads fixes breaks ships waits worries hopes
discovers notices explains asks answers opens closes moves keeps loses gains measures
slow fast simple hard easy confusing clear subtle painful pleasant reliable fragile
safe unsafe portable productive tedious surprising obvious hidden visible careful
morning evening week month year day hour minute second moment night weekend
first second third last next previous whole half every each some many few several
""".split()

NON_ASCII_WORDS = [
    "café", "naïve", "façade", "über", "Straße", "größer", "mañana", "niño", "crème",
    "déjà", "vu", "résumé", "smörgåsbord", "fjörd", "Łódź", "żółw", "ça", "señal",
    "データ", "非同期", "タスク", "走る", "Ольга", "сеть", "поток", "ζήτα", "λάμδα",
    "→", "…", "½", "✓", "🚀", "🦀", "✨", "😱",
]

SYLLABLES = ("ka ri to mi sa nu le po va de zo ha ne fu gi ro bi ta el an or us "
             "in ex qua tri bel mor dra ven sol lin cor fel mar tos").split()

FIRST_NAMES = [
    ("alan", "Alan"), ("grace", "Grace"), ("niklaus", "Niklaus"), ("barbara", "Barbara"),
    ("mira", "Mira"), ("tomas", "Tomás"), ("zoe", "Zoë"), ("jurgen", "Jürgen"),
    ("ayse", "Ayşe"), ("lukasz", "Łukasz"), ("misaki", "美咲 Misaki"), ("olga", "Ольга Olga"),
    ("ana", "Ana"), ("kofi", "Kofi"), ("ines", "Inês"), ("ravi", "Ravi"), ("sigrun", "Sigrún"),
    ("chen", "陈 Chen"), ("amara", "Amara"), ("noor", "Noor"), ("pablo", "Pablo"),
    ("hana", "Hana"), ("emeka", "Emeka"), ("lea", "Léa"), ("yusuf", "Yusuf"),
]

VALUE_NAMES = [
    "performance", "reliability", "productivity", "safety", "portability", "simplicity",
    "accessibility", "learnability", "observability", "interoperability", "efficiency",
    "correctness", "stability", "versatility", "joy", "privacy", "maintainability",
    "predictability", "composability", "security",
]

PROJECT_NAMES = [
    ("harbour-app", "Harbour (offline-first notes app)"), ("meshnet", "MeshNet (embedded sensors)"),
    ("datahaus", "DataHaus (distributed storage)"), ("streetwise", "Streetwise (traffic monitor)"),
    ("shopfront", "Shopfront (web shop)"), ("lumen", "Lumen (protocol stack)"),
    ("kiosk", "Kiosk (point of sale)"), ("tidewatch", "Tidewatch (ocean telemetry)"),
]

CODE_SNIPPETS = {
    "rust": [
        "async fn fetch(url: &str) -> Result<Vec<u8>, Error> {\n    let resp = client.get(url).send().await?;\n    Ok(resp.bytes().await?.to_vec())\n}",
        "let handles: Vec<_> = (0..{n}).map(|i| spawn(work(i))).collect();\nfor h in handles {\n    h.await.unwrap();\n}",
        "impl Stream for Ticker {\n    type Item = u64;\n    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u64>> {\n        Poll::Ready(Some({n}))\n    }\n}",
    ],
    "python": [
        "async def main():\n    results = await asyncio.gather(*(fetch(u) for u in urls))\n    print(len(results), \"pages\")  # {n}",
        "for attempt in range({n}):\n    try:\n        return connect()\n    except TimeoutError:\n        time.sleep(2 ** attempt)",
    ],
    "cpp": [
        "auto future = std::async(std::launch::async, [] { return compute({n}); });\nstd::cout << future.get() << '\\n';",
        "std::lock_guard guard(m_mutex);\nm_queue.push_back(item);  // {n}\nm_ready.notify_one();",
    ],
    "yaml": [
        "service:\n  replicas: {n}\n  timeout_ms: 250\n  retries: 3",
    ],
    "": [
        "$ cargo run --release\n   Compiling demo v0.1.{n}\n    Finished release [optimized] target(s)",
    ],
}

STATES = ["done", "in-progress", "help-wanted", "paused"]


class Text:
    """Deterministic prose from a Zipf-weighted vocabulary."""

    def __init__(self, rng):
        self.rng = rng
        pseudo = set()
        while len(pseudo) < 4000:
            n = rng.choice((2, 2, 3, 3, 4))
            pseudo.add("".join(rng.choice(SYLLABLES) for _ in range(n)))
        self.vocabulary = DOMAIN_WORDS + sorted(pseudo)
        # Zipf weights: the domain words are the frequent head, pseudo-words the tail.
        self.weights = [1.0 / (i + 1) ** 1.05 for i in range(len(self.vocabulary))]
        self.cumulative = []
        total = 0.0
        for w in self.weights:
            total += w
            self.cumulative.append(total)
        self.sentences = [self._sentence() for _ in range(6000)]

    def word(self):
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=1)[0]

    def _sentence(self):
        rng = self.rng
        n = rng.randint(6, 22)
        words = rng.choices(self.vocabulary, cum_weights=self.cumulative, k=n)
        if rng.random() < 0.08:
            words[rng.randrange(n)] = rng.choice(NON_ASCII_WORDS)
        if rng.random() < 0.15:
            words[rng.randrange(n)] = "**" + words[rng.randrange(n)] + "**"
        elif rng.random() < 0.12:
            words[rng.randrange(n)] = "`" + words[rng.randrange(n)] + "()`"
        s = " ".join(words)
        return s[0].upper() + s[1:] + rng.choice((".", ".", ".", "?", "!", ";"))

    def paragraph(self, extra=()):
        k = self.rng.randint(2, 7)
        parts = self.rng.choices(self.sentences, k=k)
        for e in extra:
            parts.insert(self.rng.randrange(len(parts) + 1), e)
        return " ".join(parts)

    def title_words(self, n):
        return " ".join(self.rng.choices(DOMAIN_WORDS[40:], k=n))


def story_size(rng):
    """A story's target size in bytes: log-normal around 5 KB."""
    return int(min(30000, max(1200, rng.lognormvariate(math.log(4600), 0.45))))


# --------------------------------------------------------------- entities
class Entity:
    def __init__(self, path, ident, title, front):
        self.path = path        # relative to the content folder, '/'-separated
        self.id = ident         # the file name without .md (how others refer to it)
        self.title = title
        self.front = front      # list of (key, value) in order


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(yaml_scalar(x) for x in v) + "]"
    s = str(v)
    needs_quote = (not s or s[0] in "-?:,[]{}#&*!|>'\"%@`" or ": " in s or " #" in s
                   or s.lower() in ("yes", "no", "true", "false", "null", "on", "off", "~"))
    if needs_quote:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def front_matter(e):
    lines = ["---"]
    for k, v in e.front:
        lines.append(f"{k}: {yaml_scalar(v)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def rel_link(src, dst):
    return os.path.relpath(dst, os.path.dirname(src) or ".").replace(os.sep, "/")


class Generator:
    def __init__(self, stories, seed):
        self.rng = random.Random(seed)
        self.text = Text(self.rng)
        self.n_stories = stories
        self.entities = []
        self.by_kind = {}
        self.codenames = []

    def add(self, kind, e):
        self.entities.append(e)
        self.by_kind.setdefault(kind, []).append(e)
        return e

    def plan(self):
        rng, n = self.rng, self.n_stories
        n_chars = min(len(FIRST_NAMES), max(4, n // 40))
        for slug, name in FIRST_NAMES[:n_chars]:
            self.add("character", Entity(f"characters/{slug}.md", slug, name, []))
        for v in VALUE_NAMES[:max(5, min(len(VALUE_NAMES), 5 + n // 100))]:
            self.add("value", Entity(f"values/{v}.md", v, v.capitalize(), [("type", "value"), ("title", v.capitalize())]))
        values = [e.id for e in self.by_kind["value"]]
        for c in self.by_kind["character"]:
            c.front = [("type", "character"), ("title", c.title),
                       ("values", rng.sample(values, rng.randint(1, 3)))]
        for slug, name in PROJECT_NAMES[:max(2, min(len(PROJECT_NAMES), 2 + n // 500))]:
            self.add("project", Entity(f"projects/{slug}.md", slug, name,
                                       [("type", "project"), ("title", name)]))
        n_pain = max(3, n // 10)
        for i in range(n_pain):
            words = self.text.title_words(3)
            slug = f"pp-{i:05d}-" + "-".join(words.split()[:2])
            title = f"{words.capitalize()} ({i})"
            self.add("pain-point", Entity(f"pain-points/{slug}.md", slug, title,
                                          [("type", "pain-point"), ("title", title),
                                           ("values", rng.sample(values, rng.randint(1, 2)))]))
        pains = [e.id for e in self.by_kind["pain-point"]]
        chars = [e.id for e in self.by_kind["character"]]
        n_goals = max(2, n // 50)
        for i in range(n_goals):
            words = self.text.title_words(2)
            slug = f"goal-{i:04d}-" + "-".join(words.split())
            title = f"{words.capitalize()} everywhere ({i})"
            g = self.add("goal", Entity(f"goals/{slug}.md", slug, title, [
                ("type", "goal"), ("title", title), ("state", rng.choice(STATES)),
                ("progress", round(rng.random(), 2)), ("owners", rng.sample(chars, min(len(chars), rng.randint(1, 2)))),
                ("pain_points", rng.sample(pains, min(len(pains), rng.randint(1, 4))))]))
            for j in range(rng.randint(1, 4)):
                words = self.text.title_words(2)
                islug = f"init-{i:04d}-{j}-" + "-".join(words.split())
                ititle = f"{words.capitalize()} ({i}.{j})"
                self.add("initiative", Entity(f"goals/{slug}/{islug}.md", islug, ititle, [
                    ("type", "goal"), ("title", ititle), ("parent", g.id), ("state", rng.choice(STATES)),
                    ("progress", round(rng.random(), 2)),
                    ("owners", rng.sample(chars, 1))]))
        goals = [e.id for e in self.by_kind["goal"]]
        projects = [e.id for e in self.by_kind["project"]]
        for i in range(n):
            kind = "status-quo" if rng.random() < 0.6 else "shiny-future"
            who = rng.choice(self.by_kind["character"])
            verb = rng.choice(("wants", "tries", "finds", "learns", "writes", "fixes", "ships", "worries", "discovers"))
            words = self.text.title_words(2)
            slug = f"{who.id}-{verb}-{'-'.join(words.split())}-{i:05d}"
            title = f"{who.title} {verb} {words} ({i})"
            front = [("type", "story"), ("kind", kind), ("title", title),
                     ("characters", [who.id] + rng.sample(chars, rng.randint(0, 1)))]
            if kind == "status-quo":
                front.append(("pain_points", rng.sample(pains, rng.randint(1, 3))))
            else:
                front.append(("goals", rng.sample(goals, rng.randint(1, 2))))
            if rng.random() < 0.7:
                front.append(("project", rng.choice(projects)))
            self.add("story", Entity(f"stories/{kind}/{slug}.md", slug, title, front))

    # ---------------------------------------------------------- bodies
    def link_to(self, src, e):
        return f"[{e.title}]({rel_link(src.path, e.path)})"

    def code_block(self):
        rng = self.rng
        lang = rng.choice(list(CODE_SNIPPETS))
        snippet = rng.choice(CODE_SNIPPETS[lang]).replace("{n}", str(rng.randint(2, 999)))
        return f"```{lang}\n{snippet}\n```"

    def table(self):
        rng = self.rng
        rows = ["| Step | Owner | Status |", "| --- | --- | --- |"]
        for k in range(rng.randint(2, 6)):
            rows.append(f"| {self.text.title_words(3)} | {rng.choice(self.by_kind['character']).title} | "
                        f"{rng.choice(('✅ done', '🚧 in progress', '💤 paused', '🙋 help wanted'))} |")
        return "\n".join(rows)

    def body(self, e, target, kind):
        rng, text = self.rng, self.text
        out = [f"# {e.title}", ""]
        linkables = self.entities
        headings = {
            "story": ["The story", "Why this matters", "🤔 Frequently asked questions", "What went wrong", "Morals"],
            "goal": ["Impact", "Milestones", "Design notes", "Frequently asked questions"],
        }.get(kind, ["Overview", "Details", "Notes"])
        size = len(out[0]) + 1
        section = 0
        codename = None
        if kind == "story" and rng.random() < 0.5:
            codename = "zq" + "".join(rng.choice(SYLLABLES) for _ in range(3))
            self.codenames.append(codename)
        while size < target:
            if section < len(headings) and (size > target * section / len(headings)):
                h = f"## {headings[section]}"
                out += [h, ""]
                size += len(h) + 2
                section += 1
            r = rng.random()
            if r < 0.07:
                block = self.code_block()
            elif r < 0.10:
                block = self.table()
            elif r < 0.18:
                block = "\n".join(f"- {text.paragraph()[:rng.randint(40, 160)].rstrip()}" for _ in range(rng.randint(2, 5)))
            elif r < 0.21:
                block = "> " + text.paragraph()
            else:
                extra = []
                if rng.random() < 0.35:
                    extra.append(f"See {self.link_to(e, rng.choice(linkables))}.")
                if codename and rng.random() < 0.2:
                    extra.append(f"They called it {codename}.")
                block = text.paragraph(extra)
            out += [block, ""]
            size += len(block.encode("utf-8")) + 2
        return "\n".join(out)

    def targets(self):
        """Target sizes: most stories log-normal; a few large (~60 KB), one 20 KB and one 66 KB."""
        rng = self.rng
        stories = self.by_kind["story"]
        sizes = {id(s): story_size(rng) for s in stories}
        n_large = max(1, len(stories) // 400)
        for s in rng.sample(stories, min(len(stories), n_large)):
            sizes[id(s)] = rng.randint(55000, 64000)
        sizes[id(stories[0])] = 20000
        if len(stories) > 1:
            sizes[id(stories[1])] = 66000
        return sizes

    def write(self, out, mdbook):
        content = os.path.join(out, "src") if mdbook else out
        os.makedirs(content, exist_ok=True)
        sizes = self.targets()
        rng = self.rng
        kinds = {}
        for kind, es in self.by_kind.items():
            for e in es:
                kinds[id(e)] = kind
        total = 0
        largest = None
        for e in self.entities:
            kind = kinds[id(e)]
            if kind == "story":
                target = sizes[id(e)]
            elif kind in ("goal", "initiative"):
                target = rng.randint(1500, 6000)
            else:
                target = rng.randint(600, 3000)
            data = (front_matter(e) + "\n" + self.body(e, target, "goal" if kind == "initiative" else kind)).encode("utf-8")
            path = os.path.join(content, e.path)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            total += len(data)
            e.size = len(data)
            if kind == "story" and (largest is None or e.size > largest.size):
                largest = e
        title = f"Synthetic vision ({self.n_stories} stories)"
        content_dirs = "[src]" if mdbook else "[.]"
        with open(os.path.join(out, "storyloom.yml"), "w", encoding="utf-8") as f:
            f.write(f"title: {title}\ncontent: {content_dirs}\n")
        readme = "# " + title + "\n\nA synthetic project written by tools/genproject.py.\n"
        with open(os.path.join(content, "README.md"), "w", encoding="utf-8") as f:
            f.write("---\ntype: page\ntitle: Welcome\n---\n\n" + readme)
        if mdbook:
            self.write_book(out, title)
        return total, largest

    def write_book(self, out, title):
        with open(os.path.join(out, "book.toml"), "w", encoding="utf-8") as f:
            f.write(f'[book]\ntitle = "{title}"\nlanguage = "en"\nsrc = "src"\n\n[output.html]\n')
        lines = ["# Summary", "", "[Welcome](README.md)", ""]
        sections = [("Cast of characters", "character"), ("Values", "value"), ("Projects", "project"),
                    ("Pain points", "pain-point"), ("Roadmap", "goal"), ("Stories", "story")]
        children = {}
        for i in self.by_kind.get("initiative", []):
            children.setdefault(dict(i.front)["parent"], []).append(i)
        for heading, kind in sections:
            lines += [f"# {heading}", ""]
            for e in self.by_kind.get(kind, []):
                label = e.title.replace("[", "(").replace("]", ")")
                lines.append(f"- [{label}]({e.path})")
                for c in children.get(e.id, []) if kind == "goal" else []:
                    lines.append(f"  - [{c.title}]({c.path})")
            lines.append("")
        with open(os.path.join(out, "src", "SUMMARY.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

    def queries(self, count=100):
        """Mixed search queries: frequent words, rare words, non-ASCII, codenames, two-word queries."""
        rng = random.Random(4242)
        v = self.text.vocabulary
        out = []
        for i in range(count):
            r = i % 5
            if r == 0:
                out.append(rng.choice(DOMAIN_WORDS[40:200]))
            elif r == 1:
                out.append(rng.choice(v[len(DOMAIN_WORDS):len(DOMAIN_WORDS) + 3000]))
            elif r == 2:
                out.append(rng.choice(self.codenames) if self.codenames else rng.choice(v))
            elif r == 3:
                out.append(rng.choice([w for w in NON_ASCII_WORDS if w.isalpha()]))
            else:
                out.append(rng.choice(DOMAIN_WORDS[40:]) + " " + rng.choice(v[len(DOMAIN_WORDS):len(DOMAIN_WORDS) + 500]))
        return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, default=200, help="number of stories (default 200)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="folder to write (created; must be empty or missing)")
    ap.add_argument("--mdbook", action="store_true", help="also write book.toml and src/SUMMARY.md")
    ap.add_argument("--manifest", help="write a JSON summary to this file")
    ap.add_argument("--force", action="store_true", help="write into a non-empty folder")
    args = ap.parse_args(argv)
    if args.stories < 1:
        ap.error("--stories must be at least 1")
    if os.path.isdir(args.out) and os.listdir(args.out) and not args.force:
        ap.error(f"{args.out} is not empty (use --force)")
    g = Generator(args.stories, args.seed)
    g.plan()
    total, largest = g.write(args.out, args.mdbook)
    content = os.path.join(args.out, "src") if args.mdbook else args.out
    story20 = g.by_kind["story"][0]
    summary = {
        "root": os.path.abspath(args.out),
        "content": os.path.abspath(content),
        "layout": "mdbook" if args.mdbook else "native",
        "seed": args.seed,
        "counts": {k: len(v) for k, v in g.by_kind.items()},
        "files": len(g.entities) + 1,
        "bytes": total,
        "story20k": os.path.join(os.path.abspath(content), story20.path),
        "largest": os.path.join(os.path.abspath(content), largest.path),
        "queries": g.queries(),
    }
    if args.manifest:
        with open(args.manifest, "w", encoding="utf-8") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
    print(f"wrote {summary['files']} files, {total / 1e6:.1f} MB to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
