// Summarising a convening's feedback, confidentially: no figure or open answer for a group of
// fewer than MIN_GROUP respondents, and in a breakdown (by city, by role) one more group is held
// back whenever the hidden ones add up to fewer than MIN_GROUP, so that subtracting the shown
// groups from the whole never gives away a small group's answers. Pure: no database.
import type { FeedbackAnswer, FeedbackQuestion } from "./feedback-rules";
import { SCORE_MAX, SCORE_MIN } from "./feedback-rules";

export const MIN_GROUP = 3;
export const NOT_SHOWN = `Fewer than ${MIN_GROUP} answers: not shown`;
/** A group big enough held back so that a smaller one cannot be worked out from the whole. */
export const NOT_SHOWN_PROTECTS = "Not shown, so that a smaller group's answers cannot be worked out from the rest";

/** How far each aim was met: the learning report reads this. Null figures: held back (too few answers). */
export type AimSummary = {
  aimNumber: number;
  text: string;
  answers: number;
  mean: number | null;
  counts: number[] | null;
};

export type ScoreFigures = { answers: number; mean: number | null; counts: number[] | null };

export type OpenAnswer = { text: string; name?: string };

export type QuestionSummary = ScoreFigures & {
  key: string;
  kind: FeedbackQuestion["kind"];
  text: string;
  aimNumber?: number;
  sessionId?: string;
  /** Open questions: the answers (sorted, so their order tells nothing); null when held back. */
  openAnswers: OpenAnswer[] | null;
};

export type SummaryResponse = { cityId: string | null; role: string; personId?: string; answers: FeedbackAnswer[] };

export type GroupRow = {
  key: string;
  label: string;
  respondents: number;
  /** Why the row's figures are held back, or null when they show. */
  heldBack: "too-few" | "protects-smaller" | null;
  /** Per scored question; null when the group is too small (or held back to protect one that is). */
  questions: Array<ScoreFigures & { key: string }> | null;
};

const roundMean = (sum: number, count: number) => Math.round((sum / count) * 100) / 100;

/** The 1–5 distribution, count and mean of one question's scores; figures null below MIN_GROUP. */
export function scoreFigures(scores: number[]): ScoreFigures {
  const valid = scores.filter((score) => Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX);
  if (valid.length < MIN_GROUP) return { answers: valid.length, mean: null, counts: null };
  const counts = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, () => 0);
  for (const score of valid) counts[score - SCORE_MIN] += 1;
  return {
    answers: valid.length,
    mean: roundMean(
      valid.reduce((a, b) => a + b, 0),
      valid.length,
    ),
    counts,
  };
}

function scoresOf(responses: SummaryResponse[], key: string): number[] {
  const scores: number[] = [];
  for (const response of responses)
    for (const answer of response.answers)
      if (answer.key === key && typeof answer.score === "number") scores.push(answer.score);
  return scores;
}

/**
 * Every question's figures over all responses. Nothing is shown when fewer than MIN_GROUP people
 * answered at all; open answers carry names only when `names` is given (named form, manager).
 */
export function summariseQuestions(
  questions: FeedbackQuestion[],
  responses: SummaryResponse[],
  names: Map<string, string> | null,
): QuestionSummary[] {
  const enough = responses.length >= MIN_GROUP;
  return questions.map((question) => {
    const base = {
      key: question.key,
      kind: question.kind,
      text: question.text,
      ...(question.aimNumber ? { aimNumber: question.aimNumber } : {}),
      ...(question.sessionId ? { sessionId: question.sessionId } : {}),
    };
    if (question.kind === "text") {
      const texts: OpenAnswer[] = [];
      for (const response of responses)
        for (const answer of response.answers) {
          const text = answer.key === question.key ? answer.text?.trim() : undefined;
          if (!text) continue;
          const name = names && response.personId ? names.get(response.personId) : undefined;
          texts.push(name ? { text, name } : { text });
        }
      texts.sort((a, b) => a.text.localeCompare(b.text));
      return { ...base, answers: texts.length, mean: null, counts: null, openAnswers: enough ? texts : null };
    }
    const figures = scoreFigures(scoresOf(responses, question.key));
    return { ...base, ...(enough ? figures : { ...figures, mean: null, counts: null }), openAnswers: null };
  });
}

/** The per-aim shape the learning report uses. */
export function aimSummaries(summaries: QuestionSummary[]): AimSummary[] {
  return summaries
    .filter((question) => question.kind === "aim" && question.aimNumber)
    .map((question) => ({
      aimNumber: question.aimNumber!,
      text: question.text,
      answers: question.answers,
      mean: question.mean,
      counts: question.counts,
    }));
}

/**
 * Rows of a breakdown (by city, by role): groups under MIN_GROUP are held back, and while the
 * held-back respondents add up to 1 or 2 the next smallest shown group is held back too.
 */
export function breakdown(
  questions: FeedbackQuestion[],
  responses: SummaryResponse[],
  groupOf: (response: SummaryResponse) => string,
  labelOf: (key: string) => string,
): GroupRow[] {
  const groups = new Map<string, SummaryResponse[]>();
  for (const response of responses) {
    const key = groupOf(response);
    groups.set(key, [...(groups.get(key) ?? []), response]);
  }
  const entries = [...groups.entries()].map(([key, members]) => ({ key, size: members.length, members }));
  const hidden = withheld(entries);
  const scored = questions.filter((question) => question.kind !== "text");
  // Per question too: a group's figures for one question are held back the same way, so its few
  // scores cannot be had from the whole convening's figures for that question.
  const perQuestion = scored.map((question) => {
    const figures = new Map(entries.map((entry) => [entry.key, scoreFigures(scoresOf(entry.members, question.key))]));
    const held = withheld(
      entries.map((entry) => ({ key: entry.key, size: figures.get(entry.key)!.answers })),
      hidden,
    );
    return { question, figures, held };
  });
  return entries
    .map(({ key, members }) => ({
      key,
      label: labelOf(key),
      respondents: members.length,
      heldBack: hidden.has(key)
        ? members.length < MIN_GROUP
          ? ("too-few" as const)
          : ("protects-smaller" as const)
        : null,
      questions: hidden.has(key)
        ? null
        : perQuestion.map(({ question, figures, held }) => {
            const figure = figures.get(key)!;
            return held.has(key)
              ? { key: question.key, answers: figure.answers, mean: null, counts: null }
              : { key: question.key, ...figure };
          }),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The groups to hold back: those under MIN_GROUP (and any `already` held), then, while the held
 * ones add up to 1 or 2, the next smallest, so the whole minus the shown never gives a small group.
 */
function withheld(entries: Array<{ key: string; size: number }>, already: Set<string> = new Set()): Set<string> {
  const held = new Set(entries.filter((e) => e.size < MIN_GROUP || already.has(e.key)).map((e) => e.key));
  const heldTotal = () => entries.filter((entry) => held.has(entry.key)).reduce((sum, entry) => sum + entry.size, 0);
  while (heldTotal() > 0 && heldTotal() < MIN_GROUP) {
    const next = entries
      .filter((entry) => !held.has(entry.key))
      .sort((a, b) => a.size - b.size || a.key.localeCompare(b.key))[0];
    if (!next) break;
    held.add(next.key);
  }
  return held;
}
