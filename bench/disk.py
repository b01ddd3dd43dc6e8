#!/usr/bin/env python3
"""What durable writes cost on this machine's disk: the figures behind CreateUser's tail.

A durable IAM write ends in an fdatasync of SQLite's write-ahead log (a few pages appended),
and every thousand or so logged pages SQLite checkpoints: it copies the logged pages into the
database file, at scattered offsets, and syncs that file. This measures the two kinds of sync
on the filesystem of DIR (default: the temporary directory, where the benchmark keeps its
data), and how long a log sync waits while a checkpoint-sized scattered flush is under way.

    python3 bench/disk.py [DIR]          # about 5 seconds, standard library only
"""

import os
import random
import sys
import tempfile
import threading
import time

PAGE = 4096
SPAN = 64 << 20  # the scattered-write file: 16,384 pages


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed_sync(fd):
    start = time.perf_counter()
    os.fdatasync(fd)
    return (time.perf_counter() - start) * 1000


def filled(path, size):
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    for offset in range(0, size, 1 << 20):
        os.pwrite(fd, os.urandom(1 << 20), offset)
    os.fsync(fd)
    return fd


def appends(fd, pages, rounds=40):
    """fdatasync after appending `pages` pages, as a log commit does."""
    page, offset, times = os.urandom(PAGE), 0, []
    for _ in range(rounds):
        for _ in range(pages):
            os.pwrite(fd, page, offset)
            offset = (offset + PAGE) % (8 << 20)
        times.append(timed_sync(fd))
    return quantile(times, 0.5)


def scattered(fd, pages, rounds=5):
    """fdatasync after writing `pages` pages at random offsets, as a checkpoint does."""
    page, times = os.urandom(PAGE), []
    for _ in range(rounds):
        for _ in range(pages):
            os.pwrite(fd, page, random.randrange(SPAN // PAGE) * PAGE)
        times.append(timed_sync(fd))
    return quantile(times, 0.5)


def log_syncs_beside_checkpoints(log, database, seconds=1.0):
    """3-page log syncs in a loop, alone, then while 700 scattered pages are flushed every
    30 ms; returns the latencies of both phases."""
    page, stop, latencies = os.urandom(3 * PAGE), threading.Event(), []

    def committer():
        offset = 0
        while not stop.is_set():
            os.pwrite(log, page, offset)
            offset = (offset + len(page)) % (8 << 20)
            latencies.append(timed_sync(log))

    thread = threading.Thread(target=committer)
    thread.start()
    time.sleep(seconds)
    alone = list(latencies)
    latencies.clear()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        scattered(database, 700, rounds=1)
        time.sleep(0.03)
    stop.set()
    thread.join()
    return alone, list(latencies)


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else tempfile.gettempdir()
    with tempfile.TemporaryDirectory(dir=directory) as scratch:
        log = filled(os.path.join(scratch, "log"), 8 << 20)
        database = filled(os.path.join(scratch, "database"), SPAN)
        print(f"disk under {directory}: fdatasync medians")
        for pages in (1, 10, 40):
            print(f"  {pages:>5} pages appended     {appends(log, pages):7.2f} ms")
        for pages in (10, 100, 300, 1000):
            print(f"  {pages:>5} pages scattered    {scattered(database, pages):7.2f} ms")
        alone, during = log_syncs_beside_checkpoints(log, database)
        for name, values in (("alone", alone), ("beside scattered flushes", during)):
            print(f"  3-page log sync, {name}: p50 {quantile(values, 0.5):.2f} ms, "
                  f"p99 {quantile(values, 0.99):.2f} ms, max {max(values):.2f} ms")
        os.close(log)
        os.close(database)


if __name__ == "__main__":
    main()
