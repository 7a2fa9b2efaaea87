// Keeps the stored action summaries right on every write made through the action model, as
// change tokens and agenda copies are kept: a hook reads the actions a write touches before and
// after it (by _id) and applies the difference to the programme's summary and to each city's
// concerned, over the revision read. A summary not stored yet is left for its first read to
// build. Writes racing a rebuild can leave a summary off by one action; `npm run repair`
// rebuilds them all (repairActionSummaries).
import type { Query, Schema } from "mongoose";
import { applyChanges, type ActionFacts, type Summary, type SummaryKind } from "~/domain/follow-ups/action-summary";
import {
  citySummaryId,
  dropSummaries,
  hasSummaries,
  PROGRAMME_SUMMARY_ID,
  readStoredSummary,
  storeSummaryOver,
} from "./action-summary.server";
import { QUERY_WRITES } from "./query-writes.server";

export type ActionChange = { before: ActionFacts | null; after: ActionFacts | null };

const MAX_ATTEMPTS = 5;

async function applyTo(id: string, kind: SummaryKind, changes: ActionChange[]) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const stored = await readStoredSummary(id);
    if (!stored) return; // built from the actions on its first read
    const next: Summary = applyChanges(kind, stored.summary, changes);
    if (await storeSummaryOver(id, stored, next)) return;
  }
  // Lost every race: forget it rather than leave it wrong; the next read rebuilds it.
  await dropSummaries([id]);
}

/** Applies changed actions to the programme summary and the summaries of the cities concerned. */
export async function applyActionChanges(changes: ActionChange[]) {
  const real = changes.filter(({ before, after }) => JSON.stringify(before) !== JSON.stringify(after));
  if (real.length === 0) return;
  const byCity = new Map<string, ActionChange[]>();
  const push = (cityId: string, change: ActionChange) => byCity.set(cityId, [...(byCity.get(cityId) ?? []), change]);
  for (const { before, after } of real) {
    if (before && after && before.ownerCityId === after.ownerCityId) push(after.ownerCityId, { before, after });
    else {
      if (before) push(before.ownerCityId, { before, after: null });
      if (after) push(after.ownerCityId, { before: null, after });
    }
  }
  await Promise.all([
    applyTo(PROGRAMME_SUMMARY_ID, "programme", real),
    ...[...byCity].map(([cityId, cityChanges]) => applyTo(citySummaryId(cityId), "city", cityChanges)),
  ]);
}

type ActionQuery = Query<unknown, unknown>;
type Touched = { ids: string[]; before: Map<string, ActionFacts> };

export type FactsReader = {
  /** The facts of the actions with these ids (missing ones left out). */
  byIds: (ids: string[]) => Promise<ActionFacts[]>;
  /** The ids of the actions a filter matches (a query write that does not name one _id). */
  idsMatching: (filter: Record<string, unknown>) => Promise<string[]>;
};

const namedId = (filter: Record<string, unknown>) => {
  const id = filter._id;
  return typeof id === "string" || (typeof id === "object" && id !== null && "toHexString" in id) ? String(id) : null;
};

/** Installs the hooks on the action schema. Driver calls (`Model.collection`) bypass them. */
export function keepActionSummariesOnWrite(schema: Schema, facts: FactsReader) {
  const touched = new WeakMap<object, Touched>();
  const byId = (list: ActionFacts[]) => new Map(list.map((item) => [item.id, item]));
  const changesFor = async ({ ids, before }: Touched) => {
    const after = byId(await facts.byIds(ids));
    return ids.map((id) => ({ before: before.get(id) ?? null, after: after.get(id) ?? null }));
  };

  schema.pre([...QUERY_WRITES], async function (this: ActionQuery) {
    // Nothing to keep before the first page read (a fresh database, the seed's bulk load).
    if (!(await hasSummaries())) return;
    const filter = this.getFilter();
    const named = namedId(filter);
    const ids = named ? [named] : await facts.idsMatching(filter);
    touched.set(this, { ids, before: byId(await facts.byIds(ids)) });
  });
  schema.post([...QUERY_WRITES], async function (this: ActionQuery) {
    const state = touched.get(this);
    if (!state) return;
    const update = this.getUpdate() as { $setOnInsert?: unknown } | null;
    // An upsert may have created an action the filter did not name by _id: read it by what it matched.
    if (state.ids.length === 0 && update && this.getOptions().upsert)
      state.ids = await facts.idsMatching(this.getFilter());
    await applyActionChanges(await changesFor(state));
  });

  schema.pre("save", async function (this: { isNew: boolean; _id: unknown }) {
    if (!(await hasSummaries())) return;
    const id = String(this._id);
    touched.set(this, { ids: [id], before: this.isNew ? new Map() : byId(await facts.byIds([id])) });
  });
  schema.post("save", async function (this: object) {
    const state = touched.get(this);
    if (state) await applyActionChanges(await changesFor(state));
  });
  schema.post("insertMany", async (docs: Array<{ _id: unknown }>) => {
    if (!(await hasSummaries())) return;
    const ids = docs.map((doc) => String(doc._id));
    await applyActionChanges(await changesFor({ ids, before: new Map() }));
  });
}
