// A city's plan offers as action owners the people of that city, read from the city's people
// index by _id (not a scan of people by city), and the index follows every write of a person:
// a new person, a move to another city, a deleted person (never offered).
import { describe, expect, it } from "vitest";
import { loader as planLoader } from "../../app/routes/cities.$slug.plan";
import { anonymisePerson, createPerson, Person } from "../../models/person.server";
import { getCityPeople } from "../../models/city-people.server";
import { createAccount, createCity, requestAs } from "../factories/people";
import { isByIdAlone, recordQueryFilters } from "../helpers/queries";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

type PlanData = { formOptions: { owners: Array<{ id: string; name: string; cityId: string | null }> } | null };

async function ownersOnPlan(managerId: string, slug: string) {
  const response = (await planLoader({
    request: await requestAs(managerId, `/cities/${slug}/plan`),
    params: { slug },
    context: {},
  })) as Response;
  const data = (await response.json()) as PlanData;
  return data.formOptions?.owners.map((owner) => owner.name);
}

describe("the people of a city, as the owner picker of its plan reads them", () => {
  it("offers the city's active people only, read by _id, and follows every write of a person", async () => {
    const leeds = await createCity("leeds");
    const york = await createCity("york");
    const manager = await createAccount({ role: "manager", name: "Manager" });
    await createPerson({ name: "Zoe Leeds", email: "zoe@example.org", role: "participant", cityId: leeds });
    const amir = await createPerson({ name: "Amir Leeds", email: "amir@example.org", role: "city-rep", cityId: leeds });
    const yusuf = await createPerson({
      name: "Yusuf York",
      email: "yusuf@example.org",
      role: "participant",
      cityId: york,
    });

    expect(await ownersOnPlan(manager.id, "leeds")).toEqual(["Amir Leeds", "Zoe Leeds"]);
    const read = await recordQueryFilters(() => ownersOnPlan(manager.id, "leeds"));
    const peopleReads = read.queries.filter(({ query }) => /^(people|citypeoples)\./.test(query));
    expect(peopleReads.filter(({ filter }) => !isByIdAlone(filter))).toEqual([]);
    expect(peopleReads.map(({ query }) => query)).toContain("citypeoples.findOne");

    await Person.updateOne({ _id: yusuf }, { $set: { cityId: leeds } });
    expect(await ownersOnPlan(manager.id, "leeds")).toEqual(["Amir Leeds", "Yusuf York", "Zoe Leeds"]);
    expect(await getCityPeople(york)).toEqual([]);

    await anonymisePerson(amir);
    expect(await ownersOnPlan(manager.id, "leeds")).toEqual(["Yusuf York", "Zoe Leeds"]);
    expect((await getCityPeople(leeds)).map((person) => [person.name, person.role])).toEqual([
      ["Yusuf York", "participant"],
      ["Zoe Leeds", "participant"],
    ]);
  });
});
