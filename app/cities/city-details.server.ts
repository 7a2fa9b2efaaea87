// Saving a city's details (managers): the fields themselves, and the learning partnership as one
// symmetric pair, with a note when the pair is not the programme's usual founder ↔ phase-two.
import {
  getCityBySlug,
  setLearningPartnership,
  updateCityDetails,
  type CityDetails,
  type CitySummary,
} from "~models/city.server";
import { MEMBERSHIP_LABELS, type CityMembership } from "~/domain/vocabulary/cities";

type Partner = { name: string; membership: CityMembership };

/** A founder city learns with a phase-two city; any other pair is allowed, and said. */
export function partnershipWarning(city: Partner, partner: Partner): string | null {
  const memberships = new Set([city.membership, partner.membership]);
  if (memberships.has("founder") && memberships.has("phase-two")) return null;
  const describe = (each: Partner) => `${each.name} (${MEMBERSHIP_LABELS[each.membership]})`;
  return `Learning partners are usually a founder city and a phase-two city: ${describe(city)} and ${describe(partner)}.`;
}

/** Saves the details; returns the note for the manager (what happened to the partnership, and any warning). */
export async function saveCityDetails(city: CitySummary, details: CityDetails): Promise<string> {
  const { learningPartnerSlug, ...fields } = details;
  await updateCityDetails(city.id, fields);
  // Set even when unchanged, so a pair left one-way by older data is made whole on the next save.
  await setLearningPartnership(city.slug, learningPartnerSlug);
  const isChanged = learningPartnerSlug !== city.learningPartnerSlug;
  if (!learningPartnerSlug) return isChanged ? `Saved. ${details.name} has no learning partner now.` : "Saved.";
  const partner = await getCityBySlug(learningPartnerSlug);
  if (!partner) return "Saved.";
  return [
    isChanged ? `Saved. ${details.name} and ${partner.name} are now each other's learning partner.` : "Saved.",
    partnershipWarning({ name: details.name, membership: details.membership }, partner),
  ]
    .filter(Boolean)
    .join(" ");
}
