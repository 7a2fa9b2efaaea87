import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { PASSWORD_FIELDS, setPasswordSchema } from "~/accounts/account-forms";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { connectDb } from "~/utils/db.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { acceptInvitation, checkInvitation } from "~/accounts/invitations.server";
import { PASSWORD_MIN_LENGTH } from "~/domain/password-rules";
import { createSignedInResponse } from "~/accounts/session.server";

export const meta: MetaFunction = () => [{ title: "Accept invitation · Inclusive Cities planner" }];

const INVALID_LINK_MESSAGES = {
  expired: "This invitation link has expired. Ask the programme team to send a new one.",
  used: "This invitation link has already been used. Sign in with the password you set.",
  replaced: "A newer invitation was sent to you since this one. Use the link in the latest email.",
  unknown: "This invitation link is not valid. Check that you copied the whole link from the email.",
} as const;

export async function loader({ params }: LoaderFunctionArgs) {
  await connectDb();
  const invitation = await checkInvitation(params.token ?? "");
  if (invitation.state !== "valid") {
    // 404 for a link that never existed; 410 for one that did and no longer works.
    return json(
      { state: invitation.state, message: INVALID_LINK_MESSAGES[invitation.state] },
      { status: invitation.state === "unknown" ? 404 : 410 },
    );
  }
  return json({ state: invitation.state, message: null });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: setPasswordSchema });
  if (submission.status !== "success")
    return json({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });
  await connectDb();
  const personId = await acceptInvitation(params.token ?? "", submission.value.password);
  if (!personId) {
    const invitation = await checkInvitation(params.token ?? "");
    const state = invitation.state === "valid" ? "used" : invitation.state;
    return json(
      { result: replyWithErrors(submission, { form: INVALID_LINK_MESSAGES[state] }, { hideFields: PASSWORD_FIELDS }) },
      { status: state === "unknown" ? 404 : 410 },
    );
  }
  return createSignedInResponse(personId, "/");
}

export default function AcceptInvitationPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({
    id: "set-password",
    schema: setPasswordSchema,
    lastResult: actionData?.result,
  });
  if (data.state !== "valid") {
    return (
      <div className="card" style={{ maxWidth: "36rem" }}>
        <h1>Invitation link not usable</h1>
        <p>{data.message}</p>
        <p>
          <Link to="/login">Go to sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card" style={{ maxWidth: "32rem" }}>
      <h1>Set your password</h1>
      <p>Choose a password to finish setting up your account.</p>
      <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <TextField
          field={fields.password}
          label="New password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          type="password"
          autoComplete="new-password"
          required
        />
        <TextField
          field={fields.confirmPassword}
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          required
        />
        <SubmitButton pendingText="Saving…">Set password and sign in</SubmitButton>
      </Form>
    </div>
  );
}
