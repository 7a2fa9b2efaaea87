// Who may write to a convening's people, to which audience, and who sees the record of what was
// sent. Managers write to anyone's: everyone registered, one city's delegation, the waitlist,
// the registrations waiting for approval, the people selected on the attendee list. A city
// representative writes to their own city's delegation or people of it they selected, while the
// convening is published, and sees only their city's messages.
import { ALLOWED, canActForCity, isManager, refused, type Decision, type Viewer } from "~/accounts/policy";
import type { MessageAudience } from "~/domain/vocabulary/messages";

type ConveningState = { status: string };
/** Who a message goes to; for "selected", the registrations ticked (each checked before anything is sent). */
export type Audience = { kind: MessageAudience; cityId: string | null; registrationIds?: readonly string[] };

const isCityRep = (viewer: Viewer | null): viewer is Viewer => viewer?.role === "city-rep" && Boolean(viewer.cityId);

/** The messages page of this convening: managers always, a city rep while it is published. */
export function canWriteMessages(viewer: Viewer | null, convening: ConveningState): boolean {
  if (isManager(viewer)) return true;
  return isCityRep(viewer) && convening.status === "published";
}

/** Only managers choose the audience; a city rep's is their own city's delegation. */
export function canChooseAudience(viewer: Viewer | null): boolean {
  return isManager(viewer);
}

export function canWriteTo(viewer: Viewer, convening: ConveningState, audience: Audience): Decision {
  if (!canWriteMessages(viewer, convening)) return refused("You cannot write to this convening's people.");
  if (canChooseAudience(viewer)) return ALLOWED;
  // A rep's selection is checked person by person: each must be of their city (recipients.server.ts).
  if (audience.kind === "selected") return ALLOWED;
  if (audience.kind !== "city") return refused("City representatives write to their own city's delegation only.");
  if (!canActForCity(viewer, audience.cityId)) return refused("You can only write to your own city's delegation.");
  return ALLOWED;
}

/** The record of a message: managers see every one; a city rep those to their own city's delegation. */
export function canSeeMessage(viewer: Viewer, message: { audience: MessageAudience; cityId: string | null }): boolean {
  if (isManager(viewer)) return true;
  const isCityMessage = message.audience === "city" || message.audience === "selected";
  return isCityMessage && isCityRep(viewer) && canActForCity(viewer, message.cityId);
}
