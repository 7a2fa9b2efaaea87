// Reading convenings in Welsh: the convening page's loader writes its dates and times in Cymraeg,
// the printable agenda heads its days in Welsh, and the documents page's refusal of a cancelled
// convening comes back in Welsh.
import { describe, expect, it } from "vitest";
import { loader as conveningLoader } from "../../app/routes/convenings.$conveningId._index";
import { action as resourcesAction } from "../../app/routes/convenings.$conveningId.resources._index";
import { loader as printLoader } from "../../app/routes/convenings.$conveningId.print";
import { languageCookieHeader } from "~/i18n/language.server";
import { withTestDatabase } from "../setup/database";
import { formRequest, requestAs } from "../factories/people";
import { createConvening } from "../factories/registration";
import { setUpRegistration } from "../helpers/registration";
import { body, responseOf } from "../helpers/routes";
import { at, createSession } from "../factories/calendar";

withTestDatabase();

/** The request as a Welsh browser sends it: the language cookie beside the sign-in cookie. */
async function inWelsh(request: Request): Promise<Request> {
  const language = (await languageCookieHeader("cy")).split(";")[0];
  const headers = new Headers(request.headers);
  headers.set("Cookie", [headers.get("Cookie"), language].filter(Boolean).join("; "));
  return new Request(request, { headers });
}

describe("a convening read in Welsh", () => {
  it("gives its dates and times in Cymraeg", async () => {
    const { rep } = await setUpRegistration();
    const conveningId = await createConvening({
      startsAt: at("2027-10-14T09:00", "Europe/London"),
      endsAt: at("2027-10-15T17:00", "Europe/London"),
      capacity: 24,
    });
    const response = await responseOf(
      conveningLoader({
        request: await inWelsh(await requestAs(rep.id, `/convenings/${conveningId}`)),
        params: { conveningId },
        context: {},
      }),
    );
    const { convening } = await body(response);
    expect({ dateRange: convening.dateRange, times: convening.times }).toEqual({
      dateRange: "14–15 Hydref 2027",
      times: "O 09:00 BST ar y diwrnod cyntaf hyd at 17:00 BST ar y diwrnod olaf, amser lleol.",
    });
  });

  it("heads the printable agenda's days in Welsh", async () => {
    const { rep } = await setUpRegistration();
    const conveningId = await createConvening({ startsAt: at("2027-10-14T09:00", "Europe/London") });
    await createSession(conveningId, {
      startsAt: at("2027-10-14T10:00", "Europe/London"),
      endsAt: at("2027-10-14T11:00", "Europe/London"),
    });
    const response = await responseOf(
      printLoader({
        request: await inWelsh(await requestAs(rep.id, `/convenings/${conveningId}/print`)),
        params: { conveningId },
        context: {},
      }),
    );
    const { days } = await body(response);
    expect(days.map((day: { heading: string }) => day.heading)).toEqual(["Dydd Iau 14 Hydref 2027"]);
  });
});

describe("documents and links of a cancelled convening, in Welsh", () => {
  it("refuses a change with the reason in Cymraeg (409)", async () => {
    const { manager } = await setUpRegistration();
    const conveningId = await createConvening({ status: "cancelled" });
    const request = await inWelsh(
      await formRequest(manager.id, `/convenings/${conveningId}/resources`, { intent: "add-link" }),
    );
    const response = await responseOf(resourcesAction({ request, params: { conveningId }, context: {} }));
    expect([response.status, await response.text()]).toEqual([
      409,
      "Cafodd y cyfarfod hwn ei ganslo: does dim modd newid ei ddogfennau a'i ddolenni bellach.",
    ]);
  });
});
