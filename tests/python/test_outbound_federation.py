"""Outbound web identity federation: IAM Enable/Disable/GetOutboundWebIdentityFederationInfo and
STS GetWebIdentityToken, with every token verified by PyJWT against the issuer's discovery
document and JWKS fetched over HTTP, as an external relying party would."""
import json
import time
import urllib.error
import urllib.request
from datetime import timezone

import jwt
import pytest
from botocore.exceptions import ClientError

ACCOUNT = "000000000000"
NAMESPACE = "https://sts.amazonaws.com/"
AUDIENCE = "https://relying-party.example"


def fetch_json(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return json.loads(response.read())


def error_of(call):
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"], caught.value.response["ResponseMetadata"]["HTTPStatusCode"]


def issuer_of(gh):
    return f"{gh.url}/_gatehouse/outbound/{ACCOUNT}"


def enable(gh):
    return gh.client("iam").enable_outbound_web_identity_federation()["IssuerIdentifier"]


def verify(gh, token, audience=AUDIENCE, **options):
    """Verifies `token` the way a relying party does: discovery document → jwks_uri → key by kid."""
    header = jwt.get_unverified_header(token)
    issuer = jwt.decode(token, options={"verify_signature": False})["iss"]
    discovery = fetch_json(f"{issuer}/.well-known/openid-configuration")
    assert discovery["issuer"] == issuer
    assert header["alg"] in discovery["id_token_signing_alg_values_supported"]
    jwks = fetch_json(discovery["jwks_uri"])
    [jwk] = [key for key in jwks["keys"] if key["kid"] == header["kid"]]
    key = jwt.PyJWK(jwk)
    return jwt.decode(
        token,
        key=key,
        algorithms=[header["alg"]],
        audience=audience,
        issuer=issuer_of(gh),
        options={"require": ["iss", "sub", "aud", "iat", "exp", "jti"], **options},
    )


def user_with_policy(gh, name, actions, tags=()):
    """An IAM user allowed `actions`, and an STS client signing with its access key."""
    iam = gh.client("iam")
    iam.create_user(UserName=name, Tags=[{"Key": k, "Value": v} for k, v in tags])
    if actions:
        document = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": list(actions), "Resource": "*"}]}
        iam.put_user_policy(UserName=name, PolicyName="outbound", PolicyDocument=json.dumps(document))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return gh.client("sts", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


def test_enable_info_disable_follow_the_feature_states(gh):
    iam = gh.client("iam")
    error, status = error_of(iam.get_outbound_web_identity_federation_info)
    assert (error["Code"], status) == ("FeatureDisabled", 404)
    error, status = error_of(iam.disable_outbound_web_identity_federation)
    assert (error["Code"], status) == ("FeatureDisabled", 404)

    assert enable(gh) == issuer_of(gh)
    error, status = error_of(iam.enable_outbound_web_identity_federation)
    assert (error["Code"], status) == ("FeatureEnabled", 409)
    info = iam.get_outbound_web_identity_federation_info()
    assert info["IssuerIdentifier"] == issuer_of(gh)
    assert info["JwtVendingEnabled"] is True

    iam.disable_outbound_web_identity_federation()
    info = iam.get_outbound_web_identity_federation_info()
    assert info["JwtVendingEnabled"] is False
    assert info["IssuerIdentifier"] == issuer_of(gh)
    error, status = error_of(iam.disable_outbound_web_identity_federation)
    assert (error["Code"], status) == ("FeatureDisabled", 404)


def test_discovery_and_jwks_are_served_only_for_enabled_accounts(gh):
    for path in ("openid-configuration", "jwks.json"):
        with pytest.raises(urllib.error.HTTPError) as caught:
            fetch_json(f"{issuer_of(gh)}/.well-known/{path}")
        assert caught.value.code == 404
    issuer = enable(gh)
    discovery = fetch_json(f"{issuer}/.well-known/openid-configuration")
    assert discovery["issuer"] == issuer
    assert discovery["jwks_uri"] == f"{issuer}/.well-known/jwks.json"
    assert set(discovery["id_token_signing_alg_values_supported"]) == {"RS256", "ES384"}
    keys = fetch_json(discovery["jwks_uri"])["keys"]
    by_alg = {key["alg"]: key for key in keys}
    assert by_alg["RS256"]["kty"] == "RSA" and by_alg["RS256"]["use"] == "sig"
    assert by_alg["ES384"]["kty"] == "EC" and by_alg["ES384"]["crv"] == "P-384"
    # The RSA modulus is 2048 bits.
    assert len(jwt.utils.base64url_decode(by_alg["RS256"]["n"])) == 256
    assert len({key["kid"] for key in keys}) == 2
    # The kids are stable: the same set is served again.
    assert fetch_json(discovery["jwks_uri"])["keys"] == keys


@pytest.mark.parametrize("algorithm", ["RS256", "ES384"])
def test_a_user_token_verifies_against_the_published_keys(gh, algorithm):
    enable(gh)
    sts = user_with_policy(
        gh, "builder", ["sts:GetWebIdentityToken", "sts:TagGetWebIdentityToken"], tags=[("team", "platform")]
    )
    before = int(time.time())
    response = sts.get_web_identity_token(
        Audience=[AUDIENCE],
        SigningAlgorithm=algorithm,
        DurationSeconds=900,
        Tags=[{"Key": "job", "Value": "deploy-7"}],
    )
    token = response["WebIdentityToken"]
    assert jwt.get_unverified_header(token)["alg"] == algorithm
    claims = verify(gh, token)
    assert claims["sub"] == f"arn:aws:iam::{ACCOUNT}:user/builder"
    assert claims["aud"] == AUDIENCE
    assert claims["exp"] - claims["iat"] == 900
    assert before - 5 <= claims["iat"] <= int(time.time()) + 5
    assert int(response["Expiration"].astimezone(timezone.utc).timestamp()) == claims["exp"]
    assert len(claims["jti"]) == 36
    aws = claims[NAMESPACE]
    assert aws["aws_account"] == ACCOUNT
    assert aws["source_region"] == "us-east-1"
    assert aws["principal_tags"] == {"team": "platform"}
    assert aws["request_tags"] == {"job": "deploy-7"}
    # Every call mints a new token id.
    again = sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm=algorithm)["WebIdentityToken"]
    second = verify(gh, again)
    assert second["jti"] != claims["jti"]
    assert second["exp"] - second["iat"] == 300
    assert "request_tags" not in second[NAMESPACE]


def test_a_token_is_not_valid_for_another_audience_or_issuer(gh):
    enable(gh)
    token = gh.client("sts").get_web_identity_token(Audience=["a", "b"], SigningAlgorithm="ES384")["WebIdentityToken"]
    assert verify(gh, token, audience="b")["aud"] == ["a", "b"]
    with pytest.raises(jwt.InvalidAudienceError):
        verify(gh, token, audience="c")
    header, payload, signature = token.split(".")
    forged = json.loads(jwt.utils.base64url_decode(payload))
    forged["sub"] = "arn:aws:iam::000000000000:user/admin"
    tampered = ".".join([header, jwt.utils.base64url_encode(json.dumps(forged).encode()).decode(), signature])
    with pytest.raises(jwt.InvalidSignatureError):
        verify(gh, tampered, audience="a")


def test_a_role_session_token_names_the_role(gh):
    enable(gh)
    iam = gh.client("iam")
    trust = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                "Action": ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"],
            }
        ],
    }
    iam.create_role(
        RoleName="exporter", Path="/jobs/", AssumeRolePolicyDocument=json.dumps(trust), Tags=[{"Key": "env", "Value": "prod"}]
    )
    allow = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:GetWebIdentityToken", "Resource": "*"}]}
    iam.put_role_policy(RoleName="exporter", PolicyName="p", PolicyDocument=json.dumps(allow))
    credentials = gh.client("sts").assume_role(
        RoleArn=f"arn:aws:iam::{ACCOUNT}:role/jobs/exporter",
        RoleSessionName="nightly",
        SourceIdentity="alice",
        DurationSeconds=900,
    )["Credentials"]
    session = gh.client(
        "sts",
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )
    token = session.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="RS256")["WebIdentityToken"]
    claims = verify(gh, token)
    assert claims["sub"] == f"arn:aws:iam::{ACCOUNT}:role/jobs/exporter"
    assert claims[NAMESPACE]["source_identity"] == "alice"
    assert claims[NAMESPACE]["principal_tags"] == {"env": "prod"}

    # The token may not outlive the 15-minute session.
    error, status = error_of(
        lambda: session.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="RS256", DurationSeconds=3600)
    )
    assert (error["Code"], status) == ("SessionDurationEscalationException", 403)


def test_disabled_feature_is_refused_and_old_tokens_still_verify(gh):
    sts = gh.client("sts")
    error, status = error_of(lambda: sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384"))
    assert (error["Code"], status) == ("OutboundWebIdentityFederationDisabledException", 403)

    enable(gh)
    token = sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384")["WebIdentityToken"]
    gh.client("iam").disable_outbound_web_identity_federation()
    error, status = error_of(lambda: sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384"))
    assert (error["Code"], status) == ("OutboundWebIdentityFederationDisabledException", 403)
    assert verify(gh, token)["sub"] == f"arn:aws:iam::{ACCOUNT}:root"

    gh.client("iam").enable_outbound_web_identity_federation()
    again = sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384")["WebIdentityToken"]
    assert jwt.get_unverified_header(again)["kid"] == jwt.get_unverified_header(token)["kid"]


@pytest.mark.parametrize("duration", [59, 3601])
def test_durations_outside_60_to_3600_are_refused(gh, duration):
    enable(gh)
    sts = gh.client("sts", parameter_validation=False)
    error, status = error_of(
        lambda: sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384", DurationSeconds=duration)
    )
    assert (error["Code"], status) == ("ValidationError", 400)
    assert "durationSeconds" in error["Message"]


@pytest.mark.parametrize("algorithm", ["HS256", "ES256", "rs256", "RS512"])
def test_unsupported_algorithms_are_refused(gh, algorithm):
    enable(gh)
    error, status = error_of(
        lambda: gh.client("sts").get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm=algorithm)
    )
    assert (error["Code"], status) == ("ValidationError", 400)
    assert "signingAlgorithm" in error["Message"]


@pytest.mark.parametrize(
    "audience, constraint",
    [
        ([], "greater than or equal to 1"),
        (["a"] * 11, "less than or equal to 10"),
        (["x" * 1001], "less than or equal to 1000"),
    ],
)
def test_audience_lists_outside_the_model_are_refused(gh, audience, constraint):
    enable(gh)
    sts = gh.client("sts", parameter_validation=False)
    error, status = error_of(lambda: sts.get_web_identity_token(Audience=audience, SigningAlgorithm="ES384"))
    assert (error["Code"], status) == ("ValidationError", 400)
    assert "audience" in error["Message"] and constraint in error["Message"], error["Message"]


def test_permission_is_required(strict):
    strict.client("iam").enable_outbound_web_identity_federation()
    sts = user_with_policy(strict, "nobody", [])
    error, status = error_of(lambda: sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384"))
    assert (error["Code"], status) == ("AccessDenied", 403)
    assert "sts:GetWebIdentityToken" in error["Message"]

    # Tags need sts:TagGetWebIdentityToken as well.
    tagger = user_with_policy(strict, "tagger", ["sts:GetWebIdentityToken"])
    assert tagger.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384")["WebIdentityToken"]
    error, status = error_of(
        lambda: tagger.get_web_identity_token(
            Audience=[AUDIENCE], SigningAlgorithm="ES384", Tags=[{"Key": "k", "Value": "v"}]
        )
    )
    assert (error["Code"], status) == ("AccessDenied", 403)
    assert "sts:TagGetWebIdentityToken" in error["Message"]


def test_condition_keys_restrict_audience_algorithm_and_duration(strict):
    strict.client("iam").enable_outbound_web_identity_federation()
    iam = strict.client("iam")
    iam.create_user(UserName="narrow")
    document = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "sts:GetWebIdentityToken",
                "Resource": "*",
                "Condition": {
                    "ForAllValues:StringEquals": {"sts:IdentityTokenAudience": [AUDIENCE]},
                    "StringEquals": {"sts:SigningAlgorithm": "ES384"},
                    "NumericLessThanEquals": {"sts:DurationSeconds": 600},
                },
            }
        ],
    }
    iam.put_user_policy(UserName="narrow", PolicyName="p", PolicyDocument=json.dumps(document))
    key = iam.create_access_key(UserName="narrow")["AccessKey"]
    sts = strict.client("sts", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])
    assert sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="ES384")["WebIdentityToken"]
    for kwargs in (
        {"Audience": ["https://elsewhere"], "SigningAlgorithm": "ES384"},
        {"Audience": [AUDIENCE], "SigningAlgorithm": "RS256"},
        {"Audience": [AUDIENCE], "SigningAlgorithm": "ES384", "DurationSeconds": 900},
    ):
        error, status = error_of(lambda: sts.get_web_identity_token(**kwargs))
        assert (error["Code"], status) == ("AccessDenied", 403), kwargs


def test_tokens_expire(gh):
    enable(gh)
    sts = gh.client("sts")
    # Minted on a clock two hours behind: a five-minute token is long expired in real time.
    gh.admin("clock", {"offset_seconds": -7200})
    token = sts.get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="RS256", DurationSeconds=300)[
        "WebIdentityToken"
    ]
    gh.admin("clock", {"offset_seconds": 0})
    with pytest.raises(jwt.ExpiredSignatureError):
        verify(gh, token)
    claims = verify(gh, token, verify_exp=False)
    assert claims["exp"] - claims["iat"] == 300
    assert claims["exp"] < time.time() - 3600


def test_the_aws_cli_drives_the_feature(gh):
    enabled = gh.cli("iam", "enable-outbound-web-identity-federation")
    assert enabled["IssuerIdentifier"] == issuer_of(gh)
    info = gh.cli("iam", "get-outbound-web-identity-federation-info")
    assert info["JwtVendingEnabled"] is True
    # The AWS CLI v1 would fetch an http(s):// parameter value, so the audience here is no URL.
    out = gh.cli(
        "sts", "get-web-identity-token", "--audience", "relying-party", "--signing-algorithm", "ES384", "--duration-seconds", "120"
    )
    claims = verify(gh, out["WebIdentityToken"], audience="relying-party")
    assert claims["exp"] - claims["iat"] == 120
    gh.cli("iam", "disable-outbound-web-identity-federation")
    assert gh.cli("iam", "get-outbound-web-identity-federation-info")["JwtVendingEnabled"] is False


def test_keys_survive_a_restart(tmp_path):
    """The signing keys are durable state: same kids after a restart, old tokens still verify."""
    from conftest import Gatehouse

    data = tmp_path / "data"
    first = Gatehouse("--data-dir", str(data))
    try:
        first.client("iam").enable_outbound_web_identity_federation()
        token = first.client("sts").get_web_identity_token(Audience=[AUDIENCE], SigningAlgorithm="RS256")[
            "WebIdentityToken"
        ]
        kids = {key["kid"] for key in fetch_json(f"{issuer_of(first)}/.well-known/jwks.json")["keys"]}
    finally:
        first.stop()
    second = Gatehouse("--data-dir", str(data))
    try:
        jwks = fetch_json(f"{issuer_of(second)}/.well-known/jwks.json")
        assert {key["kid"] for key in jwks["keys"]} == kids
        [jwk] = [key for key in jwks["keys"] if key["kid"] == jwt.get_unverified_header(token)["kid"]]
        # The issuer follows the address the server listens on, which changed with the restart.
        claims = jwt.decode(token, key=jwt.PyJWK(jwk), algorithms=["RS256"], audience=AUDIENCE)
        assert claims["sub"] == f"arn:aws:iam::{ACCOUNT}:root"
        info = second.client("iam").get_outbound_web_identity_federation_info()
        assert info["JwtVendingEnabled"] is True
        assert info["IssuerIdentifier"] == issuer_of(second)
        error, status = error_of(second.client("iam").enable_outbound_web_identity_federation)
        assert (error["Code"], status) == ("FeatureEnabled", 409)
    finally:
        second.stop()
