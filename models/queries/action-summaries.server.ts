// The stored action summaries as pages read them: by _id, built from the actions when missing or
// when they cannot answer for today (app/domain/follow-ups/summary-figures.ts says when), and
// rebuilt all at once by the repair pass.
import {
  agreesWith,
  buildSummary,
  isWithinWindow,
  windowFor,
  type Summary,
  type SummaryWindow,
} from "~/domain/follow-ups/action-summary";
import {
  ActionSummaryDocument,
  citySummaryId,
  dropSummaries,
  PROGRAMME_SUMMARY_ID,
  readStoredSummary,
  storeSummaryOver,
  type StoredSummary,
} from "../action-summary.server";
import { CHANGE_TOKENS, readChangeToken } from "../change-token.server";
import { readActionFacts } from "../follow-up-action.server";

/** The stored summary a rebuild replaces (null: none yet). */
type Over = Pick<StoredSummary, "revision" | "generation"> | null;

export function readProgrammeSummary(): Promise<StoredSummary | null> {
  return readStoredSummary(PROGRAMME_SUMMARY_ID);
}

export function readCitySummary(cityId: string): Promise<StoredSummary | null> {
  return readStoredSummary(citySummaryId(cityId));
}

/**
 * Builds a summary from the actions (one scan) and stores it over `revision`. A write during the
 * scan (the actions' change token moved) may be missing from it: it is served but not kept.
 */
async function rebuild(id: string, over: Over, build: () => Promise<Summary>): Promise<Summary> {
  const token = await readChangeToken(CHANGE_TOKENS.actions);
  const summary = await build();
  if (!(await storeSummaryOver(id, over, summary))) return summary;
  if ((await readChangeToken(CHANGE_TOKENS.actions)) !== token) await dropSummaries([id]);
  return summary;
}

export function rebuildProgrammeSummary(today: string, over: Over): Promise<Summary> {
  return rebuild(PROGRAMME_SUMMARY_ID, over, async () =>
    buildSummary("programme", await readActionFacts("all"), windowFor(today)),
  );
}

export function rebuildCitySummary(
  cityId: string,
  options: { today: string; since: string | null },
  over: Over,
): Promise<Summary> {
  return rebuild(citySummaryId(cityId), over, async () =>
    buildSummary("city", await readActionFacts({ cityId }), windowFor(options.today), options.since),
  );
}

export type SummaryRepair = { checked: number; corrected: number };

/**
 * Rebuilds every stored summary from the actions and reports how many were wrong (left so by
 * writes that raced); a summary whose window has passed moves to today's. Cities keep the
 * convening their changes count from.
 */
export async function repairActionSummaries(today: string): Promise<SummaryRepair> {
  const stored = await ActionSummaryDocument.find().select("_id").lean();
  const facts = await readActionFacts("all");
  let corrected = 0;
  for (const { _id: id } of stored) {
    const current = await readStoredSummary(id);
    if (!current) continue;
    const { window, since } = current.summary;
    const build = (at: SummaryWindow) =>
      id === PROGRAMME_SUMMARY_ID
        ? buildSummary("programme", facts, at)
        : buildSummary(
            "city",
            facts.filter((action) => citySummaryId(action.ownerCityId) === id),
            at,
            since,
          );
    const isRight = agreesWith(current.summary, build(window));
    if (!isRight) corrected += 1;
    if (isRight && isWithinWindow(window, today)) continue;
    const next = isWithinWindow(window, today) ? build(window) : build(windowFor(today));
    if (!(await storeSummaryOver(id, current, next))) await dropSummaries([id]);
  }
  return { checked: stored.length, corrected };
}
