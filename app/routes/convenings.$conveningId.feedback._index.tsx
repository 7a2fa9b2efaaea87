// A convening's feedback form: managers build it (questions from the aims and sessions, their own
// added), make it named, send it now or close it, and see how many were sent it and answered; a
// city representative sees their own city's response rate.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { forbidden, requireManager, requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import {
  CheckboxField,
  ErrorSummary,
  HiddenField,
  SelectField,
  SubmitButton,
  TextField,
} from "~/components/form-fields";
import { requireReadableConvening } from "~/convenings/readable-convening.server";
import { feedbackPageAction, loadFeedbackPage } from "~/feedback/feedback-page.server";
import {
  ADD_QUESTION_INTENT,
  addQuestionSchema,
  CLOSE_FORM_INTENT,
  closeFormSchema,
  REMOVE_QUESTION_INTENT,
  SEND_NOW_INTENT,
  SET_NAMED_INTENT,
  setNamedSchema,
} from "~/feedback/feedback-forms";
import { canManageFeedback, canSeeFeedbackPage } from "~/feedback/policy";
import { readForm } from "~/forms/form-body.server";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import { connectDbForRequest } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Feedback · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await connectDbForRequest();
  const person = await requirePerson(request);
  const decision = canSeeFeedbackPage(person);
  if (!decision.ok) throw forbidden(decision.reason);
  const convening = await requireReadableConvening(person, params.conveningId);
  return json(await loadFeedbackPage(person, convening));
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const manager = await requireManager(request);
  const decision = canManageFeedback(manager);
  if (!decision.ok) throw forbidden(decision.reason);
  const formData = await readForm(request);
  const convening = await requireReadableConvening(manager, params.conveningId);
  return feedbackPageAction(formData, convening);
}

const KIND_LABELS = { aim: "Aim, 1–5", session: "Session, 1–5", scale: "Score, 1–5", text: "Open answer" } as const;

const formatDay = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

type Answer = { intent: string | null; result: FormResult | null; message?: string } | undefined;

function AddQuestionForm({ revision, lastResult }: { revision: number; lastResult: FormResult | null }) {
  const [form, fields] = useSchemaForm({
    id: "add-question",
    schema: addQuestionSchema,
    lastResult,
    defaultValue: { kind: "scale" },
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <h2 id="add-question-title">Add a question</h2>
      <ErrorSummary errors={form.allErrors} />
      <HiddenField field={fields.revision} value={String(revision)} />
      <TextField field={fields.text} label="Question" />
      <SelectField
        field={fields.kind}
        label="Answered with"
        options={[
          { value: "scale", label: "A score from 1 to 5" },
          { value: "text", label: "An open answer" },
        ]}
      />
      <SubmitButton name="intent" value={ADD_QUESTION_INTENT} pendingText="Adding…">
        Add the question
      </SubmitButton>
    </Form>
  );
}

function NamedForm({
  revision,
  named,
  lastResult,
}: {
  revision: number;
  named: boolean;
  lastResult: FormResult | null;
}) {
  const [form, fields] = useSchemaForm({
    id: "set-named",
    schema: setNamedSchema,
    lastResult,
    defaultValue: { named: named ? "on" : "" },
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <h2>Confidential or named</h2>
      <ErrorSummary errors={form.allErrors} />
      <HiddenField field={fields.revision} value={String(revision)} />
      <CheckboxField
        field={fields.named}
        label="Named: show each respondent's name with their answers (they are told before they answer)"
      />
      <SubmitButton name="intent" value={SET_NAMED_INTENT} pendingText="Saving…">
        Save
      </SubmitButton>
    </Form>
  );
}

function CloseForm({ revision, lastResult }: { revision: number; lastResult: FormResult | null }) {
  const [form, fields] = useSchemaForm({ id: "close-form", schema: closeFormSchema, lastResult });
  return (
    <Form method="post" {...getFormProps(form)}>
      <ErrorSummary errors={form.allErrors} />
      <HiddenField field={fields.revision} value={String(revision)} />
      <SubmitButton name="intent" value={CLOSE_FORM_INTENT} pendingText="Closing…">
        Close the form now
      </SubmitButton>
    </Form>
  );
}

export default function FeedbackFormPage() {
  const { convening, canManage, form, totals, byCity } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer;
  const resultFor = (intent: string) => (answer && answer.intent === intent ? answer.result : null);
  return (
    <article>
      <p>
        <Link to={`/convenings/${convening.id}`}>← {convening.title}</Link>
      </p>
      <h1>Feedback form</h1>
      <p className="lede">
        {form.named
          ? "Named: respondents are told their name will be shown with their answers."
          : "Confidential: answers are not linked to the people who give them, and no result is shown for a group of fewer than three."}
      </p>
      {answer?.message ? <p role="alert">{answer.message}</p> : null}
      <section aria-labelledby="status-title" className="card">
        <h2 id="status-title">Sent and answered</h2>
        <p>
          {form.sentAt
            ? `Sent on ${formatDay(form.sentAt)}. ${
                form.closedAt
                  ? `Closed on ${formatDay(form.closedAt)}.`
                  : form.closesAt
                    ? `${form.isOpen ? "Closes" : "Closed"} on ${formatDay(form.closesAt)}.`
                    : ""
              }`
            : "Not sent yet: it goes to attendees when the convening ends, with one reminder a week later."}
        </p>
        <p>
          {totals.answered} of {totals.invited} answered.
        </p>
        {byCity.length > 0 ? (
          <table>
            <caption>Response rate by city</caption>
            <thead>
              <tr>
                <th scope="col">City</th>
                <th scope="col">Sent</th>
                <th scope="col">Answered</th>
              </tr>
            </thead>
            <tbody>
              {byCity.map((row) => (
                <tr key={row.cityName}>
                  <th scope="row">{row.cityName}</th>
                  <td>{row.invited}</td>
                  <td>{row.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {canManage && form.sentAt ? (
          <p>
            <Link to={`/convenings/${convening.id}/feedback/results`}>See the results</Link>
          </p>
        ) : null}
        {canManage && !form.closedAt && (convening.status === "published" || convening.status === "completed") ? (
          <div className="cluster">
            <Form method="post">
              <SubmitButton name="intent" value={SEND_NOW_INTENT} pendingText="Sending…">
                {form.sentAt ? "Send to attendees who do not have it yet" : "Send now"}
              </SubmitButton>
            </Form>
            {form.sentAt ? <CloseForm revision={form.revision} lastResult={resultFor(CLOSE_FORM_INTENT)} /> : null}
          </div>
        ) : null}
      </section>
      {canManage ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">Questions</h2>
          <ol>
            {form.questions.map((question) => (
              <li key={question.key}>
                {question.text} <span className="muted">({KIND_LABELS[question.kind]})</span>
                {form.isEditable ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="revision" value={form.revision} />
                    <input type="hidden" name="key" value={question.key} />
                    <button
                      type="submit"
                      className="button button--quiet"
                      name="intent"
                      value={REMOVE_QUESTION_INTENT}
                      aria-label={`Remove the question: ${question.text}`}
                    >
                      Remove
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ol>
          {form.isEditable ? (
            <div className="grid">
              <section aria-labelledby="add-question-title" className="card">
                <AddQuestionForm
                  key={`add-${form.revision}`}
                  revision={form.revision}
                  lastResult={resultFor(ADD_QUESTION_INTENT)}
                />
              </section>
              <section className="card">
                <NamedForm
                  key={`named-${form.revision}`}
                  revision={form.revision}
                  named={form.named}
                  lastResult={resultFor(SET_NAMED_INTENT)}
                />
              </section>
            </div>
          ) : (
            <p className="muted">The form was sent: its questions and naming no longer change.</p>
          )}
        </section>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return (
    <GeneralErrorBoundary
      statusHandlers={{
        404: {
          title: "Convening not found",
          body: "There is no convening at this address.",
          link: { to: "/convenings", label: "See the convenings" },
        },
      }}
    />
  );
}
