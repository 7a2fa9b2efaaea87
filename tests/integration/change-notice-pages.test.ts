// The pages of change notices as a browser without JavaScript gets them, rendered by Remix: the
// edit page's "Telling attendees" inside the edit form (the box stays ticked when the form comes
// back with errors), /me/email's labelled choices, and the unsubscribe page's button.
import { beforeAll, describe, expect, it } from "vitest";
import { unsubscribeUrl } from "~/email-preferences/unsubscribe.server";
import * as sessionEditModule from "../../app/routes/convenings.$conveningId.sessions.$sessionId.edit";
import * as emailModule from "../../app/routes/me.email._index";
import * as unsubscribeModule from "../../app/routes/me.email.unsubscribe";
import { formRequest, requestAs } from "../factories/people";
import { plannedConvening, registerPerson } from "../helpers/change-notices";
import { requestHandlerFor } from "../helpers/remix-handler";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

let handle: (request: Request) => Promise<Response>;
beforeAll(async () => {
  handle = await requestHandlerFor({
    "routes/convenings.$conveningId.sessions.$sessionId.edit": {
      path: "convenings/:conveningId/sessions/:sessionId/edit",
      module: sessionEditModule,
    },
    "routes/me.email._index": { path: "me/email", module: emailModule },
    "routes/me.email.unsubscribe": { path: "me/email/unsubscribe", module: unsubscribeModule },
  });
});

async function page(request: Request) {
  const response = await handle(request);
  return { status: response.status, html: await response.text() };
}

/** The markup of the form with this id. */
function formOf(html: string, id: string): string {
  const start = html.indexOf(`<form`, html.indexOf(`id="${id}"`) - 200);
  return html.slice(start, html.indexOf("</form>", start));
}

describe("the session edit page", () => {
  it("says inside the edit form how many people will be told, with the box to tell nobody", async () => {
    const { rep, manager, conveningId, sessionId } = await plannedConvening();
    await registerPerson(rep.id, conveningId, rep.id);
    const url = `/convenings/${conveningId}/sessions/${sessionId}/edit`;
    const { status, html } = await page(await requestAs(manager.id, url));
    expect(status).toBe(200);
    const form = formOf(html, "session");
    expect(form).toContain(
      "<strong>1 person will be told by email of a change to this session&#x27;s time, place or status.</strong>",
    );
    expect(form).toMatch(
      /<label class="checkbox"><input type="checkbox" name="skipChangeNotice" id="skipChangeNotice" aria-describedby="skipChangeNotice-hint"\/>Don&#x27;t notify attendees \(for a typo fix\)<\/label>/,
    );
    expect(form).toContain('<p class="field__hint" id="skipChangeNotice-hint">');
  });

  it("keeps “Don't notify” ticked when the form comes back with an error", async () => {
    const { manager, conveningId, sessionId } = await plannedConvening();
    const url = `/convenings/${conveningId}/sessions/${sessionId}/edit`;
    const { status, html } = await page(
      await formRequest(manager.id, url, {
        title: "",
        kind: "plenary",
        timeZone: "Europe/London",
        startDate: "2030-10-10",
        startTime: "09:30",
        endTime: "10:30",
        revision: "1",
        skipChangeNotice: "on",
      }),
    );
    expect(status).toBe(400);
    expect(html).toMatch(/<input type="checkbox" name="skipChangeNotice" id="skipChangeNotice"[^>]* checked=""/);
  });
});

describe("/me/email", () => {
  it("labels each choice, describes it, and posts without JavaScript", async () => {
    const { rep } = await plannedConvening();
    const { status, html } = await page(await requestAs(rep.id, "/me/email"));
    expect(status).toBe(200);
    const form = formOf(html, "email-preferences");
    expect(form).toMatch(/^<form method="post"/);
    expect(form).toContain(
      '<label class="checkbox"><input id="changeNotices" name="changeNotices" form="email-preferences" type="radio" aria-describedby="changeNotices-hint" checked="" value="immediately"/>As they happen</label>',
    );
    expect(form).toContain('<p class="field__hint" id="changeNotices-hint">One email a few minutes after');
    expect(form).toContain(
      'aria-describedby="changeNotices-daily-digest-hint" value="daily-digest"/>In a daily digest</label>',
    );
    expect(form).toContain('aria-describedby="changeNotices-none-hint" value="none"/>Not at all</label>');
    expect(form).toContain('<label for="timeZone">Your time zone</label>');
    expect(form).toContain("Save my email preferences");
  });
});

describe("the unsubscribe page", () => {
  it("offers a button, which changes nothing until it is pressed", async () => {
    const { rep } = await plannedConvening();
    const { status, html } = await page(new Request(unsubscribeUrl(rep.id)));
    expect(status).toBe(200);
    expect(html).toContain("<h1>Stop emails about changes?</h1>");
    expect(html).toContain("Unsubscribe from change notices</button>");
  });
});
