import { describe, expect, it } from "vitest";
import { loader } from "../../app/routes/people._index";
import { anonymisePerson, createPerson, insertPeople } from "../../models/person.server";
import { createInvitation } from "../../models/invitation.server";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, requestAs } from "../factories/people";
import { thrownResponse } from "../factories/responses";

withTestDatabase();

async function search(personId: string, query: string) {
  const response = await loader({ request: await requestAs(personId, `/people${query}`), params: {}, context: {} });
  return response.json();
}

describe("the people directory", () => {
  it("pages through everyone, 50 at a time, keeping the search in the page links", async () => {
    const manager = await createAccount({ role: "manager", name: "Zed Manager" });
    await insertPeople(
      Array.from({ length: 120 }, (_, index) => ({
        name: `Person ${String(index).padStart(3, "0")}`,
        email: `person${index}@example.org`,
        role: "participant" as const,
      })),
    );
    const second = await search(manager.id, "?q=person&page=2");
    expect(second.total).toBe(120);
    expect(second.people.map((person: { name: string }) => person.name)).toEqual(
      Array.from({ length: 50 }, (_, index) => `Person ${String(index + 50).padStart(3, "0")}`),
    );
    const third = await search(manager.id, "?q=person&page=3");
    expect(third.people).toHaveLength(20);
  });

  it("finds people by words of their name or email, whatever the case, with regex characters taken literally", async () => {
    const manager = await createAccount({ role: "manager", name: "Zed Manager" });
    await createPerson({ name: "Ann Okafor", email: "ann.okafor@leeds.example", role: "participant" });
    await createPerson({ name: "Bob Smith", email: "bob@cardiff.example", role: "participant" });
    await createPerson({ name: "Anna Smith", email: "anna+1@bristol.example", role: "participant" });
    const names = async (query: string) =>
      (await search(manager.id, query)).people.map((person: { name: string }) => person.name);
    expect(await names("?q=SMITH")).toEqual(["Anna Smith", "Bob Smith"]);
    expect(await names("?q=cardiff")).toEqual(["Bob Smith"]);
    expect(await names("?q=ann+smith")).toEqual(["Anna Smith"]);
    expect(await names("?q=anna%2B1")).toEqual(["Anna Smith"]);
    expect(await names("?q=.*")).toEqual([]);
  });

  it("filters by city, role and programme role", async () => {
    const leeds = await createCity("leeds");
    const cardiff = await createCity("cardiff");
    const manager = await createAccount({ role: "manager", name: "Zed Manager" });
    await createAccount({ role: "city-rep", cityId: leeds, name: "Leeds Rep" });
    await createPerson({
      name: "Leeds Speaker",
      email: "speaker@leeds.example",
      role: "participant",
      cityId: leeds,
      programmeRole: "speaker",
    });
    await createPerson({
      name: "Cardiff Speaker",
      email: "speaker@cardiff.example",
      role: "participant",
      cityId: cardiff,
      programmeRole: "speaker",
    });
    const names = async (query: string) =>
      (await search(manager.id, query)).people.map((person: { name: string }) => person.name);
    expect(await names(`?city=${leeds}`)).toEqual(["Leeds Rep", "Leeds Speaker"]);
    expect(await names(`?city=${leeds}&role=city-rep`)).toEqual(["Leeds Rep"]);
    expect(await names("?programmeRole=speaker")).toEqual(["Cardiff Speaker", "Leeds Speaker"]);
    expect(await names("?city=not-an-id")).toEqual([]);
  });

  it("tells active, invited and guest people apart, and shows deleted people only when asked", async () => {
    const manager = await createAccount({ role: "manager", name: "Active Manager" });
    const invited = await createPerson({ name: "Invited Person", email: "invited@example.org", role: "participant" });
    await createInvitation({
      tokenHash: "hash-1",
      personId: invited,
      invitedById: manager.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await createPerson({ name: "Guest Person", email: "guest@example.org", role: "participant" });
    const deleted = await createPerson({ name: "Gone Person", email: "gone@example.org", role: "participant" });
    await anonymisePerson(deleted);
    const rows = async (query: string) =>
      (await search(manager.id, query)).people.map((person: { name: string; accountState: string }) => [
        person.name,
        person.accountState,
      ]);
    expect(await rows("")).toEqual([
      ["Active Manager", "active"],
      ["Guest Person", "guest"],
      ["Invited Person", "invited"],
    ]);
    expect(await rows("?state=invited")).toEqual([["Invited Person", "invited"]]);
    expect(await rows("?state=guest")).toEqual([["Guest Person", "guest"]]);
    expect(await rows("?state=active")).toEqual([["Active Manager", "active"]]);
    expect(await rows("?state=deleted")).toEqual([["Deleted person", "deleted"]]);
  });

  it("is the programme team's: a city representative is refused", async () => {
    const leeds = await createCity("leeds");
    const rep = await createAccount({ role: "city-rep", cityId: leeds });
    const response = await thrownResponse(
      loader({ request: await requestAs(rep.id, "/people"), params: {}, context: {} }),
    );
    expect(response.status).toBe(403);
  });
});
