"""Federation against identity providers that share no code with gatehouse.

OIDC: a Python issuer on 127.0.0.1 serves discovery and a JWKS; its ID tokens are signed by
PyJWT (RS256 and ES256). SAML: responses are signed by the xmlsec1 command-line tool with a
key and certificate made by cryptography, and registered through CreateSAMLProvider.
Each flow is tried as a new user would: boto3, the web-identity credential provider, and
then every way a token or response can be wrong, with the error AWS answers.

Error codes: a token or response that fails verification is `InvalidIdentityToken`, one past
its expiry `ExpiredTokenException`, and a valid identity the role's trust policy does not
admit `AccessDenied`. AWS keeps `IDPRejectedClaim` for an identity provider that itself
reports a failed authentication (the access tokens of Login with Amazon or Facebook), which
never happens with a locally verified OIDC ID token or SAML response, so no test expects it.
"""
import base64
import datetime
import json
import re
import time

import botocore.session
import jwt
import pytest
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from independent_idp import SIGNATURE_PROFILES, OidcIssuer, SamlIdp, b64url, encode, xmlsec1

ACCOUNT = "000000000000"
CLIENT_ID = "independent-app"
SUBJECT = "user-7f3a"
KEY_RETRIEVAL_FAILED = (
    "Couldn't retrieve verification key from your identity provider,  please reference "
    "AssumeRoleWithWebIdentity documentation for requirements"
)


def error_of(call):
    with pytest.raises(ClientError) as caught:
        call()
    return caught.value.response["Error"]


def create_role(gh, name, federated, action, conditions):
    statement = {
        "Effect": "Allow",
        "Principal": {"Federated": federated},
        "Action": action,
        "Condition": conditions,
    }
    document = json.dumps({"Version": "2012-10-17", "Statement": [statement]})
    return gh.client("iam").create_role(RoleName=name, AssumeRolePolicyDocument=document)["Role"]["Arn"]


# --- OIDC -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def issuer():
    idp = OidcIssuer()
    yield idp
    idp.stop()


@pytest.fixture
def oidc(gh, issuer):
    """The issuer registered as an IAM OIDC provider, and a role trusting its `sub` and `aud`."""
    provider = gh.client("iam").create_open_id_connect_provider(
        Url=issuer.url, ClientIDList=[CLIENT_ID]
    )["OpenIDConnectProviderArn"]
    assert provider == f"arn:aws:iam::{ACCOUNT}:oidc-provider/{issuer.host}"
    role = create_role(
        gh, "independent-oidc", provider, "sts:AssumeRoleWithWebIdentity",
        {"StringEquals": {f"{issuer.host}:sub": SUBJECT, f"{issuer.host}:aud": CLIENT_ID}},
    )
    return provider, role


def test_strict_mode_refuses_an_http_issuer(strict, issuer):
    error = error_of(
        lambda: strict.client("iam").create_open_id_connect_provider(Url=issuer.url, ClientIDList=[CLIENT_ID])
    )
    assert error["Code"] == "InvalidInput"


def assume_web(gh, role, token, session_name="indep"):
    return gh.client("sts").assume_role_with_web_identity(
        RoleArn=role, RoleSessionName=session_name, WebIdentityToken=token
    )


@pytest.mark.parametrize(
    "alg, kid", [("RS256", "default"), ("ES256", "default"), ("RS256", None), ("ES256", None)],
    ids=["RS256", "ES256-jwk-without-alg", "RS256-without-kid", "ES256-without-kid"],
)
def test_independent_token_assumes_the_role(gh, issuer, oidc, alg, kid):
    provider, role = oidc
    result = assume_web(gh, role, issuer.mint(alg=alg, kid=kid))
    assert result["SubjectFromWebIdentityToken"] == SUBJECT
    assert result["Audience"] == CLIENT_ID
    assert result["Provider"] == provider
    assert result["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/independent-oidc/indep"
    credentials = result["Credentials"]
    assert credentials["AccessKeyId"].startswith("ASIA")
    sts = gh.client(
        "sts",
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )
    assert sts.get_caller_identity()["Arn"] == result["AssumedRoleUser"]["Arn"]
    # The issuer was really asked: discovery, then the JWKS it names.
    assert "/.well-known/openid-configuration" in issuer.requests
    assert "/keys/jwks.json" in issuer.requests


def test_web_identity_credential_provider(gh, issuer, oidc, tmp_path, monkeypatch):
    """boto's own AssumeRoleWithWebIdentity flow: AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE."""
    _, role = oidc
    token_file = tmp_path / "token"
    token_file.write_text(issuer.mint(alg="ES256"))
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", gh.url)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_ROLE_ARN", role)
    monkeypatch.setenv("AWS_ROLE_SESSION_NAME", "from-token-file")
    monkeypatch.setenv("AWS_WEB_IDENTITY_TOKEN_FILE", str(token_file))

    session = botocore.session.Session()
    credentials = session.get_credentials()
    assert credentials.method == "assume-role-with-web-identity"
    assert credentials.get_frozen_credentials().access_key.startswith("ASIA")
    identity = session.create_client("sts").get_caller_identity()
    assert identity["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/independent-oidc/from-token-file"
    assert identity["Account"] == ACCOUNT


def tampered(token):
    header, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["sub"] = "admin"
    return f"{header}.{b64url(json.dumps(claims).encode())}.{signature}"


def foreign_rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize(
    "case",
    [
        "wrong-rsa-key", "wrong-ec-key", "unknown-kid", "alg-none", "hs256-with-public-key",
        "tampered-payload", "tampered-es256", "wrong-aud", "nbf-in-future", "iat-in-future",
        "not-a-jwt",
    ],
)
def test_refused_tokens_are_invalid_identity_token(gh, issuer, oidc, case):
    _, role = oidc
    now = int(time.time())
    token = {
        "wrong-rsa-key": lambda: issuer.mint(key=foreign_rsa_key()),
        "wrong-ec-key": lambda: issuer.mint(alg="ES256", key=ec.generate_private_key(ec.SECP256R1())),
        "unknown-kid": lambda: issuer.mint(kid="rotated-away"),
        "alg-none": issuer.unsigned,
        "hs256-with-public-key": issuer.hs256_with_public_key,
        "tampered-payload": lambda: tampered(issuer.mint()),
        "tampered-es256": lambda: tampered(issuer.mint(alg="ES256")),
        "wrong-aud": lambda: issuer.mint(aud="someone-else"),
        "nbf-in-future": lambda: issuer.mint(nbf=now + 3600, iat=now),
        "iat-in-future": lambda: issuer.mint(iat=now + 3600, nbf=None),
        "not-a-jwt": lambda: "ya29.an-opaque-access-token",
    }[case]()
    error = error_of(lambda: assume_web(gh, role, token))
    assert error["Code"] == "InvalidIdentityToken", error
    expected_messages = {
        "unknown-kid": KEY_RETRIEVAL_FAILED,
        "wrong-aud": "Incorrect token audience",
        "not-a-jwt": "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)",
    }
    if case in expected_messages:
        assert error["Message"] == expected_messages[case]
    assert SUBJECT not in error["Message"] and "admin" not in error["Message"]


def test_wrong_issuer_names_the_unknown_provider(gh, issuer, oidc):
    _, role = oidc
    other = OidcIssuer()
    try:
        # Signed by a key the registered issuer does not publish, claiming another issuer.
        error = error_of(lambda: assume_web(gh, role, other.mint()))
        assert error["Code"] == "InvalidIdentityToken"
        assert error["Message"] == f"No OpenIDConnect provider found in your account for {other.url}"
        # The registered issuer's own key, but a different `iss`.
        forged = issuer.mint(iss=other.url)
        error = error_of(lambda: assume_web(gh, role, forged))
        assert error["Code"] == "InvalidIdentityToken"
        assert error["Message"] == f"No OpenIDConnect provider found in your account for {other.url}"
        assert other.requests == [], "gatehouse must not fetch keys from an unregistered issuer"
    finally:
        other.stop()


def test_expired_token(gh, issuer, oidc):
    _, role = oidc
    now = int(time.time())
    token = issuer.mint(iat=now - 1200, nbf=now - 1200, exp=now - 600)
    error = error_of(lambda: assume_web(gh, role, token))
    assert error["Code"] == "ExpiredTokenException"
    match = re.fullmatch(
        r"Token expired: current date/time (\d+) must be before the expiration date/time (\d+)",
        error["Message"],
    )
    assert match, error["Message"]
    assert int(match.group(2)) == now - 600
    assert abs(int(match.group(1)) - now) < 60


def test_token_that_expires_while_server_clock_moves(gh, issuer, oidc):
    _, role = oidc
    token = issuer.mint(alg="ES256")
    assert assume_web(gh, role, token)["SubjectFromWebIdentityToken"] == SUBJECT
    gh.admin("clock", {"offset_seconds": 900})
    assert error_of(lambda: assume_web(gh, role, token))["Code"] == "ExpiredTokenException"


def test_trust_condition_on_sub_is_enforced(gh, issuer, oidc):
    _, role = oidc
    error = error_of(lambda: assume_web(gh, role, issuer.mint(sub="user-other")))
    assert error["Code"] == "AccessDenied"
    assert error["Message"] == "Not authorized to perform sts:AssumeRoleWithWebIdentity"
    # A second client id the provider accepts, but the role's `aud` condition does not.
    gh.client("iam").add_client_id_to_open_id_connect_provider(
        OpenIDConnectProviderArn=oidc[0], ClientID="second-app"
    )
    error = error_of(lambda: assume_web(gh, role, issuer.mint(aud="second-app")))
    assert error["Code"] == "AccessDenied"


def test_key_rotation_is_picked_up(gh, issuer, oidc):
    """A token signed by a key the issuer starts publishing later verifies once it is
    published (gatehouse refetches the JWKS for an unknown kid, at most every 30 s)."""
    _, role = oidc
    assert assume_web(gh, role, issuer.mint())  # keys cached
    rotated = foreign_rsa_key()
    original_jwks = issuer.jwks

    def rotated_jwks():
        document = original_jwks()
        new = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(rotated.public_key()))
        new.update({"kid": "rsa-2", "alg": "RS256", "use": "sig"})
        document["keys"].append(new)
        return document

    issuer.jwks = rotated_jwks
    try:
        gh.admin("clock", {"offset_seconds": 60})
        token = issuer.mint(key=rotated, kid="rsa-2", iat=None, nbf=None, exp=int(time.time()) + 3600)
        assert assume_web(gh, role, token)["SubjectFromWebIdentityToken"] == SUBJECT
    finally:
        issuer.jwks = original_jwks


@pytest.mark.parametrize("alg", ["RS384", "RS512", "PS256", "PS384", "PS512", "ES384"])
def test_other_algorithms_aws_accepts(gh, issuer, oidc, alg):
    """RSA keys published without `alg` serve every RSA algorithm; the JWKS also holds an
    Ed25519 and a symmetric key, which the verifier must skip rather than choke on."""
    _, role = oidc
    assert assume_web(gh, role, issuer.mint(alg=alg))["SubjectFromWebIdentityToken"] == SUBJECT
    # The same token, but naming a key of another type, is refused.
    error = error_of(lambda: assume_web(gh, role, issuer.mint(alg=alg, kid="oct-1")))
    assert error["Code"] == "InvalidIdentityToken"


@pytest.mark.parametrize("path", ["/realms/corp", "/"], ids=["keycloak-style-path", "auth0-style-trailing-slash"])
def test_issuer_urls_with_a_path_or_trailing_slash(gh, path):
    other = OidcIssuer(path=path)
    try:
        provider = gh.client("iam").create_open_id_connect_provider(
            Url=other.url, ClientIDList=[CLIENT_ID]
        )["OpenIDConnectProviderArn"]
        host_path = other.url.removeprefix("http://").rstrip("/")
        assert provider == f"arn:aws:iam::{ACCOUNT}:oidc-provider/{host_path}"
        role = create_role(
            gh, "path-issuer", provider, "sts:AssumeRoleWithWebIdentity",
            {"StringEquals": {f"{host_path}:sub": SUBJECT, f"{host_path}:aud": CLIENT_ID}},
        )
        result = assume_web(gh, role, other.mint(alg="ES256"))
        assert result["Provider"] == provider
        assert result["SubjectFromWebIdentityToken"] == SUBJECT
        assert f"{path.rstrip('/')}/.well-known/openid-configuration" in other.requests
    finally:
        other.stop()


def test_unreachable_issuer_and_missing_jwks(gh):
    gone = OidcIssuer()
    gh.client("iam").create_open_id_connect_provider(Url=gone.url, ClientIDList=[CLIENT_ID])
    role = create_role(
        gh, "gone", f"arn:aws:iam::{ACCOUNT}:oidc-provider/{gone.host}", "sts:AssumeRoleWithWebIdentity",
        {"StringEquals": {f"{gone.host}:aud": CLIENT_ID}},
    )
    token = gone.mint()
    gone.stop()
    error = error_of(lambda: assume_web(gh, role, token))
    assert error["Code"] == "IDPCommunicationError"
    assert error["Message"].startswith("The request could not be fulfilled because the identity provider (IDP)")

    broken = OidcIssuer()
    try:
        discovery = broken.discovery()
        discovery["jwks_uri"] = f"http://{broken.host}/keys/missing.json"
        broken.discovery = lambda: discovery
        gh.client("iam").create_open_id_connect_provider(Url=broken.url, ClientIDList=[CLIENT_ID])
        role = create_role(
            gh, "broken", f"arn:aws:iam::{ACCOUNT}:oidc-provider/{broken.host}",
            "sts:AssumeRoleWithWebIdentity", {"StringEquals": {f"{broken.host}:aud": CLIENT_ID}},
        )
        error = error_of(lambda: assume_web(gh, role, broken.mint()))
        assert error["Code"] == "InvalidIdentityToken"
        assert error["Message"] == KEY_RETRIEVAL_FAILED
    finally:
        broken.stop()


@pytest.mark.parametrize(
    "quirk",
    [{"padded": True}, {"content_length": False}, {"certificates": True}],
    ids=["padded-base64url-jwks", "no-content-length", "entra-style-x5c-x5t-issuer"],
)
def test_jwks_quirks_of_real_providers(gh, quirk):
    other = OidcIssuer(**quirk)
    try:
        if quirk.get("padded"):
            assert any(key.get("n", "").endswith("=") for key in other.jwks()["keys"])
        provider = gh.client("iam").create_open_id_connect_provider(
            Url=other.url, ClientIDList=[CLIENT_ID]
        )["OpenIDConnectProviderArn"]
        role = create_role(
            gh, "quirky", provider, "sts:AssumeRoleWithWebIdentity",
            {"StringEquals": {f"{other.host}:sub": SUBJECT}},
        )
        for alg in ("RS256", "ES256"):
            assert assume_web(gh, role, other.mint(alg=alg))["SubjectFromWebIdentityToken"] == SUBJECT
    finally:
        other.stop()


# --- SAML -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def saml_idp():
    xmlsec1()  # missing xmlsec1 fails the tests that use this fixture
    idp = SamlIdp()
    yield idp
    idp.close()


@pytest.fixture
def saml(gh, saml_idp):
    """The xmlsec1 IdP registered with CreateSAMLProvider, and a role trusting it."""
    provider = gh.client("iam").create_saml_provider(
        Name="Independent", SAMLMetadataDocument=saml_idp.metadata()
    )["SAMLProviderArn"]
    assert provider == f"arn:aws:iam::{ACCOUNT}:saml-provider/Independent"
    role = create_role(
        gh, "independent-saml", provider, "sts:AssumeRoleWithSAML",
        {"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml", "saml:iss": saml_idp.entity_id}},
    )
    return provider, role


def assume_saml(gh, role, provider, document):
    return gh.client("sts").assume_role_with_saml(
        RoleArn=role, PrincipalArn=provider, SAMLAssertion=encode(document)
    )


def test_xmlsec1_is_installed():
    assert xmlsec1()


@pytest.mark.parametrize("profile", list(SIGNATURE_PROFILES))
@pytest.mark.parametrize("signed", ["Assertion", "Response"])
def test_xmlsec1_signed_saml_assumes_the_role(gh, saml_idp, saml, signed, profile):
    provider, role = saml
    pair = f"{role},{provider}"
    if signed == "Assertion":
        document = saml_idp.signed_assertion_response([pair], profile=profile)
    else:
        document = saml_idp.signed_response([pair], profile=profile)
    assert saml_idp.verify_with_xmlsec1(document, signed), "xmlsec1 must accept its own signature"
    result = assume_saml(gh, role, provider, document)
    assert result["Subject"] == "alice@independent.test"
    assert result["SubjectType"] == "persistent"
    assert result["Issuer"] == saml_idp.entity_id
    assert result["Audience"] == "https://signin.aws.amazon.com/saml"
    assert result["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/independent-saml/alice"
    credentials = result["Credentials"]
    sts = gh.client(
        "sts",
        access_key=credentials["AccessKeyId"],
        secret_key=credentials["SecretAccessKey"],
        session_token=credentials["SessionToken"],
    )
    assert sts.get_caller_identity()["Arn"] == result["AssumedRoleUser"]["Arn"]


def test_cli_with_xmlsec1_signed_response(gh, saml_idp, saml, tmp_path):
    provider, role = saml
    document = saml_idp.signed_assertion_response([f"{provider},{role}"])
    assertion_file = tmp_path / "assertion.b64"
    assertion_file.write_text(encode(document))
    result = gh.cli(
        "sts", "assume-role-with-saml", "--role-arn", role, "--principal-arn", provider,
        "--saml-assertion", f"file://{assertion_file}",
    )
    assert result["AssumedRoleUser"]["Arn"].endswith(":assumed-role/independent-saml/alice")


def signature_invalid(error):
    assert error["Code"] == "InvalidIdentityToken", error
    assert error["Message"] == "Response signature invalid"


def test_tampered_assertion_after_signing(gh, saml_idp, saml):
    provider, role = saml
    document = saml_idp.signed_assertion_response([f"{role},{provider}"])
    forged = document.replace(">alice@independent.test</saml:NameID>", ">admin@independent.test</saml:NameID>")
    assert forged != document
    signature_invalid(error_of(lambda: assume_saml(gh, role, provider, forged)))
    # Signed Response, tampered inside its assertion.
    document = saml_idp.signed_response([f"{role},{provider}"])
    forged = document.replace(">alice</saml:AttributeValue>", ">mallory</saml:AttributeValue>")
    assert forged != document
    signature_invalid(error_of(lambda: assume_saml(gh, role, provider, forged)))


def test_signature_wrapping_is_refused(gh, saml_idp, saml):
    provider, role = saml
    pair = f"{role},{provider}"
    signed = saml_idp.signed_assertion_response([pair])
    evil = saml_idp.assertion([pair], subject="admin@independent.test", session_name="admin")
    # 1. A second, unsigned assertion beside the signed one.
    closing = "</samlp:Response>"
    beside = signed.replace(closing, evil + closing)
    error = error_of(lambda: assume_saml(gh, role, provider, beside))
    assert error["Code"] == "InvalidIdentityToken"
    # 2. The unsigned one first, then the signed one.
    first = signed.replace("<saml:Assertion ", evil + "<saml:Assertion ", 1)
    assert first.count("<saml:Assertion ") == 2
    error = error_of(lambda: assume_saml(gh, role, provider, first))
    assert error["Code"] == "InvalidIdentityToken"
    # 3. The signed assertion moved into Extensions, the unsigned one in its place.
    start = signed.index("<saml:Assertion ")
    end = signed.index("</saml:Assertion>") + len("</saml:Assertion>")
    moved = (signed[:start] + evil + signed[end:]).replace(
        "<samlp:Status>",
        f"<samlp:Extensions>{signed[start:end]}</samlp:Extensions><samlp:Status>",
    )
    assert moved.count("<saml:Assertion ") == 2
    signature_invalid(error_of(lambda: assume_saml(gh, role, provider, moved)))


def test_unsigned_response(gh, saml_idp, saml):
    provider, role = saml
    document = saml_idp.response(saml_idp.assertion([f"{role},{provider}"]))
    signature_invalid(error_of(lambda: assume_saml(gh, role, provider, document)))


def test_signed_by_another_key(gh, saml_idp, saml):
    provider, role = saml
    pair = f"{role},{provider}"
    for signed, document in (
        ("Assertion", saml_idp.signed_assertion_response([pair], key=saml_idp.other)),
        ("Response", saml_idp.signed_response([pair], key=saml_idp.other)),
    ):
        assert not saml_idp.verify_with_xmlsec1(document, signed)
        signature_invalid(error_of(lambda: assume_saml(gh, role, provider, document)))


def test_wrong_audience_and_recipient(gh, saml_idp, saml):
    provider, role = saml
    pair = f"{role},{provider}"
    document = saml_idp.signed_assertion_response([pair], audience="https://app.example.com/sp")
    error = error_of(lambda: assume_saml(gh, role, provider, document))
    assert error["Code"] == "InvalidIdentityToken"
    assert "audience" in error["Message"].lower()
    document = saml_idp.signed_assertion_response([pair], recipient="https://app.example.com/acs")
    error = error_of(lambda: assume_saml(gh, role, provider, document))
    assert error["Code"] == "InvalidIdentityToken"
    assert "recipient" in error["Message"].lower()


def test_expired_response(gh, saml_idp, saml):
    provider, role = saml
    long_ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)
    document = saml_idp.signed_assertion_response([f"{role},{provider}"], now=long_ago)
    error = error_of(lambda: assume_saml(gh, role, provider, document))
    assert error["Code"] == "ExpiredTokenException"
    assert error["Message"] == "Response has expired"
    # A response valid now expires as the server's clock moves past NotOnOrAfter.
    document = saml_idp.signed_response([f"{role},{provider}"])
    assert assume_saml(gh, role, provider, document)
    gh.admin("clock", {"offset_seconds": 1800})
    assert error_of(lambda: assume_saml(gh, role, provider, document))["Code"] == "ExpiredTokenException"


def test_role_and_provider_must_be_paired(gh, saml_idp, saml):
    provider, role = saml
    other_role = create_role(
        gh, "other-saml", provider, "sts:AssumeRoleWithSAML",
        {"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml"}},
    )
    # The assertion offers only `role`; asking for `other_role` is refused.
    document = saml_idp.signed_assertion_response([f"{role},{provider}"])
    error = error_of(lambda: assume_saml(gh, other_role, provider, document))
    assert error["Code"] == "AccessDenied"
    assert error["Message"] == "Not authorized to perform sts:AssumeRoleWithSAML"
    # The right role, paired with another provider.
    second = gh.client("iam").create_saml_provider(
        Name="Second", SAMLMetadataDocument=saml_idp.metadata()
    )["SAMLProviderArn"]
    document = saml_idp.signed_assertion_response([f"{role},{second}"])
    error = error_of(lambda: assume_saml(gh, role, provider, document))
    assert error["Code"] == "AccessDenied"
    # A provider that does not exist.
    missing = f"arn:aws:iam::{ACCOUNT}:saml-provider/Missing"
    document = saml_idp.signed_assertion_response([f"{role},{missing}"])
    error = error_of(lambda: assume_saml(gh, role, missing, document))
    assert error["Code"] == "InvalidIdentityToken"


def test_doubly_signed_response(gh, saml_idp, saml):
    """Assertion signed, then the Response signed around it, as Okta and AD FS can send."""
    provider, role = saml
    document = saml_idp.doubly_signed_response([f"{role},{provider}"])
    assert saml_idp.verify_with_xmlsec1(document, "Response")
    assert assume_saml(gh, role, provider, document)["Subject"] == "alice@independent.test"
    forged = document.replace(">alice</saml:AttributeValue>", ">mallory</saml:AttributeValue>")
    signature_invalid(error_of(lambda: assume_saml(gh, role, provider, forged)))


def test_unprefixed_assertion_as_ad_fs_writes_it(gh, saml_idp, saml):
    provider, role = saml
    document = saml_idp.signed_assertion_response([f"{role},{provider}"], default_namespace=True)
    assert "<Assertion xmlns=" in document
    result = assume_saml(gh, role, provider, document)
    assert result["Subject"] == "alice@independent.test"


def test_metadata_with_wrapped_certificate_and_no_key_use(gh, saml_idp):
    provider = gh.client("iam").create_saml_provider(
        Name="Wrapped", SAMLMetadataDocument=saml_idp.metadata(wrapped=True, use=None)
    )["SAMLProviderArn"]
    role = create_role(
        gh, "wrapped-saml", provider, "sts:AssumeRoleWithSAML",
        {"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml"}},
    )
    document = saml_idp.signed_response([f"{role},{provider}"], profile="rsa-sha1-c14n")
    assert assume_saml(gh, role, provider, document)["Issuer"] == saml_idp.entity_id
    document = saml_idp.signed_response([f"{role},{provider}"], key=saml_idp.other)
    signature_invalid(error_of(lambda: assume_saml(gh, role, provider, document)))


def pretty(xml):
    """Indents a one-line document: whitespace text nodes between elements, as IdPs that
    pretty-print before signing produce."""
    return re.sub(r">(<(?!/ds:DigestValue|/ds:SignatureValue))", ">\n    \\1", xml)


@pytest.mark.parametrize("signed", ["Assertion", "Response"])
def test_pretty_printed_before_signing(gh, saml_idp, saml, signed, monkeypatch):
    provider, role = saml
    original = saml_idp.response
    monkeypatch.setattr(saml_idp, "response", lambda *a, **k: pretty(original(*a, **k)))
    pair = f"{role},{provider}"
    if signed == "Assertion":
        document = saml_idp.signed_assertion_response([pair])
    else:
        document = saml_idp.signed_response([pair])
    assert "\n    <saml:Subject>" in document
    assert saml_idp.verify_with_xmlsec1(document, signed)
    assert assume_saml(gh, role, provider, document)["Subject"] == "alice@independent.test"


@pytest.mark.parametrize("profile", ["rsa-sha256-exc-c14n", "rsa-sha512-exc-c14n-prefixlist"])
def test_crlf_line_endings(gh, saml_idp, saml, profile):
    """XML parsers turn CRLF into LF before canonicalization, so a response whose bytes
    use Windows line endings still verifies."""
    provider, role = saml
    document = saml_idp.signed_assertion_response([f"{role},{provider}"], profile=profile)
    assert "\n" in document
    crlf = document.replace("\n", "\r\n")
    assert saml_idp.verify_with_xmlsec1(crlf, "Assertion")
    assert assume_saml(gh, role, provider, crlf)["Subject"] == "alice@independent.test"


def test_metadata_during_key_rollover(gh, saml_idp):
    """Two signing certificates in the metadata: responses signed by either verify."""
    provider = gh.client("iam").create_saml_provider(
        Name="Rollover", SAMLMetadataDocument=saml_idp.metadata(rollover=True)
    )["SAMLProviderArn"]
    role = create_role(
        gh, "rollover-saml", provider, "sts:AssumeRoleWithSAML",
        {"StringEquals": {"saml:aud": "https://signin.aws.amazon.com/saml"}},
    )
    for key in (saml_idp.signing, saml_idp.other):
        document = saml_idp.signed_assertion_response([f"{role},{provider}"], key=key)
        assert assume_saml(gh, role, provider, document)["Subject"] == "alice@independent.test"


def test_a_role_arn_that_names_no_role_is_invalid(gh, issuer, oidc):
    """Users quote AWS answering a provider's or a certificate's ARN given as RoleArn with
    ValidationError "Request ARN is invalid" (physera/onelogin-aws-cli issue 12, 2017); a role
    that does not exist stays AccessDenied."""
    provider, role = oidc
    token = issuer.mint()
    for not_a_role in [provider, "arn:aws:acm:us-east-1:000000000000:certificate/1234"]:
        error = error_of(lambda arn=not_a_role: assume_web(gh, arn, token))
        assert (error["Code"], error["Message"]) == ("ValidationError", "Request ARN is invalid")
    missing = error_of(lambda: assume_web(gh, "arn:aws:iam::000000000000:role/nobody", token))
    assert (missing["Code"], missing["Message"]) == ("AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity")
