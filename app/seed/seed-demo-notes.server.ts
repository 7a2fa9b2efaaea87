// The demo's session notes: two past convenings carry key points on their first sessions, written
// by the manager, and one point has become a follow-up action (linked both ways). Written once: a
// convening whose notes already hold points is left as it is, so seeding twice changes nothing.
import { listAgendaSessions, upsertSeedSession } from "~models/agenda-session.server";
import { getConvening } from "~models/convening.server";
import { createFollowUpActionOnce } from "~models/follow-up-action.server";
import { newId } from "~models/ids.server";
import { changeConveningNotes, getConveningNotes, type NotePoint } from "~models/session-note.server";
import type { NoteKind } from "~/domain/vocabulary/notes";

const DEMO_NOTES: Array<{
  conveningSeedKey: string;
  points: Array<{ kind: NoteKind; text: string; toAction?: string }>;
}> = [
  {
    conveningSeedKey: "cwg-2018-liverpool",
    points: [
      { kind: "point", text: "Liverpool's welcome pack was written with community groups, not for them." },
      {
        kind: "decision",
        text: "Each city shares its draft welcome strategy with the group before the next meeting.",
        toAction: "Share the draft welcome strategy with the working group",
      },
      { kind: "question", text: "How do smaller councils fund a migrant forum without a dedicated officer?" },
    ],
  },
  {
    conveningSeedKey: "cwg-2019-cardiff",
    points: [
      { kind: "point", text: "Cardiff's housing and employment teams now meet monthly on newcomers' cases." },
      { kind: "decision", text: "The group compares how each city counts its newly arrived residents." },
    ],
  },
];

/** Past convenings on record have no agenda: each notes convening gets one seeded session. */
export const DEMO_NOTES_SESSION_COUNT = DEMO_NOTES.length;

export async function seedDemoNotes(
  conveningIds: Map<string, string>,
  cityIds: Map<string, string>,
  manager: { id: string; name: string },
) {
  for (const demo of DEMO_NOTES) {
    const conveningId = conveningIds.get(demo.conveningSeedKey);
    const convening = conveningId ? await getConvening(conveningId) : null;
    if (!convening) continue;
    if ((await getConveningNotes(convening.id)).points.length > 0) continue;
    // Past convenings on record carry no agenda: the notes' round-table session is seeded with them.
    if ((await listAgendaSessions(convening.id)).length === 0) {
      const startsAt = new Date(new Date(convening.startsAt).getTime() + 90 * 60_000);
      await upsertSeedSession(`notes-${demo.conveningSeedKey}`, {
        conveningId: convening.id,
        title: "Action plan progress: round the table",
        description: "",
        kind: "roundtable",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        timeZone: convening.timeZone,
        room: "",
        placeName: "",
        themes: [],
      });
    }
    const [session] = await listAgendaSessions(convening.id);
    if (!session) continue;
    const conveningId2 = convening.id;
    const at = new Date(session.endsAt);
    const points: NotePoint[] = [];
    for (const point of demo.points) {
      const id = newId();
      let actionId: string | null = null;
      if (point.toAction) {
        const created = await createFollowUpActionOnce(id, {
          title: point.toAction,
          description: point.text,
          conveningId: conveningId2,
          sessionId: session.id,
          ownerCityId: cityIds.get("bristol") ?? [...cityIds.values()][0]!,
          ownerPersonId: null,
          dueOn: null,
          priority: "medium",
          principles: [],
          themes: [],
          resourcesNeeded: "",
          createdBy: manager,
          at,
          sourceNote: { conveningId: conveningId2, pointId: id },
        });
        actionId = created.actionId;
      }
      points.push({
        id,
        sessionId: session.id,
        kind: point.kind,
        text: point.text,
        authorId: manager.id,
        authorName: manager.name,
        createdAt: at,
        updatedAt: at,
        actionId,
        actionTitle: point.toAction ?? null,
      });
    }
    await changeConveningNotes(conveningId2, (current) =>
      current.points.length > 0
        ? { refused: null }
        : { next: { noteTakerIds: current.noteTakerIds, points }, result: null },
    );
  }
}
