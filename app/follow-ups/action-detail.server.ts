// The action page's data: names around the action, the timeline as shown, and what the viewer may do.
import { canChangeCityActions, canRemoveProgressUpdate } from "~/follow-ups/policy";
import { describeDue, formatDay, isOverdue, todayIn } from "~/domain/follow-ups/action-rules";
import { localDayKey } from "~/domain/local-time";
import type { SignedInPerson } from "~/accounts/auth.server";
import { getPeopleByIds, getSessionsByIds } from "~models/queries/action-context.server";
import { getCityById } from "~models/city.server";
import { listFrameworkItems } from "~models/framework.server";
import type { ActionDetail } from "~models/follow-up-action.server";
import type { FormFields } from "~/forms/schema-form";
import { loadActionFormOptions } from "./action-entry.server";
import { getReadableConveningForActions } from "./readable-convening.server";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

/** `ownerCityId`: the city whose people the edit form offers (the action's own unless another was asked for). */
export async function loadActionDetail(
  person: SignedInPerson,
  action: ActionDetail,
  { now = new Date(), ownerCityId = action.ownerCityId }: { now?: Date; ownerCityId?: string } = {},
) {
  const change = canChangeCityActions(person, action.ownerCityId);
  const [city, owners, convening, sessions, framework, formOptions] = await Promise.all([
    getCityById(action.ownerCityId),
    getPeopleByIds([action.ownerPersonId]),
    action.conveningId ? getReadableConveningForActions(person, action.conveningId) : Promise.resolve(null),
    action.sessionId ? getSessionsByIds([action.sessionId]) : Promise.resolve([]),
    listFrameworkItems(),
    change.ok ? loadActionFormOptions(person, { ownerCityId }) : Promise.resolve(null),
  ]);
  const today = todayIn(now);
  const title = new Map(framework.map((item) => [item.code, `${item.code} ${item.title}`]));
  const firstDay = convening ? localDayKey(convening.startsAt, convening.timeZone) : null;
  return {
    action: {
      id: action.id,
      title: action.title,
      status: action.status,
      priority: action.priority,
      dueOn: action.dueOn,
      description: action.description,
      resourcesNeeded: action.resourcesNeeded,
    },
    city: { id: city?.id ?? action.ownerCityId, slug: city?.slug ?? "", name: city?.name ?? "Unknown city" },
    ownerName: owners[0]?.name ?? null,
    convening: convening ? { id: convening.id, title: convening.title } : null,
    // A session is as private as its convening: no title when the convening is not readable (a draft).
    sessionTitle: convening && sessions[0]?.conveningId === convening.id ? sessions[0].title : null,
    // Made from a session-notes point: links back to it (as private as the convening).
    sourceNote:
      convening && action.sourceNote?.conveningId === convening.id
        ? {
            href: `/convenings/${convening.id}/notes#point-${action.sourceNote.pointId}`,
            sessionTitle: sessions[0]?.conveningId === convening.id ? sessions[0].title : convening.title,
          }
        : null,
    themeTitles: action.themes.map((code) => title.get(code) ?? code),
    principleTitles: action.principles.map((code) => title.get(code) ?? code),
    dueText: describeDue(action, today),
    isOverdue: isOverdue(action, today),
    dueWarning:
      firstDay && action.dueOn && action.dueOn < firstDay
        ? `Due ${formatDay(action.dueOn)}, before the convening that raised it (${formatDay(firstDay)}).`
        : null,
    updates: [...action.updates]
      .reverse()
      .map((update) => ({ ...update, at: update.at.toISOString(), when: WHEN.format(update.at) })),
    canChange: change.ok,
    readOnlyReason: change.ok ? null : change.reason,
    canRemoveUpdates: canRemoveProgressUpdate(person).ok,
    formOptions,
    editValues: {
      title: action.title,
      description: action.description,
      ownerCityId: action.ownerCityId,
      ownerPersonId: action.ownerPersonId ?? "",
      dueOn: action.dueOn ?? "",
      priority: action.priority,
      resourcesNeeded: action.resourcesNeeded,
      themes: action.themes,
      principles: action.principles,
    } satisfies FormFields,
  };
}
