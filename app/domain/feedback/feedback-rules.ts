// Feedback on a convening: the questions a form starts with (one per numbered aim, one per agenda
// session, two open ones), when its emails go out, and how a respondent's answers are checked.
// Pure rules: the models store what these decide.

export const QUESTION_KINDS = ["aim", "session", "scale", "text"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type FeedbackQuestion = {
  key: string;
  kind: QuestionKind;
  text: string;
  aimNumber?: number;
  sessionId?: string;
};

export type FeedbackAnswer = { key: string; score?: number; text?: string };

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const ANSWER_TEXT_MAX = 2000;
export const QUESTION_TEXT_MAX = 300;
/** Days after the form is sent that the one reminder goes to those who have not answered. */
export const REMINDER_AFTER_DAYS = 7;
/** Days after the form is sent that it closes unless the manager closes it sooner. */
export const OPEN_FOR_DAYS = 21;
/** Convenings that ended longer ago than this are not sent a form by the scheduled job. */
export const SEND_WITHIN_DAYS = 30;

export const SCORE_LABELS: Record<number, string> = {
  1: "1 – not at all",
  2: "2",
  3: "3 – partly",
  4: "4",
  5: "5 – fully",
};

const DAY_MS = 24 * 60 * 60 * 1000;

export const addDaysTo = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);

/** The questions a new form starts with. */
export function defaultQuestions(aims: string[], sessions: Array<{ id: string; title: string }>): FeedbackQuestion[] {
  return [
    ...aims.map((aim, index) => ({
      key: `aim-${index + 1}`,
      kind: "aim" as const,
      text: `How far did the meeting achieve aim ${index + 1}: ${aim}?`,
      aimNumber: index + 1,
    })),
    ...sessions.map((session) => ({
      key: `session-${session.id}`,
      kind: "session" as const,
      text: `How useful was the session "${session.title}"?`,
      sessionId: session.id,
    })),
    { key: "take-back", kind: "text" as const, text: "What will you take back to your city?" },
    { key: "change", kind: "text" as const, text: "What should change?" },
  ];
}

/** A key for a question the manager adds, unique among the form's keys. */
export function addedQuestionKey(existing: FeedbackQuestion[]): string {
  const taken = new Set(existing.map((question) => question.key));
  let number = 1;
  while (taken.has(`added-${number}`)) number += 1;
  return `added-${number}`;
}

export const isScored = (question: FeedbackQuestion) => question.kind !== "text";

export type FormTimes = { sentAt: Date | null; closesAt: Date | null; closedAt: Date | null };

export function isFormOpen(form: FormTimes, now: Date): boolean {
  if (!form.sentAt || form.closedAt) return false;
  return !form.closesAt || form.closesAt.getTime() > now.getTime();
}

/** A convening's form goes out once it has ended (its last moment passed), unless cancelled or a draft. */
export function isDueForFeedback(convening: { status: string; endsAt: Date }, now: Date): boolean {
  if (convening.status !== "published" && convening.status !== "completed") return false;
  const ended = convening.endsAt.getTime() <= now.getTime();
  return ended && now.getTime() - convening.endsAt.getTime() <= SEND_WITHIN_DAYS * DAY_MS;
}

export function isReminderDue(form: FormTimes, now: Date): boolean {
  if (!form.sentAt || !isFormOpen(form, now)) return false;
  return now.getTime() >= addDaysTo(form.sentAt, REMINDER_AFTER_DAYS).getTime();
}

export type AnswerCheck =
  | { ok: true; answers: FeedbackAnswer[] }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/**
 * Checks what the respondent sent, one field per question key: a score 1–5 (or nothing: "no
 * answer") for scored questions, up to 2000 characters for open ones. Answers left blank are not
 * stored.
 */
export function checkAnswers(questions: FeedbackQuestion[], fields: Record<string, string>): AnswerCheck {
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  const answers: FeedbackAnswer[] = [];
  for (const question of questions) {
    const raw = (fields[question.key] ?? "").trim();
    values[question.key] = fields[question.key] ?? "";
    if (raw === "") continue;
    if (isScored(question)) {
      const score = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
        errors[question.key] = `Choose a score from ${SCORE_MIN} to ${SCORE_MAX}, or leave it unanswered`;
        continue;
      }
      answers.push({ key: question.key, score });
    } else {
      if (raw.length > ANSWER_TEXT_MAX) {
        errors[question.key] =
          `Keep this answer to ${ANSWER_TEXT_MAX} characters: it has ${raw.length.toLocaleString("en-GB")}`;
        continue;
      }
      answers.push({ key: question.key, text: raw });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, values } : { ok: true, answers };
}

/** The day a response is stored under: the date only, so the time of day identifies no one. */
export const submissionDay = (now: Date) => now.toISOString().slice(0, 10);
