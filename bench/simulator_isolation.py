"""How IAM reads fare while large policy simulations run.

    python3 bench/simulator_isolation.py --gatehouse target/dist/gatehouse [--seconds 60]

Starts the given binary on a loopback port (--ephemeral), then measures ListUsers latency with
one client in three phases of --seconds each: alone (the baseline), while two clients run the
large SimulateCustomPolicy of the security issue's report (1,000 statements, 100 actions, 100
resources; each call answers the page its work budget pays for) back to back, and alone again.
Prints, per phase, the number of reads, p50, p99 and max in milliseconds, the simulations
finished, and the ratio of the loaded p99 to the baseline's. Needs botocore (the test venv's).
"""

import argparse
import json
import multiprocessing
import statistics
import subprocess
import time

import botocore.config
import botocore.session

POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": f"s3:Get{i}*", "Resource": f"arn:aws:s3:::bucket{i}/*"} for i in range(999)
        ]
        + [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}],
    },
    separators=(",", ":"),
)
ACTIONS = [f"s3:GetObject{i}" for i in range(100)]
RESOURCES = [f"arn:aws:s3:::bucket{i}/key" for i in range(100)]


def client(url, read_timeout):
    session = botocore.session.get_session()
    return session.create_client(
        "iam",
        region_name="us-east-1",
        endpoint_url=url,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=botocore.config.Config(retries={"max_attempts": 1}, read_timeout=read_timeout),
    )


def simulate(url, stop, finished):
    """Runs the large simulation back to back until `stop`, counting the answers."""
    simulator = client(url, 300)
    while not stop.is_set():
        simulator.simulate_custom_policy(PolicyInputList=[POLICY], ActionNames=ACTIONS, ResourceArns=RESOURCES)
        with finished.get_lock():
            finished.value += 1


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def reads_for(url, seconds):
    reader = client(url, 30)
    latencies = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        reader.list_users()
        latencies.append((time.monotonic() - started) * 1000)
    return latencies


def report(name, latencies, simulations=None):
    line = (
        f"{name:<22} reads {len(latencies):>6}  p50 {statistics.median(latencies):7.2f} ms  "
        f"p99 {percentile(latencies, 0.99):7.2f} ms  max {max(latencies):8.2f} ms"
    )
    if simulations is not None:
        line += f"  simulations {simulations}"
    print(line, flush=True)
    return percentile(latencies, 0.99)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gatehouse", required=True)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    server = subprocess.Popen(
        [args.gatehouse, "serve", "--listen", "127.0.0.1:0", "--ephemeral"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        url = server.stdout.readline().split("listening on ", 1)[1].strip()
        setup = client(url, 30)
        for i in range(20):
            setup.create_user(UserName=f"user{i}")
        baseline = report("alone", reads_for(url, args.seconds))

        # Separate processes: a thread would share the reader's interpreter lock, and the reader
        # would then time botocore parsing the simulations' large answers, not the server.
        stop = multiprocessing.Event()
        finished = multiprocessing.Value("i", 0)
        simulators = [
            multiprocessing.Process(target=simulate, args=(url, stop, finished)) for _ in range(2)
        ]
        for process in simulators:
            process.start()
        loaded = report("two simulations", reads_for(url, args.seconds), finished.value)
        stop.set()
        for process in simulators:
            process.join()
        report("alone again", reads_for(url, args.seconds))
        print(f"loaded p99 / baseline p99: {loaded / baseline:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
