// The record of what was sent to the convening's people: subject, when, to whom, how many. A
// message whose sending stopped part-way can be finished from here (nobody gets it twice).
import { Form } from "@remix-run/react";
import { SubmitButton } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { RESUME_MESSAGE_INTENT } from "~/messages/message-form";
import type { MessagesPage } from "~/messages/messages-page.server";

export function MessageHistory({ messages }: { messages: MessagesPage["history"] }) {
  return (
    <section aria-labelledby="message-history-title">
      <h2 id="message-history-title">Messages sent</h2>
      {messages.length === 0 ? (
        <p className="muted">No messages yet.</p>
      ) : (
        <TableScroll labelledBy="message-history-title" hint={false}>
          <table className="table-stack">
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Subject</th>
                <th scope="col">To</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <td data-label="Sent">
                    <time dateTime={message.sentAt}>{message.sentAtText}</time>
                  </td>
                  <td data-label="Subject">{message.subject}</td>
                  <td data-label="To">{message.audience}</td>
                  <td data-label="People">
                    {message.recipientCount}
                    {message.isQueued ? null : (
                      <Form method="post">
                        <p className="muted">Sending stopped before everyone was reached.</p>
                        <input type="hidden" name="messageId" value={message.id} />
                        <SubmitButton name="intent" value={RESUME_MESSAGE_INTENT} pendingText="Sending…">
                          Send to the rest
                        </SubmitButton>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
