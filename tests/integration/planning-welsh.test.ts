// The manager's planning and people pages answer a Welsh reader in Welsh: the messages at a
// refused form's fields and the note left after a change come back in the request's language.
import { describe, expect, it } from "vitest";
import { action as cancelAction } from "../../app/routes/convenings.$conveningId.cancel";
import { action as newConveningAction } from "../../app/routes/convenings.new";
import { action as peopleAction } from "../../app/routes/people._index";
import { withTestDatabase } from "../setup/database";
import { createAccount, createCity, formRequest } from "../factories/people";
import { createConvening } from "../factories/registration";
import { formReply } from "../factories/form-replies";
import { toastAfter } from "../factories/toast";

withTestDatabase();

/** A form post from a browser that prefers Welsh. */
async function welshPost(personId: string, url: string, fields: Record<string, string | string[]>) {
  const request = await formRequest(personId, url, fields);
  request.headers.set("Accept-Language", "cy-GB, cy;q=0.9, en;q=0.5");
  return request;
}

describe("planning pages in Welsh", () => {
  it("refuses an invitation with the messages in Welsh at each field", async () => {
    const manager = await createAccount({ role: "manager" });
    const response = await peopleAction({
      request: await welshPost(manager.id, "/people", {
        intent: "invite",
        name: "",
        email: "not-an-address",
        role: "city-rep",
        cityId: "",
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(400);
    expect((await formReply(response as Response)).errors).toEqual({
      name: "Rhowch enw'r person",
      email: "Rhowch gyfeiriad e-bost fel enw@example.org",
      cityId: "Rhaid i gynrychiolydd dinas berthyn i ddinas",
    });
  });

  it("refuses a new convening without a title or a place in Welsh", async () => {
    const manager = await createAccount({ role: "manager" });
    await createCity("cardiff");
    const response = await newConveningAction({
      request: await welshPost(manager.id, "/convenings/new", {
        kind: "working-group-meeting",
        title: "",
        phase: "2",
        hostCityId: "",
        format: "in-person",
        "places.0.name": "",
        "places.0.timeZone": "Europe/London",
        startDate: "2027-10-14",
        startTime: "09:00",
        endDate: "2027-10-15",
        endTime: "17:00",
      }),
      params: {},
      context: {},
    });
    expect(response.status).toBe(400);
    const { errors } = await formReply(response as Response);
    expect(errors.title).toBe("Rhowch deitl");
    expect(errors["places.0.name"]).toBe(
      "Rhowch o leiaf un lleoliad (ar gyfer cyfarfod ar-lein, “Ar-lein” a chylchfa amser y trefnydd)",
    );
  });

  it("leaves the note after cancelling a convening in Welsh", async () => {
    const manager = await createAccount({ role: "manager" });
    const conveningId = await createConvening({ title: "Cardiff convening" });
    const request = await welshPost(manager.id, `/convenings/${conveningId}/cancel`, {
      reason: "Mae'r neuadd ar gau.",
    });
    const response = (await cancelAction({ request, params: { conveningId }, context: {} })) as Response;
    expect(response.status).toBe(302);
    expect(await toastAfter(response, request.headers.get("Cookie") ?? "")).toBe(
      "Wedi'i ganslo. Mae'r rheswm i'w weld gan bawb, a bydd calendrau'n dangos y canslo.",
    );
  });
});
