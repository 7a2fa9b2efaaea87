// The forms for a delegate's costs on the delegate page: adding a line (what for, a description,
// the amount in the currency's major units) and removing one, each named by its intent.
import { z } from "zod";
import { parseAmount } from "~/domain/exchanges/delegate-costs";
import { COST_CATEGORIES } from "~/domain/vocabulary/delegate-costs";
import { CURRENCIES, CURRENCY_CODES, isCurrencyCode } from "~/domain/vocabulary/currencies";
import { choice, text, tooLong } from "~/forms/fields";

export const ADD_COST_INTENT = "add-cost";
export const REMOVE_COST_INTENT = "remove-cost";

export const costLineSchema = z
  .object({
    submissionId: text(),
    category: choice(COST_CATEGORIES, "Choose what the cost is for"),
    description: text({ max: 200, tooLong: tooLong("The description", 200) }),
    amount: text(),
    currency: choice(CURRENCY_CODES, "Choose the currency from the list"),
  })
  .superRefine((form, context) => {
    const issue = (message: string) => context.addIssue({ code: z.ZodIssueCode.custom, path: ["amount"], message });
    if (form.amount === "") return issue("Enter the amount, like 645.00");
    if (!isCurrencyCode(form.currency)) return; // the currency's own message says what to do
    if (parseAmount(form.amount, form.currency) === null) {
      const digits = CURRENCIES[form.currency].minorDigits;
      issue(
        digits === 0
          ? `Enter the amount in whole ${form.currency}, in figures without commas, like 15000`
          : `Enter the amount in figures without commas, with at most ${digits} decimals, like 645.00`,
      );
    }
  })
  .transform(({ amount, ...line }) => ({ ...line, amountMinor: parseAmount(amount, line.currency)! }));

export const removeCostSchema = z.object({ lineId: text() });
