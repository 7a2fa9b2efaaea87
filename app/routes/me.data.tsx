import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { deleteMyData } from "~/registration/me.server";
import { requirePerson } from "~/accounts/auth.server";
import { canDeleteOwnData } from "~/people/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { formValues } from "~/forms/forms";
import { signOutResponse } from "~/accounts/session.server";

export const meta: MetaFunction = () => [{ title: "My data · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePerson(request);
  return json({});
}

const CONFIRMATION = "delete my data";

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const values = formValues(await request.formData());
  const deletion = canDeleteOwnData(person);
  if (!deletion.ok) return json({ errors: { form: deletion.reason } }, { status: 403 });
  if ((values.confirm ?? "").trim().toLowerCase() !== CONFIRMATION) {
    return json({ errors: { confirm: `Type “${CONFIRMATION}” to confirm` } as Record<string, string> }, { status: 400 });
  }
  await deleteMyData(person.id);
  return signOutResponse(request);
}

export default function MyDataPage() {
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors as Record<string, string> | undefined;
  return (
    <>
      <h1>My data</h1>
      <p className="lede">What the planner holds about you, and how to have it deleted.</p>
      <section className="card" aria-labelledby="download-title">
        <h2 id="download-title" style={{ marginTop: 0 }}>
          Download
        </h2>
        <p>Your profile and every registration, including the dietary and access needs you gave, as a JSON file.</p>
        <a className="button" href="/me/data.json" download>
          Download my data (JSON)
        </a>
      </section>
      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title" style={{ marginTop: 0 }}>
          Delete
        </h2>
        <p>
          Deleting cancels your upcoming registrations, removes your name, email, organisation and needs from the planner, and signs you out for good. Numbers of people at past
          convenings stay, without your details.
        </p>
        <ErrorSummary errors={errors} />
        {errors?.form ? <p className="notice notice--error">{errors.form}</p> : null}
        <Form method="post" className="form" noValidate>
          <TextField name="confirm" label={`Type “${CONFIRMATION}” to confirm`} error={errors?.confirm} autoComplete="off" />
          <SubmitButton pendingText="Deleting…">Delete my data</SubmitButton>
        </Form>
      </section>
      <p>
        <Link to="/me/convenings">My convenings</Link>
      </p>
    </>
  );
}
