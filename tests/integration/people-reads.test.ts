// Reading people, on every request, whatever the size of the programme: by `_id` alone, the one
// lookup FerretDB serves from an index (models/by-id.server.ts).
import { describe, expect, it } from "vitest";
import { loader as rootLoader } from "../../app/root";
import { getActivePerson, getPeopleByIds } from "../../models/person.server";
import { createAccount, createCity, requestAs } from "../factories/people";
import { createColleagues } from "../factories/registration";
import { isByIdAlone, recordQueryFilters } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

const peopleScans = (queries: Array<{ query: string; filter: unknown }>) =>
  queries.filter(({ query, filter }) => query.startsWith("people.") && !isByIdAlone(filter));

describe("reading people", () => {
  it("finds the signed-in person of a request by _id alone", async () => {
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    const request = await requestAs(rep.id, "/");
    const { result, queries } = await recordQueryFilters(async () =>
      (await rootLoader({ request, params: {}, context: {} })).json(),
    );
    expect(result).toMatchObject({ person: { role: "city-rep", cityName: "Bristol" } });
    expect(queries.some(({ query }) => query.startsWith("people."))).toBe(true);
    expect(peopleScans(queries)).toEqual([]);
  });

  it("reads people by their ids, and a person who can still be chosen, by _id alone", async () => {
    const colleagues = await createColleagues(await createCity("cardiff"), 3);
    const { result, queries } = await recordQueryFilters(async () => ({
      people: await getPeopleByIds(colleagues),
      one: await getActivePerson(colleagues[0]),
    }));
    expect([result.people.size, result.one?.id]).toEqual([3, colleagues[0]]);
    expect(peopleScans(queries)).toEqual([]);
  });
});
