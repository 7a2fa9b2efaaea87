import { describe, expect, it } from "vitest";
import { loader as registerLoader } from "../../app/routes/convenings.$conveningId.register";
import { Person, anonymisePerson, createPerson } from "../../models/person.server";
import { Registration } from "../../models/registration.server";
import { withTestDatabase } from "../setup/database";
import { requestAs } from "../factories/people";
import { formReply } from "../factories/form-replies";
import { register, setUpRegistration as setup } from "../helpers/registration";

withTestDatabase();

describe("a manager registers someone new straight into a city", () => {
  it("creates the person in the chosen city with their programme role and registers them in one step", async () => {
    const { manager, cardiff, conveningId } = await setup();
    const response = await register(manager.id, conveningId, {
      personId: "new",
      newName: "Carys Newcomer",
      newEmail: "Carys@Cardiff.example",
      newCityId: cardiff,
      newProgrammeRole: "operational-lead",
    });
    expect(response).toHaveStatus(200);
    expect((await formReply<{ message: string }>(response)).message).toBe(
      "Carys Newcomer is registered. A confirmation email with a calendar file is on its way.",
    );
    const person = await Person.findOne({ email: "carys@cardiff.example" }).lean();
    expect([person?.name, String(person?.cityId), person?.programmeRole, person?.passwordHash]).toEqual([
      "Carys Newcomer",
      cardiff,
      "operational-lead",
      null,
    ]);
    const registration = await Registration.findOne({ conveningId, personId: person?._id }).lean();
    expect([registration?.status, String(registration?.cityId)]).toEqual(["registered", cardiff]);
  });

  it("uses the person already known by that email (whatever its case) and says so", async () => {
    const { manager, bristol, conveningId } = await setup();
    const known = await createPerson({
      name: "Known Person",
      email: "known@bristol.example",
      role: "participant",
      cityId: bristol,
    });
    const response = await register(manager.id, conveningId, {
      personId: "new",
      newName: "Another Name",
      newEmail: "KNOWN@bristol.example",
      newCityId: "",
    });
    expect(response).toHaveStatus(200);
    expect((await formReply<{ message: string }>(response)).message).toBe(
      "Known Person was already known by that email address, so their record was used. Known Person is registered. A confirmation email with a calendar file is on its way.",
    );
    expect(await Person.countDocuments({ email: "known@bristol.example" })).toBe(1);
    expect(await Registration.countDocuments({ conveningId, personId: known })).toBe(1);
  });

  it("names the field when the city is not one of the programme's, keeping the input", async () => {
    const { manager, conveningId } = await setup();
    const response = await register(manager.id, conveningId, {
      personId: "new",
      newName: "Nowhere Person",
      newEmail: "nowhere@example.org",
      newCityId: "0123456789abcdef01234567",
      newProgrammeRole: "wizard",
      roleAtEvent: "Observer",
    });
    expect(response).toHaveStatus(400);
    const body = await formReply(response);
    expect(body.errors).toEqual({ newProgrammeRole: "Choose a role in the programme" });
    const again = await formReply(
      await register(manager.id, conveningId, {
        personId: "new",
        newName: "Nowhere Person",
        newEmail: "nowhere@example.org",
        newCityId: "0123456789abcdef01234567",
        roleAtEvent: "Observer",
      }),
    );
    expect(again.errors).toEqual({ newCityId: "Choose a city from the list" });
    expect(again.values).toMatchObject({
      newName: "Nowhere Person",
      newEmail: "nowhere@example.org",
      roleAtEvent: "Observer",
    });
    expect(await Person.countDocuments({ email: "nowhere@example.org" })).toBe(0);
  });

  it("never offers a deleted person in the register picker", async () => {
    const { manager, bristol, conveningId } = await setup();
    const gone = await createPerson({
      name: "Gone Person",
      email: "gone@bristol.example",
      role: "participant",
      cityId: bristol,
    });
    await anonymisePerson(gone);
    const response = await registerLoader({
      request: await requestAs(manager.id, `/convenings/${conveningId}/register`),
      params: { conveningId },
      context: {},
    });
    const { candidates, cities } = (await response.json()) as {
      candidates: Array<{ id: string; name: string }>;
      cities: Array<{ name: string }>;
    };
    expect(candidates.map((candidate) => candidate.name)).toEqual(["Bristol Rep", "Test manager"]);
    expect(cities.map((city) => city.name)).toEqual(["Bristol", "Cardiff"]);
  });
});
