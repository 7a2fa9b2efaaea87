import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { DELETE_DATA_CONFIRMATION, deleteDataSchema } from "~/accounts/account-forms";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { deleteMyData } from "~/registration/me.server";
import { requirePerson } from "~/accounts/auth.server";
import { canDeleteOwnData } from "~/people/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { signOutResponse } from "~/accounts/session.server";

export const meta: MetaFunction = () => [{ title: "My data · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePerson(request);
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const submission = parseWithZod(await readForm(request), { schema: deleteDataSchema });
  const deletion = canDeleteOwnData(person);
  if (!deletion.ok) return json({ result: replyWithErrors(submission, { form: deletion.reason }) }, { status: 403 });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  await deleteMyData(person.id);
  return signOutResponse(request);
}

export default function MyDataPage() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({ id: "delete-data", schema: deleteDataSchema, lastResult: actionData?.result });
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
          Deleting cancels your upcoming registrations, removes your name, email, organisation and needs from the
          planner, and signs you out for good. Numbers of people at past convenings stay, without your details.
        </p>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        {form.errors?.[0] ? <p className="notice notice--error">{form.errors[0]}</p> : null}
        <Form method="post" className="form" {...getFormProps(form)}>
          <TextField
            field={fields.confirm}
            label={`Type “${DELETE_DATA_CONFIRMATION}” to confirm`}
            autoComplete="off"
          />
          <SubmitButton pendingText="Deleting…">Delete my data</SubmitButton>
        </Form>
      </section>
      <p>
        <Link to="/me/convenings">My convenings</Link>
      </p>
    </>
  );
}
