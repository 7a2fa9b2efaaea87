// Steps of the change-notice tests: a published convening with one session and people registered
// through the real forms, a manager's edits through the edit pages' actions (starting from the
// values the page shows, as a browser posts them), a notice pass run as if the batching window had
// passed, and the calendar parts of an email as an SMTP server received it.
import type { ParsedMail } from "mailparser";
import { expect } from "vitest";
import { sessionFormValues } from "~/agenda/session-form";
import { runChangeNotices } from "~/change-notices/notice-runner.server";
import { conveningFormValues } from "~/convenings/convening-form";
import { getEnv } from "~/utils/env.server";
import { action as editConveningAction } from "../../app/routes/convenings.$conveningId.edit";
import { action as editSessionAction } from "../../app/routes/convenings.$conveningId.sessions.$sessionId.edit";
import { getSession, listSessions } from "../../models/agenda-session.server";
import { getConvening } from "../../models/convening.server";
import { conveningFields, postForm } from "../factories/convenings";
import { createAccount, createCity } from "../factories/people";
import type { CalendarPart } from "./calendar-mail";
import { addSession, createDraft, publish } from "./convenings";
import { register } from "./registration";

/** A published convening in Cardiff (fields of tests/factories/convenings) with one session, and Bristol's rep. */
export async function plannedConvening(overrides: Record<string, string | string[]> = {}) {
  const bristol = await createCity("bristol");
  const rep = await createAccount({ role: "city-rep", cityId: bristol, name: "Bethan Rees" });
  const manager = await createAccount({ role: "manager", name: "Programme Manager" });
  const conveningId = await createDraft(manager.id, conveningFields(overrides));
  expect(await addSession(manager.id, conveningId)).toHaveStatus(302);
  await publish(manager.id, conveningId);
  const [session] = await listSessions(conveningId);
  return { bristol, rep, manager, conveningId, sessionId: session.id };
}

/** Registers the person (by the rep) and fails the test unless the register page accepted it. */
export async function registerPerson(repId: string, conveningId: string, personId: string) {
  expect(await register(repId, conveningId, { personId })).toHaveStatus(200);
}

/** Saves the session edit form as the page shows it, with these fields changed. */
export async function editSession(
  managerId: string,
  conveningId: string,
  sessionId: string,
  changes: Record<string, string | string[]>,
) {
  const current = await getSession(conveningId, sessionId);
  if (!current) throw new Error(`no session ${sessionId}`);
  const url = `/convenings/${conveningId}/sessions/${sessionId}/edit`;
  const fields = { ...sessionFormValues(current), ...changes };
  return postForm(editSessionAction, managerId, url, { conveningId, sessionId }, fields);
}

/** Presses the session page's cancel or restore button, optionally with "Don't notify" ticked. */
export function setSessionCancelled(
  managerId: string,
  conveningId: string,
  sessionId: string,
  intent: "cancel" | "restore",
  extra: Record<string, string> = {},
) {
  const url = `/convenings/${conveningId}/sessions/${sessionId}/edit`;
  return postForm(editSessionAction, managerId, url, { conveningId, sessionId }, { intent, ...extra });
}

/** Saves the convening edit form as the page shows it, with these fields changed. */
export async function editConvening(
  managerId: string,
  conveningId: string,
  changes: Record<string, string | string[]>,
) {
  const current = await getConvening(conveningId);
  if (!current) throw new Error(`no convening ${conveningId}`);
  const fields = { ...conveningFormValues(current), ...changes };
  return postForm(editConveningAction, managerId, `/convenings/${conveningId}/edit`, { conveningId }, fields);
}

/** A notice pass at the moment the batches opened now are due (CHANGE_NOTICE_DELAY later). */
export function runNoticesWhenDue() {
  return runChangeNotices({ now: new Date(Date.now() + (getEnv().CHANGE_NOTICE_DELAY + 1) * 1000) });
}

/** Every text/calendar part of a received email: the alternative part first, then attached ones. */
export function calendarPartsOfMail(mail: ParsedMail): CalendarPart[] {
  return mail.attachments
    .filter((attachment) => attachment.contentType === "text/calendar")
    .map((attachment) => {
      const type = attachment.headers.get("content-type") as { params?: Record<string, string> } | undefined;
      return { method: type?.params?.method ?? "", content: attachment.content.toString("utf8") };
    });
}
