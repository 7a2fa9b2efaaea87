// The respondent's feedback form, opened from their own one-time link: no account needed. A named
// form says so before the questions; a used link, a closed form and bad answers are said in words.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { ErrorSummary, SubmitButton } from "~/components/form-fields";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FeedbackQuestions, feedbackFieldId } from "~/feedback/components/feedback-questions";
import {
  FORM_CLOSED_MESSAGE,
  LINK_USED_MESSAGE,
  loadRespondentPage,
  submitFeedback,
  UNKNOWN_LINK_MESSAGE,
} from "~/feedback/respond.server";
import { readForm } from "~/forms/form-body.server";
import { connectDbForRequest } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Feedback · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
  { name: "robots", content: "noindex" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  await connectDbForRequest();
  return json(await loadRespondentPage(params.token ?? ""), { headers: { "Referrer-Policy": "no-referrer" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const formData = await readForm(request);
  await connectDbForRequest();
  const result = await submitFeedback(params.token ?? "", formData);
  const status = result.status === "saved" ? 200 : result.status === "invalid" ? 400 : 409;
  return json(result, { status });
}

export default function FeedbackPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const heading = <h1>Your feedback on {page.convening.title}</h1>;
  if (result?.status === "saved")
    return (
      <article>
        {heading}
        <p role="status">Thank you: your answers were saved.</p>
      </article>
    );
  const refusal =
    result?.status === "refused"
      ? result.message
      : page.state === "answered"
        ? LINK_USED_MESSAGE
        : page.state === "closed"
          ? FORM_CLOSED_MESSAGE
          : null;
  if (refusal)
    return (
      <article>
        {heading}
        <p role="alert">{refusal}</p>
      </article>
    );
  const errors = result?.status === "invalid" ? result.errors : {};
  const values = result?.status === "invalid" ? result.values : {};
  return (
    <article>
      {heading}
      {page.named ? (
        <p className="callout">
          <strong>Your name will be shown with your answers.</strong> The programme team made this form named.
        </p>
      ) : (
        <p className="lede">
          Your answers are confidential: once sent they are not linked to you, and no result is shown for a group of
          fewer than three people. Every question may be left unanswered.
        </p>
      )}
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(errors).map(([key, message]) => [key, [message]]))}
        fieldId={feedbackFieldId}
      />
      <Form method="post" noValidate>
        <FeedbackQuestions questions={page.questions} values={values} errors={errors} />
        <SubmitButton pendingText="Sending…">Send my answers</SubmitButton>
      </Form>
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <GeneralErrorBoundary statusHandlers={{ 404: { title: "Feedback link not known", body: UNKNOWN_LINK_MESSAGE } }} />
  );
}
