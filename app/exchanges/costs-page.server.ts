// The costs of an exchange by city and delegate, with totals per city and for the exchange, each
// per currency (never converted): managers see every city, a city representative their own city
// only and no exchange total. A fixed number of queries whatever the number of lines.
import type { Viewer } from "~/accounts/policy";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";
import { invariantResponse } from "~/utils/invariant";
import { listCities } from "~models/city.server";
import { listCostsOfConvening, type DelegateCostRecord } from "~models/delegate-cost.server";
import { getPeopleByIds } from "~models/person.server";
import { listRegistrationsForConvening } from "~models/registration.server";
import type { Exchange } from "./delegate.server";
import { costsScopeOf } from "./delegate-records-policy";
import { toCostLineView, toTotalsView, type CostLineView, type TotalsView } from "./delegate-costs.server";

export type DelegateCosts = {
  personId: string;
  name: string;
  /** False for someone whose place ended after costs were recorded: the money was still spent. */
  isDelegate: boolean;
  lines: CostLineView[];
  totals: TotalsView;
};

export type CityCosts = { cityId: string | null; cityName: string; delegates: DelegateCosts[]; totals: TotalsView };

export type CostsPage = { cities: CityCosts[]; exchangeTotals: TotalsView | null };

const cityKey = (cityId: string | null) => cityId ?? "";

export async function loadCostsPage(viewer: Viewer, exchange: Exchange): Promise<CostsPage> {
  const scope = costsScopeOf(viewer);
  invariantResponse(scope, "Only the programme team and city representatives can see costs.", { status: 403 });
  const inScope = (cityId: string | null) => scope === "all" || cityId === scope.cityId;
  const [registrations, allLines, cities] = await Promise.all([
    listRegistrationsForConvening(exchange.id, { statuses: PLACE_HOLDING_STATUSES }),
    listCostsOfConvening(exchange.id),
    listCities(),
  ]);
  const delegates = registrations.filter((registration) => inScope(registration.cityId));
  const lines = allLines.filter((line) => inScope(line.cityId));
  const people = await getPeopleByIds([
    ...new Set([...delegates.map((one) => one.personId), ...lines.map((line) => line.personId)]),
  ]);
  const cityNames = new Map(cities.map((city) => [city.id, city.name]));

  // Each city's people: its delegates, then anyone else its lines were recorded for.
  const byCity = new Map<string, { cityId: string | null; people: Map<string, DelegateCostRecord[]> }>();
  const personIn = (cityId: string | null, personId: string) => {
    let city = byCity.get(cityKey(cityId));
    if (!city) byCity.set(cityKey(cityId), (city = { cityId, people: new Map() }));
    if (!city.people.has(personId)) city.people.set(personId, []);
    return city.people.get(personId)!;
  };
  for (const delegate of delegates) personIn(delegate.cityId, delegate.personId);
  for (const line of lines) personIn(line.cityId, line.personId).push(line);

  const delegateIds = new Set(delegates.map((delegate) => `${cityKey(delegate.cityId)}:${delegate.personId}`));
  const citiesCosts: CityCosts[] = [...byCity.values()].map(({ cityId, people: cityPeople }) => ({
    cityId,
    cityName: cityId ? (cityNames.get(cityId) ?? "Unknown city") : "No city (partners, speakers)",
    delegates: [...cityPeople.entries()]
      .map(([personId, personLines]) => ({
        personId,
        name: people.get(personId)?.name ?? "Unknown person",
        isDelegate: delegateIds.has(`${cityKey(cityId)}:${personId}`),
        lines: personLines.map(toCostLineView),
        totals: toTotalsView(personLines),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    totals: toTotalsView([...cityPeople.values()].flat()),
  }));
  citiesCosts.sort((a, b) => (a.cityId === null ? 1 : b.cityId === null ? -1 : a.cityName.localeCompare(b.cityName)));
  return { cities: citiesCosts, exchangeTotals: scope === "all" ? toTotalsView(lines) : null };
}
