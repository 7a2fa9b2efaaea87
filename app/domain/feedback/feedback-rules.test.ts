import { describe, expect, it } from "vitest";
import {
  addedQuestionKey,
  checkAnswers,
  defaultQuestions,
  isDueForFeedback,
  isFormOpen,
  isReminderDue,
  submissionDay,
} from "./feedback-rules";

const questions = defaultQuestions(["Share welcome strategies", "Agree next steps"], [{ id: "s1", title: "Housing" }]);

describe("the default questions", () => {
  it("asks one question per numbered aim, one per session, and the two open questions", () => {
    expect(questions).toEqual([
      {
        key: "aim-1",
        kind: "aim",
        text: "How far did the meeting achieve aim 1: Share welcome strategies?",
        aimNumber: 1,
      },
      { key: "aim-2", kind: "aim", text: "How far did the meeting achieve aim 2: Agree next steps?", aimNumber: 2 },
      { key: "session-s1", kind: "session", text: 'How useful was the session "Housing"?', sessionId: "s1" },
      { key: "take-back", kind: "text", text: "What will you take back to your city?" },
      { key: "change", kind: "text", text: "What should change?" },
    ]);
  });

  it("gives an added question the first free key", () => {
    expect(addedQuestionKey([...questions, { key: "added-1", kind: "scale", text: "Venue?" }])).toBe("added-2");
  });
});

describe("checking answers", () => {
  it("keeps scores 1 to 5 and text, and leaves out what was not answered", () => {
    expect(checkAnswers(questions, { "aim-1": "5", "aim-2": "", "take-back": " A buddy scheme " })).toEqual({
      ok: true,
      answers: [
        { key: "aim-1", score: 5 },
        { key: "take-back", text: "A buddy scheme" },
      ],
    });
  });

  it("refuses a score out of range or not whole, at its field, with the input kept", () => {
    expect(checkAnswers(questions, { "aim-1": "6", "session-s1": "2.5", change: "More time" })).toEqual({
      ok: false,
      errors: {
        "aim-1": "Choose a score from 1 to 5, or leave it unanswered",
        "session-s1": "Choose a score from 1 to 5, or leave it unanswered",
      },
      values: { "aim-1": "6", "aim-2": "", "session-s1": "2.5", "take-back": "", change: "More time" },
    });
  });

  it("refuses an open answer over 2000 characters", () => {
    const result = checkAnswers(questions, { change: "x".repeat(2001) });
    expect(result.ok ? null : result.errors).toEqual({
      change: "Keep this answer to 2000 characters: it has 2,001",
    });
  });
});

describe("when forms and reminders go out", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const sentAt = new Date("2026-11-24T10:00:00Z");

  it("sends once a published or completed convening has ended, not a cancelled one or one still going", () => {
    const ended = new Date("2026-12-01T17:00:00Z");
    expect(isDueForFeedback({ status: "completed", endsAt: ended }, now)).toBe(true);
    expect(isDueForFeedback({ status: "published", endsAt: ended }, now)).toBe(true);
    expect(isDueForFeedback({ status: "cancelled", endsAt: ended }, now)).toBe(false);
    expect(isDueForFeedback({ status: "draft", endsAt: ended }, now)).toBe(false);
    expect(isDueForFeedback({ status: "published", endsAt: new Date("2026-12-02T17:00:00Z") }, now)).toBe(false);
  });

  it("reminds a week after sending while the form is open, and never after it closed", () => {
    const open = { sentAt, closesAt: new Date("2026-12-15T10:00:00Z"), closedAt: null };
    expect(isReminderDue(open, now)).toBe(true);
    expect(isReminderDue({ ...open, sentAt: new Date("2026-11-30T10:00:00Z") }, now)).toBe(false);
    expect(isReminderDue({ ...open, closedAt: new Date("2026-12-01T10:00:00Z") }, now)).toBe(false);
    expect(isFormOpen({ ...open, closesAt: new Date("2026-12-01T10:00:00Z") }, now)).toBe(false);
    expect(isFormOpen({ sentAt: null, closesAt: null, closedAt: null }, now)).toBe(false);
  });

  it("stores the day of submission, not its time", () => {
    expect(submissionDay(now)).toBe("2026-12-02");
  });
});
