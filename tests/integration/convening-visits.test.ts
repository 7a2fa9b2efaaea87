// "Changed since your last visit" records each visit with an upsert; a person opening the same
// convening twice at once (two tabs, a prefetch and a click) must not get an error page.
import mongoose from "mongoose";
import { describe, expect, it } from "vitest";
import { recordVisit } from "../../models/convening-visit.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

describe("recording visits", () => {
  it("survives 20 parallel first visits and returns the previous visit afterwards", async () => {
    const personId = new mongoose.Types.ObjectId().toString();
    const conveningId = new mongoose.Types.ObjectId().toString();
    const first = new Date("2030-01-01T09:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => recordVisit(personId, conveningId, first)),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await recordVisit(personId, conveningId, new Date("2030-01-02T09:00:00Z"))).toEqual(first);
  });
});
