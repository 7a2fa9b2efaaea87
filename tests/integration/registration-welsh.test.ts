// The register page answers a Welsh reader in Welsh: its validation messages, the toast-like
// outcome after registering, and the loader's note that registration is closed.
import { describe, expect, it } from "vitest";
import { action as acceptAction, loader as acceptLoader } from "../../app/routes/invitations.$token";
import { action as registerAction, loader as registerLoader } from "../../app/routes/convenings.$conveningId.register";
import { createAccount, formRequest, requestAs } from "../factories/people";
import { formReply } from "../factories/form-replies";
import { setUpRegistration as setup } from "../helpers/registration";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

/** The same request with the language cookie the header's "Cymraeg" button sets. */
function inWelsh(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.set("Cookie", [headers.get("Cookie"), "planner_language=ImN5Ig%3D%3D"].filter(Boolean).join("; "));
  return new Request(request, { headers });
}

async function registerInWelsh(actorId: string, conveningId: string, fields: Record<string, string>) {
  const request = await formRequest(actorId, `/convenings/${conveningId}/register`, { intent: "register", ...fields });
  return registerAction({ request: inWelsh(request), params: { conveningId }, context: {} });
}

describe("registering in Welsh", () => {
  it("names what is missing in Welsh, at each field", async () => {
    const { rep, conveningId } = await setup();
    const response = await registerInWelsh(rep.id, conveningId, {
      personId: "new",
      newName: "",
      newEmail: "not-an-address",
      arrivalDate: "2027-03-26",
      departureDate: "2027-03-25",
    });
    expect(response).toHaveStatus(400);
    expect((await formReply(response)).errors).toEqual({
      newName: "Rhowch enw eich cydweithiwr",
      newEmail: "Rhowch gyfeiriad e-bost fel enw@example.org",
      departureDate: "Rhaid i’r dyddiad gadael fod ar ddiwrnod cyrraedd neu wedyn",
    });
  });

  it("says in Welsh that the colleague is registered", async () => {
    const { rep, conveningId } = await setup();
    const response = await registerInWelsh(rep.id, conveningId, {
      personId: "new",
      newName: "Carys Jones",
      newEmail: "carys@bristol.example",
    });
    expect(response).toHaveStatus(200);
    expect((await formReply<{ message: string }>(response)).message).toBe(
      "Mae Carys Jones wedi cofrestru. Mae e-bost cadarnhau gyda ffeil calendr ar ei ffordd.",
    );
  });

  it("says in Welsh that a draft takes no registrations yet", async () => {
    const { conveningId } = await setup({ status: "draft" });
    const manager = await createAccount({ role: "manager" });
    const request = await requestAs(manager.id, `/convenings/${conveningId}/register`);
    const page = (await (
      await registerLoader({ request: inWelsh(request), params: { conveningId }, context: {} })
    ).json()) as { closedReason: string | null };
    expect(page.closedReason).toBe("Drafft yw’r cyfarfod hwn o hyd: bydd cofrestru’n agor pan gaiff ei gyhoeddi.");
  });
});

describe("accepting an invitation in Welsh (the browser asks for Welsh)", () => {
  const welshBrowser = { "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" };

  it("says in Welsh that an unknown link is not valid", async () => {
    const response = await acceptLoader({
      request: await requestAs(null, "/invitations/garbage", { headers: welshBrowser }),
      params: { token: "garbage" },
      context: {},
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toBe(
      "Nid yw’r ddolen wahoddiad hon yn ddilys. Gwiriwch eich bod wedi copïo’r ddolen gyfan o’r e-bost.",
    );
  });

  it("names a short and a mismatched password in Welsh", async () => {
    const request = await formRequest(null, "/invitations/x", { password: "short", confirmPassword: "other" });
    request.headers.set("Accept-Language", welshBrowser["Accept-Language"]);
    const { errors } = await formReply(
      (await acceptAction({ request, params: { token: "x" }, context: {} })) as Response,
    );
    expect(errors).toEqual({
      password: "Rhaid i’r cyfrinair fod yn 10 nod o leiaf",
      confirmPassword: "Dydy’r ddau gyfrinair ddim yr un fath",
    });
  });
});
