// The demo's upcoming learning exchange (npm run seed -- --demo): seeded through the model
// functions, so the exchange's page, itinerary, rooming list, delegate pages and costs read it as
// they read an exchange planned in the browser, with the warnings its gaps should raise.
import { describe, expect, it } from "vitest";
import { DEMO_EXCHANGE_SEED_KEY } from "~/seed/demo-exchange-data";
import { demoExchangeMonday } from "~/seed/seed-demo-exchange.server";
import { DEFAULT_DEMO_PASSWORD, seedDemo } from "~/seed/seed.server";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { loader as itineraryLoader } from "../../app/routes/convenings.$conveningId.itinerary";
import { loader as roomingLoader } from "../../app/routes/convenings.$conveningId.rooming";
import { loader as roomingCsvLoader } from "../../app/routes/convenings.$conveningId.rooming[.]csv";
import { loader as delegateLoader } from "../../app/routes/convenings.$conveningId.delegates.$personId";
import { loader as costsLoader } from "../../app/routes/convenings.$conveningId.costs";
import { Convening } from "../../models/convening.server";
import { Person } from "../../models/person.server";
import { withTestDatabase } from "../setup/database";
import { body, load } from "../helpers/routes";
import { Registration } from "../../models/registration.server";

withTestDatabase();

// The exchange is dated from the run, so the expected days are too: its Monday is 21–27 May.
const monday = demoExchangeMonday(new Date());
const day = (offset: number) => monday.plus({ days: offset });
const iso = (offset: number) => day(offset).toISODate()!;
const may = (weekday: string, offset: number) => `${weekday} ${day(offset).day} May`;

async function seeded() {
  await seedDemo(DEFAULT_DEMO_PASSWORD);
  const exchange = await Convening.findOne({ seedKey: DEMO_EXCHANGE_SEED_KEY }).lean();
  const manager = await Person.findOne({ email: "manager@example.org" }).lean();
  return { id: String(exchange!._id), managerId: String(manager!._id) };
}

describe("the demo exchange", () => {
  it("is dated from the run: the Monday on or after 21 May, at least 60 days ahead", () => {
    expect(demoExchangeMonday(new Date("2026-12-02T12:00:00Z")).toISODate()).toBe("2027-05-24");
    expect(demoExchangeMonday(new Date("2027-03-01T12:00:00Z")).toISODate()).toBe("2027-05-24");
    expect(demoExchangeMonday(new Date("2027-04-01T12:00:00Z")).toISODate()).toBe("2028-05-22");
  });

  it("shows the gaps of its travel and documents as itinerary warnings: a short connection, a delegate with no way back, documents missing", async () => {
    const { id, managerId } = await seeded();
    const page = await body(await load(itineraryLoader, managerId, `/convenings/${id}/itinerary`, { conveningId: id }));
    const connection = (name: string) =>
      `${name} has 45 minutes to connect: Flight American Airlines AA 735 Manchester → Philadelphia International arrives ${may("Mon", 0)} 13:05 EDT and Flight American Airlines AA 4471 Philadelphia International → Pittsburgh International departs ${may("Mon", 0)} 13:50 EDT. Allow at least 60 minutes.`;
    expect(page.warnings.map(({ kind, message }: { kind: string; message: string }) => [kind, message])).toEqual([
      ["short-connection", connection("Grace Mensah")],
      ["short-connection", connection("Liam Doherty")],
      [
        "no-way-back",
        `Ewan Clarke has no way back: no travel departs after the last session (“What each city takes home: closing session”, ${may("Fri", 4)} 14:30 EDT).`,
      ],
      ["documents-incomplete", "Yusuf Rahman (Cardiff): travel documents not complete, missing ESTA."],
      ["documents-incomplete", "Liam Doherty (Liverpool): travel documents not complete, missing passport."],
      ["documents-none", "Oliver Bennett (London): no travel documents recorded yet."],
      ["documents-incomplete", "Ewan Clarke (Peterborough): travel documents not complete, missing travel insurance."],
    ]);
    // The warnings link to the delegate's page, where the documents are kept.
    expect(page.warnings.at(-1).href).toMatch(new RegExp(`^/convenings/${id}/delegates/[0-9a-f]{24}#documents-title$`));
    expect(page.delegates).toHaveLength(12);
    expect(page.segments).toHaveLength(11);
    expect(page.hotels.map((hotel: { name: string; rooms: unknown[] }) => [hotel.name, hotel.rooms.length])).toEqual([
      ["Omni William Penn Hotel, Pittsburgh", 8],
      ["Rockville Conference Hotel, Montgomery County", 8],
    ]);
  });

  it("shows a city representative the documents warnings of their own city's delegates only, and no values", async () => {
    const { id } = await seeded();
    const rep = await Person.findOne({ email: "rep.cardiff@example.org" }).lean();
    const page = await body(
      await load(itineraryLoader, String(rep!._id), `/convenings/${id}/itinerary`, { conveningId: id }),
    );
    expect(
      page.warnings
        .filter(({ section }: { section: string }) => section === "documents")
        .map(({ message }: { message: string }) => message),
    ).toEqual(["Yusuf Rahman (Cardiff): travel documents not complete, missing ESTA."]);
    expect(JSON.stringify(page)).not.toMatch(/passportName|insurancePolicyNumber|emergencyPhone/);
  });

  it("has twelve delegates, two for each founder city and London, registered for their cities", async () => {
    const { id, managerId } = await seeded();
    const page = await body(await load(conveningLoader, managerId, `/convenings/${id}`, { conveningId: id }));
    expect(
      page.coming.byCity.map(({ cityName, count, places }: Record<string, unknown>) => [cityName, count, places]),
    ).toEqual([
      ["Bristol", 2, 2],
      ["Cardiff", 2, 2],
      ["Glasgow", 2, 2],
      ["Liverpool", 2, 2],
      ["London", 2, 2],
      ["Peterborough", 2, 2],
    ]);
    expect(
      page.convening.route.map(({ label, days }: { label: string; days: string }) => `${label} · ${days}`),
    ).toEqual([
      `Pittsburgh, PA · Mon ${day(0).day}–${may("Tue", 1)}`,
      `Montgomery County, MD · Wed ${day(2).day}–${may("Thu", 3)}`,
      `Washington DC · ${may("Fri", 4)}`,
    ]);
    expect(page.convening.cityPlaces).toEqual({ perCity: 2, exceptions: [], capacity: 12 });
    expect(
      page.days.map((day: { key: string; items: unknown[] }) => [page.dayPlaces[day.key], day.items.length]),
    ).toEqual([
      ["Pittsburgh, PA", 1],
      ["Pittsburgh, PA", 3],
      ["Montgomery County, MD", 2],
      ["Montgomery County, MD", 2],
      ["Washington DC", 3],
    ]);
  });

  it("lists who sleeps where, sharing only by consent, for each hotel", async () => {
    const { id, managerId } = await seeded();
    const rooming = await body(await load(roomingLoader, managerId, `/convenings/${id}/rooming`, { conveningId: id }));
    const [pittsburgh, rockville] = rooming.hotels;
    type Row = { room: string; name: string; sharingWith: string; checkIn: string; checkOut: string };
    expect(pittsburgh.rows.map((row: Row) => [row.room, row.name, row.sharingWith, row.checkIn, row.checkOut])).toEqual(
      [
        ["1201", "Asha Okafor", "", iso(0), iso(2)],
        ["1202", "Tom Hendry", "", iso(0), iso(2)],
        ["1203", "Sian Howells", "Yusuf Rahman", iso(0), iso(2)],
        ["1203", "Yusuf Rahman", "Sian Howells", iso(0), iso(2)],
        ["1204", "Daniel Kowalski", "Morag Campbell", iso(0), iso(2)],
        ["1204", "Morag Campbell", "Daniel Kowalski", iso(0), iso(2)],
        ["1205", "Grace Mensah", "Liam Doherty", iso(0), iso(2)],
        ["1205", "Liam Doherty", "Grace Mensah", iso(0), iso(2)],
        ["1206", "Priya Shah", "", iso(0), iso(2)],
        ["1207", "Ewan Clarke", "", iso(0), iso(2)],
        ["1208", "Nadia Haddad", "Oliver Bennett", iso(0), iso(2)],
        ["1208", "Oliver Bennett", "Nadia Haddad", iso(0), iso(2)],
      ],
    );
    expect(rockville.rows.map((row: Row) => `${row.room} ${row.name} ${row.checkIn}–${row.checkOut}`)).toEqual([
      `301 Asha Okafor ${iso(2)}–${iso(4)}`,
      `302 Tom Hendry ${iso(2)}–${iso(4)}`,
      `303 Sian Howells ${iso(2)}–${iso(4)}`,
      `303 Yusuf Rahman ${iso(2)}–${iso(4)}`,
      `304 Daniel Kowalski ${iso(2)}–${iso(4)}`,
      `304 Morag Campbell ${iso(2)}–${iso(4)}`,
      `305 Grace Mensah ${iso(2)}–${iso(4)}`,
      `305 Liam Doherty ${iso(2)}–${iso(4)}`,
      `306 Priya Shah ${iso(2)}–${iso(4)}`,
      `307 Ewan Clarke ${iso(2)}–${iso(4)}`,
      `308 Nadia Haddad ${iso(2)}–${iso(4)}`,
      `308 Oliver Bennett ${iso(2)}–${iso(4)}`,
    ]);
    const csv = await (
      await load(roomingCsvLoader, managerId, `/convenings/${id}/rooming.csv?hotel=${pittsburgh.id}`, {
        conveningId: id,
      })
    ).text();
    expect(csv.split("\r\n").slice(0, 4)).toEqual([
      "Name,City,Room,Sharing with,Check-in,Check-out",
      `Asha Okafor,Bristol,1201,,${iso(0)},${iso(2)}`,
      `Tom Hendry,Bristol,1202,,${iso(0)},${iso(2)}`,
      `Sian Howells,Cardiff,1203,Yusuf Rahman,${iso(0)},${iso(2)}`,
    ]);
  });

  it("has travel documents for most delegates, with a pending ESTA, a passport running out, no insurance and none at all", async () => {
    const { id, managerId } = await seeded();
    // The exchange's delegates: the demo's other participants (who answered feedback) are not.
    const delegateIds = (await Registration.find({ conveningId: id }).select("personId").lean()).map((r) => r.personId);
    const people = await Person.find({ _id: { $in: delegateIds }, email: /@example\.org$/, role: "participant" })
      .select("name")
      .lean();
    const summaries: Record<string, string> = {};
    for (const person of people) {
      const personId = String(person._id);
      const page = await body(
        await load(delegateLoader, managerId, `/convenings/${id}/delegates/${personId}`, { conveningId: id, personId }),
      );
      summaries[person.name] = page.documents.summary;
    }
    expect(summaries).toEqual({
      "Asha Okafor": "Complete",
      "Tom Hendry": "Complete",
      "Sian Howells": "Complete",
      "Yusuf Rahman": "Missing: ESTA",
      "Morag Campbell": "Complete",
      "Daniel Kowalski": "Complete",
      "Grace Mensah": "Complete",
      "Liam Doherty": "Missing: passport",
      "Priya Shah": "Complete",
      "Ewan Clarke": "Missing: travel insurance",
      "Nadia Haddad": "Complete",
      "Oliver Bennett": "Missing: passport, ESTA or visa, travel insurance, emergency contact",
    });
  });

  it("has a few costs, totalled per currency", async () => {
    const { id, managerId } = await seeded();
    const page = await body(await load(costsLoader, managerId, `/convenings/${id}/costs`, { conveningId: id }));
    expect(
      page.exchangeTotals.map(({ currency, total }: { currency: string; total: string }) => [currency, total]),
    ).toEqual([
      ["GBP", "£3,583.50"],
      ["USD", "US$1,301.00"],
    ]);
    expect(
      page.cities.map(({ cityName, delegates }: { cityName: string; delegates: Array<{ lines: unknown[] }> }) => [
        cityName,
        delegates.reduce((count, delegate) => count + delegate.lines.length, 0),
      ]),
    ).toEqual([
      ["Bristol", 3],
      ["Cardiff", 1],
      ["Glasgow", 1],
      ["Liverpool", 1],
      ["London", 1],
      ["Peterborough", 0],
    ]);
  });

  it("changes nothing in its travel, lodging, documents or costs when seeded again", async () => {
    const { id, managerId } = await seeded();
    const read = async () => {
      const itinerary = await body(
        await load(itineraryLoader, managerId, `/convenings/${id}/itinerary`, { conveningId: id }),
      );
      const costs = await body(await load(costsLoader, managerId, `/convenings/${id}/costs`, { conveningId: id }));
      return { segments: itinerary.segments, hotels: itinerary.hotels, warnings: itinerary.warnings, costs };
    };
    const first = await read();
    await seedDemo(DEFAULT_DEMO_PASSWORD);
    expect(await read()).toEqual(first);
  });
});
