#!/usr/bin/env python3
"""gatehouse benchmark: gatehouse, moto_server and a do-nothing server, side by side.

For each server (a fresh process per repeat, all on 127.0.0.1): time from process start to the
first signed GetCallerIdentity answered, idle RSS, then for each operation and connection count
a bounded wrk run replaying requests signed by botocore over keep-alive connections:
req/s, p50/p99 latency, errors, server CPU per request and peak RSS. Prints a Markdown table
with the medians over repeats and the ratios gatehouse/moto and gatehouse/ceiling, and writes
every figure to bench/results/.

Run through bench/run.sh, which installs what this needs.
"""

import argparse
import datetime as dt
import hashlib
import hmac
import json
import os
import platform
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

import botocore.session
from botocore import xform_name
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials

HERE = os.path.dirname(os.path.abspath(__file__))
REPLAY_LUA = os.path.join(HERE, "replay.lua")
HOST = "127.0.0.1"
REGION = "us-east-1"
ROOT = Credentials("test", "test")
TICKS = os.sysconf("SC_CLK_TCK")
NAME_PLACEHOLDER = "benchplaceholdername"

OP_TITLES = {
    "gci": "GetCallerIdentity",
    "assume": "AssumeRole (session policy + tags)",
    "tempcreds": "GetCallerIdentity, temporary credentials",
    "createuser": "IAM CreateUser (durable)",
}
ROLE_NAME = "bench-role"
CALLER_NAME = "bench-caller"
CALLER_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "AssumeBenchRole", "Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"],
         "Resource": f"arn:aws:iam::*:role/{ROLE_NAME}",
         "Condition": {"StringEquals": {"aws:RequestTag/team": "platform"}}},
        {"Sid": "NoIamWrites", "Effect": "Deny", "Action": "iam:Delete*", "Resource": "*"},
    ],
}
SESSION_POLICY = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "sts:GetCallerIdentity"], "Resource": "*"}],
}
SESSION_TAGS = [{"Key": "team", "Value": "platform"}, {"Key": "project", "Value": "gatehouse"}]


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------- processes


def read_text(path):
    try:
        with open(path, encoding="latin-1") as f:
            return f.read()
    except OSError:
        return ""


def cpu_seconds(pid):
    """User + system CPU time of the process (all its threads)."""
    stat = read_text(f"/proc/{pid}/stat")
    fields = stat[stat.rfind(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / TICKS if len(fields) > 12 else 0.0


def kb_field(path, field):
    """A `Field:   N kB` value of a /proc file, in kB."""
    match = re.search(rf"^{field}:\s+(\d+) kB", read_text(path), re.M)
    return int(match.group(1)) if match else None


def status_kb(pid, field):
    return kb_field(f"/proc/{pid}/status", field)


def reset_peak_rss(pid):
    """Resets VmHWM so that it holds the peak of the next run only (Linux >= 4.0)."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def busy_jiffies():
    values = [int(v) for v in read_text("/proc/stat").splitlines()[0].split()[1:9]]
    return sum(values) - values[3] - values[4]


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """One server process under test."""

    def __init__(self, name, argv, port, workdir):
        self.name, self.argv, self.port, self.workdir = name, argv, port, workdir
        self.process = None
        self.log_path = os.path.join(workdir, f"{name}.log")

    @property
    def endpoint(self):
        return f"http://{HOST}:{self.port}"

    def start(self, probe, timeout):
        """Starts the process; returns milliseconds until `probe` (raw bytes) is answered."""
        log_file = open(self.log_path, "ab")
        started = time.perf_counter()
        self.process = subprocess.Popen(self.argv, stdout=log_file, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, cwd=self.workdir)
        log_file.close()
        while time.perf_counter() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; see {self.log_path}")
            status, body = send_raw(self.port, probe, timeout=1.0)
            if status == 200 and b"GetCallerIdentityResult" in body:
                return (time.perf_counter() - started) * 1000
            time.sleep(0.002)
        raise RuntimeError(f"{self.name} did not answer within {timeout} s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def send_raw(port, raw, timeout):
    """Sends one raw request on a new connection: (status, body), or (None, b"") on failure."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as s:
            s.sendall(raw)
            data = b""
            while True:
                head_end = data.find(b"\r\n\r\n")
                if head_end >= 0:
                    length = re.search(rb"(?im)^content-length:\s*(\d+)", data[:head_end])
                    if length and len(data) >= head_end + 4 + int(length.group(1)):
                        break
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else None
            return status, data[head_end + 4:] if head_end >= 0 else b""
    except (OSError, ValueError, IndexError):
        return None, b""


# ---------------------------------------------------------------------------------- signing


class Signer:
    """Requests as a botocore client serializes and signs them, captured before sending."""

    class _Captured(Exception):
        pass

    def __init__(self, port):
        self.port = port
        self.endpoint = f"http://{HOST}:{port}"
        self.session = botocore.session.Session()
        self.clients = {}
        self.signing_keys = {}

    def client(self, service, creds=ROOT):
        key = (service, creds.access_key, creds.token)
        if key not in self.clients:
            self.clients[key] = self.session.create_client(
                service, region_name=REGION, endpoint_url=self.endpoint,
                aws_access_key_id=creds.access_key, aws_secret_access_key=creds.secret_key,
                aws_session_token=creds.token,
                config=Config(retries={"total_max_attempts": 1}, connect_timeout=5, read_timeout=30))
        return self.clients[key]

    def capture(self, service, operation, params, creds=ROOT):
        """The raw HTTP/1.1 bytes the client would send for `operation`."""
        client = self.client(service, creds)
        captured = []

        def grab(request, **_):
            captured.append(request)
            raise Signer._Captured()

        client.meta.events.register_first("before-send", grab, unique_id="bench-capture")
        try:
            getattr(client, xform_name(operation))(**params)
        except Signer._Captured:
            pass
        finally:
            client.meta.events.unregister("before-send", unique_id="bench-capture")
        request = captured[0]
        return self.raw(request.method, request.headers.items(), request.body)

    def raw(self, method, headers, body):
        body = body.encode() if isinstance(body, str) else (body or b"")
        lines = [f"{method} / HTTP/1.1", f"Host: {HOST}:{self.port}"]
        for name, value in headers:
            if name.lower() not in ("host", "content-length", "connection", "expect"):
                value = value.decode("latin-1") if isinstance(value, bytes) else value
                lines.append(f"{name}: {value}")
        lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body

    def create_user_pool(self, names):
        """One distinct signed CreateUser request per name.

        botocore's `SigV4Auth` signs about a thousand requests a second on a busy 2-core box,
        too slow for the pools a fast server needs, so the pool is signed by `form_signature`,
        which must first agree byte for byte with botocore on the same request."""
        template = self.capture("iam", "CreateUser", {"UserName": NAME_PLACEHOLDER})
        head, body = template.split(b"\r\n\r\n", 1)
        fields = dict(line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:])
        content_type, user_agent = fields["Content-Type"], fields["User-Agent"]
        bodies = (body.replace(NAME_PLACEHOLDER.encode(), name.encode()) for name in names)
        first = next(bodies, None)
        if first is None:
            return []
        reference = AWSRequest(method="POST", url=self.endpoint + "/", data=first,
                               headers={"Content-Type": content_type, "User-Agent": user_agent})
        SigV4Auth(ROOT, "iam", REGION).add_auth(reference)
        amz_date = reference.headers["X-Amz-Date"]
        mine = self.form_signature(first, content_type, amz_date)
        if mine != reference.headers["Authorization"]:
            raise RuntimeError(f"the pool signer disagrees with botocore: {mine} != {reference.headers['Authorization']}")
        pool = []
        for request_body in [first, *bodies]:
            headers = [("Content-Type", content_type), ("User-Agent", user_agent), ("X-Amz-Date", amz_date),
                       ("Authorization", self.form_signature(request_body, content_type, amz_date))]
            pool.append(self.raw("POST", headers, request_body))
        return pool

    def form_signature(self, body, content_type, amz_date):
        """The SigV4 `Authorization` of a root-signed IAM form POST to `/` (what botocore sends)."""
        day = amz_date[:8]
        scope = f"{day}/{REGION}/iam/aws4_request"
        key = self.signing_keys.get(day)
        if key is None:
            key = f"AWS4{ROOT.secret_key}".encode()
            for part in (day, REGION, "iam", "aws4_request"):
                key = hmac.new(key, part.encode(), hashlib.sha256).digest()
            self.signing_keys[day] = key
        signed = "content-type;host;x-amz-date"
        canonical = (f"POST\n/\n\ncontent-type:{content_type}\nhost:{HOST}:{self.port}\nx-amz-date:{amz_date}\n"
                     f"\n{signed}\n{hashlib.sha256(body).hexdigest()}")
        to_sign = f"AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
        signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        return f"AWS4-HMAC-SHA256 Credential={ROOT.access_key}/{scope}, SignedHeaders={signed}, Signature={signature}"


# ---------------------------------------------------------------------------------- operations


def error_of(status, body):
    code = re.search(rb"<Code>([^<]*)</Code>", body)
    return f"HTTP {status} {code.group(1).decode() if code else body[:120]!r}"


class Operations:
    """Sets up each operation on a running server and prepares its replay pools."""

    def __init__(self, server, signer, user_names="sequential"):
        self.server, self.signer = server, signer
        self.user_names = user_names
        self.caller = None
        self.temporary = None
        self.users_created = 0

    def check(self, raw):
        """Sends one request; raises with the server's answer if it is not a success."""
        status, body = send_raw(self.server.port, raw, timeout=10)
        if status != 200:
            raise RuntimeError(error_of(status, body))
        return body

    def setup(self, op):
        """Prepares `op`; raises RuntimeError with the reason when the server cannot do it."""
        if op in ("assume", "tempcreds") and self.caller is None:
            self.setup_caller()
        if op == "tempcreds" and self.temporary is None:
            body = self.check(self.assume_role_request())
            found = {k: re.search(rf"<{k}>([^<]*)</{k}>".encode(), body)
                     for k in ("AccessKeyId", "SecretAccessKey", "SessionToken")}
            if not all(found.values()):
                raise RuntimeError("AssumeRole answer without credentials")
            self.temporary = Credentials(*(found[k].group(1).decode() for k in
                                           ("AccessKeyId", "SecretAccessKey", "SessionToken")))
        self.check(self.pool(op, 1)[0])

    def setup_caller(self):
        """An IAM user with an identity policy and an access key, and a role that trusts it."""
        iam = self.signer.client("iam")
        try:
            user = iam.create_user(UserName=CALLER_NAME)["User"]
            iam.put_user_policy(UserName=CALLER_NAME, PolicyName="assume-bench-role",
                                PolicyDocument=json.dumps(CALLER_POLICY))
            key = iam.create_access_key(UserName=CALLER_NAME)["AccessKey"]
            trust = {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Principal": {"AWS": user["Arn"]},
                "Action": ["sts:AssumeRole", "sts:TagSession"],
                "Condition": {"StringEquals": {"aws:RequestTag/project": "gatehouse"}}}]}
            role = iam.create_role(RoleName=ROLE_NAME, AssumeRolePolicyDocument=json.dumps(trust))["Role"]
        except Exception as error:  # noqa: BLE001 - the reason is reported, the op skipped
            raise RuntimeError(f"IAM setup failed: {error}") from None
        self.caller = (Credentials(key["AccessKeyId"], key["SecretAccessKey"]), role["Arn"])

    def assume_role_request(self):
        creds, role_arn = self.caller
        return self.signer.capture("sts", "AssumeRole", {
            "RoleArn": role_arn, "RoleSessionName": "bench-session", "DurationSeconds": 3600,
            "Policy": json.dumps(SESSION_POLICY), "Tags": SESSION_TAGS}, creds)

    def pool(self, op, size):
        """Signed requests to replay; distinct for writes, one request otherwise."""
        if op == "gci":
            return [self.signer.capture("sts", "GetCallerIdentity", {})]
        if op == "assume":
            return [self.assume_role_request()]
        if op == "tempcreds":
            return [self.signer.capture("sts", "GetCallerIdentity", {}, self.temporary)]
        first = self.users_created
        self.users_created += size
        if self.user_names == "random":
            names = (f"bench-{uuid.uuid4().hex}" for _ in range(size))
        else:
            prefix = uuid.uuid4().hex[:8]
            names = (f"bench-{prefix}-{i:08d}" for i in range(first, first + size))
        return self.signer.create_user_pool(names)


# ---------------------------------------------------------------------------------- load


def write_pool(requests, path):
    with open(path, "wb") as f:
        for raw in requests:
            f.write(b"%d\n" % len(raw))
            f.write(raw)


def run_wrk(args, server, pool_path, conns, duration):
    """One bounded wrk run against `server`; returns its figures."""
    threads = min(args.wrk_threads, conns)
    env = dict(os.environ, BENCH_POOL=pool_path, BENCH_THREADS=str(threads))
    argv = ["wrk", "-t", str(threads), "-c", str(conns), "-d", f"{duration}s", "--timeout", "5s",
            "-s", REPLAY_LUA, server.endpoint + "/"]
    peak_reset = reset_peak_rss(server.process.pid)
    cpu_before, busy_before = cpu_seconds(server.process.pid), busy_jiffies()
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=duration + 60)
    wall = time.perf_counter() - wall
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_cpu = cpu_seconds(server.process.pid) - cpu_before
    wrk_cpu = (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    busy = (busy_jiffies() - busy_before) / TICKS
    line = next((l for l in done.stdout.splitlines() if l.startswith("BENCH_RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {done.stderr.strip() or done.stdout.strip()}")
    result = json.loads(line.split(" ", 1)[1])
    requests = result["requests"]
    return {
        "conns": conns,
        "rps": requests / (result["duration_us"] / 1e6),
        "requests": requests,
        "p50_ms": result["p50_us"] / 1000,
        "p90_ms": result["p90_us"] / 1000,
        "p99_ms": result["p99_us"] / 1000,
        "p999_ms": result["p999_us"] / 1000,
        "max_ms": result["max_us"] / 1000,
        "status_errors": result["status_errors"],
        "errors": result["status_errors"] + result["socket_errors"],
        "socket_errors": result["socket_errors"],
        "pool_wraps": result["wraps"],
        "server_cpu_us_per_req": server_cpu / requests * 1e6 if requests else None,
        "server_cores": server_cpu / wall,
        "other_cores": max(0.0, busy - server_cpu - wrk_cpu) / wall,
        "peak_rss_kb": status_kb(server.process.pid, "VmHWM") if peak_reset else None,
    }


def measure_op(args, server, ops, op, workdir):
    """A warm-up, then every connection count of one operation, each with freshly signed requests."""
    plan = [("warm-up", max(args.conns), args.warmup)] if args.warmup > 0 else []
    plan += [("run", conns, args.duration) for conns in args.conns]
    runs, measured_rps = [], []
    for kind, conns, duration in plan:
        expected_rps = max(measured_rps, default=args.write_rate_guess)
        size = min(args.max_pool, int(expected_rps * duration * 3) + 500) if op == "createuser" else 1
        pool_path = os.path.join(workdir, f"{server.name}-{op}.pool")
        write_pool(ops.pool(op, size), pool_path)
        result = run_wrk(args, server, pool_path, conns, duration)
        measured_rps.append(result["rps"])
        log(f"  {server.name} {op} {kind} c={conns}: {result['rps']:.0f} req/s, p50 {result['p50_ms']:.2f} ms, "
            f"p90 {result['p90_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms, p99.9 {result['p999_ms']:.2f} ms, "
            f"max {result['max_ms']:.2f} ms, errors {result['errors']}, "
            f"cpu {result['server_cpu_us_per_req'] or 0:.0f} us/req, other load {result['other_cores']:.2f} cores")
        if kind == "run":
            runs.append(result)
    return runs


# ---------------------------------------------------------------------------------- servers


def server_commands(args, port, workdir):
    """The argv of each server for a fresh instance on `port`."""
    data_dir = tempfile.mkdtemp(prefix="gatehouse-data-", dir=workdir)
    return {
        "gatehouse": [args.gatehouse, "serve", "--listen", f"{HOST}:{port}", "--data-dir", data_dir]
        + (["--workers", str(args.gatehouse_workers)] if args.gatehouse_workers else []),
        "moto": [args.moto, "-H", HOST, "-p", str(port)],
        "nullsts": [args.nullsts, str(port)],
    }


def measure_server(args, name, repeat, workdir):
    """Starts a fresh instance of `name` and measures it; returns its figures."""
    port = free_port()
    server = Server(name, server_commands(args, port, workdir)[name], port, workdir)
    signer = Signer(port)
    figures = {"server": name, "repeat": repeat, "runs": {}, "skipped": {}}
    try:
        figures["start_to_first_answer_ms"] = server.start(
            signer.capture("sts", "GetCallerIdentity", {}), timeout=args.start_timeout)
        time.sleep(1.0)
        figures["idle_rss_kb"] = status_kb(server.process.pid, "VmRSS")
        log(f"{name} #{repeat}: first answer after {figures['start_to_first_answer_ms']:.1f} ms, "
            f"idle RSS {figures['idle_rss_kb'] / 1024:.1f} MiB")
        ops = Operations(server, signer, args.user_names)
        for op in args.ops:
            try:
                ops.setup(op)
            except RuntimeError as error:
                figures["skipped"][op] = str(error)
                log(f"  {name} {op}: skipped: {error}")
                continue
            figures["runs"][op] = measure_op(args, server, ops, op, workdir)
    finally:
        server.stop()
    return figures


# ---------------------------------------------------------------------------------- report


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def cells(instances, name, op, conns, key):
    return [run[key] for inst in instances if inst["server"] == name
            for run in inst["runs"].get(op, []) if run["conns"] == conns]


def fmt(value, spec="{:.0f}"):
    return "–" if value is None else spec.format(value)


def ratio(a, b):
    return None if a is None or not b else a / b


def report(args, instances):
    """The Markdown tables: load figures with ratios, startup and memory, targets."""
    out = []
    servers = [s for s in ("gatehouse", "moto", "nullsts") if s in args.servers]
    out.append("| operation | conns | gatehouse req/s (min–max) | p50 ms | p99 ms | errors | CPU µs/req "
               "| peak RSS MiB | moto req/s | ceiling req/s | ×moto | ÷ceiling |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    summary = {}
    for op in args.ops:
        for conns in args.conns:
            gh = cells(instances, "gatehouse", op, conns, "rps")
            row = {s: median(cells(instances, s, op, conns, "rps")) for s in servers}
            p99 = median(cells(instances, "gatehouse", op, conns, "p99_ms"))
            summary[(op, conns)] = dict(row, p99=p99)
            spread = f" ({min(gh):.0f}–{max(gh):.0f})" if len(gh) > 1 else ""
            rss = median(cells(instances, "gatehouse", op, conns, "peak_rss_kb"))
            out.append(" | ".join([
                f"| {OP_TITLES[op]}", str(conns), fmt(row.get("gatehouse")) + spread,
                fmt(median(cells(instances, "gatehouse", op, conns, "p50_ms")), "{:.2f}"),
                fmt(p99, "{:.2f}"),
                fmt(sum(cells(instances, "gatehouse", op, conns, "errors")) if gh else None),
                fmt(median(cells(instances, "gatehouse", op, conns, "server_cpu_us_per_req"))),
                fmt(rss and rss / 1024, "{:.1f}"),
                fmt(row.get("moto")), fmt(row.get("nullsts")),
                fmt(ratio(row.get("gatehouse"), row.get("moto")), "{:.0f}×"),
                fmt(ratio(row.get("gatehouse"), row.get("nullsts")), "{:.0%}"),
            ]) + " |")
    out.append("")
    out.append("| server | start → first answer ms (min–max) | idle RSS MiB | skipped operations |")
    out.append("|---|---:|---:|---|")
    startup = {}
    for name in servers:
        mine = [i for i in instances if i["server"] == name]
        starts = [i.get("start_to_first_answer_ms") for i in mine if i.get("start_to_first_answer_ms")]
        rss = median([i.get("idle_rss_kb") for i in mine])
        skipped = sorted({f"{op}: {why}" for i in mine for op, why in i["skipped"].items()})
        startup[name] = (median(starts), rss)
        spread = f" ({min(starts):.0f}–{max(starts):.0f})" if len(starts) > 1 else ""
        out.append(f"| {name} | {fmt(median(starts), '{:.1f}')}{spread} | {fmt(rss and rss / 1024, '{:.1f}')} "
                   f"| {'; '.join(skipped) or '–'} |")
    out.append("")
    out.append("| target | measured | met |")
    out.append("|---|---:|---|")

    def best(op, server):
        values = [summary[(op, c)].get(server) for c in args.conns if (op, c) in summary]
        return max((v for v in values if v is not None), default=None)

    def target(label, value, goal, text):
        met = "–" if value is None else ("yes" if goal(value) else "**no**")
        out.append(f"| {label} | {text if value is not None else '–'} | {met} |")

    assume_moto = ratio(best("assume", "gatehouse"), best("assume", "moto"))
    target("AssumeRole ≥ 100× moto (best of conns)", assume_moto, lambda v: v >= 100, fmt(assume_moto, "{:.0f}×"))
    for op, goal in (("assume", 0.40), ("gci", 0.60)):
        value = ratio(best(op, "gatehouse"), best(op, "nullsts"))
        target(f"{OP_TITLES[op]} ≥ {goal:.0%} of ceiling", value, lambda v, g=goal: v >= g, fmt(value, "{:.0%}"))
    for op in args.ops:
        p99 = summary.get((op, 16), {}).get("p99")
        target(f"{OP_TITLES[op]} p99 ≤ 2 ms at 16 conns", p99, lambda v: v <= 2.0, fmt(p99, "{:.2f} ms"))
    start, rss = startup.get("gatehouse", (None, None))
    target("start → first answer ≤ 50 ms", start, lambda v: v <= 50, fmt(start, "{:.1f} ms"))
    target("idle RSS ≤ 15 MiB", rss, lambda v: v <= 15 * 1024, fmt(rss and rss / 1024, "{:.1f} MiB"))
    writes = best("createuser", "gatehouse")
    target("durable IAM writes ≥ 1,000/s", writes, lambda v: v >= 1000, fmt(writes, "{:.0f}/s"))
    return "\n".join(out)


def machine():
    cpu = re.search(r"^model name\s*:\s*(.+)$", read_text("/proc/cpuinfo"), re.M)
    mem = kb_field("/proc/meminfo", "MemTotal")
    return {"cpu": cpu.group(1) if cpu else platform.processor(), "cores": os.cpu_count(),
            "memory_gib": round(mem / 1024 / 1024, 1) if mem else None, "kernel": platform.release(),
            "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()[:1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 repeat, 2 s runs, 1 and 16 conns")
    parser.add_argument("--servers", default="gatehouse,moto,nullsts")
    parser.add_argument("--ops", default="gci,assume,tempcreds,createuser")
    parser.add_argument("--gatehouse-workers", type=int, default=None,
                        help="gatehouse's --workers (default: its own, one per core)")
    parser.add_argument("--conns", default="1,16,64")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5, help="whole seconds per measured run")
    parser.add_argument("--warmup", type=int, default=1, help="whole seconds of warm-up per operation")
    parser.add_argument("--wrk-threads", type=int, default=1)
    parser.add_argument("--write-rate-guess", type=float, default=2000,
                        help="req/s the first CreateUser pool is sized for")
    parser.add_argument("--max-pool", type=int, default=200_000)
    parser.add_argument("--user-names", choices=("sequential", "random"), default="sequential",
                        help="CreateUser names: numbered in order (as most test suites do), or uuids")
    parser.add_argument("--start-timeout", type=float, default=60.0)
    parser.add_argument("--gatehouse", required=True)
    parser.add_argument("--moto", required=True)
    parser.add_argument("--nullsts", required=True)
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    args = parser.parse_args()
    if args.quick:
        args.repeats, args.duration, args.warmup, args.conns = 1, 2, 1, "1,16"
    for binary in ("gatehouse", "moto", "nullsts"):
        setattr(args, binary, os.path.abspath(getattr(args, binary)))
    args.servers = args.servers.split(",")
    args.ops = [op for op in args.ops.split(",") if op]
    args.conns = [int(c) for c in args.conns.split(",")]
    unknown = set(args.ops) - set(OP_TITLES)
    if unknown:
        parser.error(f"unknown operations: {', '.join(sorted(unknown))}")
    if args.duration > 60 or args.repeats > 10:
        parser.error("runs are bounded: --duration ≤ 60 and --repeats ≤ 10")

    instances = []
    with tempfile.TemporaryDirectory(prefix="gatehouse-bench-") as workdir:
        for repeat in range(1, args.repeats + 1):
            for name in args.servers:  # interleaved, so that drifting load hits every server
                try:
                    instances.append(measure_server(args, name, repeat, workdir))
                except (RuntimeError, OSError, subprocess.SubprocessError) as error:
                    log(f"{name} #{repeat}: {error}")
                    instances.append({"server": name, "repeat": repeat, "runs": {}, "skipped": {"*": str(error)}})
        logs = {name: read_text(os.path.join(workdir, f"{name}.log"))[-2000:] for name in args.servers}
    table = report(args, instances)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    os.makedirs(args.results, exist_ok=True)
    path = os.path.join(args.results, f"bench-{stamp}.json")
    with open(path, "w") as f:
        json.dump({"config": {k: v for k, v in vars(args).items()}, "machine": machine(),
                   "instances": instances, "log_tails": logs, "table": table}, f, indent=1)
    with open(os.path.join(args.results, f"bench-{stamp}.md"), "w") as f:
        f.write(table + "\n")
    print(table)
    print(f"\nmedians of {args.repeats} run(s), {args.duration} s each, wrk -t{args.wrk_threads}; "
          f"raw figures: {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
