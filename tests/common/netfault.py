#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Network faults for the sync tests, on 127.0.0.1 only.

    netfault.py stall 0 0          accept connections, read what comes, never answer
    netfault.py drop PORT BYTES    forward to 127.0.0.1:PORT, and cut both sides once the
                                   client has sent BYTES bytes (a connection lost mid-push)
    netfault.py deaf PORT BYTES    forward to 127.0.0.1:PORT everything the client sends; once
                                   it has sent BYTES bytes, drop the server's answers and cut
                                   the client when the server is done (the server stored the
                                   push, the client never heard so)

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


def count(source, sink, counter, lock):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            with lock:
                counter[0] += len(data)
            sink.sendall(data)
        sink.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def deafen(source, sink, limit, counter, lock, both):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            with lock:
                heard = counter[0] < limit
            if heard:
                sink.sendall(data)
    except OSError:
        pass
    for s in both:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()


def forward(client, port, limit, mode):
    try:
        upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
        upstream.settimeout(None)
    except OSError:
        client.close()
        return
    lock = threading.Lock()
    counter = [0]
    both = (client, upstream)
    if mode == "deaf":
        threading.Thread(target=count, args=(client, upstream, counter, lock), daemon=True).start()
        threading.Thread(target=deafen, args=(upstream, client, limit, counter, lock, both), daemon=True).start()
        return
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
            forward(client, port, limit, mode)


if __name__ == "__main__":
    main()
