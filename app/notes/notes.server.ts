// Session notes of a convening: reading them as this viewer may, adding, editing and deleting
// points, naming note-takers, and making a point a follow-up action in one step (through the same
// creation path as fast entry, so summaries stay right), linked both ways.
import { parseWithZod } from "@conform-to/zod/v3";
import type { z } from "zod";
import { forbidden, type SignedInPerson } from "~/accounts/auth.server";
import { formatLocalTime, formatDayHeading } from "~/domain/local-time";
import { createActionFromForm } from "~/follow-ups/action-service.server";
import { loadActionFormOptions } from "~/follow-ups/action-entry.server";
import { cityScopeOf } from "~/follow-ups/policy";
import { replyWithErrors, type FormResult } from "~/forms/schema-form";
import {
  getConveningForActions,
  getPeopleByIds,
  listPossibleOwners,
  listSessionsForConvening,
} from "~models/queries/action-context.server";
import { newId } from "~models/ids.server";
import {
  changeConveningNotes,
  getConveningNotes,
  type ConveningNotes,
  type NotePoint,
} from "~models/session-note.server";
import { addPointSchema, editPointSchema, makeActionSchema, noteTakerSchema } from "./note-form";
import { canChangePoint, canManageNoteTakers, canMakeAction, canReadNotes, canWriteNotes, isNoteTaker } from "./policy";

function notFound(): Response {
  return new Response("That convening does not exist, or has been removed.", { status: 404, statusText: "Not Found" });
}

/** The convening and its notes, or 404 (unknown, a draft for a non-manager) / 403 (not allowed). */
async function requireNotes(person: SignedInPerson, conveningId: string) {
  const convening = await getConveningForActions(conveningId);
  if (!convening) throw notFound();
  const notes = await getConveningNotes(convening.id);
  if (!canReadNotes(person, convening, notes)) {
    if (convening.status === "draft") throw notFound();
    throw forbidden("Only managers, this convening's note-takers and city representatives read its session notes.");
  }
  return { convening, notes };
}

export type SessionNotesView = Awaited<ReturnType<typeof loadSessionNotes>>;

function pointView(person: SignedInPerson, convening: { status: string }, notes: ConveningNotes, point: NotePoint) {
  return {
    id: point.id,
    kind: point.kind,
    text: point.text,
    authorName: point.authorName,
    createdAt: point.createdAt.toISOString(),
    action: point.actionId ? { id: point.actionId, title: point.actionTitle ?? "" } : null,
    canChange: canChangePoint(person, convening, notes, point),
  };
}

/** Every live session with its points, in time order; the page, and the outcomes page, show these. */
export async function loadSessionNotes(person: SignedInPerson, conveningId: string) {
  const { convening, notes } = await requireNotes(person, conveningId);
  const sessions = await listSessionsForConvening(convening.id);
  const canWrite = canWriteNotes(person, convening, notes);
  const manages = canManageNoteTakers(person);
  const [noteTakers, candidates, actionOptions] = await Promise.all([
    manages ? getPeopleByIds(notes.noteTakerIds) : Promise.resolve([]),
    manages ? listPossibleOwners(null) : Promise.resolve([]),
    canMakeAction(person, convening, notes) ? loadActionFormOptions(person) : Promise.resolve(null),
  ]);
  return {
    convening: { id: convening.id, title: convening.title },
    canWrite,
    isNoteTaker: isNoteTaker(person, notes),
    sessions: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      when: `${formatDayHeading(session.startsAt, session.timeZone)}, ${formatLocalTime(session.startsAt, session.timeZone)}`,
      points: notes.points
        .filter((point) => point.sessionId === session.id)
        .map((point) => ({
          ...pointView(person, convening, notes, point),
          // When it was written, at the session's place, as the session's own time reads.
          writtenAt: `${formatDayHeading(point.createdAt, session.timeZone)}, ${formatLocalTime(point.createdAt, session.timeZone)}`,
        })),
    })),
    noteTakers: manages ? noteTakers.map((taker) => ({ id: taker.id, name: taker.name })) : null,
    candidates: candidates
      .filter((candidate) => !notes.noteTakerIds.includes(candidate.id))
      .map((candidate) => ({ id: candidate.id, name: candidate.name })),
    actionForm: actionOptions
      ? {
          cities: actionOptions.cities,
          isCityFixed: actionOptions.isCityFixed,
          defaultCityId: cityScopeOf(person) ?? "",
        }
      : null,
    newPointId: newId(),
  };
}

/** Session notes for the outcomes page: only what this viewer may read (nothing otherwise). */
export async function loadNotesForOutcomes(person: SignedInPerson, conveningId: string) {
  const convening = await getConveningForActions(conveningId);
  if (!convening) return [];
  const notes = await getConveningNotes(convening.id);
  if (!canReadNotes(person, convening, notes) || notes.points.length === 0) return [];
  const sessions = await listSessionsForConvening(convening.id);
  return sessions
    .map((session) => ({
      id: session.id,
      title: session.title,
      points: notes.points
        .filter((point) => point.sessionId === session.id)
        .map((point) => ({
          id: point.id,
          kind: point.kind,
          text: point.text,
          authorName: point.authorName,
          action: point.actionId ? { id: point.actionId, title: point.actionTitle ?? "" } : null,
        })),
    }))
    .filter((session) => session.points.length > 0);
}

export type NotesOutcome =
  { ok: true; message: string; actionId?: string } | { ok: false; result: FormResult; status: number };

function parse<S extends z.ZodTypeAny>(formData: FormData, schema: S) {
  return parseWithZod(formData, { schema });
}

const STALE =
  "This point is no longer in these notes (it was deleted, or belongs to another convening): reload the page.";

export async function addPoint(person: SignedInPerson, conveningId: string, formData: FormData): Promise<NotesOutcome> {
  const { convening, notes } = await requireNotes(person, conveningId);
  if (!canWriteNotes(person, convening, notes))
    throw forbidden("Only managers and this convening's note-takers write its notes.");
  const submission = parse(formData, addPointSchema);
  if (submission.status !== "success") return { ok: false, result: submission.reply(), status: 400 };
  const form = submission.value;
  const sessions = await listSessionsForConvening(convening.id);
  if (!sessions.some((session) => session.id === form.sessionId))
    return {
      ok: false,
      result: replyWithErrors(submission, { fields: { sessionId: "Choose a session of this convening" } }),
      status: 400,
    };
  if (!/^[0-9a-f]{24}$/i.test(form.pointId))
    return {
      ok: false,
      result: replyWithErrors(submission, { form: "This form is out of date: reload the page" }),
      status: 400,
    };
  const now = new Date();
  return changeConveningNotes<NotesOutcome>(convening.id, (current) => {
    // The same form sent twice (a retry) adds the point once.
    if (current.points.some((point) => point.id === form.pointId))
      return { refused: { ok: true, message: "Point saved." } };
    const point: NotePoint = {
      id: form.pointId,
      sessionId: form.sessionId,
      kind: form.kind,
      text: form.text,
      authorId: person.id,
      authorName: person.name,
      createdAt: now,
      updatedAt: now,
      actionId: null,
      actionTitle: null,
    };
    return {
      next: { noteTakerIds: current.noteTakerIds, points: [...current.points, point] },
      result: { ok: true, message: "Point saved." },
    };
  });
}

export async function editPoint(
  person: SignedInPerson,
  conveningId: string,
  formData: FormData,
  remove: boolean,
): Promise<NotesOutcome> {
  const { convening, notes } = await requireNotes(person, conveningId);
  if (!canWriteNotes(person, convening, notes))
    throw forbidden("Only managers and this convening's note-takers write its notes.");
  const submission = remove
    ? parse(formData, editPointSchema.pick({ pointId: true }))
    : parse(formData, editPointSchema);
  if (submission.status !== "success") return { ok: false, result: submission.reply(), status: 400 };
  const form = submission.value as { pointId: string; kind?: NotePoint["kind"]; text?: string };
  return changeConveningNotes<NotesOutcome>(convening.id, (current) => {
    const point = current.points.find((candidate) => candidate.id === form.pointId);
    if (!point) return { refused: { ok: false, result: replyWithErrors(submission, { form: STALE }), status: 409 } };
    if (!canChangePoint(person, convening, current, point))
      throw forbidden("Note-takers change their own points only.");
    const points = remove
      ? current.points.filter((candidate) => candidate.id !== point.id)
      : current.points.map((candidate) =>
          candidate.id === point.id
            ? {
                ...candidate,
                text: form.text ?? candidate.text,
                kind: form.kind ?? candidate.kind,
                updatedAt: new Date(),
              }
            : candidate,
        );
    return {
      next: { noteTakerIds: current.noteTakerIds, points },
      result: { ok: true, message: remove ? "Point deleted." : "Point updated." },
    };
  });
}

export async function changeNoteTakers(
  person: SignedInPerson,
  conveningId: string,
  formData: FormData,
  add: boolean,
): Promise<NotesOutcome> {
  if (!canManageNoteTakers(person)) throw forbidden("Only managers name note-takers.");
  const { convening } = await requireNotes(person, conveningId);
  const submission = parse(formData, noteTakerSchema);
  if (submission.status !== "success") return { ok: false, result: submission.reply(), status: 400 };
  const [named] = await getPeopleByIds([submission.value.personId]);
  if (!named)
    return {
      ok: false,
      result: replyWithErrors(submission, { fields: { personId: "Choose a person from the list" } }),
      status: 400,
    };
  return changeConveningNotes<NotesOutcome>(convening.id, (current) => {
    const others = current.noteTakerIds.filter((id) => id !== named.id);
    return {
      next: { points: current.points, noteTakerIds: add ? [...others, named.id] : others },
      result: { ok: true, message: add ? `${named.name} now takes notes.` : `${named.name} no longer takes notes.` },
    };
  });
}

/**
 * Makes a point a follow-up action in one post. The action's id is the point's id, so sending it
 * twice (or two people at once) creates one action; the point then records it by compare-and-set.
 */
export async function makeActionFromPoint(
  person: SignedInPerson,
  conveningId: string,
  formData: FormData,
): Promise<NotesOutcome> {
  const { convening, notes } = await requireNotes(person, conveningId);
  if (!canMakeAction(person, convening, notes))
    throw forbidden("Only managers and note-takers who record actions make points actions.");
  const submission = parse(formData, makeActionSchema);
  if (submission.status !== "success") return { ok: false, result: submission.reply(), status: 400 };
  const point = notes.points.find((candidate) => candidate.id === submission.value.pointId);
  if (!point) return { ok: false, result: replyWithErrors(submission, { form: STALE }), status: 409 };
  if (point.actionId)
    return {
      ok: true,
      message: `This point is already the action “${point.actionTitle ?? ""}”.`,
      actionId: point.actionId,
    };
  const actionForm = new FormData();
  actionForm.set("title", submission.value.title);
  actionForm.set("ownerCityId", submission.value.ownerCityId);
  actionForm.set("dueOn", submission.value.dueOn ?? "");
  actionForm.set("sessionId", point.sessionId);
  actionForm.set("priority", "medium");
  actionForm.set("submissionId", point.id);
  const created = await createActionFromForm(person, actionForm, {
    convening,
    sourceNote: { conveningId: convening.id, pointId: point.id },
  });
  if (!created.ok) return { ok: false, result: created.result, status: 400 };
  return changeConveningNotes<NotesOutcome>(convening.id, (current) => {
    const stored = current.points.find((candidate) => candidate.id === point.id);
    const done = {
      ok: true as const,
      message: `Action “${created.title}” created from the point.`,
      actionId: created.actionId,
    };
    if (!stored || stored.actionId) return { refused: done };
    return {
      next: {
        noteTakerIds: current.noteTakerIds,
        points: current.points.map((candidate) =>
          candidate.id === point.id
            ? { ...candidate, actionId: created.actionId, actionTitle: created.title }
            : candidate,
        ),
      },
      result: done,
    };
  });
}
