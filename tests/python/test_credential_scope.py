"""The credential scope's service and region, and requests that carry more than one signature.

Each refusal is checked against the exact words AWS answers; the sources are beside the
expected messages in crates/core/src/authentication/scope.rs (and crates/sigv4/src/parse.rs for the
doubled Authorization header).
"""

import http.client
import urllib.parse
import xml.etree.ElementTree as ET

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import pytest
import requests

STS_BODY = "Action=GetCallerIdentity&Version=2011-06-15"
IAM_BODY = "Action=ListUsers&Version=2010-05-08"

STS_SERVICE = "Credential should be scoped to correct service: 'sts'. "
IAM_SERVICE = "Credential should be scoped to correct service: 'iam'. "
STS_REGION = "Credential should be scoped to a valid region. "


def iam_region(region):
    return f"Credential should be scoped to a valid region, not '{region}'. "


def signed(url, body, service, region, access_key="test", secret_key="test", token=None):
    """A POST signed by botocore's SigV4 signer for the given scope."""
    credentials = botocore.credentials.Credentials(access_key, secret_key, token)
    request = botocore.awsrequest.AWSRequest(
        method="POST",
        url=url + "/",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
    )
    botocore.auth.SigV4Auth(credentials, service, region).add_auth(request)
    return request.prepare()


def send(prepared):
    return requests.post(prepared.url, headers=dict(prepared.headers), data=prepared.body, timeout=10)


def error(response):
    """(status, code, message) of an AWS XML error answer; the message is kept verbatim."""
    root = ET.fromstring(response.text)
    found = {element.tag.split("}")[-1]: element.text for element in root.iter()}
    return response.status_code, found.get("Code"), found.get("Message")


def refusal(message):
    return (403, "SignatureDoesNotMatch", message)


def user_key(server, name="scoped"):
    """A long-term key gatehouse issues (verified in both modes)."""
    iam = server.client("iam")
    iam.create_user(UserName=name)
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return dict(access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


# (body, service signed for, region signed for, what gatehouse answers)
WRONG_SCOPES = [
    (STS_BODY, "iam", "us-east-1", refusal(STS_SERVICE)),
    (STS_BODY, "s3", "us-east-1", refusal(STS_SERVICE)),
    (STS_BODY, "ec2", "eu-west-1", refusal(STS_SERVICE)),
    (STS_BODY, "sts", "xx-fake-1", refusal(STS_REGION)),
    (STS_BODY, "sts", "cn-north-1", refusal(STS_REGION)),
    (STS_BODY, "s3", "us-gov-west-1", refusal(STS_REGION + STS_SERVICE)),
    (IAM_BODY, "sts", "us-east-1", refusal(IAM_SERVICE)),
    (IAM_BODY, "iam", "cn-north-1", refusal(iam_region("cn-north-1"))),
    (IAM_BODY, "ec2", "xx-fake-1", refusal(iam_region("xx-fake-1") + IAM_SERVICE)),
]


@pytest.mark.parametrize("body,service,region,expected", WRONG_SCOPES)
def test_strict_mode_refuses_a_wrong_scope_before_looking_at_the_key(strict, body, service, region, expected):
    assert error(send(signed(strict.url, body, service, region))) == expected


@pytest.mark.parametrize("body,service,region,expected", WRONG_SCOPES)
def test_wrong_scopes_are_refused_for_issued_keys_in_both_modes(gh, strict, body, service, region, expected):
    for server in (gh, strict):
        key = user_key(server)
        assert error(send(signed(server.url, body, service, region, **key))) == expected


def test_session_credentials_with_a_wrong_scope_are_refused_in_both_modes(gh, strict):
    for server in (gh, strict):
        creds = server.client("sts", **user_key(server)).get_session_token()["Credentials"]
        session = dict(access_key=creds["AccessKeyId"], secret_key=creds["SecretAccessKey"], token=creds["SessionToken"])
        assert error(send(signed(server.url, STS_BODY, "s3", "us-east-1", **session))) == refusal(STS_SERVICE)
        assert error(send(signed(server.url, STS_BODY, "sts", "xx-fake-1", **session))) == refusal(STS_REGION)
        assert send(signed(server.url, STS_BODY, "sts", "eu-west-1", **session)).status_code == 200


def test_lenient_mode_holds_unverified_keys_to_the_scope_too(gh):
    """Keys gatehouse never issued act as root unverified, but only on a request scoped to the endpoint."""
    for access_key in ("test", "111122223333", "AKIAIOSFODNN7EXAMPLE"):
        prepared = signed(gh.url, STS_BODY, "s3", "us-east-1", access_key=access_key)
        assert error(send(prepared)) == refusal(STS_SERVICE)
        prepared = signed(gh.url, IAM_BODY, "iam", "xx-fake-1", access_key=access_key)
        assert error(send(prepared)) == refusal(iam_region("xx-fake-1"))
        assert send(signed(gh.url, STS_BODY, "sts", "eu-west-1", access_key=access_key)).status_code == 200


# --- the real clients still work -----------------------------------------------------------------


@pytest.mark.parametrize("region", ["us-east-1", "eu-west-1", "il-central-1", "ap-southeast-7", "mx-central-1"])
def test_boto3_in_any_region_of_the_partition(strict, region):
    """botocore signs STS with the client's region and, pointed at an endpoint URL, IAM too."""
    key = user_key(strict, f"user-{region}")
    assert strict.client("sts", region=region).get_caller_identity()["Account"] == "000000000000"
    assert strict.client("sts", region=region, **key).get_caller_identity()["Arn"].endswith(f":user/user-{region}")
    assert any(user["UserName"] == f"user-{region}" for user in strict.client("iam", region=region).list_users()["Users"])


def test_cli_iam_and_sts_answer_with_any_configured_region(strict):
    assert strict.cli("sts", "get-caller-identity", "--region", "eu-central-1")["Account"] == "000000000000"
    assert "Users" in strict.cli("iam", "list-users", "--region", "ap-south-1")


def test_presigned_urls_are_held_to_the_scope(strict):
    url = strict.client("sts", region="eu-west-1").generate_presigned_url("get_caller_identity", HttpMethod="GET")
    assert requests.get(url, timeout=10).status_code == 200
    for service, region, expected in [("iam", "us-east-1", STS_SERVICE), ("sts", "xx-fake-1", STS_REGION)]:
        request = botocore.awsrequest.AWSRequest(method="GET", url=strict.url + "/?" + STS_BODY)
        botocore.auth.SigV4QueryAuth(botocore.credentials.Credentials("test", "test"), service, region, expires=60).add_auth(
            request
        )
        assert error(requests.get(request.prepare().url, timeout=10)) == refusal(expected)


# --- more than one signature ---------------------------------------------------------------------


def raw_post(server, headers, path="/", body=STS_BODY):
    """Sends headers as given, repeated names included (requests would merge them)."""
    parts = urllib.parse.urlsplit(server.url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.putrequest("POST", path, skip_accept_encoding=True)
        for name, value in headers:
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body.encode())
        response = connection.getresponse()
        text = response.read().decode()
    finally:
        connection.close()
    fake = requests.models.Response()
    fake.status_code, fake._content = response.status, text.encode()
    return fake


def test_two_authorization_headers_are_refused_not_answered_for_the_first(gh, strict):
    for server in (gh, strict):
        good = signed(server.url, STS_BODY, "sts", "us-east-1", access_key=server.access_key, secret_key=server.secret_key)
        other = signed(server.url, STS_BODY, "sts", "us-east-1", access_key="111122223333")
        headers = [(name, value) for name, value in good.headers.items() if name.lower() != "authorization"]
        first, second = good.headers["Authorization"], other.headers["Authorization"]
        response = raw_post(server, [*headers, ("Authorization", first), ("Authorization", second)])
        assert error(response) == (
            400,
            "IncompleteSignature",
            f"'AWS4-HMAC-SHA256' not a valid key=value pair (missing equal-sign) in Authorization header: '{first},{second}'.",
        )
        # One of them alone is answered.
        assert raw_post(server, [*headers, ("Authorization", first)]).status_code == 200


def test_a_second_date_header_is_read_with_the_first_not_ignored(gh, strict):
    """Repeated fields are combined as HTTP combines them, so a second X-Amz-Date makes the date
    unreadable (the signature covers both values) instead of the first one being believed."""
    for server in (gh, strict):
        good = signed(server.url, STS_BODY, "sts", "us-east-1", access_key=server.access_key, secret_key=server.secret_key)
        date = good.headers["X-Amz-Date"]
        headers = [(name, value) for name, value in good.headers.items() if name.lower() != "x-amz-date"]
        response = raw_post(server, [*headers, ("X-Amz-Date", date), ("X-Amz-Date", "20200101T000000Z")])
        assert error(response) == (
            400,
            "IncompleteSignature",
            f"Date must be in ISO-8601 'basic format'. Got '{date},20200101T000000Z'. "
            "See http://en.wikipedia.org/wiki/ISO_8601",
        )
        assert raw_post(server, [*headers, ("X-Amz-Date", date)]).status_code == 200


def test_authorization_header_and_presigned_query_together_are_refused(strict):
    prepared = signed(strict.url, STS_BODY, "sts", "us-east-1")
    presigned = urllib.parse.urlsplit(strict.client("sts").generate_presigned_url("get_caller_identity")).query
    response = requests.post(f"{strict.url}/?{presigned}", headers=dict(prepared.headers), data=prepared.body, timeout=10)
    assert error(response) == (
        400,
        "IncompleteSignature",
        "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter "
        "or the Authorization header should be specified",
    )
