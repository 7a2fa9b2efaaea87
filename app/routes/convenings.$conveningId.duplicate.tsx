import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateTime } from "luxon";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { duplicateConveningSchema } from "~/convenings/convening-form";
import { formatDateRange } from "~/domain/local-time";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { duplicateConvening, getConvening } from "~models/convening.server";

export const meta: MetaFunction = () => [{ title: "Duplicate convening · Inclusive Cities planner" }];

async function sourceConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, "Convening not found", { status: 404 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await sourceConvening(params.conveningId);
  const oneYearOn = DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone })
    .plus({ years: 1 })
    .toFormat("yyyy-MM-dd");
  return json({
    id: convening.id,
    title: convening.title,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    suggested: { title: `${convening.title} (copy)`, firstDay: oneYearOn },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const convening = await sourceConvening(params.conveningId);
  const submission = parseWithZod(await readForm(request), { schema: duplicateConveningSchema });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const copy = await duplicateConvening(convening.id, submission.value, manager);
  if (!copy)
    return json(
      { result: replyWithErrors(submission, { fields: { firstDay: "Enter the new first day as a date" } }) },
      { status: 400 },
    );
  const moved = copy.movedSessions.map(
    (session) => `“${session.title}” (${session.was} does not exist that day: now ${session.now})`,
  );
  const note = [
    "New draft made from the template, with its agenda moved to the new dates at the same local times.",
    moved.length > 0
      ? `The clocks go forward during ${moved.length === 1 ? "one session" : `${moved.length} sessions`}; check ${moved.join("; ")}.`
      : "",
    "Check the details, then publish.",
  ];
  return redirectWithToast(`/convenings/${copy.id}`, note.filter(Boolean).join(" "));
}

export default function DuplicateConveningPage() {
  const { id, title, dateRange, suggested } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useSchemaForm({
    id: "duplicate-convening",
    schema: duplicateConveningSchema,
    lastResult: actionData?.result,
    defaultValue: suggested,
  });
  return (
    <>
      <p>
        <Link to={`/convenings/${id}`}>Back to {title}</Link>
      </p>
      <h1>Duplicate “{title}”</h1>
      <p className="lede">
        {dateRange}. The copy is a draft with the same places, aims, themes, registration settings and agenda, moved to
        the new first day at the same local times.
      </p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        <TextField field={fields.title} label="Title of the new convening" type="text" />
        <TextField field={fields.firstDay} label="New first day" type="date" />
        <SubmitButton pendingText="Duplicating…">Make the copy</SubmitButton>
      </Form>
    </>
  );
}
