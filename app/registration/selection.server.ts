// Checking a selection before anything is done to it: every id must be a registration of this
// convening that the actor may act on. One id that is not refuses the whole post, so a forged or
// stale selection never acts on part of itself.
import type { RegistrationConvening } from "~models/convening.server";
import { getPeopleByIds } from "~models/person.server";
import { getRegistrationsByIds, type RegistrationRecord } from "~models/registration.server";
import { canManageRegistration } from "./policy";
import type { Actor } from "./rules";
import { MAX_SELECTED } from "./selection";

export type SelectedRegistration = RegistrationRecord & { name: string };

export type Selection =
  { ok: true; registrations: SelectedRegistration[] } | { ok: false; status: 400 | 403; message: string };

export const NOTHING_SELECTED = "Select at least one person first: tick the box beside each name.";

/** The selected registrations in the order sent, with names; or why the post is refused. */
export async function readSelection(
  actor: Actor,
  convening: Pick<RegistrationConvening, "id">,
  ids: readonly string[],
): Promise<Selection> {
  if (ids.length === 0) return { ok: false, status: 400, message: NOTHING_SELECTED };
  if (ids.length > MAX_SELECTED)
    return { ok: false, status: 400, message: `Select at most ${MAX_SELECTED} people at a time.` };
  const found = new Map((await getRegistrationsByIds(ids)).map((registration) => [registration.id, registration]));
  const registrations = ids.map((id) => found.get(id));
  if (registrations.some((registration) => !registration || registration.conveningId !== convening.id))
    return { ok: false, status: 400, message: "Some of the selected people are not registered for this convening." };
  const chosen = registrations as RegistrationRecord[];
  if (chosen.some((registration) => !canManageRegistration(actor, registration)))
    return { ok: false, status: 403, message: "You can only act for registrations of your own city." };
  const people = await getPeopleByIds(chosen.map((registration) => registration.personId));
  return {
    ok: true,
    registrations: chosen.map((registration) => ({
      ...registration,
      name: people.get(registration.personId)?.name ?? "Unknown person",
    })),
  };
}
