"""A client for another AWS service pointed at gatehouse gets an answer its SDK parses, in its
own protocol, naming the problem (not an STS-namespaced XML error it cannot read)."""

import urllib.error
import urllib.request

import pytest
from botocore.exceptions import ClientError

def refused(call):
    with pytest.raises(ClientError) as excinfo:
        call()
    return excinfo.value.response


@pytest.mark.parametrize(
    "service, call, code, status",
    [
        # AWS JSON 1.0 (X-Amz-Target).
        ("dynamodb", lambda client: client.list_tables(), "UnknownOperationException", 400),
        # AWS JSON 1.1.
        ("kms", lambda client: client.list_keys(), "UnknownOperationException", 400),
        # REST-JSON.
        ("lambda", lambda client: client.list_functions(), "UnknownOperationException", 400),
        # REST-XML.
        ("s3", lambda client: client.list_buckets(), "NotImplemented", 501),
    ],
)
def test_other_services_get_an_error_in_their_protocol(gh, service, call, code, status):
    client = gh.client(service)
    response = refused(lambda: call(client))
    assert response["Error"]["Code"] == code, response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == status
    assert "gatehouse serves STS, IAM and Organizations" in response["Error"]["Message"]
    assert "does not serve" in response["Error"]["Message"]


def test_query_protocol_unknown_action_is_invalid_action(gh):
    """An action the service does not have is AWS's InvalidAction, in the query protocol."""
    request = urllib.request.Request(gh.url, data=b"Action=NoSuchThing&Version=2010-05-08", method="POST")
    request.add_header("content-type", "application/x-www-form-urlencoded")
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        body = error.read().decode()
        assert error.code == 400
        assert "<Code>InvalidAction</Code>" in body
        assert "Could not find operation NoSuchThing for version 2010-05-08" in body
    else:
        raise AssertionError("an unknown action was answered")


def query(gh, body):
    """POSTs a query-protocol form (lenient mode answers unsigned requests as the default
    account's root); the status and the body."""
    request = urllib.request.Request(gh.url, data=body.encode(), method="POST")
    request.add_header("content-type", "application/x-www-form-urlencoded")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.parametrize(
    "body, operation",
    [
        ("Action=GetTrustBundles&Version=2011-06-15&ProviderArn=arn%3Aaws%3Aiam%3A%3A000000000000%3Aworkload-identity-provider%2Fp", "GetTrustBundles"),
        ("Action=ListWorkloadIdentityProviders&Version=2010-05-08", "ListWorkloadIdentityProviders"),
    ],
)
def test_an_action_aws_has_that_gatehouse_does_not_serve_is_not_implemented(gh, body, operation):
    """One rule for actions (ARCHITECTURE.md): an operation of the pinned models (botocore
    1.44.18) without a handler is NotImplemented (501), naming it."""
    status, text = query(gh, body)
    assert status == 501, text
    assert "<Code>NotImplemented</Code>" in text
    assert f"The operation {operation} is not implemented by gatehouse yet." in text
