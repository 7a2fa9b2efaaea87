import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { deleteDataSchemaFor } from "~/accounts/account-forms";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { deleteMyData } from "~/registration/me.server";
import { requirePerson } from "~/accounts/auth.server";
import { canDeleteOwnData } from "~/people/policy";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { signOutResponse } from "~/accounts/session.server";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "me.data.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePerson(request);
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const { t } = await translateRequest(request);
  const submission = parseWithZod(await readForm(request), { schema: deleteDataSchemaFor(t) });
  const deletion = canDeleteOwnData(person);
  if (!deletion.ok) return json({ result: replyWithErrors(submission, { form: deletion.reason }) }, { status: 403 });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  await deleteMyData(person.id);
  return signOutResponse(request);
}

export default function MyDataPage() {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "delete-data",
    schema: deleteDataSchemaFor(t),
    lastResult: actionData?.result,
  });
  return (
    <>
      <h1>{t("me.data.title")}</h1>
      <p className="lede">{t("me.data.lede")}</p>
      <section className="card" aria-labelledby="download-title">
        <h2 id="download-title" style={{ marginTop: 0 }}>
          {t("me.data.download")}
        </h2>
        <p>{t("me.data.downloadText")}</p>
        <a className="button" href="/me/data.json" download>
          {t("me.data.downloadButton")}
        </a>
      </section>
      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title" style={{ marginTop: 0 }}>
          {t("me.data.delete")}
        </h2>
        <p>{t("me.data.deleteText")}</p>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        {form.errors?.[0] ? <p className="notice notice--error">{form.errors[0]}</p> : null}
        <Form method="post" className="form" {...getFormProps(form)}>
          <TextField
            field={fields.confirm}
            label={t("me.data.typeToConfirm", { phrase: t("me.data.phrase") })}
            autoComplete="off"
          />
          <SubmitButton pendingText={t("me.data.pending")}>{t("me.data.submit")}</SubmitButton>
        </Form>
      </section>
      <p>
        <Link to="/me/convenings">{t("me.convenings.title")}</Link>
      </p>
    </>
  );
}
