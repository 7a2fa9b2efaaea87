// The action page's data: names around the action, the timeline as shown, and what the viewer may do.
import { canChangeCityActions, canRemoveProgressUpdate } from "~/follow-ups/policy";
import { dueState, formatDay, isOverdue, todayIn } from "~/domain/follow-ups/action-rules";
import { localDayKey } from "~/domain/local-time";
import { FORMAT_LOCALE, type Language } from "~/domain/languages";
import type { Translate } from "~/i18n/translator";
import { frameworkLabelText } from "~/i18n/vocabulary";
import { dueText } from "./action-words";
import type { SignedInPerson } from "~/accounts/auth.server";
import { getPeopleByIds, getSessionsByIds } from "~models/queries/action-context.server";
import { getCityById } from "~models/city.server";
import type { ActionDetail } from "~models/follow-up-action.server";
import type { FormFields } from "~/forms/schema-form";
import { loadActionFormOptions } from "./action-entry.server";
import { getReadableConveningForActions } from "./readable-convening.server";

const whenFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

/**
 * `ownerCityId`: the city whose people the edit form offers (the action's own unless another was
 * asked for); `t` and `language`: the reader's, for the words and dates the page shows.
 */
export async function loadActionDetail(
  person: SignedInPerson,
  action: ActionDetail,
  {
    now = new Date(),
    ownerCityId = action.ownerCityId,
    t,
    language,
  }: { now?: Date; ownerCityId?: string; t: Translate; language: Language },
) {
  const locale = FORMAT_LOCALE[language];
  const when = whenFormat(locale);
  const change = canChangeCityActions(person, action.ownerCityId);
  const [city, owners, convening, sessions, formOptions] = await Promise.all([
    getCityById(action.ownerCityId),
    getPeopleByIds([action.ownerPersonId]),
    action.conveningId ? getReadableConveningForActions(person, action.conveningId) : Promise.resolve(null),
    action.sessionId ? getSessionsByIds([action.sessionId]) : Promise.resolve([]),
    change.ok ? loadActionFormOptions(person, { ownerCityId }) : Promise.resolve(null),
  ]);
  const today = todayIn(now);
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
    city: { id: city?.id ?? action.ownerCityId, slug: city?.slug ?? "", name: city?.name ?? t("actions.unknownCity") },
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
    themeTitles: action.themes.map((code) => frameworkLabelText(t, code)),
    principleTitles: action.principles.map((code) => frameworkLabelText(t, code)),
    dueText: dueText(t, dueState(action, today), locale),
    isOverdue: isOverdue(action, today),
    dueWarning:
      firstDay && action.dueOn && action.dueOn < firstDay
        ? t("actions.dueWarning", { due: formatDay(action.dueOn, locale), firstDay: formatDay(firstDay, locale) })
        : null,
    updates: [...action.updates]
      .reverse()
      .map((update) => ({ ...update, at: update.at.toISOString(), when: when.format(update.at) })),
    canChange: change.ok,
    readOnlyReason: change.ok
      ? null
      : t(person.role === "city-rep" ? "actions.readOnlyOtherCity" : "actions.readOnlyRole"),
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
