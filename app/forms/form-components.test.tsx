import { parseWithZod } from "@conform-to/zod/v3";
import { renderToString } from "react-dom/server";
// Remix's <Form> needs a router; react-router-dom (under @remix-run/react) gives a static one.
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { english } from "~/i18n/catalogues/english";
import { I18nProvider } from "~/i18n/i18n-provider";
import { SessionForm } from "~/agenda/components/session-form";
import { sessionFormSchema } from "~/agenda/session-form";
import { ConveningForm } from "~/convenings/components/convening-form";
import { conveningFormSchemaFor } from "~/convenings/convening-form";
import { createTranslator } from "~/i18n/translator";
import { ActionFields, useActionForm } from "~/follow-ups/components/action-fields";

/** The server's HTML for a page showing `element`, as a browser without JavaScript gets it. */
async function serverHtml(element: React.ReactNode) {
  const handler = createStaticHandler([{ path: "/", element }]);
  const context = await handler.query(new Request("http://planner.test/"));
  if (context instanceof Response) throw context;
  return renderToString(
    <I18nProvider language="en" messages={english}>
      <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} />
    </I18nProvider>,
  );
}

function posted(values: Record<string, string | string[]>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  return formData;
}

const BRISTOL = { id: "64b000000000000000000001", name: "Bristol" };
const ANN = { id: "64b000000000000000000002", name: "Ann Speaker" };

describe("the big forms rendered again from a refused post", () => {
  it("the convening form keeps places, ticked themes, per-city places and the approval box, with each message at its field", async () => {
    const cityIds = new Set([BRISTOL.id]);
    const submission = parseWithZod(
      posted({
        kind: "working-group-meeting",
        title: "",
        phase: "2",
        format: "in-person",
        "places.0.name": "Somewhere",
        "places.0.timeZone": "Europe/Cardiff",
        themes: ["T1", "T4"],
        [`cityPlaces.${BRISTOL.id}`]: "lots",
        isApprovalRequired: "on",
      }),
      { schema: conveningFormSchemaFor(createTranslator("en", english), { cityIds }) },
    );
    const html = await serverHtml(
      <ConveningForm
        values={{}}
        lastResult={submission.reply()}
        cities={[BRISTOL]}
        timeZones={["Europe/London"]}
        submitLabel="Save draft"
        pendingLabel="Saving…"
      />,
    );
    expect(html).toContain(
      '<input id="places.0.name" name="places.0.name" form="convening" type="text" value="Somewhere"/>',
    );
    expect(html).toContain('<a href="#title">Enter a title</a>');
    expect(html).toContain('<input id="themes" name="themes" form="convening" type="checkbox" checked="" value="T1"/>');
    expect(html).toContain('name="themes" form="convening" type="checkbox" checked="" value="T4"/>');
    expect(html).toContain(
      `aria-describedby="cityPlaces.${BRISTOL.id}-error" min="0" inputMode="numeric" value="lots"/>`,
    );
    expect(html).toContain('<details class="city-places" open="">');
    expect(html).toContain(
      '<input id="isApprovalRequired" name="isApprovalRequired" form="convening" type="checkbox" checked="" value="on"/>',
    );
    expect(html).toContain('<input id="startTime" name="startTime" form="convening" type="time" value="09:00"/>');
  });

  it("the session form keeps a single chosen facilitator selected and names the skipped hour at the start time", async () => {
    const submission = parseWithZod(
      posted({
        title: "Night walk",
        kind: "plenary",
        timeZone: "Europe/London",
        startDate: "2031-03-30",
        startTime: "01:30",
        endTime: "02:30",
        facilitatorIds: ANN.id,
      }),
      {
        schema: sessionFormSchema({ people: new Map([[ANN.id, ANN.name]]) }),
      },
    );
    const html = await serverHtml(
      <SessionForm
        values={{}}
        lastResult={submission.reply()}
        people={[ANN]}
        placeNames={["Hall"]}
        submitLabel="Add session"
        pendingLabel="Adding…"
      />,
    );
    expect(html).toContain(`<option value="${ANN.id}" selected="">Ann Speaker</option>`);
    expect(html).toContain("01:30 on 30 March 2031 does not exist in Europe/London");
    expect(html).toContain(
      '<input id="startTime" name="startTime" form="session" type="time" aria-invalid="true" aria-describedby="startTime-error" value="01:30"/>',
    );
  });

  it("the action fields show the values they are given, the details open when a description is there", async () => {
    function Page() {
      const [, fields] = useActionForm({
        id: "edit-action",
        values: { title: "Publish", ownerCityId: BRISTOL.id, themes: ["T2"], description: "Why" },
      });
      return (
        <ActionFields
          fields={fields}
          cities={[BRISTOL]}
          owners={[]}
          themes={[
            { code: "T1", title: "One" },
            { code: "T2", title: "Two" },
          ]}
          principles={[]}
        />
      );
    }
    const html = await serverHtml(<Page />);
    expect(html).toContain(
      '<input id="themes-T2" name="themes" form="edit-action" type="checkbox" checked="" value="T2"/>',
    );
    expect(html).toContain('<details class="action-form__more" open="">');
    expect(html).toContain(`<option value="${BRISTOL.id}" selected="">Bristol</option>`);
  });
});
