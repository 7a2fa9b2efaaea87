// A delegate's cost lines on the delegate page: read by the programme team, the delegate and
// their city's representatives, added and removed by managers. Amounts are shown in their own
// currency; totals are per currency and never converted.
import { parseWithZod } from "@conform-to/zod/v3";
import type { Viewer } from "~/accounts/policy";
import { amountText, formatMoney, totalsByCurrency } from "~/domain/exchanges/delegate-costs";
import { COST_CATEGORY_LABELS } from "~/domain/vocabulary/delegate-costs";
import { replyWithErrors, type FormResult } from "~/forms/schema-form";
import {
  addDelegateCostOnce,
  listCostsOfDelegate,
  newCostSubmissionId,
  removeDelegateCost,
  type DelegateCostRecord,
} from "~models/delegate-cost.server";
import type { Delegate, Exchange } from "./delegate.server";
import { canEditDelegateCosts, canReadDelegateCosts } from "./delegate-records-policy";
import { costLineSchema, removeCostSchema } from "./delegate-cost-form";

/** A line as pages show it: the amount in words and as the plain decimal a spreadsheet reads. */
export function toCostLineView(line: DelegateCostRecord) {
  return {
    id: line.id,
    category: line.category,
    categoryLabel: COST_CATEGORY_LABELS[line.category],
    description: line.description,
    currency: line.currency,
    amount: formatMoney(line.amountMinor, line.currency),
    amountText: amountText(line.amountMinor, line.currency),
  };
}

export type CostLineView = ReturnType<typeof toCostLineView>;

/** Totals per currency, each split by category, as pages show them. */
export function toTotalsView(lines: readonly DelegateCostRecord[]) {
  return totalsByCurrency(lines).map((total) => ({
    currency: total.currency,
    total: formatMoney(total.total, total.currency),
    totalText: amountText(total.total, total.currency),
    byCategory: Object.entries(total.byCategory)
      .filter(([, minor]) => minor > 0)
      .map(([category, minor]) => ({
        category,
        label: COST_CATEGORY_LABELS[category as keyof typeof COST_CATEGORY_LABELS],
        amount: formatMoney(minor, total.currency),
        amountText: amountText(minor, total.currency),
      })),
  }));
}

export type TotalsView = ReturnType<typeof toTotalsView>;

/** The delegate's lines and totals for `viewer`; null when they may not read them. */
export async function loadDelegateCosts(viewer: Viewer, exchange: Exchange, delegate: Delegate) {
  if (!canReadDelegateCosts(viewer, delegate)) return null;
  const lines = await listCostsOfDelegate(exchange.id, delegate.personId);
  const canEdit = canEditDelegateCosts(viewer);
  return {
    lines: lines.map(toCostLineView),
    totals: toTotalsView(lines),
    canEdit,
    // Sent back by the add form: the same form sent twice adds one line.
    submissionId: canEdit ? newCostSubmissionId() : null,
  };
}

function requireCostEditor(viewer: Viewer) {
  if (!canEditDelegateCosts(viewer))
    throw new Response("Only the programme team can record or remove costs.", { status: 403 });
}

export type CostOutcome = { ok: true; message: string } | { ok: false; status: 400 | 409; result: FormResult };

export async function addCost(
  viewer: Viewer,
  exchange: Exchange,
  delegate: Delegate,
  formData: FormData,
): Promise<CostOutcome> {
  requireCostEditor(viewer);
  const submission = parseWithZod(formData, { schema: costLineSchema });
  if (submission.status !== "success") return { ok: false, status: 400, result: submission.reply() };
  const { submissionId, ...line } = submission.value;
  const added = await addDelegateCostOnce(submissionId, {
    ...line,
    conveningId: exchange.id,
    personId: delegate.personId,
    cityId: delegate.cityId,
    createdById: viewer.id,
  });
  if (added === "conflict")
    return {
      ok: false,
      status: 409,
      result: replyWithErrors(submission, {
        form: "This form is out of date: reload the page and enter the cost again",
      }),
    };
  return { ok: true, message: `${COST_CATEGORY_LABELS[line.category]} cost recorded.` };
}

export async function removeCost(
  viewer: Viewer,
  exchange: Exchange,
  delegate: Delegate,
  formData: FormData,
): Promise<{ ok: true; message: string }> {
  requireCostEditor(viewer);
  const submission = parseWithZod(formData, { schema: removeCostSchema });
  const lineId = submission.status === "success" ? submission.value.lineId : "";
  // Removed already (the button pressed twice) or never this delegate's: nothing of theirs is left to remove.
  const removed = await removeDelegateCost(exchange.id, delegate.personId, lineId);
  return { ok: true, message: removed ? "Cost removed." : "That cost was already removed." };
}
