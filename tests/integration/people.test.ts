import { describe, expect, it } from "vitest";
import { action as personAction, loader as personLoader } from "../../app/routes/people.$personId";
import { action as peopleAction } from "../../app/routes/people._index";
import { Person } from "../../models/person.server";
import { withTestDatabase } from "../setup/database";
import { clearSentEmails, sentEmails } from "../mocks/resend";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { thrownResponse } from "../factories/responses";
import { formReply } from "../factories/form-replies";

withTestDatabase();

describe("people", () => {
  it("lets a manager add a guest speaker without an account", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await peopleAction({
      request: await formRequest(manager.id, "/people", {
        intent: "create",
        name: "Grace Speaker",
        email: "grace@welcoming.example",
        organisation: "Welcoming International",
        programmeRole: "speaker",
        cityId: "",
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(200);
    expect(await Person.findOne({ email: "grace@welcoming.example" }).lean()).toMatchObject({
      name: "Grace Speaker",
      programmeRole: "speaker",
      role: "participant",
      passwordHash: null,
    });
  });

  it("invites a person added without an account later, keeping the same record", async () => {
    const manager = await createAccount({ role: "manager" });
    await peopleAction({
      request: await formRequest(manager.id, "/people", {
        intent: "create",
        name: "Grace Speaker",
        email: "grace@welcoming.example",
        programmeRole: "speaker",
      }),
      params: {},
      context: {},
    });
    const id = String((await Person.findOne({ email: "grace@welcoming.example" }).lean())!._id);
    clearSentEmails();
    const response = await peopleAction({
      request: await formRequest(manager.id, "/people", {
        name: "Grace Speaker",
        email: "grace@welcoming.example",
        role: "participant",
        cityId: "",
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(200);
    expect(sentEmails.map((email) => email.to[0])).toEqual(["grace@welcoming.example"]);
    expect(await Person.countDocuments({ email: "grace@welcoming.example" })).toBe(1);
    expect(String((await Person.findOne({ email: "grace@welcoming.example" }).lean())!._id)).toBe(id);
  });

  it("refuses a duplicate email when adding a person, keeping the input", async () => {
    const manager = await createAccount({ role: "manager", email: "taken@example.org" });
    const response = await peopleAction({
      request: await formRequest(manager.id, "/people", {
        intent: "create",
        name: "Someone",
        email: "taken@example.org",
        programmeRole: "",
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(400);
    const body = await formReply(response);
    expect(body.errors.email).toBe("Someone already uses this email address");
    expect(body.values.name).toBe("Someone");
  });

  it("lets a manager edit a person's profile, city and programme role", async () => {
    const manager = await createAccount({ role: "manager" });
    const bristol = await createCity("bristol");
    const person = await createAccount({ role: "participant" });
    const response = await personAction({
      request: await formRequest(manager.id, `/people/${person.id}`, {
        name: "Renamed",
        email: "renamed@example.org",
        organisation: "Council",
        jobTitle: "Officer",
        cityId: bristol,
        programmeRole: "operational-lead",
        role: "city-rep",
      }),
      params: { personId: person.id },
      context: {},
    });
    expect(response.status).toBe(200);
    const doc = await Person.findById(person.id).lean();
    expect(doc).toMatchObject({
      name: "Renamed",
      email: "renamed@example.org",
      programmeRole: "operational-lead",
      role: "city-rep",
    });
    expect(String(doc?.cityId)).toBe(bristol);
  });

  it("requires a city for a city representative and a valid email", async () => {
    const manager = await createAccount({ role: "manager" });
    const person = await createAccount({ role: "participant" });
    const response = await personAction({
      request: await formRequest(manager.id, `/people/${person.id}`, {
        name: "X",
        email: "nope",
        role: "city-rep",
        cityId: "",
      }),
      params: { personId: person.id },
      context: {},
    });
    expect(response.status).toBe(400);
    expect((await formReply(response)).errors).toEqual({
      email: "Enter an email address like name@example.org",
      cityId: "A city representative must belong to a city",
    });
  });

  it("answers 404 for a malformed person id and 403 for a city rep", async () => {
    const manager = await createAccount({ role: "manager" });
    const rep = await createAccount({ role: "city-rep", cityId: await createCity("bristol") });
    expect(
      (
        await thrownResponse(
          personLoader({
            request: await requestAs(manager.id, "/people/nope"),
            params: { personId: "nope" },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrownResponse(
          personLoader({
            request: await requestAs(rep.id, `/people/${manager.id}`),
            params: { personId: manager.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(403);
  });
});
