// Who organises a convening, for the contact on a delegate's itinerary: the programme manager who
// created it, read by _id (the convening, then the person), or null when that is not a manager.
import { Convening } from "../convening.server";
import { isValidId } from "../ids.server";
import { getActivePerson } from "../person.server";

export type ConveningOrganiser = { name: string; email: string };

export async function getConveningOrganiser(conveningId: string): Promise<ConveningOrganiser | null> {
  if (!isValidId(conveningId)) return null;
  const doc = await Convening.findById(conveningId).select("createdById").lean();
  if (!doc?.createdById) return null;
  const person = await getActivePerson(String(doc.createdById));
  return person && person.role === "manager" ? { name: person.name, email: person.email } : null;
}
