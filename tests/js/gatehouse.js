// Starts the real gatehouse binary on a loopback port and builds AWS SDK v3 clients for it.
import { spawn } from "node:child_process";
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
  // The banner ends with the line about credentials: `test`/`test` in lenient mode, the
  // generated root key in strict mode. (The async iterator keeps lines that arrive together.)
  let banner = "";
  for await (const line of createInterface({ input: child.stdout })) {
    banner += `${line}\n`;
    if (line.includes("credentials:")) break;
  }
  const url = banner.split("\n")[0].split("listening on ")[1]?.trim();
  if (!url || !banner.includes("credentials:")) {
    child.kill();
    throw new Error(`gatehouse did not start: ${banner}`);
  }
  const shown = (name) => banner.match(new RegExp(`${name}=(\\S+)`))?.[1] ?? "test";
  const rootKey = { accessKeyId: shown("AWS_ACCESS_KEY_ID"), secretAccessKey: shown("AWS_SECRET_ACCESS_KEY") };
  const credentials = (accessKeyId = rootKey.accessKeyId, secretAccessKey = rootKey.secretAccessKey, sessionToken) => ({
    accessKeyId,
    secretAccessKey,
    sessionToken,
  });
  return {
    url,
    root: rootKey,
    sts: (...creds) =>
      new STSClient({ endpoint: url, region: "us-east-1", credentials: credentials(...creds), maxAttempts: 1 }),
    iam: (...creds) =>
      new IAMClient({ endpoint: url, region: "us-east-1", credentials: credentials(...creds), maxAttempts: 1 }),
    stop: () => {
      child.kill();
    },
  };
}
