import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { PASSWORD_FIELDS, signInSchema } from "~/accounts/account-forms";
import { getOptionalPerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { connectDb } from "~/utils/db.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { createSignedInResponse, safeRedirectPath } from "~/accounts/session.server";
import { signIn } from "~/accounts/sign-in.server";

export const meta: MetaFunction = () => [{ title: "Sign in · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await getOptionalPerson(request);
  if (person) throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const formData = await readForm(request);
  const redirectTo = safeRedirectPath(formData.get("redirectTo"));
  const submission = parseWithZod(formData, { schema: signInSchema });
  if (submission.status !== "success")
    return json({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });
  await connectDb();
  const result = await signIn(submission.value.email, submission.value.password);
  if (!result.ok)
    return json(
      { result: replyWithErrors(submission, { form: result.message }, { hideFields: PASSWORD_FIELDS }) },
      { status: 400 },
    );
  return createSignedInResponse(result.person.id, redirectTo);
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useSchemaForm({ id: "sign-in", schema: signInSchema, lastResult: actionData?.result });
  return (
    <div className="card" style={{ maxWidth: "32rem" }}>
      <h1>Sign in</h1>
      <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField
          field={fields.email}
          label="Email address"
          type="email"
          autoComplete="email"
          maxLength={300}
          required
        />
        <TextField field={fields.password} label="Password" type="password" autoComplete="current-password" required />
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </Form>
      <p className="muted" style={{ marginTop: "var(--space-4)" }}>
        No account? Ask the programme team for an invitation. Agendas shared with you by link work without one.
      </p>
    </div>
  );
}
