// The queue on the home page: each item with its count, the link where it is acted on, and
// "Dismiss" / "Snooze" (a plain form post without JavaScript; with it, the item says "Saving…").
import { Link, useFetcher } from "@remix-run/react";
import type { AttentionItem, AttentionKind } from "~/domain/attention/queue";
import { DISMISS_INTENT, RESTORE_ALL_INTENT, SNOOZE_INTENT } from "../attention-form";

const KIND_LABELS: Record<AttentionKind, string> = {
  "pending-approvals": "Approvals",
  "waitlist-with-free-places": "Waitlist",
  "city-with-nobody": "Nobody registered",
  "unfilled-places": "Places unfilled",
  "overdue-actions": "Overdue actions",
  "undelivered-mail": "Mail",
  "travel-documents-missing": "Travel documents",
  "feedback-not-sent": "Feedback not sent",
  "feedback-low-response": "Feedback",
};

export function AttentionQueue({
  items,
  hidden,
  weeksBefore,
  scope,
}: {
  items: AttentionItem[];
  hidden: number;
  weeksBefore: number;
  scope: string;
}) {
  return (
    <section className="card attention" aria-labelledby="attention-title">
      <h2 id="attention-title">Needs attention{items.length > 0 ? ` (${items.length})` : ""}</h2>
      <p className="muted">
        {scope}: approvals, waitlists beside free places, cities with nobody or places unfilled in the {weeksBefore}{" "}
        weeks before a convening, delegates with travel documents missing, overdue actions, feedback
        {scope === "The programme" ? " not sent or" : ""} with a low response
        {scope === "The programme" ? " and mail that was not delivered" : ""}.
      </p>
      {items.length === 0 ? (
        <p data-attention="empty">Nothing needs attention just now.</p>
      ) : (
        <ul className="attention__list">
          {items.map((item) => (
            <AttentionRow key={item.key} item={item} />
          ))}
        </ul>
      )}
      {hidden > 0 ? (
        <form method="post" action="/attention" className="attention__restore">
          <input type="hidden" name="intent" value={RESTORE_ALL_INTENT} />
          <span className="muted">
            {hidden} {hidden === 1 ? "item" : "items"} set aside.{" "}
          </span>
          <button type="submit" className="button button--quiet">
            Show {hidden === 1 ? "it" : "them"} again
          </button>
        </form>
      ) : null}
    </section>
  );
}

function AttentionRow({ item }: { item: AttentionItem }) {
  const fetcher = useFetcher();
  const isSaving = fetcher.state !== "idle";
  return (
    <li className="attention__item" data-attention={item.kind} aria-busy={isSaving || undefined}>
      <span className="attention__what">
        <span className="badge">{KIND_LABELS[item.kind]}</span> <Link to={item.href}>{item.message}</Link>
      </span>
      <fetcher.Form method="post" action="/attention" className="attention__buttons">
        <input type="hidden" name="key" value={item.key} />
        {isSaving ? (
          <span role="status">Saving…</span>
        ) : (
          <>
            <button type="submit" name="intent" value={DISMISS_INTENT} className="button button--quiet">
              Dismiss<span className="visually-hidden">: {item.message}</span>
            </button>
            <button type="submit" name="intent" value={SNOOZE_INTENT} className="button button--quiet">
              Snooze a week<span className="visually-hidden">: {item.message}</span>
            </button>
          </>
        )}
      </fetcher.Form>
    </li>
  );
}
