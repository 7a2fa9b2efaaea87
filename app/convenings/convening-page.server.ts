// The convening page's data: the agenda in the reader's zone, who is coming, what changed since
// the reader's last visit, and what the reader may do, each decided by its feature's policy.
import { conveningCalendarLinks } from "~/calendar/feeds.server";
import { buildAgenda, sessionsAsListed, viewerZoneFromCookie } from "~/domain/agenda/agenda-view";
import { agendaWarnings } from "~/domain/agenda/warnings";
import { formatDateRange, formatLocalTime } from "~/domain/local-time";
import { loadItineraryLinks } from "~/exchanges/itinerary-links.server";
import { canReadPlans } from "~/follow-ups/policy";
import { canWriteMessages } from "~/messages/policy";
import { canRegisterPeople } from "~/registration/policy";
import { placesForCity, registrationWindowRefusal } from "~/registration/rules";
import { getEnv } from "~/utils/env.server";
import { FORMAT_LOCALE } from "~/domain/languages";
import { translateRequest } from "~/i18n/translate.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { getCityNames } from "~models/city.server";
import { getWhoIsComing } from "~models/convening-attendance.server";
import { listChanges } from "~models/convening-change.server";
import { recordVisit } from "~models/convening-visit.server";
import type { ConveningRecord } from "~models/convening.server";
import type { SignedInPerson } from "~models/person.server";
import { agendaDayPlaces, cityPlacesView, conveningRoute } from "./convening-route";
import { deleteDraftConfirmation, reinstateConfirmation } from "./lifecycle-confirmations";
import {
  canCancelConvening,
  canCompleteConvening,
  canDeleteConvening,
  canEditConvening,
  canManageShareLink,
  canPlanConvenings,
  canPublishConvening,
  canReinstateConvening,
  canSeeJoiningLink,
  canSeePeopleNames,
  canSeeShareLink,
  isPublic,
} from "./policy";

/** What the convening page shows this reader (a guest, a rep or a manager). */
export async function loadConveningPage(request: Request, person: SignedInPerson | null, convening: ConveningRecord) {
  const viewerZone = viewerZoneFromCookie(request.headers.get("Cookie"));
  const { language, t } = await translateRequest(request);
  const locale = FORMAT_LOCALE[language];
  // The host city and the cities with places of their own, named in one read by _id.
  const namedCityIds = [convening.hostCityId, ...convening.registration.cityPlaces.map((entry) => entry.cityId)];
  const [sessions, coming, previousVisit, cityNames, calendarLinks, itineraryLinks] = await Promise.all([
    listAgendaSessions(convening.id),
    getWhoIsComing(convening.id, { withNames: canSeePeopleNames(person) }),
    person ? recordVisit(person.id, convening.id) : Promise.resolve(null),
    namedCityIds.some(Boolean)
      ? getCityNames(namedCityIds.filter((id): id is string => Boolean(id)))
      : Promise.resolve(new Map<string, string>()),
    isPublic(convening) ? conveningCalendarLinks(convening.id) : Promise.resolve(null),
    loadItineraryLinks(person, convening),
  ]);
  // Changes since this person's last visit, other than their own; history is only read when there are some.
  const hasNewChanges = Boolean(previousVisit && convening.lastChangeAt && convening.lastChangeAt > previousVisit);
  const changes = hasNewChanges ? await listChanges(convening.id, { since: previousVisit }) : [];
  const changedSince = changes.filter((change) => change.personId !== person?.id);
  const changedSessionIds = new Set(changedSince.flatMap((change) => (change.sessionId ? [change.sessionId] : [])));
  const now = new Date();
  const isPlanner = canPlanConvenings(person);
  const isRegistered = person ? coming.registeredPersonIds.includes(person.id) : false;
  const isRegistrationOpen = registrationWindowRefusal(convening, now) === null;
  // Speakers are people: named to signed-in programme members only, as on the share link and print.
  const days = buildAgenda(sessionsAsListed(convening, sessions), {
    viewerZone,
    now,
    event: convening,
    changedSessionIds,
    includeSpeakers: canSeePeopleNames(person),
    locale,
  });
  return {
    convening: {
      id: convening.id,
      title: convening.title,
      kind: convening.kind,
      status: convening.status,
      summary: convening.summary,
      phase: convening.phase,
      format: convening.format,
      aims: convening.aims,
      themes: convening.themes,
      places: convening.places,
      route: conveningRoute(convening, locale),
      cityPlaces: cityPlacesView(convening.registration, cityNames, t("convenings.places.anotherCity")),
      cancelReason: convening.cancelReason,
      dateRange: formatDateRange(convening.startsAt, convening.endsAt, convening.timeZone, locale),
      times: t("convenings.page.times", {
        start: formatLocalTime(convening.startsAt, convening.timeZone),
        end: formatLocalTime(convening.endsAt, convening.timeZone),
      }),
      timeZone: convening.timeZone,
      hostCityName: convening.hostCityId ? (cityNames.get(convening.hostCityId) ?? null) : null,
      onlineUrl: canSeeJoiningLink(person, { isRegistered }) ? convening.onlineUrl : null,
      hasOnlineUrl: Boolean(convening.onlineUrl),
      shareUrl: canSeeShareLink(person, convening) ? `${getEnv().APP_URL}/share/${convening.shareToken}` : null,
      isShareLinkOn: convening.isShareLinkOn,
      isPublic: isPublic(convening),
      capacity: convening.registration.capacity,
      placesPerCity: convening.registration.placesPerCity,
    },
    days,
    // Each warning names the sessions it is about, so the page links to each one.
    warnings: isPlanner
      ? agendaWarnings(convening, sessions).map(({ kind, message, sessionIds }) => ({
          kind,
          message,
          sessions: sessionIds.map((sessionId) => ({
            id: sessionId,
            title: sessions.find((session) => session.id === sessionId)?.title ?? t("convenings.page.theSession"),
          })),
        }))
      : [],
    dayPlaces: agendaDayPlaces(convening.places, days),
    // Counts and (for programme members) names; never the attendees' ids.
    coming: {
      total: coming.total,
      byCity: coming.byCity.map((row) => ({
        ...row,
        places: row.cityId ? placesForCity(convening.registration, row.cityId) : null,
      })),
      people: coming.people,
    },
    calendarLinks,
    // A learning exchange's itinerary, and its segments behind the agenda's travel legs.
    itinerary: itineraryLinks,
    viewer: {
      isSignedIn: Boolean(person),
      isManager: isPlanner,
      canRegister: isRegistrationOpen && canRegisterPeople(person),
      canSeeAttendees: canRegisterPeople(person),
      canWriteMessages: canWriteMessages(person, convening),
      canReadOutcomes: person ? canReadPlans(person).ok : false,
      canEdit: canEditConvening(person, convening),
      canPublish: canPublishConvening(person, convening),
      canCancel: canCancelConvening(person, convening),
      canComplete: canCompleteConvening(person, convening, now),
      canManageShareLink: canManageShareLink(person, convening),
      // What deleting the draft or reinstating would do, for the dialog to ask; null when not offered.
      deleteDraft: canDeleteConvening(person, convening) ? deleteDraftConfirmation(convening.title, t) : null,
      reinstate: canReinstateConvening(person, convening)
        ? reinstateConfirmation(convening.title, convening.endsAt < now, t)
        : null,
      isRegistered,
      zone: viewerZone,
    },
    changedCount: changedSince.length,
    isFirstVisit: Boolean(person) && previousVisit === null,
  };
}
