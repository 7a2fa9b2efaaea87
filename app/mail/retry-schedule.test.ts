import { describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS, nextAttemptAt, retryDelayMs } from "./retry-schedule";

describe("mail retry schedule", () => {
  it("doubles the delay from a minute and caps it at an hour", () => {
    const minutes = Array.from({ length: MAX_MAIL_ATTEMPTS - 1 }, (_, index) => retryDelayMs(index + 1) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60]);
  });

  it("schedules the next attempt from now", () => {
    expect(nextAttemptAt(new Date("2026-12-01T10:00:00Z"), 3).toISOString()).toBe("2026-12-01T10:04:00.000Z");
  });
});
