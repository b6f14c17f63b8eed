#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Storyloom's accessibility tree the way Orca does, over AT-SPI.

Starts storyloom on a copy of the sample project under Xvfb (platform xcb),
inside a D-Bus session of its own with Qt's AT-SPI bridge forced on, and checks:

- every focusable, showing object in the editor, graph and roadmap views has a
  name and a role (table cells and list rows aside: they are content);
- Tab reaches the story map (the Graph tab's default mode) and the arrow keys
  move the accessible focus from box to box, some along a relation; then, in
  the free graph, each arrow key moves the accessible focus to a neighbour
  along a relation: the focused name becomes a title that the
  "Relations of this entity" list named before the move;
- the roadmap's state cells read their state in words, without emoji.

Exits 77 with one line saying why when the bus, Xvfb, xdotool or pyatspi is missing.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIPPED = 77
STATE_WORDS = {"Done", "In progress", "Help wanted", "Paused", "Proposed", "Accepted", "Not accepted"}


def skip(reason):
    print(f"SKIP: {reason}", flush=True)
    sys.exit(SKIPPED)


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def outer(args):
    """Checks the tools, then runs this script again inside a fresh D-Bus session."""
    for tool in ("dbus-run-session", "Xvfb", "xdotool"):
        if not shutil.which(tool):
            skip(f"{tool} is not installed (./dev installs it)")
    probe = subprocess.run([sys.executable, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        skip("python3-pyatspi is not installed")
    probe = subprocess.run(["dbus-run-session", "--", "true"], capture_output=True)
    if probe.returncode != 0:
        skip("the D-Bus session bus cannot start: " + probe.stderr.decode(errors="replace").strip())
    env = dict(os.environ, STORYLOOM_A11Y_INNER="1")
    return subprocess.run(["dbus-run-session", "--", sys.executable, __file__] + sys.argv[1:], env=env).returncode


class Session:
    """Xvfb, storyloom and the AT-SPI registry, inside the D-Bus session."""

    def __init__(self, args):
        self.tmp = tempfile.mkdtemp(prefix="storyloom-a11y-")
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            skip("Xvfb did not start")
        self.display = ":" + number
        project = os.path.join(self.tmp, "library")
        shutil.copytree(args.sample, project)
        env = dict(os.environ)
        for name in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR", "WAYLAND_DISPLAY"):
            env.pop(name, None)
        env.update({
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "HOME": self.tmp,
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_DATA_HOME": os.path.join(self.tmp, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            "XDG_RUNTIME_DIR": self.tmp,
            "LANG": "C.UTF-8",
            "LANGUAGE": "en",
        })
        os.environ.update({"DISPLAY": self.display})
        self.app = subprocess.Popen([args.storyloom, "--view", "editor", project], env=env,
                                    stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.tmp, "stderr.txt"), "w"))

    def close(self):
        for process in (self.app, self.xvfb):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
        time.sleep(0.3)

    def focus_window(self):
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid)],
                               capture_output=True, text=True, timeout=60)
        windows = found.stdout.split()
        if not windows:
            fail("no window of storyloom appeared on " + self.display)
        subprocess.run(["xdotool", "windowfocus", "--sync", windows[-1]], check=True, timeout=30)
        time.sleep(0.5)


def wait_for(what, probe, seconds=30.0):
    end = time.time() + seconds
    while time.time() < end:
        found = probe()
        if found:
            return found
        time.sleep(0.2)
    fail(f"timed out waiting for {what}")


def showing(pyatspi, acc):
    try:
        states = acc.getState()
        return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def walk(pyatspi, acc, visit, depth=0):
    """Visits `acc` and its showing descendants (hidden tabs and closed panels are skipped)."""
    if depth > 40:
        return
    visit(acc)
    try:
        count = acc.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None and showing(pyatspi, child):
            walk(pyatspi, child, visit, depth + 1)


def find(pyatspi, root, role, name):
    hits = []

    def visit(acc):
        try:
            if acc.getRole() == role and acc.name == name:
                hits.append(acc)
        except Exception:
            pass

    walk(pyatspi, root, visit)
    return hits[0] if hits else None


def unnamed_controls(pyatspi, root):
    """Focusable, showing objects without a name or a role (rows and cells are content, not controls)."""
    content = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_COLUMN_HEADER, pyatspi.ROLE_ROW_HEADER,
               pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_LIST_ITEM}
    missing = []

    def visit(acc):
        try:
            states = acc.getState()
            role = acc.getRole()
        except Exception:
            return
        if not states.contains(pyatspi.STATE_FOCUSABLE) or role in content:
            return
        if not acc.name.strip() or role in (pyatspi.ROLE_INVALID, pyatspi.ROLE_UNKNOWN):
            missing.append(f"{acc.getRoleName()} '{acc.name}' under '{acc.parent.name if acc.parent else ''}'")

    walk(pyatspi, root, visit)
    return missing


def focused_child(pyatspi, graph):
    for i in range(graph.childCount):
        node = graph.getChildAtIndex(i)
        if node is not None and node.getState().contains(pyatspi.STATE_FOCUSED):
            return node
    return None


def focused_node(pyatspi, graph):
    node = focused_child(pyatspi, graph)
    return node.name if node is not None else None


def walk_map(pyatspi, session, graph, relations, name, along_relations_only):
    """Tabs into a map view and walks it with the arrows; returns how many moves followed a relation."""
    for _ in range(40):
        if focused_node(pyatspi, graph):
            break
        session.key("Tab")
    current = focused_node(pyatspi, graph)
    if not current:
        fail(f"Tab never put the accessible focus on an item of the {name}")
    print(f"Tab reached the {name} at '{current}': {focused_child(pyatspi, graph).description}", flush=True)
    moves = 0
    related = 0
    for _ in range(6):
        listed = [relations.getChildAtIndex(i).name for i in range(relations.childCount)]
        moved = None
        for arrow in ("Right", "Down", "Left", "Up"):
            session.key(arrow)
            now = focused_node(pyatspi, graph)
            if now and now != current:
                moved = now
                break
        if moved is None:
            break
        description = focused_child(pyatspi, graph).description
        if not description:
            fail(f"the {name}'s focused item '{moved}' has no description")
        named = any(f"→ {moved} (" in line or f"← {moved} (" in line for line in listed)
        if along_relations_only and not named:
            fail(f"the focus moved from '{current}' to '{moved}', which its relations do not name: {listed}")
        related += named
        print(f"arrow in the {name}: '{current}' -> '{moved}' ({description})", flush=True)
        current = moved
        moves += 1
    if moves < 2:
        fail(f"the arrow keys moved the accessible focus in the {name} {moves} time(s), expected at least 2")
    return related


def inner(args):
    try:
        import pyatspi
    except ImportError:
        skip("python3-pyatspi is not installed")
    session = Session(args)
    try:
        desktop = pyatspi.Registry.getDesktop(0)

        def application():
            try:
                for i in range(desktop.childCount):
                    app = desktop.getChildAtIndex(i)
                    if app is not None and app.name == "storyloom":
                        return app
            except Exception:
                return None
            return None

        end = time.time() + 30
        app = None
        while time.time() < end and app is None:
            if session.app.poll() is not None:
                fail(f"storyloom exited with {session.app.returncode}")
            app = application()
            time.sleep(0.3)
        if app is None:
            skip("storyloom did not appear on the AT-SPI bus (no accessibility bus in this session)")
        window = wait_for("the main window", lambda: next(
            (app.getChildAtIndex(i) for i in range(app.childCount)
             if app.getChildAtIndex(i) is not None and "Storyloom" in app.getChildAtIndex(i).name), None))
        session.focus_window()
        # The editor opens the first story once the project has loaded.
        time.sleep(2)

        problems = []
        for view, keys in (("editor", None), ("graph", "ctrl+g"), ("roadmap", "ctrl+r")):
            if keys:
                session.key(keys)
                time.sleep(1)
            for line in unnamed_controls(pyatspi, window):
                problems.append(f"{view}: {line}")
        if problems:
            fail("focusable objects without a name or role:\n  " + "\n  ".join(sorted(set(problems))))
        print("every focusable object has a name and a role", flush=True)

        # The roadmap (shown last): its state cells, in words.
        roadmap = wait_for("the roadmap table", lambda: find(pyatspi, window, pyatspi.ROLE_TREE_TABLE, "Roadmap")
                           or find(pyatspi, window, pyatspi.ROLE_TABLE, "Roadmap") or find(pyatspi, window, pyatspi.ROLE_TREE, "Roadmap"), 10)
        table = roadmap.queryTable()
        state_column = next((c for c in range(table.nColumns)
                             if table.getColumnHeader(c) is not None and table.getColumnHeader(c).name == "State"), 1)
        states = [table.getAccessibleAt(r, state_column).name for r in range(table.nRows)]
        if not states:
            fail("the roadmap table has no rows")
        with_emoji = [s for s in states if any(ord(c) >= 0x2190 for c in s)]
        if with_emoji:
            fail(f"state cells read emoji: {with_emoji}")
        words = [s for s in states if s in STATE_WORDS]
        if not words:
            fail(f"no state cell reads a state in words: {states}")
        print(f"roadmap state cells read: {sorted(set(words))}", flush=True)

        # The story map (the Graph tab's default mode): Tab into it, then walk it with the arrow keys;
        # Up and Down also step along a column, so not every move follows a relation, but some must.
        session.key("ctrl+g")
        story_map = wait_for("the story map", lambda: find(pyatspi, window, pyatspi.ROLE_LIST, "Story Map"), 10)
        relations = wait_for("the relations list", lambda: find(pyatspi, window, pyatspi.ROLE_LIST,
                                                                "Relations of this entity"), 10)
        if walk_map(pyatspi, session, story_map, relations, "story map", False) < 1:
            fail("no arrow in the story map followed a relation")

        # The free graph, chosen with its toolbar button as a screen reader user would: every move follows a relation.
        button = wait_for("the Free Graph button", lambda: find(pyatspi, window, pyatspi.ROLE_PUSH_BUTTON, "Free Graph")
                          or find(pyatspi, window, pyatspi.ROLE_TOGGLE_BUTTON, "Free Graph")
                          or find(pyatspi, window, pyatspi.ROLE_CHECK_BOX, "Free Graph"), 10)
        button.queryAction().doAction(0)
        time.sleep(1)
        graph = wait_for("the free graph", lambda: find(pyatspi, window, pyatspi.ROLE_LIST, "Free Graph"), 10)
        walk_map(pyatspi, session, graph, relations, "free graph", True)
        return 0
    finally:
        session.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--storyloom", required=True)
    parser.add_argument("--sample", required=True)
    args = parser.parse_args()
    if not os.access(args.storyloom, os.X_OK):
        skip(f"{args.storyloom} is not built")
    if os.environ.get("STORYLOOM_A11Y_INNER") == "1":
        return inner(args)
    return outer(args)


if __name__ == "__main__":
    sys.exit(main())
