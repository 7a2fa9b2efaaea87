// One database server for the whole run: MONGODB_URI's server when set, else an embedded FerretDB
// in a temporary folder. Each test file then uses its own database on it (see database.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function setup() {
  if (process.env.MONGODB_URI) {
    const url = new URL(process.env.MONGODB_URI);
    url.pathname = "/";
    process.env.TEST_MONGODB_SERVER = url.toString();
    return;
  }
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-test-db-"));
  embedded = await startEmbeddedDatabase({ dataDir, log: () => {} });
  process.env.TEST_MONGODB_SERVER = embedded.uri;
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
