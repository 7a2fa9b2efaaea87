// The dashboard's filters (?city=<slug>&phase=<n>&convening=<id>), read from the URL so a filtered
// view can be bookmarked and shared, and turned into the set of actions to count. A value that
// names nothing is reported at its field and left out, never a 500.
import type { ActionFilter } from "~models/follow-up-action.server";
import type { CitySummary } from "~models/city.server";
import { listPhases } from "~models/phase.server";
import { listPublishedConvenings } from "~models/queries/action-context.server";
import type { Translate } from "~/i18n/translator";

export type DashboardFilterValues = { city: string; phase: string; convening: string };
export type DashboardFilterErrors = Partial<Record<keyof DashboardFilterValues, string>>;

export type DashboardFilter = {
  values: DashboardFilterValues;
  errors: DashboardFilterErrors;
  /** Null when nothing is filtered: the programme's stored summary answers. */
  scope: ActionFilter | null;
  /** "Bristol · Phase 2", for the heading and the page title. */
  description: string;
  options: {
    cities: Array<{ slug: string; name: string }>;
    phases: Array<{ number: number; name: string }>;
    convenings: Array<{ id: string; title: string; phase: number }>;
  };
};

export async function readDashboardFilter(
  search: URLSearchParams,
  cities: CitySummary[],
  t: Translate,
): Promise<DashboardFilter> {
  const values: DashboardFilterValues = {
    city: search.get("city")?.trim() ?? "",
    phase: search.get("phase")?.trim() ?? "",
    convening: search.get("convening")?.trim() ?? "",
  };
  const [phases, convenings] = await Promise.all([listPhases(), listPublishedConvenings()]);
  const errors: DashboardFilterErrors = {};
  const scope: ActionFilter = {};
  const described: string[] = [];

  if (values.city) {
    const city = cities.find((candidate) => candidate.slug === values.city);
    if (city) {
      scope.cityId = city.id;
      described.push(city.name);
    } else errors.city = t("dashboard.filter.noCity");
  }
  let conveningIds: string[] | null = null;
  if (values.phase) {
    const phase = phases.find((candidate) => String(candidate.number) === values.phase);
    if (phase) {
      conveningIds = convenings.filter((convening) => convening.phase === phase.number).map(({ id }) => id);
      described.push(phase.name);
    } else errors.phase = t("dashboard.filter.noPhase");
  }
  if (values.convening) {
    const convening = convenings.find((candidate) => candidate.id === values.convening);
    if (convening) {
      // Both a phase and a convening: the convening's actions, if it is in that phase.
      conveningIds = conveningIds ? conveningIds.filter((id) => id === convening.id) : [convening.id];
      described.push(convening.title);
    } else errors.convening = t("dashboard.filter.noConvening");
  }
  if (conveningIds) scope.conveningIds = conveningIds;

  return {
    values,
    errors,
    scope: scope.cityId || scope.conveningIds ? scope : null,
    description: described.join(" · "),
    options: {
      cities: cities.map(({ slug, name }) => ({ slug, name })),
      phases: phases.map(({ number, name }) => ({ number, name })),
      convenings: [...convenings]
        .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
        .map(({ id, title, phase }) => ({ id, title, phase })),
    },
  };
}
