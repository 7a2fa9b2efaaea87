// Currencies costs are recorded in, by ISO 4217 code, with the digits of their minor unit (pence,
// cents; none for the yen): amounts are stored as whole minor units, so totals add up exactly.
export const CURRENCIES = {
  GBP: { name: "Pound sterling", minorDigits: 2 },
  USD: { name: "US dollar", minorDigits: 2 },
  EUR: { name: "Euro", minorDigits: 2 },
  CAD: { name: "Canadian dollar", minorDigits: 2 },
  AUD: { name: "Australian dollar", minorDigits: 2 },
  NZD: { name: "New Zealand dollar", minorDigits: 2 },
  CHF: { name: "Swiss franc", minorDigits: 2 },
  SEK: { name: "Swedish krona", minorDigits: 2 },
  NOK: { name: "Norwegian krone", minorDigits: 2 },
  DKK: { name: "Danish krone", minorDigits: 2 },
  PLN: { name: "Polish złoty", minorDigits: 2 },
  JPY: { name: "Japanese yen", minorDigits: 0 },
} as const satisfies Record<string, { name: string; minorDigits: number }>;

export type CurrencyCode = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

export const CURRENCY_CHOICES = CURRENCY_CODES.map((code) => ({
  value: code,
  label: `${code} (${CURRENCIES[code].name})`,
}));

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(CURRENCIES, code);
}
