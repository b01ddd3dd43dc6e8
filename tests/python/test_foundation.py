"""The foundation: the query endpoint, SigV4, principals, GetCallerIdentity and GetAccessKeyInfo."""

import base64
import datetime
import xml.etree.ElementTree as ET

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import botocore.exceptions
import pytest
import requests

STS_NS = "{https://sts.amazonaws.com/doc/2011-06-15/}"


def error_code(excinfo):
    return excinfo.value.response["Error"]["Code"]


def signed_request(url, body, access_key, secret_key, token=None, headers=None, method="POST"):
    """Signs a request with botocore's SigV4 signer and returns what to send."""
    credentials = botocore.credentials.Credentials(access_key, secret_key, token)
    request = botocore.awsrequest.AWSRequest(
        method=method,
        url=url + "/",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", **(headers or {})},
    )
    botocore.auth.SigV4Auth(credentials, "sts", "us-east-1").add_auth(request)
    return request.prepare()


def send(prepared):
    return requests.request(prepared.method, prepared.url, headers=dict(prepared.headers), data=prepared.body, timeout=10)


# --- GetCallerIdentity with the real clients ---------------------------------------------------


def test_cli_get_caller_identity_is_the_default_root(gh):
    identity = gh.cli("sts", "get-caller-identity")
    assert identity == {"UserId": "000000000000", "Account": "000000000000", "Arn": "arn:aws:iam::000000000000:root"}


def test_boto3_get_caller_identity(gh):
    identity = gh.client("sts").get_caller_identity()
    assert identity["Arn"] == "arn:aws:iam::000000000000:root"
    assert identity["Account"] == "000000000000"
    assert identity["ResponseMetadata"]["HTTPStatusCode"] == 200
    request_id = identity["ResponseMetadata"]["RequestId"]
    assert request_id and identity["ResponseMetadata"]["HTTPHeaders"]["x-amzn-requestid"] == request_id


def test_twelve_digit_key_selects_the_account_in_lenient_mode(gh):
    identity = gh.client("sts", access_key="123456789012", secret_key="anything").get_caller_identity()
    assert identity["Arn"] == "arn:aws:iam::123456789012:root"


def test_get_over_query_string_and_post_form_both_answer(gh):
    get = requests.get(gh.url + "/?Action=GetCallerIdentity&Version=2011-06-15", timeout=10)
    assert get.status_code == 200
    assert get.text.startswith("<GetCallerIdentityResponse")
    assert get.headers["content-type"].startswith("text/xml")
    post = requests.post(gh.url + "/?Action=GetCallerIdentity", data={"Version": "2011-06-15"}, timeout=10)
    assert post.status_code == 200
    root = ET.fromstring(post.text)
    assert root.tag == STS_NS + "GetCallerIdentityResponse"
    assert root.find(f"{STS_NS}GetCallerIdentityResult/{STS_NS}Arn").text == "arn:aws:iam::000000000000:root"
    assert root.find(f"{STS_NS}ResponseMetadata/{STS_NS}RequestId").text == post.headers["x-amzn-requestid"]


def test_json_answer_when_the_client_accepts_json(gh):
    response = requests.post(
        gh.url + "/",
        data={"Action": "GetCallerIdentity", "Version": "2011-06-15"},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    assert response.status_code == 200
    body = response.json()
    result = body["GetCallerIdentityResponse"]["GetCallerIdentityResult"]
    assert result["Arn"] == "arn:aws:iam::000000000000:root"
    assert body["GetCallerIdentityResponse"]["ResponseMetadata"]["RequestId"] == response.headers["x-amzn-requestid"]


# --- lenient versus strict ---------------------------------------------------------------------


def test_unsigned_request_is_root_in_lenient_mode_and_refused_in_strict_mode(gh, strict):
    url = "/?Action=GetCallerIdentity&Version=2011-06-15"
    assert requests.post(gh.url + url, timeout=10).status_code == 200
    refused = requests.post(strict.url + url, timeout=10)
    assert refused.status_code == 403
    error = ET.fromstring(refused.text)
    assert error.find(f"{STS_NS}Error/{STS_NS}Code").text == "MissingAuthenticationToken"
    assert error.find(f"{STS_NS}Error/{STS_NS}Type").text == "Sender"
    assert error.find(f"{STS_NS}RequestId").text == refused.headers["x-amzn-requestid"]


def test_strict_mode_verifies_its_generated_root_key(strict):
    assert strict.access_key.startswith("AKIA")
    assert strict.client("sts").get_caller_identity()["Arn"] == "arn:aws:iam::000000000000:root"
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        strict.client("sts", secret_key="wrong").get_caller_identity()
    assert error_code(excinfo) == "SignatureDoesNotMatch"
    assert "does not match the signature you provided" in excinfo.value.response["Error"]["Message"]


def test_strict_mode_has_no_well_known_key(strict):
    for secret in ("test", "wrong"):
        with pytest.raises(botocore.exceptions.ClientError) as excinfo:
            strict.client("sts", access_key="test", secret_key=secret).get_caller_identity()
        assert error_code(excinfo) == "InvalidClientTokenId"
    assert strict.cli("sts", "get-caller-identity", access_key="test", secret_key="test", check=False).returncode != 0


def test_strict_mode_refuses_unknown_keys(strict):
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        strict.client("sts", access_key="AKIAIOSFODNN7EXAMPLE", secret_key="x" * 40).get_caller_identity()
    assert error_code(excinfo) == "InvalidClientTokenId"
    assert excinfo.value.response["Error"]["Message"] == "The security token included in the request is invalid."


def test_forged_session_token_is_refused_even_in_lenient_mode(gh):
    forged = base64.b64encode(b"GH\x01" + b"\x00" * 60).decode()
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        gh.client("sts", access_key="ASIAY34FZKBOKMUTVV7A", secret_key="x" * 40, session_token=forged).get_caller_identity()
    assert error_code(excinfo) == "InvalidClientTokenId"


# --- SigV4 failures ------------------------------------------------------------------------------


def test_signature_over_the_body_is_checked(strict):
    prepared = signed_request(
        strict.url, "Action=GetCallerIdentity&Version=2011-06-15", strict.access_key, strict.secret_key
    )
    assert send(prepared).status_code == 200
    prepared.body = "Action=GetCallerIdentity&Version=2011-06-15&X=1"
    prepared.headers["Content-Length"] = str(len(prepared.body))
    tampered = send(prepared)
    assert tampered.status_code == 403
    assert "<Code>SignatureDoesNotMatch</Code>" in tampered.text


def test_clock_skew_beyond_fifteen_minutes_is_refused(strict):
    strict.admin("clock", {"offset_seconds": 16 * 60})
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        strict.client("sts").get_caller_identity()
    assert error_code(excinfo) == "SignatureDoesNotMatch"
    assert "Signature expired" in excinfo.value.response["Error"]["Message"]
    strict.admin("clock", {"offset_seconds": -16 * 60})
    with pytest.raises(botocore.exceptions.ClientError) as excinfo:
        strict.client("sts").get_caller_identity()
    assert "Signature not yet current" in excinfo.value.response["Error"]["Message"]
    strict.admin("clock", {"offset_seconds": 14 * 60})
    assert strict.client("sts").get_caller_identity()["Account"] == "000000000000"


def test_incomplete_authorization_header(strict):
    response = requests.post(
        strict.url + "/",
        data={"Action": "GetCallerIdentity", "Version": "2011-06-15"},
        headers={"Authorization": "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sts/aws4_request"},
        timeout=10,
    )
    assert response.status_code == 400
    assert "<Code>IncompleteSignature</Code>" in response.text


def test_signature_checked_against_the_host_the_client_signed(strict):
    """A proxy such as Vault forwards a request signed for sts.amazonaws.com."""
    prepared = signed_request(
        "https://sts.amazonaws.com",
        "Action=GetCallerIdentity&Version=2011-06-15",
        strict.access_key,
        strict.secret_key,
        headers={"Host": "sts.amazonaws.com"},
    )
    response = requests.post(strict.url + "/", headers=dict(prepared.headers), data=prepared.body, timeout=10)
    assert response.status_code == 200, response.text


# --- presigned URLs ------------------------------------------------------------------------------


def test_presigned_get_caller_identity_url_works_with_a_plain_get(strict):
    url = strict.client("sts").generate_presigned_url("get_caller_identity", ExpiresIn=60, HttpMethod="GET")
    response = requests.get(url, timeout=10)
    assert response.status_code == 200, response.text
    assert "<Arn>arn:aws:iam::000000000000:root</Arn>" in response.text


def test_presigned_url_is_valid_fifteen_minutes_whatever_expires_says(strict):
    url = strict.client("sts").generate_presigned_url("get_caller_identity", ExpiresIn=60, HttpMethod="GET")
    strict.admin("clock", {"offset_seconds": 10 * 60})
    assert requests.get(url, timeout=10).status_code == 200
    strict.admin("clock", {"offset_seconds": 16 * 60})
    assert requests.get(url, timeout=10).status_code == 403


def test_eks_style_token_with_signed_cluster_header_and_json(strict):
    """aws-iam-authenticator presigns GetCallerIdentity with x-k8s-aws-id and asks for JSON."""
    credentials = botocore.credentials.Credentials(strict.access_key, strict.secret_key)
    request = botocore.awsrequest.AWSRequest(
        method="GET",
        url=strict.url + "/?Action=GetCallerIdentity&Version=2011-06-15",
        headers={"x-k8s-aws-id": "my-cluster"},
    )
    request.context["timestamp"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    botocore.auth.SigV4QueryAuth(credentials, "sts", "us-east-1", expires=60).add_auth(request)
    url = request.prepare().url
    assert "x-k8s-aws-id" in url
    token = "k8s-aws-v1." + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")
    decoded = base64.urlsafe_b64decode(token[len("k8s-aws-v1.") :] + "==").decode()
    response = requests.get(decoded, headers={"x-k8s-aws-id": "my-cluster", "accept": "application/json"}, timeout=10)
    assert response.status_code == 200, response.text
    result = response.json()["GetCallerIdentityResponse"]["GetCallerIdentityResult"]
    assert result == {"Account": "000000000000", "Arn": "arn:aws:iam::000000000000:root", "UserId": "000000000000"}
    wrong_cluster = requests.get(decoded, headers={"x-k8s-aws-id": "other", "accept": "application/json"}, timeout=10)
    assert wrong_cluster.status_code == 403


# --- GetAccessKeyInfo and protocol errors --------------------------------------------------------


def test_get_access_key_info_decodes_any_key(gh):
    sts = gh.client("sts")
    assert sts.get_access_key_info(AccessKeyId="ASIAY34FZKBOKMUTVV7A")["Account"] == "609629065308"
    mine = gh.cli("sts", "get-access-key-info", "--access-key-id", "ASIAY34FZKBOKMUTVV7A")
    assert mine == {"Account": "609629065308"}


def test_unknown_action_and_wrong_version(gh):
    response = requests.post(gh.url + "/", data={"Action": "GetCallerIdentityX", "Version": "2011-06-15"}, timeout=10)
    assert response.status_code == 400
    assert "<Code>InvalidAction</Code>" in response.text
    assert "Could not find operation GetCallerIdentityX for version 2011-06-15" in response.text
    wrong = requests.post(gh.url + "/", data={"Action": "GetCallerIdentity", "Version": "2010-05-08"}, timeout=10)
    assert wrong.status_code == 400
    assert "<Code>InvalidAction</Code>" in wrong.text


def test_validation_error_for_a_missing_required_parameter(gh):
    response = requests.post(gh.url + "/", data={"Action": "GetAccessKeyInfo", "Version": "2011-06-15"}, timeout=10)
    assert response.status_code == 400
    assert "<Code>ValidationError</Code>" in response.text
    assert "Value null at &apos;accessKeyId&apos; failed to satisfy constraint: Member must not be null" in response.text or (
        "Value null at 'accessKeyId' failed to satisfy constraint: Member must not be null" in response.text
    )


def test_health_and_reset_routes(gh):
    health = gh.admin("health")
    assert health["status"] == "ok"
    assert health["mode"] == "lenient"
    assert "version" in health and "uptime_seconds" in health
    assert gh.admin("reset", {}) == {"reset": True}
