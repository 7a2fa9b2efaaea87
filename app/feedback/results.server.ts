// A convening's feedback results as one viewer may see them: every figure is filtered here, so
// what the loader returns is what the page shows. The learning report calls
// summariseConveningFeedback for how far each aim was met; keep its signature.
import type { Viewer } from "~/accounts/policy";
import { PROGRAMME_ROLE_LABELS, ROLE_LABELS } from "~/domain/vocabulary/people";
import {
  aimSummaries,
  breakdown,
  MIN_GROUP,
  summariseQuestions,
  type AimSummary,
  type GroupRow,
  type QuestionSummary,
} from "~/domain/feedback/summary";
import { getFeedbackForm } from "~models/feedback-form.server";
import { countAnswersByCity } from "~models/feedback-invitation.server";
import { listFeedbackResponses } from "~models/feedback-response.server";
import { getRespondentNames, getResultCityNames } from "~models/queries/feedback-results.server";
import { canReadFeedbackResults, canSeeCityResults, canSeeNamesAndRoles } from "./results-policy";

export type ResponseRate = {
  cityId: string | null;
  city: string;
  invited: number;
  answered: number;
  percent: number | null;
};

export type FeedbackResults = {
  hasForm: boolean;
  named: boolean;
  sent: boolean;
  /** How many answered in all; the figures below are null/empty when fewer than MIN_GROUP. */
  respondents: number;
  shown: boolean;
  questions: QuestionSummary[];
  aims: AimSummary[];
  responseRates: ResponseRate[];
  total: Omit<ResponseRate, "cityId" | "city">;
  byCity: GroupRow[];
  /** Managers only; null for everyone else. */
  byRole: GroupRow[] | null;
};

const NO_CITY = "none";
const percentOf = (answered: number, invited: number) =>
  invited === 0 ? null : Math.round((answered / invited) * 100);

export function roleLabel(role: string): string {
  if (!role) return "No role given";
  return (
    (PROGRAMME_ROLE_LABELS as Record<string, string>)[role] ?? (ROLE_LABELS as Record<string, string>)[role] ?? role
  );
}

/** The results this viewer may see, or null when they may see none (not a manager or city rep). */
export async function summariseConveningFeedback(conveningId: string, viewer: Viewer): Promise<FeedbackResults | null> {
  if (!canReadFeedbackResults(viewer).ok) return null;
  const [form, responses, rates] = await Promise.all([
    getFeedbackForm(conveningId),
    listFeedbackResponses(conveningId),
    countAnswersByCity(conveningId),
  ]);
  const cityNames = await getResultCityNames([...rates.map((rate) => rate.cityId), ...responses.map((r) => r.cityId)]);
  const cityLabel = (key: string) => (key === NO_CITY ? "No city" : (cityNames.get(key) ?? "A city no longer listed"));
  const questions = form?.questions ?? [];
  const named = form?.named ?? false;
  const names =
    named && canSeeNamesAndRoles(viewer)
      ? await getRespondentNames(responses.flatMap((response) => (response.personId ? [response.personId] : [])))
      : null;
  const summaries = summariseQuestions(questions, responses, names);
  const byCity = breakdown(questions, responses, (response) => response.cityId ?? NO_CITY, cityLabel).filter((row) =>
    canSeeCityResults(viewer, row.key === NO_CITY ? null : row.key),
  );
  const byRole = canSeeNamesAndRoles(viewer)
    ? breakdown(questions, responses, (response) => response.role, roleLabel)
    : null;
  const invited = rates.reduce((sum, rate) => sum + rate.invited, 0);
  const answered = rates.reduce((sum, rate) => sum + rate.answered, 0);
  return {
    hasForm: form !== null,
    named,
    sent: Boolean(form?.sentAt),
    respondents: responses.length,
    shown: responses.length >= MIN_GROUP,
    questions: summaries,
    aims: aimSummaries(summaries),
    responseRates: rates
      .filter((rate) => canSeeCityResults(viewer, rate.cityId))
      .map((rate) => ({
        ...rate,
        city: cityLabel(rate.cityId ?? NO_CITY),
        percent: percentOf(rate.answered, rate.invited),
      }))
      .sort((a, b) => a.city.localeCompare(b.city)),
    total: { invited, answered, percent: percentOf(answered, invited) },
    byCity,
    byRole,
  };
}
