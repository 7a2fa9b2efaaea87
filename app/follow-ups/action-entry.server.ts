// What the action forms offer: cities, possible owners, framework tags and a convening's sessions.
import { compareForPlan, dueState, isOverdue, todayIn } from "~/domain/follow-ups/action-rules";
import { formatDateRange, formatDayHeading, formatLocalTime } from "~/domain/local-time";
import { FORMAT_LOCALE } from "~/domain/languages";
import { ENGLISH_WORDS, type Words } from "./action-service.server";
import { dueText } from "./action-words";
import type { SignedInPerson } from "~/accounts/auth.server";
import { forbidden } from "~/accounts/auth.server";
import { canAssignToAnyCity, canChangeCityActions, cityScopeOf } from "./policy";
import { getReadableConveningForActions } from "./readable-convening.server";
import { getPeopleByIds, listOwnerOptions, listSessionsForConvening } from "~models/queries/action-context.server";
import { getCityById, listCities } from "~models/city.server";
import { listFrameworkItems } from "~models/framework.server";
import { listActionsForConvening } from "~models/follow-up-action.server";

/**
 * Cities, owners and tags for an action form. Owners are the people of the owning city alone
 * (its index, one read by _id): a rep's own city, or the city the form names; none before a
 * city is chosen (the form then asks for the city's people).
 */
export async function loadActionFormOptions(
  person: SignedInPerson,
  { ownerCityId }: { ownerCityId?: string | null } = {},
) {
  const ownersCityId = cityScopeOf(person) ?? (ownerCityId || null);
  const [cities, owners, framework] = await Promise.all([
    listCities(),
    ownersCityId ? listOwnerOptions(ownersCityId) : Promise.resolve([]),
    listFrameworkItems(),
  ]);
  const isKnownCity = cities.some((city) => city.id === ownersCityId);
  return {
    cities: cities.map((city) => ({ id: city.id, name: city.name })),
    owners: isKnownCity ? owners : [],
    /** The city whose people `owners` holds; null for none. */
    ownersCityId: isKnownCity ? ownersCityId : null,
    themes: framework.filter((item) => item.kind === "theme").map((item) => ({ code: item.code, title: item.title })),
    principles: framework
      .filter((item) => item.kind === "principle")
      .map((item) => ({ code: item.code, title: item.title })),
    isCityFixed: !canAssignToAnyCity(person),
  };
}

/**
 * The people an action owned by this city may name, for the form's picker when the city changes:
 * only those who may change the city's actions ask (a rep for their own city); null for a city
 * that does not exist.
 */
export async function loadOwnersForCity(person: SignedInPerson, cityId: string) {
  const decision = canChangeCityActions(person, cityId);
  if (!decision.ok) throw forbidden(decision.reason);
  const city = await getCityById(cityId);
  if (!city) return null;
  return { cityId: city.id, owners: await listOwnerOptions(city.id) };
}

/** "Monday 21 May" of "Monday 21 May 2018", "Dydd Llun 21 Mai" of "Dydd Llun 21 Mai 2018": the day without its year. */
const sessionDay = (heading: string) => heading.replace(/ \d{4}$/, "");

export async function loadFastEntry(
  person: SignedInPerson,
  conveningId: string,
  options: { withActions?: boolean; now?: Date; ownerCityId?: string | null; words?: Words } = {},
) {
  const convening = await getReadableConveningForActions(person, conveningId);
  if (!convening) return null;
  const withActions = options.withActions ?? true;
  const [formOptions, sessions, actions] = await Promise.all([
    loadActionFormOptions(person, { ownerCityId: options.ownerCityId }),
    listSessionsForConvening(convening.id),
    withActions ? listActionsForConvening(convening.id) : Promise.resolve([]),
  ]);
  const today = todayIn(options.now ?? new Date());
  const { t, language } = options.words ?? ENGLISH_WORDS;
  const locale = FORMAT_LOCALE[language];
  const cityName = new Map(formOptions.cities.map((city) => [city.id, city.name]));
  const ownerName = new Map(
    (await getPeopleByIds(actions.map((action) => action.ownerPersonId))).map((owner) => [owner.id, owner.name]),
  );
  const sessionTitle = new Map(sessions.map((session) => [session.id, session.title]));
  return {
    ...formOptions,
    conveningForActions: convening,
    convening: {
      id: convening.id,
      title: convening.title,
      when: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, locale),
    },
    sessions: sessions.map((session) => ({
      id: session.id,
      label: `${sessionDay(formatDayHeading(session.startsAt, session.timeZone, locale))}, ${formatLocalTime(session.startsAt, session.timeZone)}: ${session.title}`,
    })),
    // Newest first: the one just typed is at the top.
    recorded: actions
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : compareForPlan(a, b)))
      .map((action) => ({
        id: action.id,
        title: action.title,
        status: action.status,
        priority: action.priority,
        dueText: dueText(t, dueState(action, today), locale),
        isOverdue: isOverdue(action, today),
        cityName: cityName.get(action.ownerCityId) ?? t("actions.unknownCity"),
        ownerName: action.ownerPersonId ? (ownerName.get(action.ownerPersonId) ?? null) : null,
        themes: action.themes,
        sessionTitle: action.sessionId ? (sessionTitle.get(action.sessionId) ?? null) : null,
      })),
  };
}
