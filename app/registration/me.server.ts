// A person's own registrations, their data download, and deletion on request (anonymise: the
// registrations stay so counts hold, but nothing in them identifies or describes the person).
import { Convening } from "~models/convening.server";
import { anonymisePerson, getPersonDataExport } from "~models/person.server";
import { releaseSeats } from "~models/place-seat.server";
import { Registration, REGISTRATION_FIELDS, toRegistrationRecord } from "~models/registration.server";
import { getRegistrationConvening } from "./convening-access.server";
import { fillFreePlaces } from "./registration.server";

export async function listMyRegistrations(personId: string) {
  const docs = await Registration.find({ personId }).select(REGISTRATION_FIELDS).lean();
  const registrations = docs.map((doc) => toRegistrationRecord(doc as unknown as Record<string, unknown>));
  const convenings = await Convening.find({ _id: { $in: registrations.map((registration) => registration.conveningId) } })
    .select("title status startsAt endsAt timeZone")
    .lean<Array<{ _id: unknown; title: string; status: string; startsAt: Date; endsAt: Date; timeZone: string }>>();
  const byId = new Map(convenings.map((convening) => [String(convening._id), convening]));
  return registrations
    .filter((registration) => byId.has(registration.conveningId))
    .map((registration) => {
      const convening = byId.get(registration.conveningId)!;
      return {
        id: registration.id,
        status: registration.status,
        roleAtEvent: registration.roleAtEvent,
        dietaryNeeds: registration.dietaryNeeds,
        accessNeeds: registration.accessNeeds,
        arrivalDate: registration.arrivalDate,
        departureDate: registration.departureDate,
        isContactShared: registration.isContactShared,
        declineReason: registration.declineReason,
        convening: { id: registration.conveningId, title: convening.title, status: convening.status, startsAt: convening.startsAt, endsAt: convening.endsAt, timeZone: convening.timeZone },
      };
    })
    .sort((a, b) => new Date(a.convening.startsAt).getTime() - new Date(b.convening.startsAt).getTime());
}

/** Everything the planner holds about the person, as one JSON document. */
export async function exportMyData(personId: string) {
  const [profile, registrations] = await Promise.all([getPersonDataExport(personId), listMyRegistrations(personId)]);
  return { exportedAt: new Date().toISOString(), profile, registrations };
}

/**
 * Deletion on request: cancels active registrations (freeing their places for the waitlist),
 * clears every personal field of all registrations and anonymises the person. Counts of past
 * attendance remain.
 */
export async function deleteMyData(personId: string) {
  const active = await Registration.find({ personId, status: { $in: ["pending", "registered", "waitlisted"] } }).select("conveningId cityId").lean();
  await Registration.updateMany({ personId, status: { $in: ["pending", "registered", "waitlisted"] } }, { $set: { status: "cancelled" } });
  await Registration.updateMany(
    { personId },
    { $set: { roleAtEvent: "", dietaryNeeds: "", accessNeeds: "", arrivalDate: null, departureDate: null, isContactShared: false, declineReason: "", anonymisedAt: new Date() } },
  );
  await anonymisePerson(personId);
  for (const registration of active) {
    await releaseSeats(String(registration._id));
    const convening = await getRegistrationConvening(String(registration.conveningId));
    if (convening) await fillFreePlaces(convening, registration.cityId ? String(registration.cityId) : null);
  }
}
