import { describe, expect, it } from "vitest";
import {
  addDays,
  changesSince,
  compareForPlan,
  daysOverdue,
  describeDue,
  groupByTheme,
  isDueSoon,
  isoWeekPeriod,
  isOverdue,
  progressFigures,
  todayIn,
} from "./action-rules";

const TODAY = "2026-11-23";

describe("overdue and due soon", () => {
  it("counts an active action due before today as overdue, but not a done or dropped one", () => {
    expect(isOverdue({ status: "open", dueOn: "2026-11-22" }, TODAY)).toBe(true);
    expect(isOverdue({ status: "blocked", dueOn: "2026-11-01" }, TODAY)).toBe(true);
    expect(isOverdue({ status: "done", dueOn: "2026-11-01" }, TODAY)).toBe(false);
    expect(isOverdue({ status: "dropped", dueOn: "2026-11-01" }, TODAY)).toBe(false);
    expect(isOverdue({ status: "open", dueOn: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: "open", dueOn: null }, TODAY)).toBe(false);
  });

  it("treats today through seven days ahead as due soon", () => {
    expect(isDueSoon({ status: "open", dueOn: TODAY }, TODAY)).toBe(true);
    expect(isDueSoon({ status: "in-progress", dueOn: "2026-11-30" }, TODAY)).toBe(true);
    expect(isDueSoon({ status: "open", dueOn: "2026-12-01" }, TODAY)).toBe(false);
    expect(isDueSoon({ status: "done", dueOn: "2026-11-25" }, TODAY)).toBe(false);
  });

  it("describes lateness in whole days across month ends", () => {
    expect(daysOverdue({ status: "open", dueOn: "2026-10-31" }, TODAY)).toBe(23);
    expect(describeDue({ status: "open", dueOn: "2026-11-22" }, TODAY)).toBe("1 day overdue");
    expect(describeDue({ status: "open", dueOn: TODAY }, TODAY)).toBe("due today");
    expect(describeDue({ status: "open", dueOn: "2026-11-26" }, TODAY)).toBe("due in 3 days");
    expect(describeDue({ status: "open", dueOn: "2027-03-14" }, TODAY)).toBe("due 14 Mar 2027");
    expect(describeDue({ status: "done", dueOn: "2026-11-01" }, TODAY)).toBe("due 1 Nov 2026");
    expect(describeDue({ status: "open", dueOn: null }, TODAY)).toBe("no due date");
  });

  it("takes today in London, so 23:30 UTC in summer is already tomorrow", () => {
    expect(todayIn(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(todayIn(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });

  it("names the ISO week for weekly summaries, with the week-year at new year", () => {
    expect(isoWeekPeriod(new Date("2026-11-23T09:00:00Z"))).toBe("2026-W48");
    expect(isoWeekPeriod(new Date("2027-01-01T09:00:00Z"))).toBe("2026-W53");
  });
});

describe("progress figures", () => {
  it("counts done out of the actions still meant to happen, leaving dropped ones out", () => {
    const figures = progressFigures(
      [
        { status: "done", dueOn: "2026-10-01" },
        { status: "dropped", dueOn: "2026-10-01" },
        { status: "open", dueOn: "2026-11-01" },
        { status: "in-progress", dueOn: "2026-11-25" },
        { status: "blocked", dueOn: null },
      ],
      TODAY,
    );
    expect(figures).toEqual({ total: 5, done: 1, dropped: 1, active: 3, overdue: 1, dueSoon: 1, percentDone: 25 });
  });

  it("reports 0% for an empty plan rather than dividing by zero", () => {
    expect(progressFigures([], TODAY).percentDone).toBe(0);
  });
});

describe("grouping a plan by theme", () => {
  const themes = [
    { code: "T1", title: "Narrative" },
    { code: "T2", title: "Economy" },
    { code: "T3", title: "Communities" },
  ];

  it("lists an action under each of its themes, in framework order, and untagged ones last", () => {
    const groups = groupByTheme(
      [
        { title: "a", themes: ["T3", "T1"] },
        { title: "b", themes: [] },
        { title: "c", themes: ["T3"] },
        { title: "d", themes: ["T9"] },
      ],
      themes,
    );
    expect(groups.map((group) => [group.code, group.actions.map((action) => action.title)])).toEqual([
      ["T1", ["a"]],
      ["T3", ["a", "c"]],
      [null, ["b", "d"]],
    ]);
  });

  it("orders active actions by due date before finished ones", () => {
    const sorted = [
      { title: "done", status: "done", dueOn: "2026-01-01" },
      { title: "undated", status: "open", dueOn: null },
      { title: "later", status: "open", dueOn: "2026-12-01" },
      { title: "sooner", status: "blocked", dueOn: "2026-11-01" },
    ].sort(compareForPlan);
    expect(sorted.map((action) => action.title)).toEqual(["sooner", "later", "undated", "done"]);
  });
});

describe("what changed since the last convening", () => {
  it("finds new actions, real status changes and progress notes after the date", () => {
    const since = new Date("2026-10-01T00:00:00Z");
    const changes = changesSince(
      [
        {
          id: "1",
          title: "Old action",
          createdAt: "2026-09-01T00:00:00Z",
          updates: [
            { at: "2026-09-01T00:00:00Z", statusFrom: null, statusTo: "open", text: "" },
            { at: "2026-09-15T00:00:00Z", statusFrom: null, statusTo: null, text: "before" },
            { at: "2026-10-05T00:00:00Z", statusFrom: "open", statusTo: "done", text: "finished" },
          ],
        },
        {
          id: "2",
          title: "New action",
          createdAt: "2026-10-02T00:00:00Z",
          updates: [{ at: "2026-10-02T00:00:00Z", statusFrom: null, statusTo: "open", text: "" }],
        },
      ],
      since,
    );
    expect(changes.created).toEqual([{ id: "2", title: "New action" }]);
    expect(changes.statusChanges).toEqual([
      { id: "1", title: "Old action", from: "open", to: "done", at: "2026-10-05T00:00:00.000Z" },
    ]);
    expect(changes.progressUpdates).toBe(1);
  });
});
