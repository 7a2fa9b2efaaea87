// "Email preferences", where every email's footer links: change notices as they happen, in a
// daily digest or not at all; reminders on or off; the person's own zone for times in emails.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { isValidTimeZone } from "~/domain/local-time";
import { EmailPreferencesForm } from "~/email-preferences/components/email-preferences-form";
import { emailPreferencesSchema, emailPreferencesValues } from "~/email-preferences/email-preferences-form";
import { readForm } from "~/forms/form-body.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { getEmailPreferences, updateEmailPreferences } from "~models/person.server";

export const meta: MetaFunction = () => [{ title: "Email preferences · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const preferences = await getEmailPreferences(person.id);
  invariantResponse(preferences, "Person not found", { status: 404 });
  const cookieZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  const browserZone = cookieZone && isValidTimeZone(cookieZone) ? cookieZone : null;
  return json({ values: emailPreferencesValues(preferences, browserZone), browserZone });
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const submission = parseWithZod(await readForm(request), { schema: emailPreferencesSchema });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  await updateEmailPreferences(person.id, submission.value);
  return redirectWithToast("/me/email", "Your email preferences are saved.");
}

export default function EmailPreferencesPage() {
  const { values, browserZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <h1>Email preferences</h1>
      <p className="lede">
        Choose which emails the planner sends you. Emails about your own registrations (a place confirmed, a place from
        the waitlist, a cancellation) always come.
      </p>
      <EmailPreferencesForm
        key={actionData ? "submitted" : "loaded"}
        values={values}
        lastResult={actionData?.result}
        browserZone={browserZone}
      />
    </>
  );
}
