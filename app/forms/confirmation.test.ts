import { describe, expect, it } from "vitest";
import { confirmationNeeded, isConfirmed, type Confirmation } from "./confirmation";

const confirmation: Confirmation = {
  title: "Turn off your feed?",
  message: "The link stops working.",
  yesLabel: "Yes, turn it off",
  noLabel: "No, keep it",
  fields: { intent: "revoke" },
};

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
}

describe("confirmation rule", () => {
  it("asks when the post carries no confirmed=yes", () => {
    expect(confirmationNeeded(form({ intent: "revoke" }), confirmation)).toEqual(confirmation);
    expect(confirmationNeeded(form({ intent: "revoke", confirmed: "true" }), confirmation)).toEqual(confirmation);
  });

  it("goes ahead once confirmed", () => {
    expect(isConfirmed(form({ confirmed: "yes" }))).toBe(true);
    expect(confirmationNeeded(form({ intent: "revoke", confirmed: "yes" }), confirmation)).toBeNull();
  });
});
