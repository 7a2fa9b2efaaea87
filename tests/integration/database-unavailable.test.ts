// A form sent while the database cannot be reached is answered 503 "try again", never a 500.
// Uses its own FerretDB so stopping it disturbs no other test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { action as registerAction } from "../../app/routes/convenings.$conveningId.register";
import { connectDb, disconnectDb } from "../../app/utils/db.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../app/utils/ferretdb.server";
import { formRequest, requestAs } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { responseOf } from "../helpers/routes";
import { setUpRegistration } from "../helpers/registration";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-unavailable-"));
let database: EmbeddedDatabase | undefined;

afterAll(async () => {
  await disconnectDb();
  await database?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the database going away under a form", () => {
  it("answers a registration sent while the database is down with 503 and a try-again message", async () => {
    database = await startEmbeddedDatabase({ dataDir, log: () => {} });
    process.env.MONGODB_URI = `${database.uri}unavailable`;
    await connectDb();
    const { rep, bristol, conveningId } = await setUpRegistration();
    const [colleague] = await createColleagues(bristol, 1);
    const request = await formRequest(rep.id, `/convenings/${conveningId}/register`, {
      intent: "register",
      personId: colleague,
    });

    await database.stop();
    database = undefined;
    const response = await responseOf(registerAction({ request, params: { conveningId }, context: {} }));

    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.text()).toBe(
      "The planner cannot reach its database just now, so this could not be completed. Try again in a moment.",
    );
  }, 30_000);

  it("answers a page asked for while the app cannot connect to the database at all with 503", async () => {
    const person = await requestAs(null, "/");
    await disconnectDb(); // as at start-up, before any connection was made
    const response = await responseOf(
      conveningLoader({ request: person, params: { conveningId: "0".repeat(24) }, context: {} }),
    );
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(
      "The planner cannot reach its database just now, so this could not be completed. Try again in a moment.",
    );
  }, 30_000);
});
