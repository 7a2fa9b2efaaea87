// A learning report as it is read: the stored text (introduction, conclusions, picked quotes)
// and the figures computed at read from the convenings held in its range, their registrations,
// feedback and follow-up actions, with the change since the previous report.
import type { Viewer } from "~/accounts/policy";
import { MIN_GROUP } from "~/domain/feedback/summary";
import { frameworkTitle } from "~/domain/vocabulary/framework";
import { summariseConveningFeedback } from "~/feedback/results.server";
import { getCityNames } from "~models/city.server";
import {
  addLearningReportQuote,
  createLearningReport,
  findPreviousLearningReport,
  getLearningReport,
  listLearningReports,
  removeLearningReportQuote,
  updateLearningReportText,
  type LearningReportRecord,
} from "~models/learning-report.server";
import { listPhases } from "~models/phase.server";
import { newId } from "~models/ids.server";
import {
  listActionsOfConvenings,
  listHeldConvenings,
  listRegistrationsOfConvenings,
} from "~models/queries/report-figures.server";

const WITH_A_PLACE = new Set(["registered", "attended", "no-show"]);

export type AimMet = { number: number; text: string; answers: number; mean: number | null };
export type ReportConveningFigures = {
  id: string;
  title: string;
  startsOn: string;
  aims: AimMet[];
  /** True when the convening has a feedback form with answers. */
  hasFeedback: boolean;
  openAnswers: string[];
};
export type CityAttendance = { cityId: string; city: string; registered: number; attended: number };
export type CountRow = { key: string; label: string; opened: number; done: number };
export type ReportFigures = {
  convenings: ReportConveningFigures[];
  attendanceByConvening: Array<{ conveningId: string; title: string; cities: CityAttendance[] }>;
  attendanceByCity: CityAttendance[];
  actionsByTheme: CountRow[];
  actionsByCity: CountRow[];
  totals: {
    convenings: number;
    registered: number;
    attended: number;
    actionsOpened: number;
    actionsDone: number;
    aimsMet: number;
    aimsMeasured: number;
  };
};
export type Delta = { label: string; now: number; before: number; change: number };
export type LearningReportView = LearningReportRecord & {
  figures: ReportFigures;
  previous: { id: string; title: string; deltas: Delta[] } | null;
};

/** An aim counts as met when its mean score is at least this (of 5). */
export const AIM_MET_MEAN = 4;

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 24 * 60 * 60 * 1000);
const inRange = (iso: string, report: Pick<LearningReportRecord, "startsOn" | "endsOn">) =>
  iso.slice(0, 10) >= report.startsOn && iso.slice(0, 10) <= report.endsOn;

function countRows(map: Map<string, CountRow>): CountRow[] {
  return [...map.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export async function computeReportFigures(
  report: Pick<LearningReportRecord, "startsOn" | "endsOn">,
  viewer: Viewer,
): Promise<ReportFigures> {
  const convenings = await listHeldConvenings(dayStart(report.startsOn), dayAfter(report.endsOn));
  const ids = convenings.map((convening) => convening.id);
  const [registrations, actions, feedback] = await Promise.all([
    listRegistrationsOfConvenings(ids),
    listActionsOfConvenings(ids),
    Promise.all(ids.map((id) => summariseConveningFeedback(id, viewer))),
  ]);
  const cityIds = new Set<string>();
  for (const list of registrations.values()) for (const r of list) if (r.cityId) cityIds.add(r.cityId);
  for (const action of actions) cityIds.add(action.ownerCityId);
  const cityNames = await getCityNames([...cityIds]);
  const cityName = (id: string) => cityNames.get(id) ?? "A city no longer listed";

  const overall = new Map<string, CityAttendance>();
  const attendanceByConvening = convenings.map((convening) => {
    const perCity = new Map<string, CityAttendance>();
    for (const registration of registrations.get(convening.id) ?? []) {
      if (!registration.cityId || !WITH_A_PLACE.has(registration.status)) continue;
      for (const map of [perCity, overall]) {
        const row = map.get(registration.cityId) ?? {
          cityId: registration.cityId,
          city: cityName(registration.cityId),
          registered: 0,
          attended: 0,
        };
        row.registered += 1;
        if (registration.status === "attended") row.attended += 1;
        map.set(registration.cityId, row);
      }
    }
    return {
      conveningId: convening.id,
      title: convening.title,
      cities: [...perCity.values()].sort((a, b) => a.city.localeCompare(b.city)),
    };
  });

  const byTheme = new Map<string, CountRow>();
  const byCity = new Map<string, CountRow>();
  let actionsOpened = 0;
  let actionsDone = 0;
  for (const action of actions) {
    // The timeline starts with the raising of the action: its time is when it was opened.
    const opened = inRange(action.updates[0]?.at ?? action.createdAt, report) ? 1 : 0;
    const done = action.updates.some((update) => update.statusTo === "done" && inRange(update.at, report)) ? 1 : 0;
    if (!opened && !done) continue;
    actionsOpened += opened;
    actionsDone += done;
    const rows: Array<[Map<string, CountRow>, string, string]> = [
      [byCity, action.ownerCityId, cityName(action.ownerCityId)],
      ...(action.themes.length ? action.themes : ["none"]).map(
        (theme) =>
          [byTheme, theme, theme === "none" ? "No theme" : frameworkTitle(theme)] as [
            Map<string, CountRow>,
            string,
            string,
          ],
      ),
    ];
    for (const [map, key, label] of rows) {
      const row = map.get(key) ?? { key, label, opened: 0, done: 0 };
      row.opened += opened;
      row.done += done;
      map.set(key, row);
    }
  }

  let aimsMet = 0;
  let aimsMeasured = 0;
  const conveningFigures = convenings.map((convening, index) => {
    const results = feedback[index];
    const summaries = new Map((results?.aims ?? []).map((aim) => [aim.aimNumber, aim]));
    const aims = convening.aims.map((text, aimIndex) => {
      const summary = summaries.get(aimIndex + 1);
      const answers = summary?.answers ?? 0;
      const mean = summary && answers >= MIN_GROUP ? summary.mean : null;
      if (mean !== null) {
        aimsMeasured += 1;
        if (mean >= AIM_MET_MEAN) aimsMet += 1;
      }
      return { number: aimIndex + 1, text, answers, mean };
    });
    const openAnswers =
      results?.questions.flatMap((question) =>
        question.kind === "text" ? (question.openAnswers ?? []).map((answer) => answer.text) : [],
      ) ?? [];
    return {
      id: convening.id,
      title: convening.title,
      startsOn: convening.startsAt.toISOString().slice(0, 10),
      aims,
      hasFeedback: (results?.respondents ?? 0) > 0,
      // The same words from several people are one quote to pick.
      openAnswers: [...new Set(openAnswers)],
    };
  });

  const attendanceByCity = [...overall.values()].sort((a, b) => a.city.localeCompare(b.city));
  return {
    convenings: conveningFigures,
    attendanceByConvening,
    attendanceByCity,
    actionsByTheme: countRows(byTheme),
    actionsByCity: countRows(byCity),
    totals: {
      convenings: convenings.length,
      registered: attendanceByCity.reduce((sum, row) => sum + row.registered, 0),
      attended: attendanceByCity.reduce((sum, row) => sum + row.attended, 0),
      actionsOpened,
      actionsDone,
      aimsMet,
      aimsMeasured,
    },
  };
}

function deltas(now: ReportFigures["totals"], before: ReportFigures["totals"]): Delta[] {
  const rows: Array<[string, keyof ReportFigures["totals"]]> = [
    ["Convenings held", "convenings"],
    ["Attended", "attended"],
    ["Actions done", "actionsDone"],
    ["Aims met", "aimsMet"],
  ];
  return rows.map(([label, key]) => ({ label, now: now[key], before: before[key], change: now[key] - before[key] }));
}

/** The report with its figures, or null for an unknown id. The caller has checked canReadReports. */
export async function readLearningReport(id: string, viewer: Viewer): Promise<LearningReportView | null> {
  const report = await getLearningReport(id);
  if (!report) return null;
  const [figures, previousReport] = await Promise.all([
    computeReportFigures(report, viewer),
    findPreviousLearningReport(report),
  ]);
  const previous = previousReport
    ? {
        id: previousReport.id,
        title: previousReport.title,
        deltas: deltas(figures.totals, (await computeReportFigures(previousReport, viewer)).totals),
      }
    : null;
  return { ...report, figures, previous };
}

export type CreateResult = { ok: true; id: string } | { ok: false; field: "phase"; message: string };

/** A new report for a phase (its days) or for the given days. */
export async function createReport(
  input: { title: string; phase: string; startsOn: string; endsOn: string; reportId: string },
  by: Viewer,
): Promise<CreateResult> {
  let range = { phase: null as number | null, startsOn: input.startsOn, endsOn: input.endsOn };
  if (input.phase !== "") {
    const phase = (await listPhases()).find((entry) => String(entry.number) === input.phase);
    if (!phase) return { ok: false, field: "phase", message: "Choose one of the listed phases" };
    range = {
      phase: phase.number,
      startsOn: phase.startsOn,
      endsOn: phase.endsOn ?? new Date().toISOString().slice(0, 10),
    };
  }
  const id = await createLearningReport({ title: input.title, ...range }, by.id, input.reportId);
  return { ok: true, id };
}

export const saveReportText = updateLearningReportText;
export const dropReportQuote = removeLearningReportQuote;

/** Picks a quote: it must be one of the open answers of a convening in the report's range. */
export async function pickReportQuote(
  report: LearningReportView,
  conveningId: string,
  quote: string,
): Promise<boolean> {
  const convening = report.figures.convenings.find((entry) => entry.id === conveningId);
  if (!convening || !convening.openAnswers.includes(quote)) return false;
  if (report.quotes.some((picked) => picked.conveningId === conveningId && picked.text === quote)) return true;
  return addLearningReportQuote(report.id, { text: quote, conveningId, conveningTitle: convening.title });
}

export { listLearningReports, listPhases };

/** The id a new-report form carries, so the same form sent twice makes one report. */
export const newReportId = newId;
