// The messages page's data: the convening, who each audience reaches (counts only: no names or
// addresses), the form's token, and the record of what was sent, as far as this reader may see it.
import { DateTime } from "luxon";
import { canReadConvening } from "~/convenings/policy";
import { formatDateRange, formatLocalTime } from "~/domain/local-time";
import {
  AUDIENCE_LABELS,
  MESSAGE_AUDIENCES,
  audienceDescription,
  peopleCount,
  type MessageAudience,
} from "~/domain/vocabulary/messages";
import { invariantResponse } from "~/utils/invariant";
import { getCityById, listCities, type CitySummary } from "~models/city.server";
import { listConveningMessages, newMessageFormToken } from "~models/convening-message.server";
import { getConvening, type ConveningRecord } from "~models/convening.server";
import type { SignedInPerson } from "~models/person.server";
import { canChooseAudience, canSeeMessage, canWriteMessages } from "./policy";
import { countAudiences, findSelectedRecipients, type AudienceCounts } from "./recipients.server";

/** The convening whose people this person may write to: 404 as its other pages, 403 when they may not write. */
export async function requireMessageableConvening(
  person: SignedInPerson,
  conveningId: string | undefined,
): Promise<ConveningRecord> {
  const convening = await getConvening(conveningId ?? "");
  invariantResponse(convening && canReadConvening(person, convening), "There is no convening at this address.", {
    status: 404,
  });
  invariantResponse(
    canWriteMessages(person, convening),
    "City representatives write to their city's delegation while the convening is published.",
    { status: 403 },
  );
  return convening;
}

/** The audiences a manager picks from; "selected" comes from the attendee list, never from the list here. */
function audienceOptions(counts: AudienceCounts) {
  const choosable = MESSAGE_AUDIENCES.filter(
    (kind): kind is Exclude<MessageAudience, "selected"> => kind !== "selected",
  );
  return choosable.map((kind) => ({
    value: kind,
    label:
      kind === "city"
        ? `${AUDIENCE_LABELS.city} (choose the city below)`
        : `${AUDIENCE_LABELS[kind]} (${peopleCount(counts[kind])})`,
  }));
}

const citiesFor = async (person: SignedInPerson): Promise<CitySummary[]> => {
  if (canChooseAudience(person)) return listCities();
  const own = person.cityId ? await getCityById(person.cityId) : null;
  return own ? [own] : [];
};

/**
 * The people ticked on the attendee list ("Write to selected" opens this page with their ids):
 * refused, 400 or 403, when any is not this convening's or not the writer's to write to.
 */
async function selectionFor(person: SignedInPerson, convening: ConveningRecord, registrationIds: string[]) {
  if (registrationIds.length === 0) return null;
  const selected = await findSelectedRecipients(person, convening.id, registrationIds);
  if (!selected.ok) throw new Response(selected.message, { status: selected.status });
  return {
    registrationIds,
    recipientCount: selected.recipients.length,
    names: selected.recipients.map((recipient) => recipient.name),
  };
}

export async function loadMessagesPage(
  person: SignedInPerson,
  convening: ConveningRecord,
  registrationIds: string[] = [],
) {
  const [counts, messages, cities, selection] = await Promise.all([
    countAudiences(convening.id),
    listConveningMessages(convening.id),
    citiesFor(person),
    selectionFor(person, convening, registrationIds),
  ]);
  const cityNames = new Map(cities.map((city) => [city.id, city.name]));
  const isChoosing = canChooseAudience(person);
  const ownCity = !isChoosing && cities[0] ? cities[0] : null;
  return {
    convening: {
      id: convening.id,
      title: convening.title,
      dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone),
    },
    formToken: newMessageFormToken(),
    /** "Write to selected": the people ticked on the attendee list, the form's audience. */
    selection,
    canChooseAudience: isChoosing,
    audienceOptions: isChoosing ? audienceOptions(counts) : [],
    cityOptions: isChoosing
      ? cities.map((city) => ({ value: city.id, label: `${city.name} (${peopleCount(counts.byCity[city.id] ?? 0)})` }))
      : [],
    ownCity: ownCity ? { id: ownCity.id, name: ownCity.name, recipientCount: counts.byCity[ownCity.id] ?? 0 } : null,
    history: messages
      .filter((message) => canSeeMessage(person, message))
      .map((message) => ({
        id: message.id,
        subject: message.subject,
        sentAt: message.createdAt.toISOString(),
        sentAtText: `${DateTime.fromJSDate(message.createdAt, { zone: convening.timeZone }).toFormat("d LLLL yyyy")}, ${formatLocalTime(message.createdAt, convening.timeZone)}`,
        audience: audienceDescription(
          message.audience,
          message.cityId ? (cityNames.get(message.cityId) ?? null) : null,
        ),
        recipientCount: message.recipientCount,
        isQueued: message.queuedAt !== null,
      })),
  };
}

export type MessagesPage = Awaited<ReturnType<typeof loadMessagesPage>>;
