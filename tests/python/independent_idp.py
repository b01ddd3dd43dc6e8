"""Identity providers that share no code with gatehouse, for the federation tests.

- `OidcIssuer`: an OpenID Connect issuer on 127.0.0.1 (http.server in a thread) serving a
  discovery document and a JWKS, minting ID tokens with PyJWT + cryptography.
- `SamlIdp`: a SAML identity provider whose responses are signed by the `xmlsec1`
  command-line tool, with a key and X.509 certificate made by cryptography.
"""
import base64
import datetime
import hashlib
import hmac
import json
import re
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class OidcIssuer:
    """An OIDC issuer with an RSA key (`rsa-1`, RS256) and a P-256 key (`ec-1`, ES256).

    The JWKS lists the RSA key with `alg` and `use`, and the EC key without either, as
    many providers publish them. It also lists an RSA key with no `alg` (`rsa-any`, for
    RS384/RS512/PS256...), a P-384 key (`ec-384`), and keys a verifier must skip: an
    Ed25519 key and a symmetric `oct` key."""

    def __init__(self, path="", padded=False, content_length=True, certificates=False):
        """`padded` publishes the JWKS's base64url numbers with `=` padding, as some
        providers do; `content_length=False` answers without a Content-Length (the body
        ends when the connection closes); `certificates` adds `x5c`, `x5t` and
        `issuer` members to the RSA keys, as Microsoft Entra ID publishes them."""
        self.padded = padded
        self.certificates = certificates
        self.content_length = content_length
        self.rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.ec_key = ec.generate_private_key(ec.SECP256R1())
        self.rsa_any_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        self.ec384_key = ec.generate_private_key(ec.SECP384R1())
        self.ed_key = ed25519.Ed25519PrivateKey.generate()
        self.requests = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        host, port = self._server.server_address
        self.host = f"{host}:{port}"
        self.url = f"http://{self.host}{path}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self):
        self._server.shutdown()
        self._server.server_close()

    def jwks(self):
        rsa_jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.rsa_key.public_key()))
        rsa_jwk.update({"kid": "rsa-1", "alg": "RS256", "use": "sig"})
        ec_jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(self.ec_key.public_key()))
        ec_jwk["kid"] = "ec-1"
        ec_jwk.pop("alg", None)
        rsa_any = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.rsa_any_key.public_key()))
        rsa_any["kid"] = "rsa-any"
        rsa_any.pop("alg", None)
        ec384 = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(self.ec384_key.public_key()))
        ec384.update({"kid": "ec-384", "alg": "ES384", "use": "sig"})
        ed = json.loads(jwt.algorithms.OKPAlgorithm.to_jwk(self.ed_key.public_key()))
        ed.update({"kid": "ed-1", "alg": "EdDSA"})
        oct_key = {"kty": "oct", "kid": "oct-1", "k": b64url(b"a shared secret, never a signing key")}
        keys = [ed, oct_key, rsa_jwk, ec_jwk, rsa_any, ec384]
        if self.certificates:
            for jwk_member, private in ((rsa_jwk, self.rsa_key), (rsa_any, self.rsa_any_key)):
                der = self_signed(private, "oidc.idp.test").public_bytes(serialization.Encoding.DER)
                jwk_member["x5c"] = [base64.b64encode(der).decode()]
                jwk_member["x5t"] = b64url(hashlib.sha1(der).digest())
                jwk_member["issuer"] = self.url
        if self.padded:
            for key in keys:
                for member in ("n", "e", "x", "y"):
                    if member in key:
                        key[member] += "=" * (-len(key[member]) % 4)
        return {"keys": keys}

    def discovery(self):
        return {
            "issuer": self.url,
            "jwks_uri": f"http://{self.host}/keys/jwks.json",
            "response_types_supported": ["id_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256", "ES256"],
        }

    def _handler(self):
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                issuer.requests.append(self.path)
                prefix = issuer.url.removeprefix(f"http://{issuer.host}").rstrip("/")
                documents = {
                    f"{prefix}/.well-known/openid-configuration": issuer.discovery(),
                    "/keys/jwks.json": issuer.jwks(),
                }
                document = documents.get(self.path)
                body = json.dumps(document or {"error": "not found"}).encode()
                self.send_response(200 if document else 404)
                self.send_header("content-type", "application/json")
                if issuer.content_length:
                    self.send_header("content-length", str(len(body)))
                else:
                    self.close_connection = True
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler

    def claims(self, **overrides):
        now = int(time.time())
        claims = {
            "iss": self.url,
            "sub": "user-7f3a",
            "aud": "independent-app",
            "iat": now,
            "nbf": now,
            "exp": now + 600,
            "jti": uuid.uuid4().hex,
        }
        claims.update(overrides)
        return {name: value for name, value in claims.items() if value is not None}

    def mint(self, alg="RS256", kid="default", key=None, headers=None, **claims):
        """A token signed by this issuer's key for `alg` (or `key`), with `kid` naming
        that key unless given (None: no kid)."""
        defaults = {
            "RS256": (self.rsa_key, "rsa-1"),
            "ES256": (self.ec_key, "ec-1"),
            "ES384": (self.ec384_key, "ec-384"),
            "EdDSA": (self.ed_key, "ed-1"),
        }
        default_key, default_kid = defaults.get(alg, (self.rsa_any_key, "rsa-any"))
        if key is None:
            key = default_key
        if kid == "default":
            kid = default_kid
        header = dict(headers or {})
        if kid is not None:
            header["kid"] = kid
        return jwt.encode(self.claims(**claims), key, algorithm=alg, headers=header)

    def unsigned(self, **claims):
        """An `alg: none` token (RFC 7519 unsecured JWT)."""
        header = b64url(json.dumps({"alg": "none", "typ": "JWT", "kid": "rsa-1"}).encode())
        body = b64url(json.dumps(self.claims(**claims)).encode())
        return f"{header}.{body}."

    def hs256_with_public_key(self, **claims):
        """The algorithm-confusion attack: HS256 keyed with the RSA public key's PEM."""
        secret = self.rsa_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        header = b64url(json.dumps({"alg": "HS256", "typ": "JWT", "kid": "rsa-1"}).encode())
        body = b64url(json.dumps(self.claims(**claims)).encode())
        signature = hmac.new(secret, f"{header}.{body}".encode(), hashlib.sha256).digest()
        return f"{header}.{body}.{b64url(signature)}"


# --- SAML -------------------------------------------------------------------------------

PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol"
ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion"
AWS_RECIPIENT = "https://signin.aws.amazon.com/saml"
ATTRIBUTE_PREFIX = "https://aws.amazon.com/SAML/Attributes/"

#: Signature profiles: (SignatureMethod, DigestMethod, CanonicalizationMethod, c14n
#: transform, InclusiveNamespaces PrefixList or None).
SIGNATURE_PROFILES = {
    "rsa-sha256-exc-c14n": (
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
        "http://www.w3.org/2001/04/xmlenc#sha256",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        None,
    ),
    "rsa-sha1-c14n": (
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        "http://www.w3.org/2000/09/xmldsig#sha1",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        None,
    ),
    "rsa-sha512-exc-c14n-prefixlist": (
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
        "http://www.w3.org/2001/04/xmlenc#sha512",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        "xs xsi",
    ),
}


def xmlsec1():
    """The xmlsec1 binary; its absence is a failure, not a reason to skip."""
    path = shutil.which("xmlsec1")
    if path is None:
        raise RuntimeError("xmlsec1 is not installed (Debian package `xmlsec1`)")
    return path


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def signature_template(reference_id, profile):
    method, digest, c14n, transform, prefixes = SIGNATURE_PROFILES[profile]
    inclusive = (
        f'<ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="{prefixes}"/>'
        if prefixes
        else ""
    )
    transform_element = (
        f'<ds:Transform Algorithm="{transform}">{inclusive}</ds:Transform>'
        if inclusive
        else f'<ds:Transform Algorithm="{transform}"/>'
    )
    return (
        '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
        f'<ds:CanonicalizationMethod Algorithm="{c14n}"/>'
        f'<ds:SignatureMethod Algorithm="{method}"/>'
        f'<ds:Reference URI="#{reference_id}"><ds:Transforms>'
        '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
        f"{transform_element}</ds:Transforms>"
        f'<ds:DigestMethod Algorithm="{digest}"/><ds:DigestValue></ds:DigestValue>'
        "</ds:Reference></ds:SignedInfo><ds:SignatureValue></ds:SignatureValue>"
        "<ds:KeyInfo><ds:X509Data></ds:X509Data></ds:KeyInfo></ds:Signature>"
    )


def self_signed(private_key, common_name):
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    start = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=3650))
        .sign(private_key, hashes.SHA256())
    )


class SamlKey:
    """An RSA key and self-signed certificate, written as PEM files for xmlsec1."""

    def __init__(self, directory, name):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.cert = self_signed(self.key, f"{name}.idp.test")
        self.key_path = Path(directory) / f"{name}-key.pem"
        self.cert_path = Path(directory) / f"{name}-cert.pem"
        self.key_path.write_bytes(
            self.key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        self.cert_path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))

    def cert_b64(self):
        return base64.b64encode(self.cert.public_bytes(serialization.Encoding.DER)).decode()


class SamlIdp:
    """A SAML 2.0 identity provider signing with xmlsec1."""

    def __init__(self, entity_id="https://idp.independent.test/saml"):
        self.entity_id = entity_id
        self._directory = tempfile.TemporaryDirectory(prefix="saml-idp-")
        self.directory = Path(self._directory.name)
        self.signing = SamlKey(self.directory, "signing")
        self.other = SamlKey(self.directory, "other")

    def close(self):
        self._directory.cleanup()

    def metadata(self, wrapped=False, use="signing", rollover=False):
        """The IdP metadata; `wrapped` breaks the certificate's base64 into 64-character
        lines, `use=None` leaves the KeyDescriptor's use out (signing and encryption),
        `rollover` lists the other key's certificate first (a key being rotated in)."""
        cert = self.signing.cert_b64()
        before = ""
        if rollover:
            before = (
                '<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>'
                f"{self.other.cert_b64()}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
            )
        if wrapped:
            cert = "\n" + "\n".join(cert[i : i + 64] for i in range(0, len(cert), 64)) + "\n"
        use_attribute = f' use="{use}"' if use else ""
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="{self.entity_id}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    {before}<md:KeyDescriptor{use_attribute}>
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>{cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.independent.test/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""

    def assertion(
        self,
        roles,
        subject="alice@independent.test",
        session_name="alice",
        assertion_id=None,
        recipient=AWS_RECIPIENT,
        audience="urn:amazon:webservices",
        lifetime=datetime.timedelta(minutes=5),
        now=None,
        signature="",
        default_namespace=False,
    ):
        """An Assertion element (text); `signature` goes after its Issuer.
        `default_namespace` writes it unprefixed, as AD FS does."""
        now = now or datetime.datetime.now(datetime.timezone.utc)
        assertion_id = assertion_id or f"_a{uuid.uuid4().hex}"
        values = "".join(
            f'<saml:AttributeValue xsi:type="xs:string">{role}</saml:AttributeValue>' for role in roles
        )
        text = (
            f'<saml:Assertion xmlns:saml="{ASSERTION_NS}" xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="{assertion_id}" Version="2.0" '
            f'IssueInstant="{iso(now)}">'
            f"<saml:Issuer>{self.entity_id}</saml:Issuer>{signature}"
            "<saml:Subject>"
            f'<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">{subject}</saml:NameID>'
            '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
            f'<saml:SubjectConfirmationData NotOnOrAfter="{iso(now + lifetime)}" Recipient="{recipient}"/>'
            "</saml:SubjectConfirmation></saml:Subject>"
            f'<saml:Conditions NotBefore="{iso(now - datetime.timedelta(minutes=1))}" '
            f'NotOnOrAfter="{iso(now + lifetime)}">'
            f"<saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction>"
            "</saml:Conditions>"
            f'<saml:AuthnStatement AuthnInstant="{iso(now)}" SessionIndex="{assertion_id}">'
            "<saml:AuthnContext><saml:AuthnContextClassRef>"
            "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
            "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
            "<saml:AttributeStatement>"
            f'<saml:Attribute Name="{ATTRIBUTE_PREFIX}Role">{values}</saml:Attribute>'
            f'<saml:Attribute Name="{ATTRIBUTE_PREFIX}RoleSessionName">'
            f'<saml:AttributeValue xsi:type="xs:string">{session_name}</saml:AttributeValue></saml:Attribute>'
            '<saml:Attribute Name="urn:oid:0.9.2342.19200300.100.1.3">'
            f'<saml:AttributeValue xsi:type="xs:string">{subject}</saml:AttributeValue></saml:Attribute>'
            "</saml:AttributeStatement></saml:Assertion>"
        )
        if default_namespace:
            text = text.replace("<saml:", "<").replace("</saml:", "</").replace("xmlns:saml=", "xmlns=")
        return text

    def response(self, assertions, response_id=None, signature="", now=None):
        """A Response element (text) wrapping `assertions` (text)."""
        now = now or datetime.datetime.now(datetime.timezone.utc)
        response_id = response_id or f"_r{uuid.uuid4().hex}"
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<samlp:Response xmlns:samlp="{PROTOCOL_NS}" xmlns:saml="{ASSERTION_NS}" ID="{response_id}" '
            f'Version="2.0" IssueInstant="{iso(now)}" Destination="{AWS_RECIPIENT}">'
            f"<saml:Issuer>{self.entity_id}</saml:Issuer>{signature}"
            f'<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
            f"{assertions}</samlp:Response>\n"
        )

    def sign(self, document, element, key=None):
        """Signs the template(s) in `document` with xmlsec1; `element` is the signed
        element's local name (`Assertion` or `Response`)."""
        key = key or self.signing
        namespace = ASSERTION_NS if element == "Assertion" else PROTOCOL_NS
        source = self.directory / f"template-{uuid.uuid4().hex}.xml"
        source.write_text(document)
        result = subprocess.run(
            [
                xmlsec1(), "--sign",
                "--privkey-pem", f"{key.key_path},{key.cert_path}",
                "--id-attr:ID", f"{namespace}:{element}",
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        source.unlink()
        if result.returncode != 0:
            raise RuntimeError(f"xmlsec1 --sign failed: {result.stderr}")
        return result.stdout

    def verify_with_xmlsec1(self, document, element):
        """True when xmlsec1 itself accepts the signature with the metadata certificate."""
        namespace = ASSERTION_NS if element == "Assertion" else PROTOCOL_NS
        source = self.directory / f"verify-{uuid.uuid4().hex}.xml"
        source.write_text(document)
        result = subprocess.run(
            [
                xmlsec1(), "--verify",
                "--pubkey-cert-pem", str(self.signing.cert_path),
                "--id-attr:ID", f"{namespace}:{element}",
                str(source),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        source.unlink()
        return result.returncode == 0

    def signed_assertion_response(self, roles, profile="rsa-sha256-exc-c14n", key=None, **fields):
        """A Response whose Assertion is signed (the common IdP default)."""
        assertion_id = f"_a{uuid.uuid4().hex}"
        template = self.assertion(
            roles, assertion_id=assertion_id, signature=signature_template(assertion_id, profile), **fields
        )
        return self.sign(self.response(template), "Assertion", key=key)

    def doubly_signed_response(self, roles, profile="rsa-sha256-exc-c14n", **fields):
        """A Response whose Assertion is signed, then the Response as a whole (Okta, AD FS)."""
        signed_assertion = self.signed_assertion_response(roles, profile=profile, **fields)
        response_id = re.search(r'<samlp:Response [^>]*ID="([^"]+)"', signed_assertion).group(1)
        issuer_end = signed_assertion.index("</saml:Issuer>") + len("</saml:Issuer>")
        document = (
            signed_assertion[:issuer_end]
            + signature_template(response_id, profile)
            + signed_assertion[issuer_end:]
        )
        # xmlsec1 signs the first Signature template in document order: the Response's.
        return self.sign(document, "Response")

    def signed_response(self, roles, profile="rsa-sha256-exc-c14n", key=None, **fields):
        """A Response signed as a whole, its Assertion unsigned."""
        response_id = f"_r{uuid.uuid4().hex}"
        document = self.response(
            self.assertion(roles, **fields),
            response_id=response_id,
            signature=signature_template(response_id, profile),
        )
        return self.sign(document, "Response", key=key)


def encode(document):
    return base64.b64encode(document.encode()).decode()
