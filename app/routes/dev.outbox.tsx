// The outbox: with no mail transport configured (the demo, a laptop), managers read here the mail
// the planner would have sent, calendar parts included. With a transport set it does not exist.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { forbidden, requirePerson } from "~/accounts/auth.server";
import { CALENDAR_METHOD_LABELS } from "~/domain/vocabulary/mail";
import { canSeeMail } from "~/mail/policy";
import { isTransportConfigured } from "~/mail/transport.server";
import { invariantResponse } from "~/utils/invariant";
import { listOutboxMessages } from "~models/mail-message.server";

export const meta: MetaFunction = () => [{ title: "Outbox · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = await requirePerson(request);
  const decision = canSeeMail(person);
  if (!decision.ok) throw forbidden(decision.reason);
  invariantResponse(!isTransportConfigured(), "Not found", { status: 404 });
  const messages = await listOutboxMessages();
  return json({ messages: messages.map((message) => ({ ...message, createdAt: message.createdAt.toISOString() })) });
}

export default function OutboxPage() {
  const { messages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Outbox</h1>
      <p className="notice notice--warning">
        Nothing leaves this machine: no mail transport is configured (SMTP_URL or RESEND_API_KEY), so this is the mail
        the planner would have sent.
      </p>
      {messages.length === 0 ? (
        <div className="empty-state">
          <h2>No messages yet</h2>
          <p>Invitations, confirmations and reminders will appear here.</p>
        </div>
      ) : (
        messages.map((message) => (
          <article className="card" key={message.id} aria-labelledby={`subject-${message.id}`}>
            <h2 id={`subject-${message.id}`} style={{ marginTop: 0, fontSize: "var(--font-size-l)" }}>
              {message.subject}
            </h2>
            <p className="muted">
              To {message.to.join(", ")} · {new Date(message.createdAt).toUTCString()}
              {message.attachmentNames.length > 0 ? ` · Attached: ${message.attachmentNames.join(", ")}` : ""}
            </p>
            <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit" }}>
              {message.text}
            </pre>
            {message.calendar ? (
              <details>
                <summary>
                  Calendar part: {CALENDAR_METHOD_LABELS[message.calendar.method]} (METHOD:{message.calendar.method})
                </summary>
                <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{message.calendar.content}</pre>
              </details>
            ) : null}
          </article>
        ))
      )}
    </>
  );
}
