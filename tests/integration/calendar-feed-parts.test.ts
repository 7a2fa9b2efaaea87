// The programme and city feeds are put together from one part per convening: after an edit to
// one session, the next feed reads and renders that convening alone, and says exactly what a
// feed built from nothing says.
import { describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { AgendaSession } from "../../models/agenda-session.server";
import { Convening } from "../../models/convening.server";
import { at, createConvening, createSession } from "../factories/calendar";
import { createCity } from "../factories/people";
import { isByIdAlone, recordQueryFilters } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";
import { fetchFeed } from "./calendar-helpers";

withTestDatabase();

async function programmeOf(conveningCount: number) {
  const ids: string[] = [];
  for (let index = 0; index < conveningCount; index += 1) {
    const id = await createConvening({
      title: `Meeting ${index + 1}`,
      startsAt: at(`2019-0${index + 1}-10T09:00`, "Europe/London"),
      endsAt: at(`2019-0${index + 1}-11T17:00`, "Europe/London"),
    });
    for (const hour of [10, 14])
      await createSession(id, {
        title: `Session at ${hour}`,
        startsAt: at(`2019-0${index + 1}-10T${hour}:00`, "Europe/London"),
        endsAt: at(`2019-0${index + 1}-10T${hour + 1}:00`, "Europe/London"),
      });
    ids.push(id);
  }
  return ids;
}

const text = async (response: Promise<Response>) => (await response).text();

describe("feeds put together from parts", () => {
  it("read one convening's agenda again after one of its sessions changed, and say what a cold build says", async () => {
    const ids = await programmeOf(4);
    const first = await text(fetchFeed.programme());
    expect(first.match(/BEGIN:VEVENT/g)).toHaveLength(12);

    const session = await AgendaSession.findOne({ conveningId: ids[2], title: "Session at 14" });
    await AgendaSession.updateOne({ _id: session!._id }, { $set: { title: "Moved to the library" } });
    const { result, queries } = await recordQueryFilters(() => text(fetchFeed.programme()));
    expect(result).toContain("SUMMARY:Moved to the library");
    const agendaReads = queries.filter((query) => query.query.startsWith("conveningagendas."));
    expect(agendaReads.map(({ query, filter }) => [query, String((filter as { _id: unknown })._id)])).toEqual([
      ["conveningagendas.findOne", ids[2]],
    ]);
    expect(agendaReads.every((query) => isByIdAlone(query.filter))).toBe(true);
    // Nothing else of the programme is read again: no session scan, no other convening, and
    // that one by _id alone (the change log names it).
    expect(queries.filter((query) => query.query.startsWith("agendasessions."))).toEqual([]);
    const conveningReads = queries.filter((query) => query.query.startsWith("convenings."));
    expect(conveningReads.map(({ filter }) => String((filter as { _id: unknown })._id))).toEqual([ids[2]]);
    expect(conveningReads.every((query) => isByIdAlone(query.filter))).toBe(true);

    clearFeedCache();
    expect(await text(fetchFeed.programme())).toBe(result);
  });

  it("follow a convening's own change and a city's feed from the same parts", async () => {
    const bristol = await createCity("bristol");
    const ids = await programmeOf(3);
    await Convening.updateOne({ _id: ids[1] }, { $set: { hostCityId: bristol } });
    const city = await text(fetchFeed.city("bristol"));
    expect(city.match(/SUMMARY:[^\r]*/g)).toEqual([
      "SUMMARY:Meeting 2",
      "SUMMARY:Session at 10",
      "SUMMARY:Session at 14",
    ]);
    await text(fetchFeed.programme());

    await Convening.updateOne({ _id: ids[0] }, { $set: { title: "Meeting 1, renamed" } });
    const warm = await text(fetchFeed.programme());
    expect(warm).toContain("SUMMARY:Meeting 1\\, renamed");
    const warmCity = await text(fetchFeed.city("bristol"));
    clearFeedCache();
    expect(await text(fetchFeed.programme())).toBe(warm);
    expect(await text(fetchFeed.city("bristol"))).toBe(warmCity);
  });
});
