// What a personal feed costs, whatever the size of the programme: the token's person, their
// registrations and the convenings and sessions they are registered for are read by `_id` alone
// (decision 020), in the same queries with ten times the registrations elsewhere.
import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { conveningUid, sessionUid } from "../../app/domain/ical/calendar-uids";
import { CalendarToken } from "../../models/calendar-token.server";
import { hashCalendarToken, Person, rotateCalendarToken } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { createConvening, createSession, register } from "../factories/calendar";
import { createAccount, createCity } from "../factories/people";
import { isByIdAlone, recordQueryFilters, type RecordedQuery } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";
import { feedOf, fetchFeed } from "./calendar-helpers";

withTestDatabase();

// Collections that grow with the programme and that the feed reads for its registrations.
const BY_ID = /^(people|calendartokens|registrations|personregistrations|convenings|agendasessions|conveningagendas)\./;

const scansOf = (queries: RecordedQuery[]) =>
  queries
    .filter(({ query, filter }) => BY_ID.test(query) && !isByIdAlone(filter))
    .map(({ query, filter }) => `${query} ${JSON.stringify(filter)}`);
const sortedNames = (queries: RecordedQuery[]) => queries.map(({ query }) => query).sort();

async function registrationsElsewhere(count: number, cityId: string) {
  const conveningId = await createConvening({ title: "Someone else's meeting" });
  await Registration.insertMany(
    Array.from({ length: count }, () => ({
      conveningId,
      personId: new Types.ObjectId(),
      cityId,
      status: "registered",
    })),
  );
}

async function personWithFeed() {
  const bristol = await createCity("bristol");
  const person = await createAccount({ role: "city-rep", cityId: bristol, name: "Bethan Rees" });
  const conveningId = await createConvening({ title: "Hybrid meeting" });
  const sessionId = await createSession(conveningId, { title: "Opening" });
  await register(conveningId, person.id, bristol);
  const token = await rotateCalendarToken(person.id);
  return { bristol, person, conveningId, sessionId, token };
}

describe("a personal feed's reads", () => {
  it("go by _id alone, in the same queries with ten times the registrations elsewhere", async () => {
    const { bristol, person, conveningId, sessionId } = await personWithFeed();
    // Each measured read as a first one: a new token (feeds remember whom a token belongs to), no memo.
    const coldFeed = async () => {
      const token = await rotateCalendarToken(person.id);
      clearFeedCache();
      return recordQueryFilters(async () => feedOf(fetchFeed.personal(token)));
    };
    await registrationsElsewhere(30, bristol);
    const small = await coldFeed();
    await registrationsElsewhere(300, bristol);
    const large = await coldFeed();

    expect(large.result.events.map((event) => event.uid).sort()).toEqual(
      [conveningUid(conveningId), sessionUid(sessionId)].sort(),
    );
    expect(scansOf(small.queries)).toEqual([]);
    expect(scansOf(large.queries)).toEqual([]);
    expect(sortedNames(large.queries)).toEqual(sortedNames(small.queries));
  });

  it("stop answering an old token once a new one is issued, and answer a token issued before tokens were recorded", async () => {
    const { person, token } = await personWithFeed();
    const current = await rotateCalendarToken(person.id);
    expect((await fetchFeed.personal(token)).status).toBe(404);
    expect((await fetchFeed.personal(current)).status).toBe(200);

    // As stored before: the person holds the hash, nothing records who it was issued to.
    const issuedBefore = await rotateCalendarToken(person.id);
    await CalendarToken.deleteMany({});
    expect((await fetchFeed.personal(issuedBefore)).status).toBe(200);
    expect(await CalendarToken.findById(hashCalendarToken(issuedBefore)).select("personId").lean()).toEqual({
      _id: hashCalendarToken(issuedBefore),
      personId: new Types.ObjectId(person.id),
    });
    await Person.updateOne({ _id: person.id }, { $unset: { calendarTokenHash: 1 } });
    expect((await fetchFeed.personal(issuedBefore)).status).toBe(404);
  });
});
