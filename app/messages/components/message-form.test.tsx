import { parseWithZod } from "@conform-to/zod/v3";
import { renderToString } from "react-dom/server";
// Remix's <Form> needs a router; react-router-dom (under @remix-run/react) gives a static one.
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { english } from "~/i18n/catalogues/english";
import { I18nProvider } from "~/i18n/i18n-provider";
import { messageSchema } from "~/messages/message-form";
import { MessageForm } from "./message-form";

/** The server's HTML for a page showing `element`, as a browser without JavaScript gets it (React's text markers aside). */
async function serverHtml(element: React.ReactNode) {
  const handler = createStaticHandler([{ path: "/", element }]);
  const context = await handler.query(new Request("http://planner.test/"));
  if (context instanceof Response) throw context;
  return renderToString(
    <I18nProvider language="en" messages={english}>
      <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} />
    </I18nProvider>,
  ).replaceAll("<!-- -->", "");
}

const BRISTOL = "64b000000000000000000001";
const TOKEN = "abcdefghijklmnopqrstuvwx";

const managerPage: Parameters<typeof MessageForm>[0]["page"] = {
  formToken: "fresh-token-from-loader1",
  canChooseAudience: true,
  audienceOptions: [
    { value: "everyone", label: "Everyone registered (3 people)" },
    { value: "city", label: "One city's delegation (choose the city below)" },
  ],
  cityOptions: [{ value: BRISTOL, label: "Bristol (2 people)" }],
  ownCity: null,
  selection: null,
  convening: { id: "convening-1", title: "City Working Group meeting", dateRange: "19–20 October 2017" },
};

function reply(values: Record<string, string>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) formData.append(name, value);
  return parseWithZod(formData, { schema: messageSchema }).reply();
}

describe("the message form, rendered again from the server's answer", () => {
  it("keeps the posted token and every field, with the messages at their fields", async () => {
    const result = reply({ formToken: TOKEN, audience: "city", cityId: BRISTOL, subject: "S".repeat(201), body: "" });
    const html = await serverHtml(<MessageForm page={managerPage} lastAnswer={{ result, preview: null }} />);
    expect(html).toContain(`<input type="hidden" name="formToken" value="${TOKEN}"/>`);
    expect(html).toContain(`<option value="${BRISTOL}" selected="">Bristol (2 people)</option>`);
    expect(html).toContain("Subject must be 200 characters or fewer (it has 201)");
    expect(html).toContain(
      '<p class="field__error" id="body-error"><span class="visually-hidden">Error: </span>Write the message</p>',
    );
    expect(html).toContain('name="intent" value="preview"');
    expect(html).toContain('name="intent" value="send"');
  });

  it("shows the preview and its count, and a rep's fixed delegation without a choice of audience", async () => {
    const result = reply({ formToken: TOKEN, audience: "city", cityId: BRISTOL, subject: "Trains", body: "At 07:30." });
    const preview = {
      subject: "Trains",
      text: "At 07:30.\n\n-- \nWhy",
      recipientCount: 2,
      audience: "Bristol's delegation",
    };
    const html = await serverHtml(
      <MessageForm
        page={{
          ...managerPage,
          canChooseAudience: false,
          audienceOptions: [],
          cityOptions: [],
          ownCity: { id: BRISTOL, name: "Bristol", recipientCount: 2 },
        }}
        lastAnswer={{ result, preview }}
      />,
    );
    expect(html).toContain("This will go to 2 people (Bristol&#x27;s delegation).");
    expect(html).toContain('<pre class="message-preview__text">At 07:30.\n\n-- \nWhy</pre>');
    expect(html).toContain(`<input type="hidden" name="cityId" value="${BRISTOL}"/>`);
    expect(html).not.toContain("<select");
  });
});
