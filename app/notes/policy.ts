// Who may read and write a convening's session notes. Managers everything; a person a manager
// named as note-taker reads and writes their convening's notes; a city representative reads the
// notes of convenings they may read (the convenings policy); anyone else none.
import { isManager, isProgrammeMember, type Viewer } from "~/accounts/policy";
import { canReadConvening } from "~/convenings/policy";

type ConveningState = { status: string };
type Notes = { noteTakerIds: string[] };

export function isNoteTaker(viewer: Viewer | null, notes: Notes): boolean {
  return viewer !== null && notes.noteTakerIds.includes(viewer.id);
}

export function canReadNotes(viewer: Viewer | null, convening: ConveningState, notes: Notes): boolean {
  if (!viewer || !canReadConvening(viewer, convening)) return false;
  return isManager(viewer) || isNoteTaker(viewer, notes) || viewer.role === "city-rep";
}

export function canWriteNotes(viewer: Viewer | null, convening: ConveningState, notes: Notes): boolean {
  if (!viewer || !canReadConvening(viewer, convening)) return false;
  return isManager(viewer) || isNoteTaker(viewer, notes);
}

/** Own points for note-takers; any point for managers. */
export function canChangePoint(
  viewer: Viewer | null,
  convening: ConveningState,
  notes: Notes,
  point: { authorId: string },
): boolean {
  if (!canWriteNotes(viewer, convening, notes)) return false;
  return isManager(viewer) || point.authorId === viewer?.id;
}

export function canManageNoteTakers(viewer: Viewer | null): boolean {
  return isManager(viewer);
}

/** Making a point an action goes through the action forms: writers who also record actions. */
export function canMakeAction(viewer: Viewer | null, convening: ConveningState, notes: Notes): boolean {
  return canWriteNotes(viewer, convening, notes) && isProgrammeMember(viewer);
}
