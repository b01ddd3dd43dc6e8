"""What a connection may cost the server: time limits, the connection cap, request size.

Servers here run with short timeouts (2 s) so that each test waits seconds, not minutes; the
bounds checked are generous (the timeout plus 10 s), for a loaded machine.
"""

import http.client
import socket
import time
from urllib.parse import urlparse

import pytest

from conftest import Gatehouse

TIMEOUT = 2
MARGIN = 10
MAX_BODY_BYTES = 16 * 1024 * 1024
GET_CALLER_IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15"


@pytest.fixture(scope="module")
def quick():
    """A server whose idle and body timeouts are short."""
    server = Gatehouse("--ephemeral", "--idle-timeout", str(TIMEOUT), "--body-timeout", str(TIMEOUT))
    yield server
    server.stop()


def address(server):
    url = urlparse(server.url)
    return url.hostname, url.port


def connect(server):
    sock = socket.create_connection(address(server), timeout=TIMEOUT + MARGIN)
    return sock


def read_until_closed(sock):
    """Everything the server sends until it closes the connection, and how long that took."""
    started = time.monotonic()
    received = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        received += chunk
    return received, time.monotonic() - started


def request(sock, body, headers=""):
    head = (
        "POST / HTTP/1.1\r\nHost: localhost\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n{headers}\r\n"
    )
    sock.sendall(head.encode() + body)


def answered(status, body):
    """Whether a GetCallerIdentity was answered (unsigned, in lenient mode: as the default root)."""
    return status == 200 and b"<GetCallerIdentityResult>" in body


def read_response(sock):
    """One response (status, body) read from a kept-alive connection."""
    response = http.client.HTTPResponse(sock)
    response.begin()
    return response.status, response.read()


def test_a_half_sent_head_is_closed_after_the_idle_timeout(quick):
    sock = connect(quick)
    sock.sendall(b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Le")
    _, waited = read_until_closed(sock)
    sock.close()
    assert TIMEOUT - 0.5 <= waited <= TIMEOUT + MARGIN


def test_a_connection_that_never_sends_is_closed_after_the_idle_timeout(quick):
    sock = connect(quick)
    received, waited = read_until_closed(sock)
    sock.close()
    assert received == b""
    assert TIMEOUT - 0.5 <= waited <= TIMEOUT + MARGIN


def test_an_idle_keep_alive_connection_is_closed_after_the_idle_timeout(quick):
    sock = connect(quick)
    # Two requests on one connection: it is kept alive between them...
    for _ in range(2):
        request(sock, GET_CALLER_IDENTITY.encode())
        assert answered(*read_response(sock))
    # ...and closed once idle for the timeout.
    received, waited = read_until_closed(sock)
    sock.close()
    assert received == b""
    assert TIMEOUT - 0.5 <= waited <= TIMEOUT + MARGIN


def test_a_half_sent_body_is_answered_request_timeout_and_closed(quick):
    sock = connect(quick)
    started = time.monotonic()
    body = GET_CALLER_IDENTITY.encode()
    head = (
        "POST / HTTP/1.1\r\nHost: localhost\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body) + 100}\r\n\r\n"
    )
    sock.sendall(head.encode() + body)
    received, _ = read_until_closed(sock)
    waited = time.monotonic() - started
    sock.close()
    assert received.startswith(b"HTTP/1.1 400"), received
    assert b"<Code>RequestTimeout</Code>" in received
    assert TIMEOUT - 0.5 <= waited <= TIMEOUT + MARGIN


def test_a_declared_body_over_the_cap_is_refused_before_it_is_sent(quick):
    sock = connect(quick)
    head = (
        "POST / HTTP/1.1\r\nHost: localhost\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {MAX_BODY_BYTES + 1}\r\n\r\n"
    )
    sock.sendall(head.encode())
    # Not a byte of the body is sent: the answer comes from the length alone. AWS documents no
    # error for this on its query APIs; gatehouse answers 413 RequestEntityTooLarge.
    status, body = read_response(sock)
    sock.close()
    assert status == 413
    assert b"<Code>RequestEntityTooLarge</Code>" in body
    assert b"<Type>Sender</Type>" in body


def test_a_body_at_the_cap_is_read(quick):
    # The largest body accepted is read whole, then served.
    sock = connect(quick)
    body = GET_CALLER_IDENTITY.encode() + b"&Pad=" + b"x" * (MAX_BODY_BYTES - len(GET_CALLER_IDENTITY) - 5)
    request(sock, body)
    assert answered(*read_response(sock))
    sock.close()


def test_more_parameters_than_any_operation_takes_are_refused(quick):
    sock = connect(quick)
    request(sock, (GET_CALLER_IDENTITY + "&a=1" * 10_000).encode())
    status, body = read_response(sock)
    assert status == 413
    assert b"<Code>RequestEntityTooLarge</Code>" in body
    # At the cap, the request is served.
    request(sock, (GET_CALLER_IDENTITY + "&a=1" * 9_998).encode())
    assert answered(*read_response(sock))
    sock.close()


def peak_rss_kib(server):
    with open(f"/proc/{server.process.pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise AssertionError("no VmHWM")


def test_a_body_of_millions_of_tiny_parameters_does_not_balloon_memory(quick):
    # 16 MiB of `a=b&`: 4.2 million parameters. Decoded, each was a pair of strings, and the
    # server's peak memory grew by some 430 MiB for one such request; now it is refused once
    # read, and the peak grows by about the body's size.
    body = b"a=b&" * (MAX_BODY_BYTES // 4)
    before = peak_rss_kib(quick)
    sock = connect(quick)
    request(sock, body)
    status, answer = read_response(sock)
    sock.close()
    assert status == 413 and b"RequestEntityTooLarge" in answer
    grown_mib = (peak_rss_kib(quick) - before) / 1024
    assert grown_mib < 100, f"peak memory grew by {grown_mib:.0f} MiB"


CAP = 8


def test_past_the_connection_cap_new_connections_are_closed_at_once():
    server = Gatehouse("--ephemeral", "--max-connections", str(CAP), "--workers", "1")
    try:
        held = []
        for _ in range(CAP):
            sock = connect(server)
            # A request answered shows the connection is open and counted.
            request(sock, GET_CALLER_IDENTITY.encode())
            assert answered(*read_response(sock))
            held.append(sock)
        # Past the cap, each new connection is closed without an answer, at once.
        for _ in range(5):
            sock = connect(server)
            try:
                request(sock, GET_CALLER_IDENTITY.encode())
            except (BrokenPipeError, ConnectionResetError):
                pass  # closed before the request was all sent
            received, waited = read_until_closed(sock)
            sock.close()
            assert received == b""
            assert waited < MARGIN
        # The connections held are still served.
        request(held[0], GET_CALLER_IDENTITY.encode())
        assert answered(*read_response(held[0]))
        # Once one closes, a new connection is served again.
        held.pop().close()
        deadline = time.monotonic() + MARGIN
        while True:
            sock = connect(server)
            try:
                request(sock, GET_CALLER_IDENTITY.encode())
                assert answered(*read_response(sock))
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                assert time.monotonic() < deadline, "no connection served after one closed"
                time.sleep(0.2)
            finally:
                sock.close()
        for sock in held:
            sock.close()
    finally:
        server.stop()
    log = server.process.stderr.read()
    # The refusals are logged once, not once per connection refused.
    assert log.count("the most allowed") == 1, log
