import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v3";
import { cancelConveningSchemaFor } from "~/convenings/convening-form";
import { ErrorSummary, SubmitButton, TextAreaField } from "~/components/form-fields";
import { formatDateRange } from "~/domain/local-time";
import { FORMAT_LOCALE } from "~/domain/languages";
import { requireManager } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { readForm } from "~/forms/form-body.server";
import { isCancellable } from "~/convenings/policy";
import { invariantResponse } from "~/utils/invariant";
import { redirectWithToast } from "~/utils/toast.server";
import { useSchemaForm } from "~/forms/schema-form";
import { notifyConveningCancelled } from "~/registration/notifications.server";
import { cancelConvening, getConvening } from "~models/convening.server";
import { ContentLang } from "~/i18n/content-lang";
import { useRichT } from "~/i18n/rich-text";
import { pageTitle } from "~/i18n/meta";
import type { Translate } from "~/i18n/translator";
import { translateRequest } from "~/i18n/translate.server";
import { useT } from "~/i18n/use-t";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "planning.cancel.title") }];

async function cancellableConvening(id: string | undefined, t: Translate) {
  const convening = await getConvening(id ?? "");
  invariantResponse(convening, t("planning.notFound"), { status: 404 });
  if (convening.status === "cancelled") throw redirect(`/convenings/${convening.id}`);
  invariantResponse(
    isCancellable(convening),
    convening.status === "draft" ? t("planning.cancel.draft") : t("planning.cancel.completed"),
    { status: 409 },
  );
  return convening;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireManager(request);
  const { t, language } = await translateRequest(request);
  const convening = await cancellableConvening(params.conveningId, t);
  return json({
    id: convening.id,
    title: convening.title,
    dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, FORMAT_LOCALE[language]),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const { t } = await translateRequest(request);
  const convening = await cancellableConvening(params.conveningId, t);
  const submission = parseWithZod(await readForm(request), { schema: cancelConveningSchemaFor(t) });
  if (submission.status !== "success") return json({ result: submission.reply() }, { status: 400 });
  await cancelConvening(convening.id, submission.value.reason, manager, submission.value.reasonCy);
  await notifyConveningCancelled(convening.id); // emails everyone registered, pending or waitlisted
  return redirectWithToast(`/convenings/${convening.id}`, t("planning.cancel.done"));
}

export default function CancelConveningPage() {
  const { id, title, dateRange } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const richT = useRichT();
  const [form, fields] = useSchemaForm({
    id: "cancel-convening",
    schema: cancelConveningSchemaFor(t),
    lastResult: actionData?.result,
  });
  return (
    <>
      <p>
        <Link to={`/convenings/${id}`}>
          {t("planning.backTo")} <ContentLang>{title}</ContentLang>
        </Link>
      </p>
      <h1>{richT("planning.cancel.heading", { title: <ContentLang>{title}</ContentLang> })}</h1>
      <p className="lede">{dateRange}</p>
      <p>{t("planning.cancel.body")}</p>
      <Form method="post" className="form" {...getFormProps(form)}>
        <ErrorSummary id={form.errorId} errors={actionData?.result.error} />
        <TextAreaField field={fields.reason} label={t("planning.cancel.reason")} lang="en-GB" />
        <TextAreaField field={fields.reasonCy} label={t("bilingual.reasonCy")} lang="cy" />
        <SubmitButton pendingText={t("planning.cancel.pending")}>{t("planning.cancel.submit")}</SubmitButton>
      </Form>
    </>
  );
}
