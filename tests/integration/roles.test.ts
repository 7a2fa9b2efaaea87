import { describe, expect, it } from "vitest";
import { action as peopleAction, loader as peopleLoader } from "../../app/routes/people._index";
import { action as cityAction } from "../../app/routes/cities.$slug._index";
import { loader as outboxLoader } from "../../app/routes/dev.outbox";
import { requirePerson } from "~/accounts/auth.server";
import { canActForCity } from "~/accounts/policy";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest, requestAs } from "../factories/people";
import { thrownResponse } from "../factories/responses";

withTestDatabase();

describe("roles and city scope", () => {
  it("sends an anonymous visitor to sign in and back", async () => {
    const response = await thrownResponse(
      peopleLoader({ request: await requestAs(null, "/people?tab=all"), params: {}, context: {} }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fpeople%3Ftab%3Dall");
  });

  it("gives a city representative 403 on manager pages", async () => {
    const bristol = await createCity("bristol");
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    expect(
      (await thrownResponse(peopleLoader({ request: await requestAs(rep.id, "/people"), params: {}, context: {} })))
        .status,
    ).toBe(403);
    expect(
      (await thrownResponse(outboxLoader({ request: await requestAs(rep.id, "/dev/outbox"), params: {}, context: {} })))
        .status,
    ).toBe(403);
  });

  it("lets a manager in", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await peopleLoader({ request: await requestAs(manager.id, "/people"), params: {}, context: {} });
    expect(response.status).toBe(200);
  });

  it("lets a Bristol rep act for Bristol but not for Cardiff", async () => {
    const bristol = await createCity("bristol");
    const cardiff = await createCity("cardiff", { nation: "Wales" });
    const rep = await createAccount({ role: "city-rep", cityId: bristol });
    const person = await requirePerson(await requestAs(rep.id, "/"));
    expect(canActForCity(person, bristol)).toBe(true);
    expect(canActForCity(person, cardiff)).toBe(false);
    const refused = await thrownResponse(
      cityAction({
        request: await formRequest(rep.id, "/cities/cardiff", { intent: "remove-member", memberId: "x" }),
        params: { slug: "cardiff" },
        context: {},
      }),
    );
    expect([refused.status, await refused.text()]).toEqual([403, "You can only act for your own city."]);
  });

  it("does not let a participant act for any city, while a manager acts for all", async () => {
    const bristol = await createCity("bristol");
    const participant = await requirePerson(
      await requestAs((await createAccount({ role: "participant", cityId: bristol })).id, "/"),
    );
    const manager = await requirePerson(await requestAs((await createAccount({ role: "manager" })).id, "/"));
    expect(canActForCity(participant, bristol)).toBe(false);
    expect(canActForCity(manager, bristol)).toBe(true);
  });

  it("refuses a form posted from another site (CSRF)", async () => {
    const manager = await createAccount({ role: "manager" });
    const request = await formRequest(manager.id, "/people", { name: "X" });
    const forged = new Request(request, {
      headers: new Headers([...request.headers, ["Origin", "https://evil.example"]]),
    });
    const response = await thrownResponse(peopleAction({ request: forged, params: {}, context: {} }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("This form was sent from another site and was refused.");
  });

  it("treats a session for a deleted or malformed person id as signed out", async () => {
    const response = await thrownResponse(requirePerson(await requestAs("not-an-object-id", "/people")));
    expect(response.status).toBe(302);
  });
});
