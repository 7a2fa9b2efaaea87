// Writes the demo's to-dos for the manager's queue (demo-queue-data.ts) through the model
// functions: the two meetings, their registrations with their seats, and the refused email.
// Dated by the seed's day, and upserted by keys, so a second run on the same day changes nothing.
import { backfillPlaceSeats } from "~/registration/registration.server";
import { getRegistrationConvening, upsertSeedConvening } from "~models/convening.server";
import { getMailMessageState, queueMailMessage, recordMailGivenUp } from "~models/mail-message.server";
import { upsertPersonByEmail } from "~models/person.server";
import { upsertSeedRegistration } from "~models/registration.server";
import {
  DEMO_ENDED_MEETING,
  DEMO_PARTNERS_MEETING,
  DEMO_PARTNERS_PEOPLE,
  DEMO_PARTNERS_REP_CITY_SLUGS,
  DEMO_QUEUE_ZONE,
  DEMO_UNDELIVERED_MAIL,
  demoQueueInstant,
  demoQueueToday,
} from "./demo-queue-data";

export async function seedDemoQueue(options: {
  cityIds: Map<string, string>;
  repIds: Map<string, string>;
  now?: Date;
}): Promise<{ endedId: string; partnersId: string }> {
  const { cityIds, repIds } = options;
  const today = demoQueueToday(options.now ?? new Date());
  const cityId = (slug: string) => cityIds.get(slug)!;

  const endedDay = today.minus({ days: DEMO_ENDED_MEETING.endedDaysAgo });
  const endedId = await upsertSeedConvening(DEMO_ENDED_MEETING.seedKey, {
    kind: "working-group-meeting",
    title: DEMO_ENDED_MEETING.title,
    summary: DEMO_ENDED_MEETING.summary,
    phase: 2,
    hostCityId: null,
    places: [],
    format: "online",
    timeZone: DEMO_QUEUE_ZONE,
    startsAt: demoQueueInstant(endedDay, 10),
    endsAt: demoQueueInstant(endedDay, 11, 30),
    aims: ["Hear what each city changed since the last meeting"],
    themes: ["T4"],
    status: "published",
    placesPerCity: 2,
    capacity: null,
  });
  for (const slug of DEMO_ENDED_MEETING.repCitySlugs)
    await upsertSeedRegistration({
      conveningId: endedId,
      personId: repIds.get(slug)!,
      cityId: cityId(slug),
      status: "attended",
      roleAtEvent: "Operational lead",
    });

  const meetingDay = today.plus({ days: DEMO_PARTNERS_MEETING.startsInDays });
  const partnersId = await upsertSeedConvening(DEMO_PARTNERS_MEETING.seedKey, {
    kind: "working-group-meeting",
    title: DEMO_PARTNERS_MEETING.title,
    titleCy: DEMO_PARTNERS_MEETING.titleCy,
    summary: DEMO_PARTNERS_MEETING.summary,
    summaryCy: DEMO_PARTNERS_MEETING.summaryCy,
    phase: 2,
    hostCityId: cityId("newport"),
    places: [
      {
        name: "Newport Civic Centre",
        address: "Godfrey Road, Newport NP20 4UR",
        region: "Wales",
        country: "United Kingdom",
        timeZone: DEMO_QUEUE_ZONE,
      },
    ],
    format: "in-person",
    timeZone: DEMO_QUEUE_ZONE,
    startsAt: demoQueueInstant(meetingDay, 10),
    endsAt: demoQueueInstant(meetingDay, 16),
    aims: [...DEMO_PARTNERS_MEETING.aims],
    aimsCy: [...DEMO_PARTNERS_MEETING.aimsCy],
    themes: ["T3", "T4"],
    status: "published",
    // Only the partners have places: no other city is asked to register anyone.
    placesPerCity: 0,
    cityPlaces: Object.entries(DEMO_PARTNERS_MEETING.placesByCity).map(([slug, places]) => ({
      cityId: cityId(slug),
      places,
    })),
    capacity: DEMO_PARTNERS_MEETING.capacity,
    isApprovalRequired: true,
  });
  for (const slug of DEMO_PARTNERS_REP_CITY_SLUGS)
    await upsertSeedRegistration({
      conveningId: partnersId,
      personId: repIds.get(slug)!,
      cityId: cityId(slug),
      status: "registered",
      roleAtEvent: "Operational lead",
    });
  for (const person of DEMO_PARTNERS_PEOPLE) {
    const personId = await upsertPersonByEmail({
      name: person.name,
      email: person.email,
      role: "participant",
      cityId: cityId(person.citySlug),
      organisation: person.organisation,
      jobTitle: person.jobTitle,
    });
    await upsertSeedRegistration({
      conveningId: partnersId,
      personId,
      cityId: cityId(person.citySlug),
      status: person.status,
      roleAtEvent: "",
    });
  }
  // Written directly: give the places they hold their seats, so the counts add up.
  for (const id of [endedId, partnersId]) {
    const convening = await getRegistrationConvening(id);
    if (convening) await backfillPlaceSeats(convening);
  }

  await seedUndeliveredMail(options.now ?? new Date());
  return { endedId, partnersId };
}

/** The refused email, once: its key keeps a second run from adding another. */
async function seedUndeliveredMail(now: Date) {
  const mail = DEMO_UNDELIVERED_MAIL;
  const queued = await queueMailMessage(
    {
      to: [mail.to],
      subject: mail.subject,
      text: mail.text,
      html: `<p>${mail.text}</p>`,
      calendar: null,
      attachments: [],
      headers: [],
      idempotencyKey: mail.idempotencyKey,
      status: "queued",
    },
    now,
  );
  if (queued.isDuplicate) return;
  const state = await getMailMessageState(queued.id);
  if (state) await recordMailGivenUp(state, { status: "refused", transport: "smtp", error: mail.error });
}
