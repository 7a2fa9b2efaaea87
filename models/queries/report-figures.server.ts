// The reads behind a learning report's figures: the convenings held in a range (one query on
// the indexed start), then per-convening registrations and the convenings' actions.
import { findConveningViews, type ConveningView } from "~models/convening.server";
import type { ActionFacts } from "~/domain/follow-ups/action-summary";
import { readActionFacts } from "~models/follow-up-action.server";
import { listRegistrationsForConvening, type RegistrationRecord } from "~models/registration.server";

export type ReportConvening = ConveningView<"full">;

/** Convenings that started within [from, until) and were held: neither draft nor cancelled. */
export function listHeldConvenings(from: Date, until: Date): Promise<ReportConvening[]> {
  return findConveningViews({ startsAt: { $gte: from, $lt: until }, status: { $nin: ["draft", "cancelled"] } }, "full");
}

/** Each convening's registrations, keyed by convening id. */
export async function listRegistrationsOfConvenings(ids: string[]): Promise<Map<string, RegistrationRecord[]>> {
  const lists = await Promise.all(ids.map((id) => listRegistrationsForConvening(id)));
  return new Map(ids.map((id, index) => [id, lists[index]!]));
}

/** The follow-up actions raised at these convenings. */
export function listActionsOfConvenings(ids: string[]): Promise<ActionFacts[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return readActionFacts({ filter: { conveningIds: ids } });
}
