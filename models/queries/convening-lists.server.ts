// Convening lists with their filters. Who may see drafts is the convenings policy's decision;
// the caller passes it in, and the filter is applied in the query.
import type { ConveningKind } from "~/domain/vocabulary/convenings";
import { findConveningViews, type ConveningView } from "~models/convening.server";
import { isValidId } from "~models/ids.server";

export type ConveningListItem = ConveningView<"list">;

export type ConveningFilters = {
  kind?: ConveningKind | null;
  phase?: 1 | 2 | null;
  hostCityId?: string | null;
  theme?: string | null;
  /** upcoming: not yet over; past: over. */
  when?: "upcoming" | "past" | null;
  now?: Date;
};

/** Convenings for lists, oldest first; drafts only when asked (managers), filtered in the query. */
export async function listConvenings(
  options: { includeDrafts: boolean } & ConveningFilters,
): Promise<ConveningListItem[]> {
  const filter: Record<string, unknown> = options.includeDrafts ? {} : { status: { $ne: "draft" } };
  if (options.kind) filter.kind = options.kind;
  if (options.phase) filter.phase = options.phase;
  if (options.hostCityId) {
    if (!isValidId(options.hostCityId)) return [];
    filter.hostCityId = options.hostCityId;
  }
  if (options.theme) filter.themes = options.theme;
  const now = options.now ?? new Date();
  if (options.when === "upcoming") filter.endsAt = { $gte: now };
  if (options.when === "past") filter.endsAt = { $lt: now };
  return findConveningViews(filter, "list");
}
