#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic Storyloom project with a Git history of realistic edits.

The project is tools/genproject.py's (native layout); then each commit makes one
to three edits of the kinds a vision document sees: prose added to a story, a
goal's state or progress changed in its front matter, a new story, a story
renamed or moved to another folder, a story removed, a file outside the content
touched. Every tenth commit is merged from a short branch of new stories, so
the history has merges. Deterministic: the same arguments give the same files and, with the
fixed dates and author, the same commit ids.

    tools/genhistory.py --stories 200 --commits 800 --out /tmp/history
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genproject  # noqa: E402

STATES = ["done", "in-progress", "help-wanted", "paused", "proposed", "accepted"]


class History:
    def __init__(self, root, seed):
        self.root = root
        self.rng = random.Random(seed)
        self.tick = 0
        self.env = dict(os.environ, GIT_AUTHOR_NAME="Vision Author", GIT_AUTHOR_EMAIL="author@example.org",
                        GIT_COMMITTER_NAME="Vision Author", GIT_COMMITTER_EMAIL="author@example.org",
                        LC_ALL="C")

    def git(self, *args):
        subprocess.run(["git", "-c", "safe.directory=*", "-c", "commit.gpgsign=false", *args], cwd=self.root,
                       env=self.env, check=True, capture_output=True)

    def commit(self, message):
        self.tick += 1
        date = f"@{1767225600 + self.tick * 3600} +0000"
        self.env["GIT_AUTHOR_DATE"] = self.env["GIT_COMMITTER_DATE"] = date
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)

    def files(self, folder):
        base = os.path.join(self.root, folder)
        out = []
        for dirpath, _, names in os.walk(base):
            out += [os.path.join(dirpath, n) for n in names if n.endswith(".md")]
        return sorted(out)

    def read(self, path):
        with open(path, encoding="utf-8") as f:
            return f.read()

    def write(self, path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    # ---------------------------------------------------------- edits
    def prose(self):
        story = self.rng.choice(self.files("stories"))
        self.write(story, self.read(story) + f"\nLater, the team wrote down what happened next ({self.tick}).\n")
        return "Add to " + os.path.basename(story)

    def goal_state(self):
        goal = self.rng.choice(self.files("goals"))
        text = self.read(goal)
        state = self.rng.choice(STATES)
        text = re.sub(r"^state: .*$", f"state: {state}", text, count=1, flags=re.M)
        text = re.sub(r"^progress: .*$", f"progress: {round(self.rng.random(), 2)}", text, count=1, flags=re.M)
        self.write(goal, text)
        return f"{os.path.basename(goal)} is {state}"

    def new_story(self):
        source = self.rng.choice(self.files("stories"))
        target = os.path.join(os.path.dirname(source), f"new-story-{self.tick:05d}.md")
        text = re.sub(r"^title: .*$", f"title: A new story ({self.tick})", self.read(source), count=1, flags=re.M)
        self.write(target, text)
        return "New story " + os.path.basename(target)

    def rename(self):
        source = self.rng.choice(self.files("stories"))
        folder = os.path.dirname(source)
        if self.rng.random() < 0.5:
            folder = os.path.join(folder, "moved")
        target = os.path.join(folder, f"renamed-{self.tick:05d}.md")
        os.makedirs(folder, exist_ok=True)
        os.rename(source, target)
        return "Rename " + os.path.basename(source)

    def remove(self):
        os.remove(self.rng.choice(self.files("stories")))
        return "Remove a story"

    def outside(self):
        self.write(os.path.join(self.root, ".github", "notes.txt"), f"notes {self.tick}\n")
        return "Notes"

    def edit(self):
        kinds = [(self.prose, 40), (self.goal_state, 20), (self.new_story, 15), (self.rename, 10),
                 (self.remove, 5), (self.outside, 10)]
        fn = self.rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
        return fn()

    def run(self, commits):
        self.git("init", "-q", "-b", "main")
        self.commit("Start the vision")
        made = 1
        while made < commits:
            if made % 10 == 9 and commits - made >= 3:
                # A short branch of two new stories (new files never conflict), merged without fast-forward.
                self.git("checkout", "-q", "-b", f"topic-{made}")
                for _ in range(2):
                    self.commit(self.new_story())
                self.git("checkout", "-q", "main")
                self.commit(self.edit())
                self.tick += 1
                self.env["GIT_AUTHOR_DATE"] = self.env["GIT_COMMITTER_DATE"] = f"@{1767225600 + self.tick * 3600} +0000"
                self.git("merge", "-q", "--no-ff", "-m", f"Merge topic-{made}", f"topic-{made}")
                made += 4
                continue
            message = "; ".join(self.edit() for _ in range(self.rng.randint(1, 3)))
            self.commit(message)
            made += 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, default=200, help="number of stories (default 200)")
    ap.add_argument("--commits", type=int, default=400, help="number of commits, merges included (default 400)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="folder to write (created; must be empty or missing)")
    args = ap.parse_args(argv)
    if args.commits < 1:
        ap.error("--commits must be at least 1")
    if os.path.isdir(args.out) and os.listdir(args.out):
        ap.error(f"{args.out} is not empty")
    if not shutil.which("git"):
        ap.error("git is not installed")
    genproject.main(["--stories", str(args.stories), "--seed", str(args.seed), "--out", args.out])
    History(args.out, args.seed).run(args.commits)
    print(f"wrote {args.commits} commits to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
