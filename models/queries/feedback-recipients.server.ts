// Who a convening's feedback form goes to: the people marked here at least once, when attendance
// was taken; otherwise everyone registered (or recorded as attended). People whose data was
// deleted are left out. Three queries: the roster by _id, the convening's marks, the people by _id.
import { AttendanceMarkModel } from "../attendance-mark.server";
import { readRoster } from "../convening-roster.server";
import { findConveningViews, findConveningViewsByIds as findBriefs, type ConveningView } from "../convening.server";
import { isValidId } from "../ids.server";
import { listContactablePeople } from "../person.server";
import { ATTENDING_STATUSES } from "../registration.server";

export type FeedbackRecipient = { personId: string; cityId: string | null; role: string; name: string; email: string };

export async function listFeedbackRecipients(conveningId: string): Promise<FeedbackRecipient[]> {
  if (!isValidId(conveningId)) return [];
  const [roster, marks] = await Promise.all([
    readRoster(conveningId),
    AttendanceMarkModel.find({ conveningId }).select("personId mark").lean(),
  ]);
  const registered = roster.entries.filter((entry) => (ATTENDING_STATUSES as readonly string[]).includes(entry.status));
  const wasTaken = marks.length > 0;
  const markedHere = new Set(marks.filter((mark) => mark.mark === "here").map((mark) => String(mark.personId)));
  const attendees = registered.filter(
    (entry) => !wasTaken || entry.status === "attended" || markedHere.has(String(entry.personId)),
  );
  const people = await listContactablePeople(attendees.map((entry) => String(entry.personId)));
  const seen = new Set<string>();
  const recipients: FeedbackRecipient[] = [];
  for (const entry of attendees) {
    const person = people.get(String(entry.personId));
    if (!person || seen.has(person.id)) continue;
    seen.add(person.id);
    recipients.push({
      personId: person.id,
      cityId: entry.cityId ? String(entry.cityId) : (person.cityId ?? null),
      role: person.programmeRole ?? person.role,
      name: person.name,
      email: person.email,
    });
  }
  return recipients;
}

/** Convenings (published or completed) whose end falls between `from` and `to`: the feedback job's work. */
export function listConveningsEndedBetween(from: Date, to: Date): Promise<Array<ConveningView<"full">>> {
  return findConveningViews({ endsAt: { $gte: from, $lte: to }, status: { $in: ["published", "completed"] } }, "full");
}

/** The titles around a feedback link: the brief view of these convenings, by _id. */
export function findConveningBriefs(ids: string[]): Promise<Array<ConveningView<"brief">>> {
  return findBriefs(ids, "brief");
}
