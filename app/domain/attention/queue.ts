// What needs the programme team's attention, worked out from what the pages already read: each
// upcoming convening's roster and limits, each city's overdue actions, the mail that will not be
// delivered, the feedback of convenings that ended lately. Pure: the feature reads the data and
// says who sees which items.
import { OPEN_FOR_DAYS, SEND_WITHIN_DAYS } from "~/domain/feedback/feedback-rules";

export type AttentionKind =
  | "pending-approvals"
  | "waitlist-with-free-places"
  | "city-with-nobody"
  | "unfilled-places"
  | "overdue-actions"
  | "undelivered-mail"
  | "travel-documents-missing"
  | "feedback-not-sent"
  | "feedback-low-response";

export type AttentionItem = {
  /** Stable across reads ("pending-approvals:<conveningId>"): what a dismissal or snooze names. */
  key: string;
  kind: AttentionKind;
  /** The city it is about, for a representative's queue; null for the whole programme. */
  cityId: string | null;
  count: number;
  /** The English sentence (mail, tests); pages word it from `kind` and `values` in their language. */
  message: string;
  /**
   * What the sentence of `kind` names: counts, the convening's `title` and the `city` ("" when
   * none), and for starting soon `starts` ("today", "tomorrow", "days", "weeks") with days/weeks.
   */
  values: Record<string, string | number>;
  href: string;
};

export type RosterStatusCount = { cityId: string | null; status: string };

export type QueueConvening = {
  id: string;
  title: string;
  startsAt: Date;
  /** Days until it starts, from today. */
  daysAway: number;
  capacity: number | null;
  /** Places for a city, or null for no per-city limit. */
  placesFor: (cityId: string) => number | null;
  entries: RosterStatusCount[];
};

export type QueueCity = { id: string; slug: string; name: string };

export const PLACE_HOLDING = new Set(["pending", "registered", "attended", "no-show"]);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function startsWhen(days: number) {
  const starts = days <= 0 ? "today" : days === 1 ? "tomorrow" : days < 14 ? "days" : "weeks";
  return { starts, days, weeks: Math.round(days / 7) };
}

function startsIn(days: number): string {
  if (days <= 0) return "starts today";
  if (days === 1) return "starts tomorrow";
  if (days < 14) return `starts in ${days} days`;
  return `starts in ${Math.round(days / 7)} weeks`;
}

/** The items of one upcoming convening: approvals, waitlists beside free places, and its cities. */
export function conveningItems(convening: QueueConvening, cities: QueueCity[], weeksBefore: number): AttentionItem[] {
  const items: AttentionItem[] = [];
  const { id, title } = convening;
  const attendees = `/convenings/${id}/attendees`;
  const held = convening.entries.filter((entry) => PLACE_HOLDING.has(entry.status));
  const heldBy = (cityId: string) => held.filter((entry) => entry.cityId === cityId).length;
  const totalFree = convening.capacity === null ? Infinity : Math.max(0, convening.capacity - held.length);

  const pendingByCity = new Map<string | null, number>();
  for (const entry of convening.entries)
    if (entry.status === "pending") pendingByCity.set(entry.cityId, (pendingByCity.get(entry.cityId) ?? 0) + 1);
  for (const [cityId, count] of pendingByCity)
    items.push({
      key: `pending-approvals:${id}:${cityId ?? "none"}`,
      kind: "pending-approvals",
      cityId,
      count,
      message: `${plural(count, "registration", "registrations")} awaiting approval for ${title}${cityName(cities, cityId)}`,
      values: { count, title, city: nameOf(cities, cityId) },
      href: attendees,
    });

  const waitingByCity = new Map<string | null, number>();
  for (const entry of convening.entries)
    if (entry.status === "waitlisted") waitingByCity.set(entry.cityId, (waitingByCity.get(entry.cityId) ?? 0) + 1);
  for (const [cityId, count] of waitingByCity) {
    const cityLimit = cityId ? convening.placesFor(cityId) : null;
    const cityFree = cityLimit === null ? Infinity : Math.max(0, cityLimit - heldBy(cityId!));
    const free = Math.min(totalFree, cityFree);
    if (free <= 0) continue;
    items.push({
      key: `waitlist-with-free-places:${id}:${cityId ?? "none"}`,
      kind: "waitlist-with-free-places",
      cityId,
      count,
      message: `${plural(count, "person", "people")} on the waitlist for ${title}${cityName(cities, cityId)} while ${free === Infinity ? "places are" : plural(free, "place is", "places are")} free`,
      // free -1: no limit, so places are free without a number.
      values: { count, title, city: nameOf(cities, cityId), free: free === Infinity ? -1 : free },
      href: attendees,
    });
  }

  if (convening.daysAway <= weeksBefore * 7) {
    for (const city of cities) {
      const limit = convening.placesFor(city.id);
      if (limit === 0) continue;
      const taken = heldBy(city.id);
      const register = `/convenings/${id}/register`;
      if (taken === 0) {
        items.push({
          key: `city-with-nobody:${id}:${city.id}`,
          kind: "city-with-nobody",
          cityId: city.id,
          count: 1,
          message: `${city.name} has registered nobody for ${title}, which ${startsIn(convening.daysAway)}`,
          values: { title, city: city.name, ...startsWhen(convening.daysAway) },
          href: register,
        });
      } else if (limit !== null && taken < limit) {
        const unfilled = limit - taken;
        items.push({
          key: `unfilled-places:${id}:${city.id}`,
          kind: "unfilled-places",
          cityId: city.id,
          count: unfilled,
          message: `${city.name} has ${plural(unfilled, "place", "places")} of ${limit} unfilled for ${title}, which ${startsIn(convening.daysAway)}`,
          values: { count: unfilled, limit, title, city: city.name, ...startsWhen(convening.daysAway) },
          href: register,
        });
      }
    }
  }
  return items;
}

function nameOf(cities: QueueCity[], cityId: string | null): string {
  return (cityId ? cities.find((candidate) => candidate.id === cityId)?.name : undefined) ?? "";
}

function cityName(cities: QueueCity[], cityId: string | null): string {
  const city = cityId ? cities.find((candidate) => candidate.id === cityId) : undefined;
  return city ? ` (${city.name})` : "";
}

export function overdueItems(cities: QueueCity[], overdueByCity: Map<string, number>): AttentionItem[] {
  return cities.flatMap((city) => {
    const count = overdueByCity.get(city.id) ?? 0;
    if (count === 0) return [];
    return [
      {
        key: `overdue-actions:${city.id}`,
        kind: "overdue-actions" as const,
        cityId: city.id,
        count,
        message: `${city.name} has ${plural(count, "overdue follow-up action", "overdue follow-up actions")}`,
        values: { count, city: city.name },
        href: `/cities/${city.slug}/plan`,
      },
    ];
  });
}

/** An exchange's delegates, per city, whose travel documents are not yet complete. */
export function travelDocumentItems(
  exchange: { id: string; title: string },
  cities: QueueCity[],
  missingByCity: Map<string | null, number>,
): AttentionItem[] {
  return [...missingByCity].map(([cityId, count]) => ({
    key: `travel-documents-missing:${exchange.id}:${cityId ?? "none"}`,
    kind: "travel-documents-missing" as const,
    cityId,
    count,
    message: `${plural(count, "delegate", "delegates")}${cityName(cities, cityId)} for ${exchange.title} ${count === 1 ? "has" : "have"} travel documents missing`,
    values: { count, title: exchange.title, city: nameOf(cities, cityId) },
    href: `/convenings/${exchange.id}/itinerary`,
  }));
}

export function undeliveredMailItem(count: number): AttentionItem[] {
  if (count === 0) return [];
  return [
    {
      key: "undelivered-mail",
      kind: "undelivered-mail",
      cityId: null,
      count,
      message: `${plural(count, "email", "emails")} could not be delivered`,
      values: { count },
      href: "/mail",
    },
  ];
}

export type FeedbackSettings = {
  /** Days after the invitations went out before a low response is raised. */
  lowResponseDays: number;
  /** The share of invitees, in per cent, below which a response is low. */
  lowResponsePercent: number;
};

export type QueueFeedback = {
  convening: { id: string; title: string; endsAt: Date };
  form: { closedAt: Date | null; closesAt: Date | null } | null;
  invitations: Array<{ cityId: string | null; sentAt: Date | null; answeredAt: Date | null }>;
};

/** How far back the queue looks for feedback: a form sent as late as it can be, open its full time. */
export const FEEDBACK_LOOKBACK_DAYS = SEND_WITHIN_DAYS + OPEN_FOR_DAYS;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A convening's feedback: not sent once it ended more than a day ago with no invitation gone out,
 * until the scheduled job would no longer send it (for the programme only: the manager sends it); a low response while the form is open, once the
 * invitations are `lowResponseDays` old. The programme's item counts everyone; a city's
 * (`scopeCityId`, a representative's) counts that city's invitees alone.
 */
export function feedbackItems(
  { convening, form, invitations }: QueueFeedback,
  cities: QueueCity[],
  scopeCityId: string | null,
  settings: FeedbackSettings,
  now: Date,
): AttentionItem[] {
  const sinceEnd = now.getTime() - convening.endsAt.getTime();
  if (sinceEnd < 0) return [];
  const { id, title } = convening;
  const daysAgo = Math.floor(sinceEnd / DAY_MS);
  if (invitations.length === 0) {
    if (scopeCityId !== null || sinceEnd <= DAY_MS || sinceEnd > SEND_WITHIN_DAYS * DAY_MS) return [];
    return [
      {
        key: `feedback-not-sent:${id}`,
        kind: "feedback-not-sent",
        cityId: null,
        count: 1,
        message: `No feedback form has gone out for ${title}, which ended ${daysAgo === 1 ? "a day" : `${daysAgo} days`} ago`,
        values: { title, days: daysAgo },
        href: `/convenings/${id}/feedback`,
      },
    ];
  }
  const isOpen = form !== null && !form.closedAt && (!form.closesAt || form.closesAt.getTime() > now.getTime());
  if (!isOpen) return [];
  const cutoff = now.getTime() - settings.lowResponseDays * DAY_MS;
  const counted = invitations.filter(
    (invitation) =>
      invitation.sentAt !== null &&
      invitation.sentAt.getTime() <= cutoff &&
      (scopeCityId === null || invitation.cityId === scopeCityId),
  );
  const answered = counted.filter((invitation) => invitation.answeredAt !== null).length;
  if (counted.length === 0 || answered * 100 >= counted.length * settings.lowResponsePercent) return [];
  const waiting = counted.length - answered;
  const percent = Math.round((answered / counted.length) * 100);
  return [
    {
      key: `feedback-low-response:${id}:${scopeCityId ?? "none"}`,
      kind: "feedback-low-response",
      cityId: scopeCityId,
      count: waiting,
      message: `${plural(waiting, "person", "people")}${cityName(cities, scopeCityId)} ${waiting === 1 ? "has" : "have"} not answered the feedback on ${title}: ${answered} of ${counted.length} answered (${percent} %)`,
      values: { count: waiting, city: nameOf(cities, scopeCityId), title, answered, total: counted.length, percent },
      href: `/convenings/${id}/feedback/results`,
    },
  ];
}

export type Dismissal = { count: number; until: Date | null };

/**
 * Whether an item shows despite a dismissal: a snooze runs out at its time; a dismissal holds
 * while the count stays what it was, so a new pending registration brings the item back.
 */
export function isShown(item: AttentionItem, dismissal: Dismissal | undefined, now: Date): boolean {
  if (!dismissal) return true;
  if (dismissal.until) return dismissal.until.getTime() <= now.getTime();
  return item.count !== dismissal.count;
}
