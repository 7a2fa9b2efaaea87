// Delegates' costs: recorded by managers on the delegate page, read by the city's representatives
// and the delegate, totalled per city and for the exchange in each currency, and the CSV for the funder.
import { describe, expect, it } from "vitest";
import { loader as delegateLoader } from "../../app/routes/convenings.$conveningId.delegates.$personId";
import { loader as costsLoader } from "../../app/routes/convenings.$conveningId.costs";
import { loader as costsCsvLoader } from "../../app/routes/convenings.$conveningId.costs[.]csv";
import { DelegateCost, newCostSubmissionId } from "../../models/delegate-cost.server";
import { withTestDatabase } from "../setup/database";
import { createAccount } from "../factories/people";
import { setUpExchange } from "../factories/delegates";
import { createConvening } from "../factories/registration";
import { body, load } from "../helpers/routes";
import { register } from "../helpers/registration";
import { delegatePageOf, postToDelegatePage } from "../helpers/delegate-page";

withTestDatabase();

const pageOf = delegatePageOf;

const post = postToDelegatePage;

/** Adds a cost as a manager would, each with a fresh form id as the page gives. */
async function addCost(
  actorId: string,
  conveningId: string,
  personId: string,
  line: { category: string; description?: string; amount: string; currency: string },
  submissionId = newCostSubmissionId(),
) {
  return post(actorId, conveningId, personId, { intent: "add-cost", submissionId, description: "", ...line });
}

type Totals = Array<{ currency: string; total: string; byCategory: Array<{ label: string; amount: string }> }>;
type CostsPage = {
  cities: Array<{
    cityName: string;
    totals: Totals;
    delegates: Array<{ name: string; lines: Array<{ categoryLabel: string; description: string; amount: string }> }>;
  }>;
  exchangeTotals: Totals | null;
};

const brief = (totals: Totals) => totals.map((total) => [total.currency, total.total]);

async function recordTheExchangeCosts() {
  const setup = await setUpExchange();
  const { manager, conveningId, delegate, cardiffDelegate, bristol } = setup;
  const aled = await createAccount({ role: "participant", cityId: bristol, name: "Aled Morgan" });
  await register(setup.bristolRep.id, conveningId, { personId: aled.id });
  for (const [personId, line] of [
    [delegate.id, { category: "travel", description: "Return flight LHR–PIT", amount: "645.00", currency: "GBP" }],
    [delegate.id, { category: "lodging", description: "4 nights, Pittsburgh", amount: "812.40", currency: "USD" }],
    [delegate.id, { category: "per-diem", amount: "300", currency: "USD" }],
    [aled.id, { category: "travel", description: "Return flight LHR–PIT", amount: "645.00", currency: "GBP" }],
    [
      cardiffDelegate.id,
      { category: "travel", description: "Return flight CWL–AMS–PIT", amount: "702.10", currency: "EUR" },
    ],
    [cardiffDelegate.id, { category: "lodging", amount: "812.40", currency: "USD" }],
  ] as const) {
    expect(await addCost(manager.id, conveningId, personId, line)).toHaveStatus(302);
  }
  return setup;
}

describe("costs per delegate", () => {
  it("are recorded by a manager and shown on the delegate page with totals per currency", async () => {
    const { manager, delegate, conveningId } = await recordTheExchangeCosts();
    const page = await body<{ costs: { lines: unknown[]; totals: Totals; canEdit: boolean } }>(
      await load(delegateLoader, manager.id, pageOf(conveningId, delegate.id), { conveningId, personId: delegate.id }),
    );
    expect(page.costs.lines).toEqual([
      expect.objectContaining({ categoryLabel: "Travel", description: "Return flight LHR–PIT", amount: "£645.00" }),
      expect.objectContaining({ categoryLabel: "Lodging", description: "4 nights, Pittsburgh", amount: "US$812.40" }),
      expect.objectContaining({ categoryLabel: "Per diem", description: "", amount: "US$300.00" }),
    ]);
    expect(brief(page.costs.totals)).toEqual([
      ["GBP", "£645.00"],
      ["USD", "US$1,112.40"],
    ]);
    expect(page.costs.canEdit).toBe(true);
  });

  it("refuse an amount that is not money at its field, keeping what was typed", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    const response = await addCost(manager.id, conveningId, delegate.id, {
      category: "lodging",
      description: "Hotel, 4 nights",
      amount: "1,234.50",
      currency: "USD",
    });
    expect(response).toHaveStatus(400);
    const reply = await body(response);
    expect(reply.errors).toEqual({
      amount: "Enter the amount in figures without commas, with at most 2 decimals, like 645.00",
    });
    expect(reply.values).toMatchObject({ description: "Hotel, 4 nights", amount: "1,234.50", currency: "USD" });
    expect(await DelegateCost.countDocuments()).toBe(0);
  });

  it("are added once when the same form is sent twice, and removed by a manager", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    const line = { category: "travel", amount: "645.00", currency: "GBP" };
    const id = "64a0000000000000000000ff";
    expect(await addCost(manager.id, conveningId, delegate.id, line, id)).toHaveStatus(302);
    expect(await addCost(manager.id, conveningId, delegate.id, line, id)).toHaveStatus(302);
    expect(await DelegateCost.countDocuments()).toBe(1);
    const removed = await post(manager.id, conveningId, delegate.id, { intent: "remove-cost", lineId: id });
    expect(removed).toHaveStatus(302);
    expect(await DelegateCost.countDocuments()).toBe(0);
  });

  it("cannot be added or removed by a city representative, who reads their own city's only", async () => {
    const { bristolRep, cardiffRep, delegate, conveningId } = await recordTheExchangeCosts();
    const [line] = await DelegateCost.find({ personId: delegate.id }).lean();
    const attempts = [
      await addCost(bristolRep.id, conveningId, delegate.id, { category: "other", amount: "1", currency: "GBP" }),
      await post(bristolRep.id, conveningId, delegate.id, { intent: "remove-cost", lineId: String(line._id) }),
      await addCost(cardiffRep.id, conveningId, delegate.id, { category: "other", amount: "1", currency: "GBP" }),
    ];
    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403]);
    expect(await DelegateCost.countDocuments()).toBe(6);
    const seen = await body<{ costs: { lines: unknown[]; canEdit: boolean; submissionId: string | null } }>(
      await load(delegateLoader, bristolRep.id, pageOf(conveningId, delegate.id), {
        conveningId,
        personId: delegate.id,
      }),
    );
    expect([seen.costs.lines.length, seen.costs.canEdit, seen.costs.submissionId]).toEqual([3, false, null]);
  });
});

describe("the costs page", () => {
  it("totals each city and the exchange per currency, never converting", async () => {
    const { manager, conveningId } = await recordTheExchangeCosts();
    const page = await body<CostsPage>(
      await load(costsLoader, manager.id, `/convenings/${conveningId}/costs`, { conveningId }),
    );
    expect(page.cities.map((city) => [city.cityName, brief(city.totals)])).toEqual([
      [
        "Bristol",
        [
          ["GBP", "£1,290.00"],
          ["USD", "US$1,112.40"],
        ],
      ],
      [
        "Cardiff",
        [
          ["USD", "US$812.40"],
          ["EUR", "€702.10"],
        ],
      ],
    ]);
    expect(brief(page.exchangeTotals!)).toEqual([
      ["GBP", "£1,290.00"],
      ["USD", "US$1,924.80"],
      ["EUR", "€702.10"],
    ]);
    expect(page.exchangeTotals![1].byCategory).toEqual([
      { category: "lodging", label: "Lodging", amount: "US$1,624.80", amountText: "1624.80" },
      { category: "per-diem", label: "Per diem", amount: "US$300.00", amountText: "300.00" },
    ]);
  });

  it("shows a city representative their own city only, without the exchange's total", async () => {
    const { cardiffRep, conveningId } = await recordTheExchangeCosts();
    const page = await body<CostsPage>(
      await load(costsLoader, cardiffRep.id, `/convenings/${conveningId}/costs`, { conveningId }),
    );
    expect(page.cities.map((city) => [city.cityName, city.delegates.map((delegate) => delegate.name)])).toEqual([
      ["Cardiff", ["Carys Lloyd"]],
    ]);
    expect(page.exchangeTotals).toBeNull();
  });

  it("is refused to participants and answers 404 for a convening that is not an exchange", async () => {
    const { delegate, manager, conveningId } = await setUpExchange();
    const meeting = await createConvening();
    expect([
      (await load(costsLoader, delegate.id, `/convenings/${conveningId}/costs`, { conveningId })).status,
      (await load(costsCsvLoader, delegate.id, `/convenings/${conveningId}/costs.csv`, { conveningId })).status,
      (await load(costsLoader, manager.id, `/convenings/${meeting}/costs`, { conveningId: meeting })).status,
    ]).toEqual([403, 403, 404]);
  });
});

describe("the costs CSV", () => {
  it("has every line and the totals, quoted by RFC 4180, with formulas defused", async () => {
    const { manager, delegate, conveningId } = await setUpExchange();
    await addCost(manager.id, conveningId, delegate.id, {
      category: "other",
      description: '=HYPERLINK("https://evil.example","Visa fee, ESTA")',
      amount: "21",
      currency: "USD",
    });
    await addCost(manager.id, conveningId, delegate.id, {
      category: "travel",
      description: 'Rail "Acela", DC to New York',
      amount: "98.5",
      currency: "USD",
    });
    const response = await load(costsCsvLoader, manager.id, `/convenings/${conveningId}/costs.csv`, { conveningId });
    expect([response.status, response.headers.get("Content-Type"), response.headers.get("Cache-Control")]).toEqual([
      200,
      "text/csv; charset=utf-8",
      "private, no-store",
    ]);
    expect((await response.text()).split("\r\n")).toEqual([
      "Row,City,Delegate,Category,Description,Currency,Amount",
      `Cost,Bristol,Bethan Rees,Other,"'=HYPERLINK(""https://evil.example"",""Visa fee, ESTA"")",USD,21.00`,
      'Cost,Bristol,Bethan Rees,Travel,"Rail ""Acela"", DC to New York",USD,98.50',
      "City total,Bristol,,Travel,,USD,98.50",
      "City total,Bristol,,Other,,USD,21.00",
      "City total,Bristol,,All categories,,USD,119.50",
      "Exchange total,All cities,,Travel,,USD,98.50",
      "Exchange total,All cities,,Other,,USD,21.00",
      "Exchange total,All cities,,All categories,,USD,119.50",
      "",
    ]);
  });
});
