"""Users' SSH public keys through boto3 and the AWS CLI: upload in either form, get in either
encoding, list, update, delete, and AWS's errors.

Sources: the API reference of each operation
(https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html and its
siblings), the IAM quotas page (five SSH public keys per user), and recorded answers: AWS's
fingerprint equals `ssh-keygen -l -E md5` (RhinoSecurityLabs/cloudgoat,
scenarios/cicd/cheat_sheet.md), key ids are `APKA` and sixteen characters. The keys are made
here; no private key is kept.
"""

import base64
import hashlib
import json
import re

import botocore.exceptions
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

# Messages AWS's recordings do not show: the API reference's descriptions of the errors, or
# our words after AWS's answers for access keys (the Rust unit tests say which).
UNRECOGNIZED = ("UnrecognizedPublicKeyEncoding", "The public key encoding format is unsupported or unrecognized.", 400)
MALFORMED = ("InvalidPublicKey", "The public key is malformed or otherwise invalid.", 400)
TOO_SHORT = ("InvalidPublicKey", "The public key must be at least 2048 bits long.", 400)
DUPLICATE = ("DuplicateSSHPublicKey", "The SSH public key is already associated with the specified IAM user.", 400)


def error_of(call, *args, **kwargs):
    with pytest.raises(botocore.exceptions.ClientError) as err:
        call(*args, **kwargs)
    response = err.value.response
    return response["Error"]["Code"], response["Error"]["Message"], response["ResponseMetadata"]["HTTPStatusCode"]


def rsa_public(bits=2048):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits).public_key()


def openssh(key, comment="me@host"):
    line = key.public_bytes(Encoding.OpenSSH, PublicFormat.OpenSSH).decode()
    return f"{line} {comment}" if comment else line


def pem(key):
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()


def md5_fingerprint(key):
    """What `ssh-keygen -l -E md5` prints, without its `MD5:` prefix."""
    blob = base64.b64decode(openssh(key, comment=None).split()[1])
    return ":".join(f"{b:02x}" for b in hashlib.md5(blob).digest())


def test_upload_get_list_update_delete(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="sofia")
    key = rsa_public()
    uploaded = iam.upload_ssh_public_key(UserName="SOFIA", SSHPublicKeyBody=openssh(key))["SSHPublicKey"]
    key_id = uploaded["SSHPublicKeyId"]
    assert re.fullmatch(r"APKA[A-Z2-7]{16}", key_id)
    assert uploaded["UserName"] == "sofia"
    assert uploaded["Status"] == "Active"
    assert uploaded["Fingerprint"] == md5_fingerprint(key)
    # The body comes back in OpenSSH's form, without the comment.
    assert uploaded["SSHPublicKeyBody"] == openssh(key, comment=None)

    got = iam.get_ssh_public_key(UserName="sofia", SSHPublicKeyId=key_id, Encoding="SSH")["SSHPublicKey"]
    assert got == uploaded
    as_pem = iam.get_ssh_public_key(UserName="sofia", SSHPublicKeyId=key_id, Encoding="PEM")["SSHPublicKey"]
    assert as_pem["SSHPublicKeyBody"].startswith("-----BEGIN PUBLIC KEY-----\n")
    assert load_pem_public_key(as_pem["SSHPublicKeyBody"].encode()).public_numbers() == key.public_numbers()
    assert as_pem["Fingerprint"] == uploaded["Fingerprint"]

    listed = iam.list_ssh_public_keys(UserName="sofia")
    assert listed["IsTruncated"] is False
    assert listed["SSHPublicKeys"] == [
        {"UserName": "sofia", "SSHPublicKeyId": key_id, "Status": "Active", "UploadDate": uploaded["UploadDate"]}
    ]

    iam.update_ssh_public_key(UserName="sofia", SSHPublicKeyId=key_id, Status="Inactive")
    assert iam.list_ssh_public_keys(UserName="sofia")["SSHPublicKeys"][0]["Status"] == "Inactive"

    # DeleteUser refuses while the user has SSH public keys (API_DeleteUser.html lists them
    # among what must be deleted first); the words are ours.
    assert error_of(iam.delete_user, UserName="sofia") == (
        "DeleteConflict", "Cannot delete entity, must delete SSH public keys first.", 409)
    iam.delete_ssh_public_key(UserName="sofia", SSHPublicKeyId=key_id)
    assert iam.list_ssh_public_keys(UserName="sofia")["SSHPublicKeys"] == []
    iam.delete_user(UserName="sofia")


def test_a_pem_upload_is_the_same_key_in_either_encoding(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="pem")
    key = rsa_public(3072)
    uploaded = iam.upload_ssh_public_key(UserName="pem", SSHPublicKeyBody=pem(key))["SSHPublicKey"]
    assert uploaded["SSHPublicKeyBody"] == openssh(key, comment=None)
    assert uploaded["Fingerprint"] == md5_fingerprint(key)
    got = iam.get_ssh_public_key(UserName="pem", SSHPublicKeyId=uploaded["SSHPublicKeyId"], Encoding="PEM")
    assert got["SSHPublicKey"]["SSHPublicKeyBody"] == pem(key)
    # The same key in the other form is a duplicate; another user may hold it.
    assert error_of(iam.upload_ssh_public_key, UserName="pem", SSHPublicKeyBody=openssh(key)) == DUPLICATE
    iam.create_user(UserName="other")
    iam.upload_ssh_public_key(UserName="other", SSHPublicKeyBody=openssh(key))


def test_keys_aws_does_not_accept(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="picky")
    ed = ed25519.Ed25519PrivateKey.generate().public_key()
    p256 = ec.generate_private_key(ec.SECP256R1()).public_key()
    for body in [
        openssh(ed),
        pem(p256),
        "not a key at all",
        rsa_public().public_bytes(Encoding.PEM, PublicFormat.PKCS1).decode(),
    ]:
        assert error_of(iam.upload_ssh_public_key, UserName="picky", SSHPublicKeyBody=body) == UNRECOGNIZED, body
    good = openssh(rsa_public(), comment=None)
    for body in ["ssh-rsa", "ssh-rsa !!!", good[:-20], pem(rsa_public()).replace("-----END PUBLIC KEY-----", "")]:
        assert error_of(iam.upload_ssh_public_key, UserName="picky", SSHPublicKeyBody=body) == MALFORMED, body
    # "The minimum bit-length of the public key is 2048 bits."
    for short in [rsa_public(1024), rsa_public(2040)]:
        for body in [openssh(short), pem(short)]:
            assert error_of(iam.upload_ssh_public_key, UserName="picky", SSHPublicKeyBody=body) == TOO_SHORT
    assert iam.list_ssh_public_keys(UserName="picky")["SSHPublicKeys"] == []


def test_five_keys_per_user(gh):
    iam = gh.client("iam")
    iam.create_user(UserName="many")
    ids = [
        iam.upload_ssh_public_key(UserName="many", SSHPublicKeyBody=openssh(rsa_public()))["SSHPublicKey"]["SSHPublicKeyId"]
        for _ in range(5)
    ]
    assert error_of(iam.upload_ssh_public_key, UserName="many", SSHPublicKeyBody=openssh(rsa_public())) == (
        "LimitExceeded", "Cannot exceed quota for SSHPublicKeysPerUser: 5", 409)
    # Listed by key id (the CodeCommit troubleshooting page: "listed alphabetically by key
    # ID, not by upload date"), a page at a time.
    first = iam.list_ssh_public_keys(UserName="many", MaxItems=2)
    assert first["IsTruncated"] is True
    seen = [key["SSHPublicKeyId"] for key in first["SSHPublicKeys"]]
    marker = first["Marker"]
    while marker:
        page = iam.list_ssh_public_keys(UserName="many", MaxItems=2, Marker=marker)
        seen += [key["SSHPublicKeyId"] for key in page["SSHPublicKeys"]]
        marker = page.get("Marker")
    assert seen == sorted(ids)
    paginator = iam.get_paginator("list_ssh_public_keys")
    assert [k["SSHPublicKeyId"] for p in paginator.paginate(UserName="many", PaginationConfig={"PageSize": 3}) for k in p["SSHPublicKeys"]] == sorted(ids)
    assert error_of(iam.list_ssh_public_keys, UserName="many", Marker="garbage") == ("InvalidInput", "Invalid Marker.", 400)


def test_unknown_users_and_keys(gh):
    iam = gh.client("iam")
    body = openssh(rsa_public())
    assert error_of(iam.upload_ssh_public_key, UserName="ghost", SSHPublicKeyBody=body) == (
        "NoSuchEntity", "The user with name ghost cannot be found.", 404)
    assert error_of(iam.list_ssh_public_keys, UserName="ghost") == (
        "NoSuchEntity", "The user with name ghost cannot be found.", 404)
    iam.create_user(UserName="ann")
    iam.create_user(UserName="ben")
    key_id = iam.upload_ssh_public_key(UserName="ann", SSHPublicKeyBody=body)["SSHPublicKey"]["SSHPublicKeyId"]
    missing = "APKAAAAAAAAAAAAAAAAA"
    for user, wanted in [("ann", missing), ("ben", key_id)]:
        not_found = ("NoSuchEntity", f"The Public Key with id {wanted} cannot be found.", 404)
        assert error_of(iam.get_ssh_public_key, UserName=user, SSHPublicKeyId=wanted, Encoding="SSH") == not_found
        assert error_of(iam.update_ssh_public_key, UserName=user, SSHPublicKeyId=wanted, Status="Inactive") == not_found
        assert error_of(iam.delete_ssh_public_key, UserName=user, SSHPublicKeyId=wanted) == not_found


def test_malformed_inputs_are_validation_errors(gh):
    iam = gh.client("iam", parameter_validation=False)
    iam.create_user(UserName="val")
    code, message, status = error_of(
        iam.get_ssh_public_key, UserName="val", SSHPublicKeyId="APKA12345678901234567", Encoding="DER")
    assert (code, status) == ("ValidationError", 400)
    assert "encoding" in message
    code, _, status = error_of(iam.get_ssh_public_key, UserName="val", SSHPublicKeyId="short", Encoding="SSH")
    assert (code, status) == ("ValidationError", 400)
    code, _, status = error_of(iam.upload_ssh_public_key, UserName="val", SSHPublicKeyBody="x" * 16385)
    assert (code, status) == ("ValidationError", 400)
    code, _, status = error_of(iam.update_ssh_public_key, UserName="val", SSHPublicKeyId="APKA1234567890123456", Status="Gone")
    assert (code, status) == ("ValidationError", 400)


def user_client(gh, iam, name, actions):
    """A client acting as a new IAM user `name`, allowed `actions` on itself only."""
    iam.create_user(UserName=name)
    iam.put_user_policy(
        UserName=name,
        PolicyName="self",
        PolicyDocument=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "arn:aws:iam::*:user/${aws:username}"}],
            }
        ),
    )
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return key, gh.client("iam", access_key=key["AccessKeyId"], secret_key=key["SecretAccessKey"])


def test_a_user_manages_its_own_keys_and_lists_them_without_a_name(strict):
    iam = strict.client("iam")
    # The actions of the AWS managed policy IAMUserSSHKeys, on the user's own ARN.
    actions = ["iam:UploadSSHPublicKey", "iam:GetSSHPublicKey", "iam:ListSSHPublicKeys",
               "iam:UpdateSSHPublicKey", "iam:DeleteSSHPublicKey"]
    _, dev = user_client(strict, iam, "dev", actions)
    iam.create_user(UserName="boss")
    key_id = dev.upload_ssh_public_key(UserName="dev", SSHPublicKeyBody=openssh(rsa_public()))["SSHPublicKey"]["SSHPublicKeyId"]
    # Without UserName: the keys of the user the credentials belong to.
    assert [k["SSHPublicKeyId"] for k in dev.list_ssh_public_keys()["SSHPublicKeys"]] == [key_id]
    dev.update_ssh_public_key(UserName="dev", SSHPublicKeyId=key_id, Status="Inactive")
    # Another user's keys are another resource.
    for call, kwargs in [
        (dev.upload_ssh_public_key, {"UserName": "boss", "SSHPublicKeyBody": openssh(rsa_public())}),
        (dev.list_ssh_public_keys, {"UserName": "boss"}),
    ]:
        code, message, status = error_of(call, **kwargs)
        assert (code, status) == ("AccessDenied", 403)
        assert ":user/boss" in message
    dev.delete_ssh_public_key(UserName="dev", SSHPublicKeyId=key_id)


def test_aws_cli(gh, tmp_path):
    gh.cli("iam", "create-user", "--user-name", "cli")
    key = rsa_public()
    path = tmp_path / "key.pub"
    path.write_text(openssh(key) + "\n")
    uploaded = gh.cli("iam", "upload-ssh-public-key", "--user-name", "cli", "--ssh-public-key-body", f"file://{path}")
    key_id = uploaded["SSHPublicKey"]["SSHPublicKeyId"]
    assert uploaded["SSHPublicKey"]["Fingerprint"] == md5_fingerprint(key)
    got = gh.cli("iam", "get-ssh-public-key", "--user-name", "cli", "--ssh-public-key-id", key_id, "--encoding", "PEM")
    assert got["SSHPublicKey"]["SSHPublicKeyBody"] == pem(key)
    listed = gh.cli("iam", "list-ssh-public-keys", "--user-name", "cli")
    assert [k["SSHPublicKeyId"] for k in listed["SSHPublicKeys"]] == [key_id]
    gh.cli("iam", "update-ssh-public-key", "--user-name", "cli", "--ssh-public-key-id", key_id, "--status", "Inactive")
    got = gh.cli("iam", "get-ssh-public-key", "--user-name", "cli", "--ssh-public-key-id", key_id, "--encoding", "SSH")
    assert got["SSHPublicKey"]["Status"] == "Inactive"
    failed = gh.cli("iam", "upload-ssh-public-key", "--user-name", "cli", "--ssh-public-key-body", f"file://{path}", check=False)
    assert failed.returncode != 0
    assert "DuplicateSSHPublicKey" in failed.stderr
    short = tmp_path / "short.pub"
    short.write_text(openssh(rsa_public(1024)))
    failed = gh.cli("iam", "upload-ssh-public-key", "--user-name", "cli", "--ssh-public-key-body", f"file://{short}", check=False)
    assert "InvalidPublicKey" in failed.stderr
    gh.cli("iam", "delete-ssh-public-key", "--user-name", "cli", "--ssh-public-key-id", key_id)
    assert gh.cli("iam", "list-ssh-public-keys", "--user-name", "cli")["SSHPublicKeys"] == []
