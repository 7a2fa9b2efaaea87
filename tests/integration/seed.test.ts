import { describe, expect, it } from "vitest";
import { DEMO_SESSIONS } from "~/seed/demo-data";
import { DEMO_EXCHANGE_SESSIONS } from "~/seed/demo-exchange-data";
import { DEMO_NOTES_SESSION_COUNT } from "~/seed/seed-demo-notes.server";
import { DEFAULT_DEMO_PASSWORD, seedDemo, seedProgramme } from "~/seed/seed.server";
import { signIn } from "~/accounts/sign-in.server";
import { AgendaSession } from "../../models/agenda-session.server";
import { City } from "../../models/city.server";
import { Convening } from "../../models/convening.server";
import { FrameworkItem } from "../../models/framework.server";
import { Person } from "../../models/person.server";
import { Phase } from "../../models/phase.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

async function snapshot() {
  const strip = (docs: Array<Record<string, unknown>>) => docs.map(({ updatedAt: _updatedAt, ...rest }) => rest);
  return {
    phases: await Phase.find().sort({ number: 1 }).lean(),
    framework: await FrameworkItem.find().sort({ code: 1 }).lean(),
    cities: strip(await City.find().sort({ slug: 1 }).lean()),
    convenings: strip(await Convening.find().sort({ seedKey: 1 }).lean()),
    people: strip(await Person.find().sort({ email: 1 }).lean()),
    sessions: strip(await AgendaSession.find().sort({ seedKey: 1 }).lean()),
    registrations: strip(await Registration.find().sort({ personId: 1 }).lean()),
  };
}

describe("seeding the programme", () => {
  it("loads the programme on record: 2 phases, 12 cities, 5 principles, 5 themes, 6 convenings", async () => {
    await seedProgramme();
    expect(await Phase.countDocuments()).toBe(2);
    expect(await City.countDocuments()).toBe(12);
    expect(await City.countDocuments({ membership: "founder" })).toBe(5);
    expect(await City.countDocuments({ membership: "associate" })).toBe(1);
    expect(await City.countDocuments({ membership: "phase-two" })).toBe(6);
    expect(await FrameworkItem.countDocuments({ kind: "principle" })).toBe(5);
    expect(await FrameworkItem.countDocuments({ kind: "theme" })).toBe(5);
    expect(await Convening.countDocuments()).toBe(6);
    const exchange = await Convening.findOne({ seedKey: "exchange-2018-us" }).lean();
    expect(exchange?.places.map((place) => place.name)).toEqual(["Pittsburgh", "Montgomery County", "Washington DC"]);
    expect(exchange?.places.every((place) => place.timeZone === "America/New_York")).toBe(true);
    // 21–22 May in Pittsburgh, 23–24 in Montgomery County, 25 in Washington DC.
    expect(exchange?.places.map((place) => [place.firstDay, place.lastDay])).toEqual([
      ["2018-05-21", "2018-05-22"],
      ["2018-05-23", "2018-05-24"],
      ["2018-05-25", "2018-05-25"],
    ]);
    expect(exchange?.registration?.placesPerCity).toBe(2);
    // 09:00 EDT on Monday 21 May 2018 is 13:00 UTC.
    expect(exchange?.startsAt.toISOString()).toBe("2018-05-21T13:00:00.000Z");
    const glasgow = await City.findOne({ slug: "glasgow" }).lean();
    const first = await Convening.findOne({ seedKey: "cwg-2017-glasgow" }).lean();
    expect(String(first?.hostCityId)).toBe(String(glasgow?._id));
    expect(first?.aims).toHaveLength(4);
    expect(await City.findOne({ slug: "newry-mourne-and-down" }).lean()).toMatchObject({
      name: "Newry, Mourne and Down",
      nation: "Northern Ireland",
    });
  });

  it("changes nothing when run twice, demo data included", async () => {
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const first = await snapshot();
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    const second = await snapshot();
    expect(second).toEqual(first);
  });

  it("creates demo accounts for the manager and one rep per city, all signing in with the demo password", async () => {
    await seedDemo("another-demo-password");
    expect(await Person.countDocuments({ role: "city-rep" })).toBe(12);
    const manager = await signIn("manager@example.org", "another-demo-password");
    expect(manager.ok && manager.person.role).toBe("manager");
    const rep = await signIn("rep.newry-mourne-and-down@example.org", "another-demo-password");
    expect(rep.ok && rep.person.role).toBe("city-rep");
    // The demo meeting's six sessions and one registration each for the Bristol, Cardiff, Glasgow
    // and Sheffield reps; the demo exchange's eleven sessions and twelve delegates.
    expect(await AgendaSession.countDocuments()).toBe(
      DEMO_SESSIONS.length + DEMO_EXCHANGE_SESSIONS.length + DEMO_NOTES_SESSION_COUNT,
    );
    expect(DEMO_SESSIONS).toHaveLength(6);
    expect(DEMO_EXCHANGE_SESSIONS).toHaveLength(11);
    // The queue's to-dos (seed-demo-queue.server.ts): four reps at the meeting that just ended,
    // and at the partners' meeting two reps, one person awaiting approval and one waiting.
    expect(await Registration.countDocuments({ status: "registered" })).toBe(4 + 12 + 2);
    expect(await Registration.countDocuments({ status: "attended" })).toBe(4);
    expect(await Registration.countDocuments()).toBe(16 + 4 + 4);
    // The exchange's twelve delegates, the fourteen who answered the past convenings' feedback,
    // and the two at the partners' meeting.
    expect(await Person.countDocuments({ role: "participant" })).toBe(12 + 14 + 2);
    expect(await Convening.countDocuments()).toBe(6 + 3 + 2);
  });
});
