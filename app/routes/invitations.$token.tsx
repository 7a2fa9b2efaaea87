import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { PASSWORD_FIELDS, setPasswordSchemaFor } from "~/accounts/account-forms";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { connectDb } from "~/utils/db.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { acceptInvitation, checkInvitation } from "~/accounts/invitations.server";
import { PASSWORD_MIN_LENGTH } from "~/domain/password-rules";
import { createSignedInResponse } from "~/accounts/session.server";
import type { MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/meta";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "invitation.metaTitle") }];

const INVALID_LINK_MESSAGES: Record<"expired" | "used" | "replaced" | "unknown", MessageKey> = {
  expired: "invitation.expired",
  used: "invitation.used",
  replaced: "invitation.replaced",
  unknown: "invitation.unknown",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t } = await translateRequest(request);
  await connectDb();
  const invitation = await checkInvitation(params.token ?? "");
  if (invitation.state !== "valid") {
    // 404 for a link that never existed; 410 for one that did and no longer works.
    return json(
      { state: invitation.state, message: t(INVALID_LINK_MESSAGES[invitation.state]) },
      { status: invitation.state === "unknown" ? 404 : 410 },
    );
  }
  return json({ state: invitation.state, message: null });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const formData = await readForm(request);
  const { t } = await translateRequest(request);
  const submission = parseWithZod(formData, { schema: setPasswordSchemaFor(t) });
  if (submission.status !== "success")
    return json({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });
  await connectDb();
  const personId = await acceptInvitation(params.token ?? "", submission.value.password);
  if (!personId) {
    const invitation = await checkInvitation(params.token ?? "");
    const state = invitation.state === "valid" ? "used" : invitation.state;
    return json(
      {
        result: replyWithErrors(submission, { form: t(INVALID_LINK_MESSAGES[state]) }, { hideFields: PASSWORD_FIELDS }),
      },
      { status: state === "unknown" ? 404 : 410 },
    );
  }
  return createSignedInResponse(personId, "/");
}

export default function AcceptInvitationPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const [form, fields] = useSchemaForm({
    id: "set-password",
    schema: setPasswordSchemaFor(t),
    lastResult: actionData?.result,
  });
  if (data.state !== "valid") {
    return (
      <div className="card" style={{ maxWidth: "36rem" }}>
        <h1>{t("invitation.notUsable")}</h1>
        <p>{data.message}</p>
        <p>
          <Link to="/login">{t("invitation.goToSignIn")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card" style={{ maxWidth: "32rem" }}>
      <h1>{t("invitation.title")}</h1>
      <p>{t("invitation.lede")}</p>
      <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField
          field={fields.password}
          label={t("invitation.newPassword")}
          hint={t("invitation.newPasswordHint", { min: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          required
        />
        <TextField
          field={fields.confirmPassword}
          label={t("invitation.confirmPassword")}
          type="password"
          autoComplete="new-password"
          required
        />
        <SubmitButton pendingText={t("invitation.pending")}>{t("invitation.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
