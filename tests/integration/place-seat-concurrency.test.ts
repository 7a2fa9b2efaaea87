// Promotion passes give back a convening's stray seats first, a scan of every seat: a burst of
// passes for one convening scans once, while a later cut-off or another convening scans again.
import { describe, expect, it } from "vitest";
import { releaseStraySeats } from "../../models/place-seat.server";
import { createConvening } from "../factories/calendar";
import { recordQueries } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const seatScans = (queries: string[]) => queries.filter((query) => query === "placeseats.find").length;

describe("stray seats under a burst of promotion passes", () => {
  it("are looked for once per convening in a while, and again for a later cut-off or another convening", async () => {
    const [first, second] = [await createConvening(), await createConvening()];
    const cutOff = new Date(Date.now() - 60_000);
    const burst = await recordQueries(() =>
      Promise.all(Array.from({ length: 10 }, () => releaseStraySeats({ conveningId: first, placedBefore: cutOff }))),
    );
    expect(seatScans(burst.queries)).toBe(1);

    const later = await recordQueries(async () => {
      await releaseStraySeats({ conveningId: first, placedBefore: new Date(cutOff.getTime() + 3_600_000) });
      await releaseStraySeats({ conveningId: second, placedBefore: cutOff });
    });
    expect(seatScans(later.queries)).toBe(2);
  });
});
