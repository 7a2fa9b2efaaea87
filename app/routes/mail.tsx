// The managers' mail page: where the mail queue stands (queued, sending, sent in the last day,
// failed, refused), what waits for a retry, and what will not be delivered, with the reason the
// transport gave (a refused address, a server that stayed down).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { requireSameOrigin } from "~/accounts/same-origin.server";
import { TableScroll } from "~/components/table-scroll";
import { SubmitButton } from "~/components/form-fields";
import { MAIL_STATUS_LABELS } from "~/domain/vocabulary/mail";
import { readForm } from "~/forms/form-body.server";
import { loadMailQueue, retryUndelivered } from "~/mail/mail-queue-page.server";
import { canSeeMail } from "~/mail/policy";

export const meta: MetaFunction = () => [{ title: "Mail · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const decision = canSeeMail(person);
  if (!decision.ok) throw forbidden(decision.reason);
  const { transport, counts, awaitingRetry, undelivered } = await loadMailQueue();
  const dated = <T extends { nextAttemptAt: Date; updatedAt: Date }>(message: T) => ({
    ...message,
    nextAttemptAt: message.nextAttemptAt.toISOString(),
    updatedAt: message.updatedAt.toISOString(),
  });
  return json({
    transport,
    counts,
    awaitingRetry: awaitingRetry.map(dated),
    undelivered: undelivered.map(dated),
  });
}

const RETRY_INTENT = "retry";

/** "Try again" on one message that was not delivered. */
export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const person = await requirePerson(request);
  const decision = canSeeMail(person);
  if (!decision.ok) throw forbidden(decision.reason);
  const formData = await readForm(request);
  if (formData.get("intent") !== RETRY_INTENT) throw new Response("Unknown action", { status: 400 });
  const delivery = await retryUndelivered(String(formData.get("messageId") ?? ""));
  if (!delivery)
    return json(
      { message: null, problem: "That message is no longer among those not delivered: it was tried again already." },
      { status: 409 },
    );
  return json({
    message:
      delivery === "outbox"
        ? "The message was put in the outbox: no mail transport is configured, so it is held there."
        : "The message is being sent again.",
    problem: null,
  });
}

type MessageRow = SerializeFrom<typeof loader>["undelivered"][number];

function MessageTable({ caption, rows, when }: { caption: string; rows: MessageRow[]; when: "next" | "last" }) {
  const id = `${when}-caption`;
  return (
    <TableScroll labelledBy={id}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">{when === "next" ? "Next attempt" : "Last attempt"}</th>
            <th scope="col">Reason given</th>
            {when === "last" ? (
              <th scope="col">
                <span className="visually-hidden">Try again</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((message) => (
            <tr key={message.id} data-status={message.status}>
              <td>{message.to.join(", ")}</td>
              <td>{message.subject}</td>
              <td>{MAIL_STATUS_LABELS[message.status]}</td>
              <td>{message.attempts}</td>
              <td>{new Date(when === "next" ? message.nextAttemptAt : message.updatedAt).toUTCString()}</td>
              <td>{message.lastError || "None given"}</td>
              {when === "last" ? (
                <td>
                  <Form method="post">
                    <input type="hidden" name="messageId" value={message.id} />
                    <SubmitButton name="intent" value={RETRY_INTENT} pendingText="Sending…">
                      Try again<span className="visually-hidden"> to {message.to.join(", ")}</span>
                    </SubmitButton>
                  </Form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function MailPage() {
  const { transport, counts, awaitingRetry, undelivered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const figures = [
    ["queued", counts.queued, "queued"],
    ["sending", counts.sending, "sending now"],
    ["sent", counts.sentSince, "sent in the last 24 hours"],
    ["failed", counts.failed, "failed"],
    ["refused", counts.refused, "refused"],
  ] as const;
  return (
    <>
      <h1>Mail</h1>
      {actionData?.message ? (
        <p className="notice notice--success" role="status">
          {actionData.message}
        </p>
      ) : null}
      {actionData?.problem ? (
        <p className="notice notice--error" role="alert">
          {actionData.problem}
        </p>
      ) : null}
      {transport ? (
        <p className="lede">
          Mail is queued here and sent through the {transport}; a message that cannot be sent is tried again with
          growing pauses, up to 8 times.
        </p>
      ) : (
        <p className="notice notice--warning">
          No mail transport is configured (SMTP_URL or RESEND_API_KEY), so nothing leaves this machine: {counts.held}{" "}
          {counts.held === 1 ? "message is" : "messages are"} held in the <Link to="/dev/outbox">outbox</Link>.
        </p>
      )}
      <ul className="action-stats" aria-label="The mail queue">
        {figures.map(([status, count, label]) => (
          <li className="action-stat" data-stat={status} key={status}>
            <span className="action-stat__number">{count}</span> {label}
          </li>
        ))}
      </ul>

      <section aria-labelledby="undelivered-title">
        <h2 id="undelivered-title">Not delivered ({undelivered.length})</h2>
        {undelivered.length === 0 ? (
          <p>Every message was delivered or is still on its way.</p>
        ) : (
          <MessageTable caption="Refused or given up, latest first" rows={undelivered} when="last" />
        )}
      </section>

      <section aria-labelledby="retry-title">
        <h2 id="retry-title">Waiting to be tried again ({awaitingRetry.length})</h2>
        {awaitingRetry.length === 0 ? (
          <p>No message is waiting for another attempt.</p>
        ) : (
          <MessageTable caption="Failed for now, next attempt soonest first" rows={awaitingRetry} when="next" />
        )}
      </section>
    </>
  );
}
