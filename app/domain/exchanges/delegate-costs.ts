// Money for a delegate's costs: amounts typed in major units ("1234.50") held as whole minor units
// (pence, cents), and totals per currency by category. Currencies are never converted into each
// other: a total is one currency's sum, and an exchange with costs in two currencies has two.
import { COST_CATEGORIES, type CostCategory } from "~/domain/vocabulary/delegate-costs";
import { CURRENCIES, CURRENCY_CODES, isCurrencyCode } from "~/domain/vocabulary/currencies";

/** The largest amount one line may hold, in major units: a typo guard, far above any fare. */
export const MAX_COST_AMOUNT = 1_000_000;

const minorDigitsOf = (currency: string) => (isCurrencyCode(currency) ? CURRENCIES[currency].minorDigits : 2);

/**
 * An amount typed in major units ("1234.5", "1234.50", "980") as whole minor units of the
 * currency, or null when it is not a positive amount with at most the currency's decimals.
 */
export function parseAmount(text: string, currency: string): number | null {
  const digits = minorDigitsOf(currency);
  const match = /^(\d{1,7})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction = ""] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (minor <= 0 || minor > MAX_COST_AMOUNT * 10 ** digits) return null;
  return minor;
}

/** Minor units as the plain decimal a spreadsheet reads: 123450 GBP → "1234.50", 980 JPY → "980". */
export function amountText(minor: number, currency: string): string {
  const digits = minorDigitsOf(currency);
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, "0");
  return `${whole}.${fraction}`;
}

/** Minor units as people read money: 123450 GBP → "£1,234.50", 5000 USD → "US$50.00". */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigitsOf(currency);
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / 10 ** digits);
}

export type CostAmount = { category: CostCategory; amountMinor: number; currency: string };

export type CurrencyTotal = { currency: string; byCategory: Record<CostCategory, number>; total: number };

/** The currencies' own order (GBP, USD, EUR…), then any other code alphabetically. */
function currencyOrder(a: string, b: string): number {
  const rank = (code: string) => {
    const index = (CURRENCY_CODES as readonly string[]).indexOf(code);
    return index === -1 ? CURRENCY_CODES.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** One total per currency the lines use, split by category; no conversion between currencies. */
export function totalsByCurrency(lines: readonly CostAmount[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const line of lines) {
    let total = totals.get(line.currency);
    if (!total) {
      const byCategory = Object.fromEntries(COST_CATEGORIES.map((category) => [category, 0])) as Record<
        CostCategory,
        number
      >;
      total = { currency: line.currency, byCategory, total: 0 };
      totals.set(line.currency, total);
    }
    total.byCategory[line.category] += line.amountMinor;
    total.total += line.amountMinor;
  }
  return [...totals.values()].sort((a, b) => currencyOrder(a.currency, b.currency));
}
