// Creating and changing follow-up actions: form parsing, the checks that need the database
// (owner exists and belongs to the city, session belongs to the convening) and authorisation.
import {
  canAssignToCity,
  canChangeCityActions,
  canNameOwner,
  canReadPlans,
  canRemoveProgressUpdate,
  cityScopeOf,
} from "~/follow-ups/policy";
import { parseWithZod } from "@conform-to/zod/v3";
import { actionFormSchemaFor, progressFormSchemaFor, type ActionForm } from "~/follow-ups/action-form";
import { formatDay } from "~/domain/follow-ups/action-rules";
import { ACTION_PRIORITY_LABELS } from "~/domain/vocabulary/follow-ups";
import { localDayKey } from "~/domain/local-time";
import { FORMAT_LOCALE, type Language } from "~/domain/languages";
import { translatorFor } from "~/i18n/translate.server";
import type { Translate } from "~/i18n/translator";
import { forbidden, requirePerson, type SignedInPerson } from "~/accounts/auth.server";
import { replyWithErrors, type FieldErrors, type FormResult, type Replyable } from "~/forms/schema-form";
import { getCityById } from "~models/city.server";
import { getPersonForActions, getSessionsByIds, type ConveningForActions } from "~models/queries/action-context.server";
import { getReadableConveningForActions } from "./readable-convening.server";
import {
  createFollowUpAction,
  createFollowUpActionOnce,
  getFollowUpAction,
  recordProgress,
  removeProgressUpdate,
  updateActionDetails,
  type ActionChanges,
  type ActionDetail,
  newActionSubmissionId as newSubmissionId,
} from "~models/follow-up-action.server";

/** A fresh id for a new-action form (see createFollowUpActionOnce). */
export const newActionSubmissionId = newSubmissionId;

/** Signed in as manager or city rep (plans are programme-internal); participants get 403 with the reason. */
export async function requirePlanReader(request: Request): Promise<SignedInPerson> {
  const person = await requirePerson(request);
  const decision = canReadPlans(person);
  if (!decision.ok) throw forbidden(decision.reason);
  return person;
}

export function requireCityChange(person: SignedInPerson, ownerCityId: string) {
  const decision = canChangeCityActions(person, ownerCityId);
  if (!decision.ok) throw forbidden(decision.reason);
}

export function notFound(what = "That action"): Response {
  return new Response(`${what} does not exist, or has been removed.`, { status: 404, statusText: "Not Found" });
}

/** The reader's language and its translator (translateRequest's answer); English by default. */
export type Words = { t: Translate; language: Language };
export const ENGLISH_WORDS: Words = { t: translatorFor("en"), language: "en" };

/** A refused form: the answer for the page, with the messages at their fields and the input kept. */
export type Refusal = { ok: false; result: FormResult };
type Checked = { ok: true; form: ActionForm; warning: string | null; submission: Replyable };

/**
 * Parses and checks an action form. A rep naming another city is refused with 403 before anything
 * else; field problems come back as messages with the input kept.
 */
async function checkActionForm(
  person: SignedInPerson,
  formData: FormData,
  convening: ConveningForActions | null,
  { t, language }: Words,
): Promise<Checked | Refusal> {
  const requestedCityId = String(formData.get("ownerCityId") ?? "").trim();
  const assignment = requestedCityId ? canAssignToCity(person, requestedCityId) : null;
  if (assignment && !assignment.ok) throw forbidden(assignment.reason);
  const submission = parseWithZod(formData, { schema: actionFormSchemaFor(t) });
  if (submission.status !== "success") return { ok: false, result: submission.reply() };
  const form = submission.value;
  const errors: FieldErrors = {};
  const [city, owner, sessions] = await Promise.all([
    getCityById(form.ownerCityId),
    form.ownerPersonId ? getPersonForActions(form.ownerPersonId) : Promise.resolve(null),
    form.sessionId ? getSessionsByIds([form.sessionId]) : Promise.resolve([]),
  ]);
  if (!city) errors.ownerCityId = t("actions.form.cityUnknown");
  else requireCityChange(person, city.id);
  if (form.ownerPersonId && !owner) errors.ownerPersonId = t("actions.form.ownerUnknown");
  else if (owner && !canNameOwner(owner, form.ownerCityId)) {
    errors.ownerPersonId = city
      ? t("actions.form.ownerOfCity", { city: city.name })
      : t("actions.form.ownerOfYourCity");
  }
  if (form.sessionId && (!convening || sessions[0]?.conveningId !== convening.id)) {
    errors.sessionId = t("actions.form.sessionInvalid");
  }
  if (Object.keys(errors).length > 0) return { ok: false, result: replyWithErrors(submission, { fields: errors }) };
  let warning: string | null = null;
  if (convening && form.dueOn) {
    const firstDay = localDayKey(convening.startsAt, convening.timeZone);
    if (form.dueOn < firstDay) {
      const locale = FORMAT_LOCALE[language];
      warning = t("actions.form.dueBeforeConvening", {
        due: formatDay(form.dueOn, locale),
        firstDay: formatDay(firstDay, locale),
      });
    }
  }
  return { ok: true, form, warning, submission };
}

export type Created = {
  ok: true;
  actionId: string;
  title: string;
  warning: string | null;
  context: { sessionId: string; ownerCityId: string };
};

export async function createActionFromForm(
  person: SignedInPerson,
  formData: FormData,
  origin: { convening: ConveningForActions | null; sourceNote?: { conveningId: string; pointId: string } },
  words: Words = ENGLISH_WORDS,
): Promise<Created | Refusal> {
  const { t } = words;
  const checked = await checkActionForm(person, formData, origin.convening, words);
  if (!checked.ok) return checked;
  const { form } = checked;
  const input = {
    title: form.title,
    description: form.description,
    conveningId: origin.convening?.id ?? null,
    sessionId: form.sessionId || null,
    ownerCityId: form.ownerCityId,
    ownerPersonId: form.ownerPersonId || null,
    dueOn: form.dueOn || null,
    priority: form.priority,
    principles: form.principles,
    themes: form.themes,
    resourcesNeeded: form.resourcesNeeded,
    createdBy: { id: person.id, name: person.name },
    sourceNote: origin.sourceNote ?? null,
  };
  let actionId: string;
  let title = form.title;
  if (form.submissionId) {
    const created = await createFollowUpActionOnce(form.submissionId, input);
    // Someone else's action under this id: a tampered or stale form, never an answer about theirs.
    if (!created.isNew && created.createdById !== person.id)
      return {
        ok: false,
        result: replyWithErrors(checked.submission, {
          form: t("actions.form.outOfDate"),
        }),
      };
    actionId = created.actionId;
    if (!created.isNew) title = created.title; // sent again: the action saved the first time
  } else actionId = await createFollowUpAction(input);
  return {
    ok: true,
    actionId,
    title,
    warning: checked.warning,
    context: { sessionId: form.sessionId, ownerCityId: form.ownerCityId },
  };
}

/** The action, or 404 for a malformed or unknown id; readers only. */
export async function loadActionForReader(person: SignedInPerson, actionId: string | undefined): Promise<ActionDetail> {
  if (!actionId) throw notFound();
  const action = await getFollowUpAction(actionId); // null for a malformed id too
  if (!action) throw notFound();
  return action;
}

export type Changed = { ok: true; message: string; warning: string | null };

function describeChanges(
  before: ActionDetail,
  form: ActionForm,
  names: { cityName: (id: string) => string; personName: (id: string | null) => string },
): { changes: ActionChanges; notes: string[] } {
  const changes: ActionChanges = {};
  const notes: string[] = [];
  const day = (value: string | null) => (value ? formatDay(value) : "no date");
  if (form.title !== before.title) {
    changes.title = form.title;
    notes.push(`title to "${form.title}"`);
  }
  if ((form.dueOn || null) !== before.dueOn) {
    changes.dueOn = form.dueOn || null;
    notes.push(`due date from ${day(before.dueOn)} to ${day(form.dueOn || null)}`);
  }
  if (form.ownerCityId !== before.ownerCityId) {
    changes.ownerCityId = form.ownerCityId;
    notes.push(`city from ${names.cityName(before.ownerCityId)} to ${names.cityName(form.ownerCityId)}`);
  }
  if ((form.ownerPersonId || null) !== before.ownerPersonId) {
    changes.ownerPersonId = form.ownerPersonId || null;
    notes.push(`owner to ${names.personName(form.ownerPersonId || null)}`);
  }
  if (form.priority !== before.priority) {
    changes.priority = form.priority;
    notes.push(`priority to ${ACTION_PRIORITY_LABELS[form.priority].toLowerCase()}`);
  }
  if (form.description !== before.description) {
    changes.description = form.description;
    notes.push("description");
  }
  if (form.resourcesNeeded !== before.resourcesNeeded) {
    changes.resourcesNeeded = form.resourcesNeeded;
    notes.push("resources needed");
  }
  const sameList = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
  if (!sameList(form.themes, before.themes)) {
    changes.themes = form.themes;
    notes.push(`themes to ${form.themes.join(", ") || "none"}`);
  }
  if (!sameList(form.principles, before.principles)) {
    changes.principles = form.principles;
    notes.push(`principles to ${form.principles.join(", ") || "none"}`);
  }
  return { changes, notes };
}

/** Edits details (not status: that goes through a progress update so the timeline records it). */
export async function editActionFromForm(
  person: SignedInPerson,
  action: ActionDetail,
  formData: FormData,
  words: Words = ENGLISH_WORDS,
): Promise<Changed | Refusal> {
  const { t } = words;
  requireCityChange(person, action.ownerCityId);
  // The session stays as raised; the edit form does not offer it.
  formData.set("sessionId", action.sessionId ?? "");
  const convening = action.conveningId ? await getReadableConveningForActions(person, action.conveningId) : null;
  const checked = await checkActionForm(person, formData, convening, words);
  if (!checked.ok) return checked;
  const [fromCity, toCity, owner] = await Promise.all([
    getCityById(action.ownerCityId),
    getCityById(checked.form.ownerCityId),
    checked.form.ownerPersonId ? getPersonForActions(checked.form.ownerPersonId) : Promise.resolve(null),
  ]);
  const cityNames = new Map([fromCity, toCity].filter(Boolean).map((city) => [city!.id, city!.name]));
  const { changes, notes } = describeChanges(action, checked.form, {
    cityName: (id) => cityNames.get(id) ?? "another city",
    personName: (id) => (id && owner ? owner.name : "nobody"),
  });
  if (notes.length === 0) return { ok: true, message: t("actions.toast.nothingChanged"), warning: checked.warning };
  const isSaved = await updateActionDetails(
    action.id,
    changes,
    { authorId: person.id, authorName: person.name, text: `Changed the ${notes.join("; the ")}.` },
    { expectedUpdatedAt: action.updatedAt, scopeCityId: cityScopeOf(person) ?? undefined },
  );
  if (!isSaved) throw new Response(t("actions.conflictEdit"), { status: 409 });
  return { ok: true, message: t("actions.toast.updated"), warning: checked.warning };
}

export async function recordProgressFromForm(
  person: SignedInPerson,
  action: ActionDetail,
  formData: FormData,
  words: Words = ENGLISH_WORDS,
): Promise<Changed | Refusal> {
  const { t } = words;
  requireCityChange(person, action.ownerCityId);
  const submission = parseWithZod(formData, { schema: progressFormSchemaFor(t) });
  if (submission.status !== "success") return { ok: false, result: submission.reply() };
  const { text, evidenceUrl, status } = submission.value;
  if (!text && !evidenceUrl && status === action.status) {
    return {
      ok: false,
      result: replyWithErrors(submission, {
        fields: { text: t("actions.progress.nothing") },
      }),
    };
  }
  const result = await recordProgress(
    action.id,
    { authorId: person.id, authorName: person.name, text, evidenceUrl, status },
    cityScopeOf(person) ?? undefined,
  );
  if (!result.ok && result.reason === "not-found") throw notFound();
  if (!result.ok) throw new Response(t("actions.conflictStatus"), { status: 409 });
  return {
    ok: true,
    message: t(result.statusChanged ? "actions.toast.statusChanged" : "actions.toast.progressAdded"),
    warning: null,
  };
}

export async function removeUpdateFromForm(
  person: SignedInPerson,
  action: ActionDetail,
  formData: FormData,
  words: Words = ENGLISH_WORDS,
): Promise<Changed> {
  const { t } = words;
  const decision = canRemoveProgressUpdate(person);
  if (!decision.ok) throw forbidden(decision.reason);
  const updateId = String(formData.get("updateId") ?? "");
  const update = action.updates.find((candidate) => candidate.id === updateId);
  if (!update) throw notFound("That progress update");
  if (update.statusTo) throw forbidden(t("actions.statusStays"));
  if (!(await removeProgressUpdate(action.id, updateId))) throw notFound("That progress update");
  return { ok: true, message: t("actions.toast.progressRemoved"), warning: null };
}
