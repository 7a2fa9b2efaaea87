// The queue on the home page: each item with its count, the link where it is acted on, and
// "Dismiss" / "Snooze" (a plain form post without JavaScript; with it, the item says "Saving…").
import { Link, useFetcher } from "@remix-run/react";
import type { ReactNode } from "react";
import type { AttentionItem, AttentionKind } from "~/domain/attention/queue";
import { ContentLang } from "~/i18n/content-lang";
import type { MessageKey } from "~/i18n/messages";
import { useRichT, type RichTranslate } from "~/i18n/rich-text";
import { useT } from "~/i18n/use-t";
import { DISMISS_INTENT, RESTORE_ALL_INTENT, SNOOZE_INTENT } from "../attention-form";

const KIND_KEYS: Record<AttentionKind, { label: MessageKey; message: MessageKey }> = {
  "pending-approvals": { label: "attention.kind.pendingApprovals", message: "attention.message.pendingApprovals" },
  "waitlist-with-free-places": { label: "attention.kind.waitlist", message: "attention.message.waitlist" },
  "city-with-nobody": { label: "attention.kind.cityWithNobody", message: "attention.message.cityWithNobody" },
  "unfilled-places": { label: "attention.kind.unfilledPlaces", message: "attention.message.unfilledPlaces" },
  "overdue-actions": { label: "attention.kind.overdueActions", message: "attention.message.overdueActions" },
  "undelivered-mail": { label: "attention.kind.undeliveredMail", message: "attention.message.undeliveredMail" },
  "travel-documents-missing": { label: "attention.kind.travelDocuments", message: "attention.message.travelDocuments" },
  "feedback-not-sent": { label: "attention.kind.feedbackNotSent", message: "attention.message.feedbackNotSent" },
  "feedback-low-response": {
    label: "attention.kind.feedbackLowResponse",
    message: "attention.message.feedbackLowResponse",
  },
};

/** An item's sentence in the reader's language; the convening's title and the city keep their own lang. */
function itemMessage(richT: RichTranslate, item: AttentionItem): ReactNode {
  const { title, city, free, ...rest } = item.values;
  const isUnlimited = item.kind === "waitlist-with-free-places" && free === -1;
  return richT(isUnlimited ? "attention.message.waitlistUnlimited" : KIND_KEYS[item.kind].message, {
    ...rest,
    free: free ?? 0,
    title: <ContentLang>{title}</ContentLang>,
    city: <ContentLang>{city}</ContentLang>,
    cityPart: city ? (
      <>
        {" ("}
        <ContentLang>{city}</ContentLang>)
      </>
    ) : (
      ""
    ),
  });
}

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
  const t = useT();
  const richT = useRichT();
  const isProgramme = scope === t("home.scopeProgramme");
  return (
    <section className="card attention" aria-labelledby="attention-title">
      <h2 id="attention-title">
        {items.length > 0 ? t("attention.titleCount", { count: items.length }) : t("attention.title")}
      </h2>
      <p className="muted">
        {richT(isProgramme ? "attention.ledeProgramme" : "attention.lede", {
          scope: isProgramme ? scope : <ContentLang>{scope}</ContentLang>,
          weeks: weeksBefore,
        })}
      </p>
      {items.length === 0 ? (
        <p data-attention="empty">{t("attention.empty")}</p>
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
          <span className="muted">{t("attention.setAside", { count: hidden })} </span>
          <button type="submit" className="button button--quiet">
            {t("attention.showAgain", { count: hidden })}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function AttentionRow({ item }: { item: AttentionItem }) {
  const fetcher = useFetcher();
  const t = useT();
  const richT = useRichT();
  const message = itemMessage(richT, item);
  const isSaving = fetcher.state !== "idle";
  return (
    <li className="attention__item" data-attention={item.kind} aria-busy={isSaving || undefined}>
      <span className="attention__what">
        <span className="badge">{t(KIND_KEYS[item.kind].label)}</span> <Link to={item.href}>{message}</Link>
      </span>
      <fetcher.Form method="post" action="/attention" className="attention__buttons">
        <input type="hidden" name="key" value={item.key} />
        {isSaving ? (
          <span role="status">{t("attention.saving")}</span>
        ) : (
          <>
            <button type="submit" name="intent" value={DISMISS_INTENT} className="button button--quiet">
              {t("attention.dismiss")}
              <span className="visually-hidden">: {message}</span>
            </button>
            <button type="submit" name="intent" value={SNOOZE_INTENT} className="button button--quiet">
              {t("attention.snooze")}
              <span className="visually-hidden">: {message}</span>
            </button>
          </>
        )}
      </fetcher.Form>
    </li>
  );
}
