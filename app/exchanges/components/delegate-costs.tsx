// A delegate's costs on the delegate page: the lines with their totals per currency, and for
// managers a button to remove each and the form to add one.
import { getFormProps } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorSummary, SelectField, SubmitButton, TextField, shownValue } from "~/components/form-fields";
import { TableScroll } from "~/components/table-scroll";
import { COST_CATEGORIES, COST_CATEGORY_LABELS } from "~/domain/vocabulary/delegate-costs";
import { CURRENCY_CHOICES } from "~/domain/vocabulary/currencies";
import { useSchemaForm, type FormResult } from "~/forms/schema-form";
import { ADD_COST_INTENT, costLineSchema, REMOVE_COST_INTENT } from "../delegate-cost-form";
import { CostTotals, NotConvertedNote, type TotalRow } from "./cost-totals";

type Line = { id: string; categoryLabel: string; description: string; amount: string };

type Props = {
  delegateName: string;
  lines: Line[];
  totals: TotalRow[];
  canEdit: boolean;
  submissionId: string | null;
  lastResult?: FormResult | null;
};

export function DelegateCosts({ delegateName, lines, totals, canEdit, submissionId, lastResult }: Props) {
  return (
    <>
      {lines.length === 0 ? (
        <p className="muted">No costs recorded for {delegateName} yet.</p>
      ) : (
        <TableScroll label={`Costs for ${delegateName}`} hint={false}>
          <table className="table-stack">
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Description</th>
                <th scope="col">Amount</th>
                {canEdit ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <td>{line.categoryLabel}</td>
                  <td data-label="Description">{line.description || "—"}</td>
                  <td data-label="Amount">{line.amount}</td>
                  {canEdit ? (
                    <td className="table-stack__actions">
                      <Form method="post">
                        <input type="hidden" name="lineId" value={line.id} />
                        <button
                          type="submit"
                          name="intent"
                          value={REMOVE_COST_INTENT}
                          className="button button--quiet"
                          aria-label={`Remove ${line.categoryLabel.toLowerCase()} cost of ${line.amount}`}
                        >
                          Remove
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {lines.length > 0 ? (
        <>
          <h3>Totals</h3>
          <CostTotals totals={totals} label={`Cost totals for ${delegateName}`} />
          <NotConvertedNote />
        </>
      ) : null}
      {canEdit && submissionId ? <AddCostForm submissionId={submissionId} lastResult={lastResult} /> : null}
    </>
  );
}

function AddCostForm({ submissionId, lastResult }: { submissionId: string; lastResult?: FormResult | null }) {
  const [form, fields] = useSchemaForm({ id: "add-cost", schema: costLineSchema, lastResult });
  return (
    <section aria-labelledby="add-cost-title">
      <h3 id="add-cost-title">Add a cost</h3>
      <ErrorSummary id={form.errorId} errors={lastResult?.error} />
      <Form method="post" className="form" {...getFormProps(form)}>
        <input type="hidden" name="submissionId" value={shownValue(fields.submissionId, submissionId)} />
        <SelectField
          field={fields.category}
          label="For"
          options={COST_CATEGORIES.map((category) => ({ value: category, label: COST_CATEGORY_LABELS[category] }))}
          defaultValue={shownValue(fields.category, "travel")}
        />
        <TextField field={fields.description} label="Description" hint="For example: return flight LHR–PIT." />
        <div className="field-pair">
          <TextField field={fields.amount} label="Amount" inputMode="decimal" hint="In figures, like 645.00." />
          <SelectField
            field={fields.currency}
            label="Currency"
            options={CURRENCY_CHOICES}
            defaultValue={shownValue(fields.currency, "GBP")}
          />
        </div>
        <SubmitButton name="intent" value={ADD_COST_INTENT} pendingText="Adding…">
          Add cost
        </SubmitButton>
      </Form>
    </section>
  );
}
