// Starts the real gatehouse binary on a loopback port and builds AWS SDK v3 clients for it.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STSClient } from "@aws-sdk/client-sts";
import { IAMClient } from "@aws-sdk/client-iam";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const binary = process.env.GATEHOUSE_BIN ?? path.join(root, "target", "debug", "gatehouse");

export async function startGatehouse(...flags) {
  const child = spawn(binary, ["serve", "--ephemeral", "--listen", "127.0.0.1:0", ...flags], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const [first] = await once(lines, "line");
  const url = first.split("listening on ")[1]?.trim();
  if (!url) {
    child.kill();
    throw new Error(`gatehouse did not start: ${first}`);
  }
  const credentials = (accessKeyId = "test", secretAccessKey = "test", sessionToken) => ({
    accessKeyId,
    secretAccessKey,
    sessionToken,
  });
  return {
    url,
    sts: (...creds) =>
      new STSClient({ endpoint: url, region: "us-east-1", credentials: credentials(...creds), maxAttempts: 1 }),
    iam: (...creds) =>
      new IAMClient({ endpoint: url, region: "us-east-1", credentials: credentials(...creds), maxAttempts: 1 }),
    stop: () => {
      child.kill();
    },
  };
}
