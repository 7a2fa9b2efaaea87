import { describe, expect, it } from "vitest";
import {
  isOneClickUnsubscribe,
  personIdOfUnsubscribeToken,
  unsubscribeHeaders,
  unsubscribeToken,
} from "./unsubscribe.server";

const PERSON = "0123456789abcdef01234567";
const OTHER = "76543210fedcba9876543210";

describe("an unsubscribe token", () => {
  it("names the person it was made for, and only when it is whole and unaltered", () => {
    const token = unsubscribeToken(PERSON);
    const [, signature] = token.split(".");
    expect([
      personIdOfUnsubscribeToken(token),
      personIdOfUnsubscribeToken(`${OTHER}.${signature}`),
      personIdOfUnsubscribeToken(token.slice(0, -1)),
      personIdOfUnsubscribeToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`),
      personIdOfUnsubscribeToken(PERSON),
      personIdOfUnsubscribeToken(null),
    ]).toEqual([PERSON, null, null, null, null, null]);
    expect(unsubscribeToken(OTHER)).not.toBe(token);
  });

  it("travels in List-Unsubscribe with the programme's mailbox, and offers the one-click POST", () => {
    expect(unsubscribeHeaders(PERSON)).toEqual({
      "List-Unsubscribe": `<http://planner.test/me/email/unsubscribe?token=${unsubscribeToken(PERSON)}>, <mailto:planner@example.org?subject=unsubscribe>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("is taken as one-click only from a form that says List-Unsubscribe=One-Click", () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    };
    expect([
      isOneClickUnsubscribe(form({ "List-Unsubscribe": "One-Click" })),
      isOneClickUnsubscribe(form({ token: "x" })),
      isOneClickUnsubscribe(form({ "List-Unsubscribe": "one-click" })),
    ]).toEqual([true, false, false]);
  });
});
