// npm run purge-travel-documents, run as cron would: one pass in its own process against the test
// database, a summary line without names or values, and nothing more deleted the second time.
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { action as delegateAction } from "../../app/routes/convenings.$conveningId.delegates.$personId";
import { TravelDocument } from "../../models/travel-document.server";
import { withTestDatabase } from "../setup/database";
import { formRequest } from "../factories/people";
import { exchangeEndedDaysAgo, setUpExchange, travelDocumentFields } from "../factories/delegates";

withTestDatabase();

// Asynchronous on purpose: a blocked event loop would starve the database heartbeats.
function purgeScript(): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "scripts/purge-travel-documents.ts"], { env: process.env }, (error, stdout) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
}

describe("npm run purge-travel-documents", () => {
  it("deletes the documents of an exchange past its retention once, says so in one line, and exits", async () => {
    const { delegate, conveningId } = await setUpExchange();
    const saved = await delegateAction({
      request: await formRequest(
        delegate.id,
        `/convenings/${conveningId}/delegates/${delegate.id}`,
        travelDocumentFields(),
      ),
      params: { conveningId, personId: delegate.id },
      context: {},
    });
    expect(saved).toHaveStatus(302);
    await exchangeEndedDaysAgo(conveningId, 31);
    expect(await purgeScript()).toEqual({
      status: 0,
      stdout: "Travel documents deleted for 1 delegate of 1 exchange whose retention ran out.\n",
    });
    const [stored] = await TravelDocument.find().lean();
    expect([stored.details, stored.purgedAt instanceof Date]).toEqual([undefined, true]);
    expect(await purgeScript()).toEqual({
      status: 0,
      stdout: "Travel documents deleted for 0 delegates of 0 exchanges whose retention ran out.\n",
    });
  });
});
