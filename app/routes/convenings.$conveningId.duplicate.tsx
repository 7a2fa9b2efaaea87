import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateTime } from "luxon";
import { z } from "zod";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { formatDateRange } from "~/domain/local-time";
import { requireManager } from "~/accounts/auth.server";
import { fieldErrors, formValues, type FieldErrors } from "~/forms/forms";
import { duplicateConvening, getConvening } from "~models/convening.server";
import { implausibleYearMessage } from "~/domain/local-time";

export const meta: MetaFunction = () => [{ title: "Duplicate convening · Inclusive Cities planner" }];

const duplicateSchema = z.object({
  title: z.string().trim().min(1, "Enter a title for the new convening").max(160, "Title must be 160 characters or fewer"),
  firstDay: z
    .string()
    .trim()
    .refine((value) => DateTime.fromISO(value).isValid && /^\d{4}-\d{2}-\d{2}$/.test(value), "Enter the new first day as a date")
    .superRefine((value, context) => {
      const message = /^\d{4}-/.test(value) ? implausibleYearMessage(value, "a first day") : null;
      if (message) context.addIssue({ code: z.ZodIssueCode.custom, message });
    }),
});

async function sourceConvening(id: string | undefined) {
  const convening = await getConvening(id ?? "");
  if (!convening) throw new Response("Convening not found", { status: 404 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const convening = await sourceConvening(params.conveningId);
  const oneYearOn = DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone }).plus({ years: 1 }).toFormat("yyyy-MM-dd");
  return json({
    id: convening.id,
    title: convening.title,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    suggested: { title: `${convening.title} (copy)`, firstDay: oneYearOn },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireManager(request);
  const convening = await sourceConvening(params.conveningId);
  const values = formValues(await request.formData());
  const parsed = duplicateSchema.safeParse(values);
  if (!parsed.success) return json({ errors: fieldErrors(parsed.error) as FieldErrors, values }, { status: 400 });
  const copy = await duplicateConvening(convening.id, parsed.data, manager);
  if (!copy) return json({ errors: { firstDay: "Enter the new first day as a date" } as FieldErrors, values }, { status: 400 });
  const moved = copy.movedSessions.map((session) => `“${session.title}” (${session.was} does not exist that day: now ${session.now})`);
  const note = [
    "New draft made from the template, with its agenda moved to the new dates at the same local times.",
    moved.length > 0 ? `The clocks go forward during ${moved.length === 1 ? "one session" : `${moved.length} sessions`}; check ${moved.join("; ")}.` : "",
    "Check the details, then publish.",
  ];
  return redirect(`/convenings/${copy.id}?note=${encodeURIComponent(note.filter(Boolean).join(" "))}`);
}

export default function DuplicateConveningPage() {
  const { id, title, dateRange, suggested } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? suggested;
  return (
    <>
      <p>
        <Link to={`/convenings/${id}`}>Back to {title}</Link>
      </p>
      <h1>Duplicate “{title}”</h1>
      <p className="lede">
        {dateRange}. The copy is a draft with the same places, aims, themes, registration settings and agenda, moved to the new first day at the same local times.
      </p>
      <Form method="post" className="form" noValidate>
        <ErrorSummary errors={actionData?.errors} />
        <TextField name="title" label="Title of the new convening" type="text" defaultValue={values.title} error={actionData?.errors.title} />
        <TextField name="firstDay" label="New first day" type="date" defaultValue={values.firstDay} error={actionData?.errors.firstDay} />
        <SubmitButton pendingText="Duplicating…">Make the copy</SubmitButton>
      </Form>
    </>
  );
}
