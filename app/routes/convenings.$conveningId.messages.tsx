// Messages to a convening's people: managers write to everyone registered, one city's
// delegation, the waitlist or the registrations waiting for approval; a city representative to
// their own city's delegation; either to the people ticked on the attendee list. Preview first,
// then send; the record of what was sent below.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { readForm } from "~/forms/form-body.server";
import { MessageForm } from "~/messages/components/message-form";
import { MessageHistory } from "~/messages/components/message-history";
import { answerMessageForm, resumeMessage } from "~/messages/message-actions.server";
import { PREVIEW_MESSAGE_INTENT, RESUME_MESSAGE_INTENT, SEND_MESSAGE_INTENT } from "~/messages/message-form";
import { loadMessagesPage, requireMessageableConvening } from "~/messages/messages-page.server";
import { selectedIdsOf } from "~/registration/selection";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Messages · ${data?.convening.title ?? "Convening"} · Inclusive Cities planner` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireMessageableConvening(person, params.conveningId);
  // "Write to selected" on the attendee list opens this page with the ticked registrations.
  const selected = selectedIdsOf(new URL(request.url).searchParams);
  return json(await loadMessagesPage(person, convening, selected));
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request, ["manager", "city-rep"]);
  const convening = await requireMessageableConvening(person, params.conveningId);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === RESUME_MESSAGE_INTENT) return resumeMessage(person, convening, formData);
  if (intent === PREVIEW_MESSAGE_INTENT || intent === SEND_MESSAGE_INTENT)
    return answerMessageForm(intent, person, convening, formData);
  throw new Response("Choose Preview or Send.", { status: 400 });
}

// A preview or a refused form keeps the page as it is, form token included; a sent message
// (a redirect) reloads it with a fresh, empty form.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  actionResult && typeof actionResult === "object" && "result" in actionResult ? false : defaultShouldRevalidate;

export default function ConveningMessagesPage() {
  const page = useLoaderData<typeof loader>();
  const lastAnswer = useActionData<typeof action>();
  const { convening } = page;
  return (
    <>
      <p>
        <Link to={`/convenings/${convening.id}`}>Back to {convening.title}</Link>
      </p>
      <h1>Write to attendees</h1>
      <p className="lede">
        {convening.title} · {convening.dateRange}
      </p>
      <p>
        Each person gets the message by email on their own, with a line saying why they got it. Preview it to see it as
        they will, and how many people it goes to.
      </p>
      <MessageForm key={page.formToken} page={page} lastAnswer={lastAnswer} />
      <MessageHistory messages={page.history} />
    </>
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
