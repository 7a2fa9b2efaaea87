import { renderToString } from "react-dom/server";
// Remix's <Form> needs a router; react-router-dom (under @remix-run/react) gives a static one.
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { deleteDraftConfirmation, reinstateConfirmation } from "~/convenings/lifecycle-confirmations";
import { yesButtonClass } from "~/forms/confirmation";
import { english } from "~/i18n/catalogues/english";
import { I18nProvider } from "~/i18n/i18n-provider";
import { createTranslator } from "~/i18n/translator";
import { cancelConfirmation } from "~/registration/confirmations";
import { ConfirmationView, ConfirmButton } from "./confirm-dialog";

const t = createTranslator("en", english);

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

/** The class attribute of the button that says `label` (the HTML escapes apostrophes). */
function classOfButton(html: string, label: string) {
  const buttons = [...html.matchAll(/<button[^>]*class="([^"]*)"[^>]*>([^<]*)<\/button>/g)];
  const button = buttons.find(([, , text]) => text.replace(/&#x27;/g, "'") === label);
  return button?.[1] ?? null;
}

describe("the tone of a confirmation's Yes", () => {
  it("is danger for what takes something away and primary for reinstating", () => {
    expect(yesButtonClass(cancelConfirmation("r1", "Amal", t))).toBe("button button--danger");
    expect(yesButtonClass(deleteDraftConfirmation("Draft", t))).toBe("button button--danger");
    expect(yesButtonClass(reinstateConfirmation("Meeting", false, t))).toBe("button");
  });

  it("styles the dialog's and the confirmation page's Yes by the tone", async () => {
    const reinstate = reinstateConfirmation("Meeting", false, t);
    const cancel = cancelConfirmation("r1", "Amal", t);
    const dialogs = await serverHtml(
      <>
        <ConfirmButton confirmation={reinstate} label="Reinstate" />
        <ConfirmButton confirmation={cancel} label="Cancel" />
      </>,
    );
    expect(classOfButton(dialogs, "Yes, reinstate it")).toBe("button");
    expect(classOfButton(dialogs, "Yes, cancel Amal's registration")).toBe("button button--danger");
    expect(classOfButton(await serverHtml(<ConfirmationView confirmation={reinstate} />), "Yes, reinstate it")).toBe(
      "button",
    );
    expect(
      classOfButton(await serverHtml(<ConfirmationView confirmation={cancel} />), "Yes, cancel Amal's registration"),
    ).toBe("button button--danger");
  });
});
