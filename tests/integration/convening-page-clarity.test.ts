// The convening page as a manager's browser gets it (issue 16, section 7): each agenda warning
// links to the session it is about, a flight home on the last day is not "outside the dates",
// the box of links is not called "Actions", and themes show their titles, not bare codes.
import { beforeAll, describe, expect, it } from "vitest";
import * as conveningModule from "../../app/routes/convenings.$conveningId._index";
import { at, createConvening, createSession } from "../factories/calendar";
import { createAccount, requestAs } from "../factories/people";
import { requestHandlerFor } from "../helpers/remix-handler";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/convenings.$conveningId._index": { path: "convenings/:conveningId", module: conveningModule },
  });
});

const ZONE = "Europe/London";

describe("the convening page's agenda warnings, box of links and themes", () => {
  it("links each warning to its session, spares the flight home, names the box and shows theme titles", async () => {
    const manager = await createAccount({ role: "manager" });
    const conveningId = await createConvening({
      title: "Clarity meeting",
      startsAt: at("2030-10-10T09:00", ZONE),
      endsAt: at("2030-10-11T17:00", ZONE),
      themes: ["T3"],
    });
    const early = await createSession(conveningId, {
      title: "Early dinner",
      kind: "meal",
      startsAt: at("2030-10-09T19:00", ZONE),
      endsAt: at("2030-10-09T21:00", ZONE),
      themes: ["T4"],
    });
    await createSession(conveningId, {
      title: "Flight home",
      kind: "travel",
      startsAt: at("2030-10-11T21:00", ZONE),
      endsAt: at("2030-10-12T06:00", ZONE),
      themes: [],
    });
    const response = await handle(await requestAs(manager.id, `/convenings/${conveningId}`));
    expect(response.status).toBe(200);
    const html = (await response.text()).replace(/<!-- -->/g, ""); // React's text separators

    const warnings = [...html.matchAll(/<li data-warning="([^"]+)">(.*?)<\/li>/g)].map(([, kind, item]) => ({
      kind,
      links: [...item.matchAll(/href="#session-([0-9a-f]{24})"/g)].map(([, id]) => id),
    }));
    // One warning, about the early dinner alone: the flight home leaves on the last day.
    expect(warnings).toEqual([{ kind: "outside-dates", links: [early] }]);
    expect(html).toContain(`id="session-${early}"`);
    expect(html).toMatch(/<h2 id="actions-title"[^>]*>Manage this convening<\/h2>/);
    expect(html).not.toMatch(/<h2[^>]*>Actions<\/h2>/);
    expect(html).toContain("Framework themes: T3 Connecting communities");
    expect(html).toContain("Themes: T4 Mainstreaming and inclusive public services");
  });
});
