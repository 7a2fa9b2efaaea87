// The demo's feedback: two past convenings carry a sent and closed form with answers from
// delegates of several cities, enough for results to show, and one city on each with fewer than
// three answers (its group too small to show). Confidential forms: responses carry no person.
// Written once: a form, invitation or response already there is left as it is.
import { addDaysTo, defaultQuestions, OPEN_FOR_DAYS, type FeedbackAnswer } from "~/domain/feedback/feedback-rules";
import { feedbackResponseId } from "~/feedback/response-id.server";
import { listAgendaSessions } from "~models/agenda-session.server";
import { getConvening } from "~models/convening.server";
import { ensureFeedbackForm, markFeedbackFormSent } from "~models/feedback-form.server";
import { insertSeedFeedbackInvitation } from "~models/feedback-invitation.server";
import { insertFeedbackResponse } from "~models/feedback-response.server";
import { upsertPersonByEmail } from "~models/person.server";
import { demoRepEmail } from "./demo-data";

type CityTurnout = { slug: string; name: string; invited: number; answered: number };

const DEMO_FEEDBACK: Array<{ conveningSeedKey: string; cities: CityTurnout[] }> = [
  {
    conveningSeedKey: "cwg-2018-liverpool",
    cities: [
      { slug: "bristol", name: "Bristol", invited: 4, answered: 3 },
      { slug: "glasgow", name: "Glasgow", invited: 4, answered: 4 },
      { slug: "liverpool", name: "Liverpool", invited: 3, answered: 3 },
      { slug: "cardiff", name: "Cardiff", invited: 3, answered: 2 },
    ],
  },
  {
    conveningSeedKey: "cwg-2019-cardiff",
    cities: [
      { slug: "bristol", name: "Bristol", invited: 3, answered: 3 },
      { slug: "cardiff", name: "Cardiff", invited: 4, answered: 3 },
      { slug: "birmingham", name: "Birmingham", invited: 3, answered: 3 },
      { slug: "belfast", name: "Belfast", invited: 2, answered: 1 },
    ],
  },
];

const TAKE_BACK = [
  "A welcome pack for new arrivals written with community groups, as Glasgow did.",
  "Bringing the council's housing and employment teams into the same room.",
  "The idea of a migrant forum that reports to the cabinet member.",
  "How to make the case for inclusion with data the council already holds.",
];
const CHANGE = [
  "More time in city pairs, fewer presentations.",
  "Share the papers a week earlier.",
  "",
  "A site visit to a project would help.",
];

/** Scores that lean positive and differ by respondent, the same on every run. */
const scoreFor = (respondent: number, question: number) => [4, 5, 3, 4, 2, 5, 4][(respondent * 3 + question) % 7];

export async function seedDemoFeedback(
  conveningIds: Map<string, string>,
  cityIds: Map<string, string>,
  repIds: Map<string, string>,
) {
  for (const demo of DEMO_FEEDBACK) {
    const conveningId = conveningIds.get(demo.conveningSeedKey);
    const convening = conveningId ? await getConvening(conveningId) : null;
    if (!convening) continue;
    const sessions = (await listAgendaSessions(convening.id)).filter((session) => !session.isCancelled);
    const form = await ensureFeedbackForm(
      convening.id,
      defaultQuestions(
        convening.aims,
        sessions.map((session) => ({ id: session.id, title: session.title })),
      ),
    );
    const sentAt = addDaysTo(convening.endsAt, 1);
    await markFeedbackFormSent(convening.id, sentAt, addDaysTo(sentAt, OPEN_FOR_DAYS));
    let respondent = 0;
    for (const city of demo.cities) {
      const cityId = cityIds.get(city.slug);
      if (!cityId) continue;
      for (let index = 0; index < city.invited; index += 1) {
        const isRep = index === 0 && repIds.has(city.slug);
        const email = isRep ? demoRepEmail(city.slug) : `delegate.${index + 1}.${city.slug}@example.org`;
        const personId = isRep
          ? repIds.get(city.slug)!
          : await upsertPersonByEmail({
              name: `${city.name} Delegate ${index + 1}`,
              email,
              role: "participant",
              cityId,
              organisation: `${city.name} council`,
            });
        const role = isRep ? "operational-lead" : "participant";
        const hasAnswered = index < city.answered;
        const answeredAt = hasAnswered ? addDaysTo(sentAt, 2 + (index % 3)) : null;
        await insertSeedFeedbackInvitation({
          conveningId: convening.id,
          personId,
          cityId,
          role,
          email,
          sentAt,
          answeredAt,
        });
        if (!answeredAt) continue;
        respondent += 1;
        const answers: FeedbackAnswer[] = form.questions.flatMap((question, number): FeedbackAnswer[] => {
          if (question.kind !== "text") return [{ key: question.key, score: scoreFor(respondent, number) }];
          const text = (question.key === "take-back" ? TAKE_BACK : CHANGE)[respondent % 4];
          return text ? [{ key: question.key, text }] : [];
        });
        // A fixed link of the demo's own, so running the seed again finds the response stored.
        await insertFeedbackResponse(feedbackResponseId(`demo:${convening.id}:${personId}`), {
          conveningId: convening.id,
          cityId,
          role,
          answers,
          submittedOn: answeredAt.toISOString().slice(0, 10),
        });
      }
    }
  }
}
