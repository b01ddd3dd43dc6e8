// STS through the AWS SDK for JavaScript v3, against the real binary.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { GetCallerIdentityCommand, GetAccessKeyInfoCommand } from "@aws-sdk/client-sts";
import { startGatehouse } from "./gatehouse.js";

let lenient;
let strict;
before(async () => {
  lenient = await startGatehouse();
  strict = await startGatehouse("--mode", "strict");
});
after(() => {
  lenient.stop();
  strict.stop();
});

test("GetCallerIdentity answers the default root", async () => {
  const out = await lenient.sts().send(new GetCallerIdentityCommand({}));
  assert.equal(out.Arn, "arn:aws:iam::000000000000:root");
  assert.equal(out.Account, "000000000000");
  assert.equal(out.UserId, "000000000000");
  assert.ok(out.$metadata.requestId);
});

test("GetAccessKeyInfo decodes the account of any key", async () => {
  const out = await lenient.sts().send(new GetAccessKeyInfoCommand({ AccessKeyId: "ASIAY34FZKBOKMUTVV7A" }));
  assert.equal(out.Account, "609629065308");
});

test("strict mode signs with its generated root key, and refuses a wrong secret and an unknown key", async () => {
  assert.match(strict.root.accessKeyId, /^AKIA[A-Z2-7]{16}$/);
  const out = await strict.sts().send(new GetCallerIdentityCommand({}));
  assert.equal(out.Arn, "arn:aws:iam::000000000000:root");
  await assert.rejects(strict.sts(strict.root.accessKeyId, "wrong").send(new GetCallerIdentityCommand({})), {
    name: "SignatureDoesNotMatch",
  });
  await assert.rejects(strict.sts("test", "test").send(new GetCallerIdentityCommand({})), {
    name: "InvalidClientTokenId",
  });
  await assert.rejects(
    strict.sts("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY").send(new GetCallerIdentityCommand({})),
    { name: "InvalidClientTokenId" },
  );
});
