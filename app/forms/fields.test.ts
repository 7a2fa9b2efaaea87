import { parseWithZod } from "@conform-to/zod/v3";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  calendarDay,
  checkboxes,
  choice,
  email,
  optionalCount,
  optionalId,
  requiredText,
  text,
  textLines,
  title,
  tooLong,
  webLink,
} from "./fields";

/** What a field's schema makes of typed values, read from FormData as an action reads it. */
function read<T extends z.ZodTypeAny>(field: T, ...values: string[]) {
  const formData = new FormData();
  for (const value of values) formData.append("field", value);
  const submission = parseWithZod(formData, { schema: z.object({ field }) });
  return submission.status === "success"
    ? { value: submission.value.field as z.output<T> }
    : { error: submission.error?.field?.[0] };
}

describe("the shared field schemas, read from what a browser posts", () => {
  it("trims free text, reads a blank field as empty, and names the limit and the length typed", () => {
    const summary = text({ max: 5, tooLong: tooLong("Summary", 5) });
    expect([read(summary, "  hello "), read(summary, ""), read(summary)]).toEqual([
      { value: "hello" },
      { value: "" },
      { value: "" },
    ]);
    expect(read(summary, "far too long")).toEqual({ error: "Summary must be 5 characters or fewer (it has 12)" });
    expect([read(requiredText("Enter a reason"), ""), read(requiredText("Enter a reason"), "   ")]).toEqual([
      { error: "Enter a reason" },
      { error: "Enter a reason" },
    ]);
  });

  it("keeps a title on one line and asks for it when blank", () => {
    const field = title("Enter a title", { max: 20, tooLong: "Too long" });
    expect(read(field, " Spring\r\n\t meeting ")).toEqual({ value: "Spring meeting" });
    expect(read(field, " \n ")).toEqual({ error: "Enter a title" });
  });

  it("takes a real calendar day in a plausible year, blank only when optional", () => {
    const due = calendarDay({ invalid: "Enter a real date", implausibleAs: "a due date", isOptional: true });
    expect([read(due, "2027-04-30"), read(due, "")]).toEqual([{ value: "2027-04-30" }, { value: "" }]);
    expect(read(due, "2027-02-30")).toEqual({ error: "Enter a real date" });
    expect(read(due, "0207-04-30").error).toMatch(/^Enter a due date between 2010 and \d{4}$/);
    expect(read(calendarDay({ invalid: "Enter the first day as a date" }), "")).toEqual({
      error: "Enter the first day as a date",
    });
  });

  it("checks an email address, a link, an id and a count", () => {
    const address = email({
      required: "Enter an email address",
      tooLong: "Too long",
      invalid: "Enter an email address like name@example.org",
    });
    expect([read(address, " a@example.org "), read(address, "a@"), read(address, "")]).toEqual([
      { value: "a@example.org" },
      { error: "Enter an email address like name@example.org" },
      { error: "Enter an email address" },
    ]);
    const joining = webLink({ invalid: "Enter a https:// link", max: 30, tooLong: tooLong("Link", 30) });
    expect([
      read(joining, "https://meet.example.org/x"),
      read(joining, "http://meet.example.org/x"),
      read(joining, ""),
    ]).toEqual([{ value: "https://meet.example.org/x" }, { error: "Enter a https:// link" }, { value: "" }]);
    expect(read(webLink({ invalid: "Enter a link", isHttpAllowed: true }), "http://council.example/minutes")).toEqual({
      value: "http://council.example/minutes",
    });
    expect([
      read(optionalId("Choose from the list"), "64b000000000000000000000"),
      read(optionalId("Choose from the list"), "nope"),
    ]).toEqual([{ value: "64b000000000000000000000" }, { error: "Choose from the list" }]);
    expect([
      read(optionalCount("Places"), "12"),
      read(optionalCount("Places"), "1001"),
      read(optionalCount("Places"), ""),
    ]).toEqual([{ value: "12" }, { error: "Places must be a whole number from 0 to 1000" }, { value: "" }]);
  });

  it("reads choices with a fallback for a blank select, one or several ticked checkboxes, and textarea lines", () => {
    const priority = choice(["low", "medium", "high"], "Choose a priority", "medium");
    expect([read(priority, "high"), read(priority, ""), read(priority, "urgent")]).toEqual([
      { value: "high" },
      { value: "medium" },
      { error: "Choose a priority" },
    ]);
    const themes = checkboxes(["T1", "T2", "T3"], "Choose themes from the framework");
    expect([read(themes, "T2"), read(themes, "T1", "T3"), read(themes)]).toEqual([
      { value: ["T2"] },
      { value: ["T1", "T3"] },
      { value: [] },
    ]);
    expect(read(themes, "T9")).toEqual({ error: "Choose themes from the framework" });
    expect(read(textLines(), "First aim\r\n\r\n  Second aim  \n")).toEqual({ value: ["First aim", "Second aim"] });
  });

  it("reports every field's problem and still runs the form's own checks, rather than stopping at the first", () => {
    const schema = z
      .object({ name: requiredText("Enter a name"), role: choice(["rep", "guest"], "Choose a role"), city: text() })
      .refine((value) => value.role !== "rep" || value.city !== "", { path: ["city"], message: "A rep needs a city" });
    const formData = new FormData();
    formData.append("role", "rep");
    const submission = parseWithZod(formData, { schema });
    expect(submission.status === "error" && submission.error).toEqual({
      name: ["Enter a name"],
      city: ["A rep needs a city"],
    });
  });
});
