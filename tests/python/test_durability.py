"""A write is acknowledged only once it is durable: kill -9 during a burst of writes loses none."""

import concurrent.futures
import os
import signal
import threading
import time

from conftest import Gatehouse


def test_sigkill_during_a_burst_of_writes_loses_no_acknowledged_write(tmp_path):
    data = tmp_path / "data"
    server = Gatehouse("--data-dir", str(data))
    acknowledged = []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(worker):
        iam = server.client("iam")
        n = 0
        while not stop.is_set():
            name = f"user-{worker}-{n}"
            try:
                iam.create_user(UserName=name)
            except Exception:  # the server died mid-request: that write was never acknowledged
                return
            with lock:
                acknowledged.append(name)
            n += 1

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(writer, w) for w in range(8)]
        deadline = time.monotonic() + 30
        while len(acknowledged) < 200 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(server.process.pid, signal.SIGKILL)
        killed_at = len(acknowledged)
        server.process.wait(timeout=10)
        stop.set()
        for future in futures:
            future.result(timeout=30)

    assert killed_at >= 200, f"only {killed_at} writes were acknowledged before the kill"
    restarted = Gatehouse("--data-dir", str(data))
    try:
        iam = restarted.client("iam")
        found = set()
        for page in iam.get_paginator("list_users").paginate():
            found.update(user["UserName"] for user in page["Users"])
        missing = [name for name in acknowledged if name not in found]
        assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged writes were lost: {missing[:5]}"
        print(f"crash test: {len(acknowledged)} acknowledged writes, {len(found)} users after restart, 0 lost")
    finally:
        restarted.stop()
