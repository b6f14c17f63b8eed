#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Network faults for the sync tests, on 127.0.0.1 only.

    netfault.py stall 0 0          accept connections, read what comes, never answer
    netfault.py drop PORT BYTES    forward to 127.0.0.1:PORT, and cut both sides once the
                                   client has sent BYTES bytes (a connection lost mid-push)

Prints the port it listens on, then serves until it is terminated, or for at most
two minutes.
"""
import socket
import sys
import threading
import time

LIFETIME = 120


def pump(source, sink, limit, counter, lock, both):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            if limit is not None:
                with lock:
                    allowed = limit - counter[0]
                    counter[0] += len(data)
                if len(data) >= allowed:
                    if allowed > 0:
                        sink.sendall(data[:allowed])
                    break
            sink.sendall(data)
    except OSError:
        pass
    if limit is not None:
        # The cut: both sides lose the connection at once, as when a server dies.
        for s in both:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()


def forward(client, port, limit):
    try:
        upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
        upstream.settimeout(None)
    except OSError:
        client.close()
        return
    lock = threading.Lock()
    counter = [0]
    both = (client, upstream)
    threading.Thread(target=pump, args=(client, upstream, limit, counter, lock, both), daemon=True).start()
    threading.Thread(target=pump, args=(upstream, client, None, counter, lock, both), daemon=True).start()


def drain(client):
    try:
        while client.recv(65536):
            pass
    except OSError:
        pass


def main():
    mode, port, limit = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.5)
    print(server.getsockname()[1], flush=True)
    held = []
    deadline = time.monotonic() + LIFETIME
    while time.monotonic() < deadline:
        try:
            client, _ = server.accept()
        except socket.timeout:
            continue
        if mode == "stall":
            held.append(client)
            threading.Thread(target=drain, args=(client,), daemon=True).start()
        else:
            forward(client, port, limit)


if __name__ == "__main__":
    main()
