import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { PASSWORD_FIELDS, signInSchemaFor } from "~/accounts/account-forms";
import { getOptionalPerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { connectDb } from "~/utils/db.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { createSignedInResponse, safeRedirectPath } from "~/accounts/session.server";
import { signIn } from "~/accounts/sign-in.server";
import { languageCookieHeader } from "~/i18n/language.server";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "login.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await getOptionalPerson(request);
  if (person) throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo")));
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const formData = await readForm(request);
  const redirectTo = safeRedirectPath(formData.get("redirectTo"));
  const { t } = await translateRequest(request);
  const submission = parseWithZod(formData, { schema: signInSchemaFor(t) });
  if (submission.status !== "success")
    return json({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });
  await connectDb();
  const result = await signIn(submission.value.email, submission.value.password, new Date(), t);
  if (!result.ok)
    return json(
      { result: replyWithErrors(submission, { form: result.message }, { hideFields: PASSWORD_FIELDS }) },
      { status: 400 },
    );
  // The person's saved language is theirs again from this sign-in (docs/decisions/037).
  const response = await createSignedInResponse(result.person.id, redirectTo);
  response.headers.append("Set-Cookie", await languageCookieHeader(result.person.language));
  return response;
}

export default function LoginPage() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const [form, fields] = useSchemaForm({ id: "sign-in", schema: signInSchemaFor(t), lastResult: actionData?.result });
  return (
    <div className="card" style={{ maxWidth: "32rem" }}>
      <h1>{t("login.title")}</h1>
      <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField
          field={fields.email}
          label={t("login.email")}
          type="email"
          autoComplete="email"
          maxLength={300}
          required
        />
        <TextField
          field={fields.password}
          label={t("login.password")}
          type="password"
          autoComplete="current-password"
          required
        />
        <SubmitButton pendingText={t("login.pending")}>{t("login.submit")}</SubmitButton>
      </Form>
      <p className="muted" style={{ marginTop: "var(--space-4)" }}>
        {t("login.noAccount")}
      </p>
    </div>
  );
}
