import { describe, expect, it } from "vitest";
import { amountText, formatMoney, parseAmount, totalsByCurrency } from "./delegate-costs";

describe("amounts typed for a cost", () => {
  it("are read as whole minor units of the currency", () => {
    expect([
      parseAmount("1234.50", "GBP"),
      parseAmount("1234.5", "USD"),
      parseAmount(" 980 ", "EUR"),
      parseAmount("15000", "JPY"),
    ]).toEqual([123450, 123450, 98000, 15000]);
  });

  it("are refused when not a positive amount with the currency's decimals", () => {
    const refused = ["", "0", "0.00", "-5", "12,50", "1,234.50", "12.345", "£12", "1e3", "12.5"].map((text) =>
      parseAmount(text, text === "12.5" ? "JPY" : "GBP"),
    );
    expect(refused).toEqual(Array(10).fill(null));
    expect(parseAmount("1000001", "GBP")).toBeNull();
  });

  it("are written back for spreadsheets and for people", () => {
    expect([amountText(123450, "GBP"), amountText(5, "USD"), amountText(15000, "JPY")]).toEqual([
      "1234.50",
      "0.05",
      "15000",
    ]);
    expect([formatMoney(123450, "GBP"), formatMoney(5000, "USD"), formatMoney(15000, "JPY")]).toEqual([
      "£1,234.50",
      "US$50.00",
      "JP¥15,000",
    ]);
  });
});

describe("totals", () => {
  it("add up each currency on its own, by category, never converting", () => {
    const totals = totalsByCurrency([
      { category: "travel", amountMinor: 64500, currency: "GBP" },
      { category: "lodging", amountMinor: 80000, currency: "USD" },
      { category: "per-diem", amountMinor: 30000, currency: "USD" },
      { category: "travel", amountMinor: 1000, currency: "GBP" },
      { category: "other", amountMinor: 2500, currency: "EUR" },
    ]);
    expect(totals).toEqual([
      { currency: "GBP", byCategory: { travel: 65500, lodging: 0, "per-diem": 0, other: 0 }, total: 65500 },
      { currency: "USD", byCategory: { travel: 0, lodging: 80000, "per-diem": 30000, other: 0 }, total: 110000 },
      { currency: "EUR", byCategory: { travel: 0, lodging: 0, "per-diem": 0, other: 2500 }, total: 2500 },
    ]);
    expect(totalsByCurrency([])).toEqual([]);
  });
});
