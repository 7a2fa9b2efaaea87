// A poll of an unchanged feed or download, and its 304, is answered from the change tokens: no
// feed data is read. A revoked token stops at once, and any change is served on the next poll.
import { describe, expect, it } from "vitest";
import { revokeCalendarToken, rotateCalendarToken } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { createConvening, createSession, register } from "../factories/calendar";
import { createAccount, createCity } from "../factories/people";
import { recordQueries } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";
import { fetchFeed } from "./calendar-helpers";

withTestDatabase();

async function world() {
  const bristol = await createCity("bristol");
  const person = await createAccount({ role: "city-rep", cityId: bristol, name: "Bethan Rees" });
  const convening = await createConvening({ title: "Spring meeting", hostCityId: bristol });
  const session = await createSession(convening, { title: "Opening" });
  await register(convening, person.id, bristol);
  return { bristol, person, convening, session, token: await rotateCalendarToken(person.id) };
}

describe("304 from change tokens", () => {
  it("answers a personal feed's poll with the token checked by _id and one read of the change tokens", async () => {
    const w = await world();
    const first = await fetchFeed.personal(w.token);
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag")!;
    const { result, queries } = await recordQueries(() =>
      fetchFeed.personal(w.token, { headers: { "If-None-Match": etag } }),
    );
    expect(result.status).toBe(304);
    expect(result.headers.get("ETag")).toBe(etag);
    expect(queries.sort()).toEqual(["changetokens.find", "people.findOne"]);
  });

  it("stops a revoked token at once, and serves a change on the next poll", async () => {
    const w = await world();
    const etag = (await fetchFeed.personal(w.token)).headers.get("ETag")!;
    await Registration.updateOne(
      { conveningId: w.convening, personId: w.person.id },
      { $set: { status: "cancelled" } },
    );
    const changed = await fetchFeed.personal(w.token, { headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).not.toContain("SUMMARY:Opening");
    await revokeCalendarToken(w.person.id);
    expect((await fetchFeed.personal(w.token)).status).toBe(404);
  });

  it("answers a download's and a session's 304 from one read of the change tokens", async () => {
    const w = await world();
    type Fetch = (headers?: Record<string, string>) => Promise<Response>;
    const downloads: Fetch[] = [
      (headers) => fetchFeed.conveningEvent(w.convening, { headers }),
      (headers) => fetchFeed.sessionEvent(w.convening, w.session, { headers }),
    ];
    for (const download of downloads) {
      const etag = (await download()).headers.get("ETag")!;
      const { result, queries } = await recordQueries(async () => (await download({ "If-None-Match": etag })).status);
      expect([result, queries]).toEqual([304, ["changetokens.find"]]);
    }
  });
});
