import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { cancelConveningSchema } from "~/convenings/convening-form";
import { ErrorSummary, SubmitButton, TextAreaField } from "~/components/form-fields";
import { formatDateRange } from "~/domain/local-time";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { isCancellable } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { useSchemaForm } from "~/forms/schema-form";
import { notifyConveningCancelled } from "~/registration/notifications.server";
import { cancelConvening, getConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Cancel convening · Inclusive Cities planner" }];

async function cancellableConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  if (convening.status === "cancelled") throw redirect(`/convenings/${convening.id}`);
  invariantResponse(
    isCancellable(convening),
    convening.status === "draft"
      ? "A draft was never published, so there is nothing to cancel: edit it or leave it as a draft."
      : "A completed convening cannot be cancelled.",
    { status: 409 },
  );
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await cancellableConvening(params.conveningId);
  return json({
    id: convening.id,
    title: convening.title,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await cancellableConvening(params.conveningId);
  const submission = parseWithZod(await readForm(request), { schema: cancelConveningSchema });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  await cancelConvening(convening.id, submission.value.reason, manager);
  await notifyConveningCancelled(convening.id); // emails everyone registered, pending or waitlisted
  return redirectWithToast(
    `/convenings/${convening.id}`,
    "Cancelled. The reason is shown to everyone, and calendars will show the cancellation.",
  );
}

export default function CancelConveningPage() {
  const { id, title, dateRange } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({
    id: "cancel-convening",
    schema: cancelConveningSchema,
    lastResult: actionData?.result,
  });
  return (
    <>
      <p>
        <Link to={`/convenings/${id}`}>Back to {title}</Link>
      </p>
      <h1>Cancel “{title}”</h1>
      <p className="lede">{dateRange}</p>
      <p>
        Everyone who opens the convening or its share link will see that it is cancelled and why. Calendar subscriptions
        show the cancellation.
      </p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        <TextAreaField field={fields.reason} label="Reason for cancelling" />
        <SubmitButton pendingText="Cancelling…">Cancel the convening</SubmitButton>
      </Form>
    </>
  );
}
