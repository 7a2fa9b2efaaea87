// The queue of what needs attention on a manager's (or a representative's) home page: each item
// with its count and the link where it is acted on, less what this person dismissed or snoozed.
import { DateTime } from "luxon";
import {
  conveningItems,
  feedbackItems,
  FEEDBACK_LOOKBACK_DAYS,
  isShown,
  overdueItems,
  travelDocumentItems,
  undeliveredMailItem,
  PLACE_HOLDING,
  type AttentionItem,
} from "~/domain/attention/queue";
import type { Viewer } from "~/accounts/policy";
import { countDelegatesMissingDocuments } from "~/exchanges/travel-documents.server";
import { loadDashboard } from "~/follow-ups/action-pages.server";
import { placesForCity } from "~/registration/rules";
import { getEnv } from "~/utils/env.server";
import { listCities } from "~models/city.server";
import { countUndeliveredMailMessages } from "~models/mail-message.server";
import { clearDismissals, dismissItem, readDismissals } from "~models/attention-dismissal.server";
import { readQueueConvenings, type UpcomingConvening } from "~models/queries/attention.server";
import { canSeeItem } from "./policy";

export type AttentionQueue = { items: AttentionItem[]; hidden: number; weeksBefore: number };

export async function loadAttentionQueue(viewer: Viewer, now = new Date()): Promise<AttentionQueue> {
  const env = getEnv();
  const weeksBefore = env.ATTENTION_WEEKS_BEFORE;
  const feedbackSettings = {
    lowResponseDays: env.ATTENTION_FEEDBACK_DAYS,
    lowResponsePercent: env.ATTENTION_FEEDBACK_PERCENT,
  };
  const isManagerQueue = viewer.role === "manager";
  const [cities, { upcoming, ended }, dashboard, undelivered, dismissals] = await Promise.all([
    listCities(),
    readQueueConvenings(now, new Date(now.getTime() - FEEDBACK_LOOKBACK_DAYS * 24 * 60 * 60 * 1000)),
    loadDashboard({ now }),
    isManagerQueue ? countUndeliveredMailMessages() : Promise.resolve(0),
    readDismissals(viewer.id),
  ]);
  const today = DateTime.fromJSDate(now, { zone: "Europe/London" }).startOf("day");
  const all = [
    ...upcoming.flatMap((convening) =>
      conveningItems(
        {
          id: convening.id,
          title: convening.title,
          startsAt: convening.startsAt,
          daysAway: Math.max(
            0,
            Math.round(
              DateTime.fromJSDate(convening.startsAt, { zone: convening.timeZone }).startOf("day").diff(today, "days")
                .days,
            ),
          ),
          capacity: convening.registration.capacity,
          placesFor: (cityId) => placesForCity(convening.registration, cityId),
          entries: convening.entries,
        },
        cities,
        weeksBefore,
      ),
    ),
    ...(
      await Promise.all(upcoming.filter((convening) => convening.kind === "learning-exchange").map(missingDocuments))
    ).flatMap((missing) => travelDocumentItems(missing.exchange, cities, missing.counts)),
    ...ended.flatMap((feedback) =>
      feedbackItems(feedback, cities, isManagerQueue ? null : viewer.cityId, feedbackSettings, now),
    ),
    ...overdueItems(cities, new Map(dashboard.cityRows.map((row) => [row.id, row.overdue]))),
    ...undeliveredMailItem(undelivered),
  ].filter((item) => canSeeItem(viewer, item));
  const items = all.filter((item) => isShown(item, dismissals.get(item.key), now));
  return { items, hidden: all.length - items.length, weeksBefore };
}

async function missingDocuments(exchange: UpcomingConvening) {
  const delegates = exchange.entries.filter((entry) => PLACE_HOLDING.has(entry.status));
  return { exchange, counts: await countDelegatesMissingDocuments(exchange, delegates) };
}

export const SNOOZE_DAYS = 7;

/** Dismisses an item while its count stays the same, or snoozes it for a week. */
export async function setAside(
  viewer: Viewer,
  key: string,
  how: "dismiss" | "snooze",
  now = new Date(),
): Promise<boolean> {
  const { items } = await loadAttentionQueue(viewer, now);
  const item = items.find((candidate) => candidate.key === key);
  if (!item) return false;
  const until = how === "snooze" ? new Date(now.getTime() + SNOOZE_DAYS * 24 * 60 * 60 * 1000) : null;
  return dismissItem(viewer.id, key, { count: item.count, until });
}

/** Brings back everything this person set aside. */
export function restoreAll(viewer: Viewer): Promise<void> {
  return clearDismissals(viewer.id);
}
