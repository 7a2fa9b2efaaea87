// The exchange and the delegate a page is about, or the refusal: 404 for a convening that is not
// a learning exchange (or a draft, to anyone but managers) and for someone without a place on it,
// 403 for a person the delegate records policy keeps out.
import type { Viewer } from "~/accounts/policy";
import { isManager } from "~/accounts/policy";
import { localDayKey } from "~/domain/local-time";
import { returnDayOf } from "~/domain/exchanges/travel-documents";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { requireRegistrationConvening } from "~/registration/readable-convening.server";
import { invariantResponse } from "~/utils/invariant";
import { getCityById } from "~models/city.server";
import type { RegistrationConvening } from "~models/convening.server";
import { getPerson } from "~models/person.server";
import { getRegistrationOf } from "~models/registration.server";
import { canSeeDelegate, type DelegateRef } from "./delegate-records-policy";

export type Exchange = RegistrationConvening;

/** The learning exchange at this address as `viewer` may read it, or 404. */
export async function requireExchange(viewer: Viewer, conveningId: string | undefined): Promise<Exchange> {
  const convening = await requireRegistrationConvening(viewer, conveningId);
  invariantResponse(convening.kind === "learning-exchange", "There is no learning exchange at this address.", {
    status: 404,
  });
  return convening;
}

export type Delegate = DelegateRef & {
  name: string;
  cityName: string;
  /** The exchange's last day at its place, YYYY-MM-DD. */
  lastDay: string;
  /** The day the delegate comes home: documents must be valid until then. */
  returnDay: string;
};

const NOT_ALLOWED = "Only the delegate, their city's representatives and the programme team can see this page.";

/** The delegate `personId` of the exchange, when `viewer` may see them. */
export async function requireDelegate(
  viewer: Viewer,
  exchange: Exchange,
  personId: string | undefined,
): Promise<Delegate> {
  // Someone who is neither the programme team, a city representative nor this person learns
  // nothing, not even whether the person is a delegate.
  invariantResponse(isManager(viewer) || viewer.role === "city-rep" || viewer.id === personId, NOT_ALLOWED, {
    status: 403,
  });
  const registration = personId ? await getRegistrationOf(exchange.id, personId) : null;
  const isDelegate = registration && (PLACE_HOLDING_STATUSES as readonly string[]).includes(registration.status);
  invariantResponse(isDelegate, "There is no delegate of this exchange at this address.", { status: 404 });
  const ref = { personId: registration.personId, cityId: registration.cityId };
  invariantResponse(canSeeDelegate(viewer, ref), NOT_ALLOWED, { status: 403 });
  const [person, city] = await Promise.all([
    getPerson(registration.personId),
    registration.cityId ? getCityById(registration.cityId) : Promise.resolve(null),
  ]);
  const lastDay = localDayKey(new Date(exchange.endsAt), exchange.timeZone);
  return {
    ...ref,
    name: person?.name ?? "Unknown person",
    cityName: city?.name ?? "No city",
    lastDay,
    returnDay: returnDayOf(lastDay, registration.departureDate),
  };
}
