import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireManager } from "~/accounts/auth.server";
import { invariantResponse } from "~/utils/invariant";
import { getEnv } from "~/utils/env.server";
import { listOutboxMessages } from "~models/outbox-message.server";

export const meta: MetaFunction = () => [{ title: "Dev outbox · Inclusive Cities planner" }];

export async function loader({ request }: LoaderFunctionArgs) {
  invariantResponse(getEnv().NODE_ENV !== "production", "Not found", { status: 404 });
  await requireManager(request);
  const messages = await listOutboxMessages();
  return json({ messages: messages.map((message) => ({ ...message, createdAt: message.createdAt.toISOString() })) });
}

export default function OutboxPage() {
  const { messages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Dev outbox</h1>
      <p className="lede">
        Email the planner would have sent. No email API key is configured, so nothing left this machine.
      </p>
      {messages.length === 0 ? (
        <div className="empty-state">
          <h2>No messages yet</h2>
          <p>Invitations, confirmations and reminders will appear here.</p>
        </div>
      ) : (
        messages.map((message) => (
          <article className="card" key={message.id}>
            <h2 style={{ marginTop: 0, fontSize: "var(--font-size-l)" }}>{message.subject}</h2>
            <p className="muted">
              To {message.to.join(", ")} · {new Date(message.createdAt).toUTCString()}
              {message.attachmentNames.length > 0 ? ` · Attached: ${message.attachmentNames.join(", ")}` : ""}
            </p>
            <pre style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>{message.text}</pre>
          </article>
        ))
      )}
    </>
  );
}
