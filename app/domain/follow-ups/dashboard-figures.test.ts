import { describe, expect, it } from "vitest";
import { dashboardFigures, type DashboardAction } from "./dashboard-figures";

const recent = new Date("2026-11-20T00:00:00Z");
const old = new Date("2026-08-01T00:00:00Z");
const action = (id: string, fields: Partial<DashboardAction>): DashboardAction => ({
  id,
  status: "open",
  dueOn: null,
  ownerCityId: "bristol",
  themes: [],
  lastProgressAt: recent,
  ...fields,
});

describe("dashboard figures", () => {
  it("counts by status, by theme (each theme of an action, untagged apart) and by city, with overdue and due-soon lists", () => {
    const figures = dashboardFigures(
      [
        action("a", { dueOn: "2026-11-01", themes: ["T1", "T3"] }),
        action("b", { dueOn: "2026-10-01", status: "blocked", ownerCityId: "cardiff", lastProgressAt: old }),
        action("c", { dueOn: "2026-11-25", themes: ["T3"] }),
        action("d", { dueOn: "2026-10-01", status: "done", themes: ["T9"] }),
        action("e", { dueOn: "2026-12-25", status: "in-progress", ownerCityId: "cardiff", lastProgressAt: old }),
      ],
      { today: "2026-11-23", staleBefore: new Date("2026-09-24T00:00:00Z"), themeCodes: ["T1", "T2", "T3"], limit: 1 },
    );
    expect(figures.statusTotals).toEqual({ open: 2, "in-progress": 1, blocked: 1, done: 1, dropped: 0 });
    expect(figures.themeCounts.get("T3")).toMatchObject({ open: 2 });
    expect(figures.themeCounts.get("T1")).toMatchObject({ open: 1 });
    expect(figures.themeCounts.get(null)).toMatchObject({ blocked: 1, done: 1, "in-progress": 1 });
    expect(figures.overdueTotal).toBe(2);
    expect(figures.dueSoonTotal).toBe(1);
    expect(figures.overdue.map((row) => row.id)).toEqual(["b"]);
    expect(figures.dueSoon.map((row) => row.id)).toEqual(["c"]);
    expect(figures.cities.get("cardiff")).toMatchObject({ overdue: 1, dueSoon: 0, recentChanges: 0 });
    expect(figures.cities.get("bristol")).toMatchObject({ overdue: 1, dueSoon: 1, recentChanges: 3 });
  });
});
