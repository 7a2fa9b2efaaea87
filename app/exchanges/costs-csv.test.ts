import { describe, expect, it } from "vitest";
import { costsCsv } from "./costs-csv";
import type { CostsPage } from "./costs-page.server";

const line = (categoryLabel: string, description: string, currency: "GBP" | "USD", amountText: string) => ({
  id: "0".repeat(24),
  category: "travel" as const,
  categoryLabel,
  description,
  currency,
  amount: "",
  amountText,
});

const total = (currency: string, totalText: string, parts: Array<[string, string]>) => ({
  currency,
  total: "",
  totalText,
  byCategory: parts.map(([label, amountText]) => ({ category: "", label, amount: "", amountText })),
});

const PAGE: CostsPage = {
  cities: [
    {
      cityId: "b".repeat(24),
      cityName: "Bristol",
      totals: [total("GBP", "645.00", [["Travel", "645.00"]]), total("USD", "1210.50", [["Lodging", "1210.50"]])],
      delegates: [
        {
          personId: "d".repeat(24),
          name: 'Bethan "Beth" Rees',
          isDelegate: true,
          totals: [],
          lines: [
            line("Travel", "Flight LHR–PIT, return, economy", "GBP", "645.00"),
            line("Lodging", '=HYPERLINK("https://evil.example")', "USD", "1210.50"),
          ],
        },
      ],
    },
  ],
  exchangeTotals: [total("GBP", "645.00", [["Travel", "645.00"]]), total("USD", "1210.50", [["Lodging", "1210.50"]])],
};

describe("the costs CSV", () => {
  it("has a row per line, then city and exchange totals per currency, quoted by RFC 4180 and safe from formulas", () => {
    expect(costsCsv(PAGE).split("\r\n")).toEqual([
      "Row,City,Delegate,Category,Description,Currency,Amount",
      'Cost,Bristol,"Bethan ""Beth"" Rees",Travel,"Flight LHR–PIT, return, economy",GBP,645.00',
      `Cost,Bristol,"Bethan ""Beth"" Rees",Lodging,"'=HYPERLINK(""https://evil.example"")",USD,1210.50`,
      "City total,Bristol,,Travel,,GBP,645.00",
      "City total,Bristol,,All categories,,GBP,645.00",
      "City total,Bristol,,Lodging,,USD,1210.50",
      "City total,Bristol,,All categories,,USD,1210.50",
      "Exchange total,All cities,,Travel,,GBP,645.00",
      "Exchange total,All cities,,All categories,,GBP,645.00",
      "Exchange total,All cities,,Lodging,,USD,1210.50",
      "Exchange total,All cities,,All categories,,USD,1210.50",
      "",
    ]);
  });

  it("has no exchange total for a city representative's page", () => {
    const rows = costsCsv({ ...PAGE, exchangeTotals: null }).split("\r\n");
    expect(rows.slice(-2)).toEqual(["City total,Bristol,,All categories,,USD,1210.50", ""]);
  });
});
