// The programme's change log (decision 033): the programme feed learns what changed by reading
// entries by _id, so an unchanged poll and a poll after one edit read the same whatever the size
// of the programme; writers never leave a gap, and a reader whose entry is gone reads everything.
import { describe, expect, it } from "vitest";
import { clearFeedCache } from "../../app/calendar/feeds.server";
import { AgendaSession } from "../../models/agenda-session.server";
import { City } from "../../models/city.server";
import { Convening } from "../../models/convening.server";
import {
  currentProgrammePosition,
  ProgrammeChange,
  readProgrammeChangesAfter,
  recordProgrammeChange,
} from "../../models/programme-token.server";
import { at, createConvening, createSession } from "../factories/calendar";
import { createCity } from "../factories/people";
import { recordQueryFilters } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";
import { fetchFeed } from "./calendar-helpers";

withTestDatabase();

async function addConvenings(count: number, hostCityId: string | null = null) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = await createConvening({
      title: `Meeting ${ids.length + 1}`,
      hostCityId,
      startsAt: at("2019-03-10T09:00", "Europe/London"),
      endsAt: at("2019-03-11T17:00", "Europe/London"),
    });
    await createSession(id, {
      title: "Opening",
      startsAt: at("2019-03-10T10:00", "Europe/London"),
      endsAt: at("2019-03-10T11:00", "Europe/London"),
    });
    ids.push(id);
  }
  return ids;
}

const programmeText = async () => (await fetchFeed.programme()).text();

/** The queries of a programme feed read right after `edit`, as "collection.method". */
async function queriesAfter(edit: () => Promise<unknown>) {
  await edit();
  const { result, queries } = await recordQueryFilters(programmeText);
  return { result, queries };
}

const renameSession = (conveningId: string, title: string) =>
  AgendaSession.updateOne({ conveningId, title: { $ne: title } }, { $set: { title } });

describe("the programme's change log", () => {
  it("answers an unchanged poll from the log alone, and an edit with the same queries at any size", async () => {
    const [first] = await addConvenings(2);
    await programmeText();
    const unchanged = await recordQueryFilters(programmeText);
    expect(unchanged.queries.map(({ query }) => query)).toEqual([
      "programmechanges.findOne",
      "programmechanges.findOne",
    ]);
    expect(unchanged.queries.every(({ filter }) => Object.keys(filter as object).join() === "_id")).toBe(true);

    const small = await queriesAfter(() => renameSession(first, "Opening, renamed"));
    expect(small.result).toContain("SUMMARY:Opening\\, renamed");
    await addConvenings(10);
    await programmeText();
    const large = await queriesAfter(() => renameSession(first, "Opening, renamed again"));
    expect(large.result).toContain("SUMMARY:Opening\\, renamed again");
    expect(large.queries.map(({ query }) => query)).toEqual(small.queries.map(({ query }) => query));

    clearFeedCache();
    expect(await programmeText()).toBe(large.result);
  });

  it("shows new, changed and deleted convenings and a city's new name, as a cold build does", async () => {
    const bristol = await createCity("bristol", { name: "Bristol" });
    const [kept, removed] = await addConvenings(2, bristol);
    await programmeText();
    await addConvenings(1);
    await Convening.updateOne({ _id: kept }, { $set: { title: "Kept, renamed" } });
    await Convening.deleteOne({ _id: removed });
    await City.updateOne({ _id: bristol }, { $set: { name: "Bristol City" } });
    const warm = await programmeText();
    expect(warm).toContain("SUMMARY:Kept\\, renamed");
    expect(warm).toContain("Bristol City");
    expect(warm.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    clearFeedCache();
    expect(await programmeText()).toBe(warm);
  });

  it("takes the next free number when another process took the hinted one, leaving no gap", async () => {
    await recordProgrammeChange(["a"]);
    const start = await currentProgrammePosition();
    // Another process's entries, written after this one's hint.
    await ProgrammeChange.create({ _id: start.number + 1, conveningIds: ["b"], token: "other-1", at: new Date() });
    await ProgrammeChange.create({ _id: start.number + 2, conveningIds: ["c"], token: "other-2", at: new Date() });
    await Promise.all(["d", "e", "f"].map((id) => recordProgrammeChange([id])));
    const read = await readProgrammeChangesAfter(start);
    expect([...read.conveningIds!].sort()).toEqual(["b", "c", "d", "e", "f"]);
    expect(read.position.number).toBe(start.number + 5);
  });

  it("reads the whole programme again when its own entry is gone (the log emptied)", async () => {
    await addConvenings(1);
    const position = await currentProgrammePosition();
    await ProgrammeChange.deleteMany({});
    await recordProgrammeChange(["someone-else"]);
    expect((await readProgrammeChangesAfter(position)).conveningIds).toBeNull();

    await programmeText();
    await ProgrammeChange.deleteMany({});
    await addConvenings(1);
    expect((await programmeText()).match(/SUMMARY:Meeting/g)).toHaveLength(2);
  });
});
