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
    assert "gatehouse serves STS and IAM" in response["Error"]["Message"]
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
