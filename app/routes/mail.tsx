// The managers' mail page: where the mail queue stands (queued, sending, sent in the last day,
// failed, refused), what waits for a retry, and what will not be delivered, with the reason the
// transport gave (a refused address, a server that stayed down).
import type { LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { TableScroll } from "~/components/table-scroll";
import { MAIL_STATUS_LABELS } from "~/domain/vocabulary/mail";
import { loadMailQueue } from "~/mail/mail-queue-page.server";
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
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function MailPage() {
  const { transport, counts, awaitingRetry, undelivered } = useLoaderData<typeof loader>();
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
