import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { getOptionalPerson } from "~/accounts/auth.server";
import { connectDb } from "~/utils/db.server";
import { fieldErrors, type FieldErrors } from "~/forms/forms";
import { PASSWORD_MAX_LENGTH } from "~/domain/password-rules";
import { createSignedInResponse, safeRedirectPath } from "~/accounts/session.server";
import { signIn } from "~/accounts/sign-in.server";

export const meta: MetaFunction = () => [{ title: "Sign in · Inclusive Cities planner" }];

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email address must be 254 characters or fewer")
    .email("Enter an email address like name@example.org"),
  password: z
    .string()
    .min(1, "Enter your password")
    .max(PASSWORD_MAX_LENGTH, `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await getOptionalPerson(request);
  if (person) throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  await getOptionalPerson(request); // origin check for the form post
  const formData = await request.formData();
  const redirectTo = safeRedirectPath(formData.get("redirectTo"));
  const email = String(formData.get("email") ?? "").slice(0, 300);
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return json({ errors: fieldErrors(parsed.error) as FieldErrors, values: { email } }, { status: 400 });
  }
  await connectDb();
  const result = await signIn(parsed.data.email, parsed.data.password);
  if (!result.ok) {
    return json({ errors: { form: result.message } as FieldErrors, values: { email } }, { status: 400 });
  }
  return createSignedInResponse(result.person.id, redirectTo);
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const errors = actionData?.errors;
  return (
    <div className="card" style={{ maxWidth: "32rem" }}>
      <h1>Sign in</h1>
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          defaultValue={actionData?.values.email}
          error={errors?.email}
          maxLength={300}
          required
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors?.password}
          required
        />
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      </Form>
      <p className="muted" style={{ marginTop: "var(--space-4)" }}>
        No account? Ask the programme team for an invitation. Agendas shared with you by link work without one.
      </p>
    </div>
  );
}
