// What a convening's feed and a session's .ics cost, whatever the size of the programme: their
// reads go by `_id` alone (the one lookup FerretDB serves from an index), and a poll of an
// unchanged convening feed is answered from the memo after one read of the change tokens.
import { describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { AgendaSession } from "../../models/agenda-session.server";
import { createConvening, createProgramme, createSession } from "../factories/calendar";
import { isByIdAlone, recordQueryFilters } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed } from "./calendar-helpers";

withTestDatabase();

// The collections whose size grows with the programme; change tokens and cities stay small.
const GROWING = /^(agendasessions|conveningagendas|convenings|registrations)\./;

function scansOf(queries: Array<{ query: string; filter: unknown }>) {
  return queries.filter(({ query, filter }) => GROWING.test(query) && !isByIdAlone(filter)).map(({ query }) => query);
}

describe("a convening's calendar feed and a session's .ics", () => {
  it("read the convening, its sessions and a session by _id alone, not by scanning the programme", async () => {
    await createProgramme(3, 5);
    const conveningId = await createConvening({ title: "Learning exchange: Pittsburgh" });
    const sessionId = await createSession(conveningId, { title: "Site visit" });
    clearFeedCache();
    const feed = await recordQueryFilters(async () => feedOf(fetchFeed.convening(conveningId)));
    expect(feed.result.events.map((event) => event.summary)).toEqual(["Site visit"]);
    expect(scansOf(feed.queries)).toEqual([]);
    const single = await recordQueryFilters(async () => (await fetchFeed.sessionEvent(conveningId, sessionId)).text());
    expect(single.result).toContain("SUMMARY:Site visit");
    expect(scansOf(single.queries)).toEqual([]);
  });

  it("answers an unchanged poll with 304 after one read of the change tokens, and a session edit at once", async () => {
    const conveningId = await createConvening();
    const sessionId = await createSession(conveningId, { title: "Welcome" });
    const first = await fetchFeed.convening(conveningId);
    const etag = first.headers.get("ETag")!;
    const poll = await recordQueryFilters(() =>
      fetchFeed.convening(conveningId, { headers: { "If-None-Match": etag } }),
    );
    expect([poll.result.status, poll.queries.map(({ query }) => query)]).toEqual([304, ["changetokens.find"]]);
    await AgendaSession.updateOne({ _id: sessionId }, { $set: { title: "Welcome and introductions" } });
    const changed = await fetchFeed.convening(conveningId, { headers: { "If-None-Match": etag } });
    expect(changed.status).toBe(200);
    expect((await feedOf(changed)).events.map((event) => event.summary)).toEqual(["Welcome and introductions"]);
  });
});
