import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateTime } from "luxon";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { ErrorSummary, SubmitButton, TextField } from "~/components/form-fields";
import { duplicateConveningSchemaFor } from "~/convenings/convening-form";
import { FORMAT_LOCALE } from "~/domain/languages";
import { formatDateRange } from "~/domain/local-time";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { replyWithErrors, useSchemaForm } from "~/forms/schema-form";
import { duplicateConvening, getConvening } from "~models/convening.server";
import type { Translate } from "~/i18n/translator";
import { ContentLang } from "~/i18n/content-lang";
import { pageTitle } from "~/i18n/meta";
import { useRichT } from "~/i18n/rich-text";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.duplicate.title") }];

async function sourceConvening(id: string | undefined, t: Translate) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { t, language } = await translateRequest(request);
  const convening = await sourceConvening(params.conveningId, t);
  const oneYearOn = DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone })
    .plus({ years: 1 })
    .toFormat("yyyy-MM-dd");
  return json({
    id: convening.id,
    title: convening.title,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
    suggested: { title: t("planning.duplicate.copyTitle", { title: convening.title }), firstDay: oneYearOn },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await sourceConvening(params.conveningId, t);
  const submission = parseWithZod(await readForm(request), { schema: duplicateConveningSchemaFor(t) });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  const copy = await duplicateConvening(convening.id, submission.value, manager);
  if (!copy)
    return json(
      { result: replyWithErrors(submission, { fields: { firstDay: t("planning.duplicate.firstDayInvalid") } }) },
      { status: 400 },
    );
  const moved = copy.movedSessions.map((session) =>
    t("planning.duplicate.moved", { title: session.title, was: session.was, now: session.now }),
  );
  const note = [
    t("planning.duplicate.done"),
    moved.length > 0 ? t("planning.duplicate.clocks", { count: moved.length, sessions: moved.join("; ") }) : "",
    t("planning.duplicate.check"),
  ];
  return redirectWithToast(`/convenings/${copy.id}`, note.filter(Boolean).join(" "));
}

export default function DuplicateConveningPage() {
  const { id, title, dateRange, suggested } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const richT = useRichT();
  const [form, fields] = useSchemaForm({
    id: "duplicate-convening",
    schema: duplicateConveningSchemaFor(t),
    lastResult: actionData?.result,
    defaultValue: suggested,
  });
  return (
    <>
      <p>
        <Link to={`/convenings/${id}`}>
          {t("planning.backTo")} <ContentLang>{title}</ContentLang>
        </Link>
      </p>
      <h1>{richT("planning.duplicate.heading", { title: <ContentLang>{title}</ContentLang> })}</h1>
      <p className="lede">
        {dateRange}. {t("planning.duplicate.lede")}
      </p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        <TextField field={fields.title} label={t("planning.duplicate.newTitle")} type="text" />
        <TextField field={fields.firstDay} label={t("planning.duplicate.firstDay")} type="date" />
        <SubmitButton pendingText={t("planning.duplicate.pending")}>{t("planning.duplicate.submit")}</SubmitButton>
      </Form>
    </>
  );
}
