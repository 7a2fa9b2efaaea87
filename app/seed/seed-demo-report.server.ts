// The demo's phase-one learning report: its range is phase one's days, with the programme team's
// introduction and conclusions and two quotes picked from the Liverpool meeting's feedback; its
// figures are worked out from the demo's convenings, registrations, feedback and actions when it
// is read. Written once: a report of that title already there is left as it is.
import {
  addLearningReportQuote,
  createLearningReport,
  listLearningReports,
  updateLearningReportText,
} from "~models/learning-report.server";
import { getConvening } from "~models/convening.server";

export const DEMO_REPORT_TITLE = "Phase one learning report";

const INTRODUCTION = `The Global Exchange's model of knowledge exchange embeds learning into both the design and delivery of its programmes. This report looks back on phase one: the City Working Group meetings the founder cities hosted in turn, who came from each city, and how far each meeting met the aims it set.

It draws on the confidential survey participants answered after each meeting; no figure is shown for a group of fewer than three people.`;

const CONCLUSIONS = `The meetings met most of their aims, and the city pairs were valued most. Cities asked for papers earlier and for more time with one another than with speakers.

For phase two we will send pre-reading a week ahead, keep a half-day for city pairs at every meeting and follow up each city's actions at the next one.`;

const QUOTES = [
  "A welcome pack for new arrivals written with community groups, as Glasgow did.",
  "More time in city pairs, fewer presentations.",
];

export async function seedDemoReport(conveningIds: Map<string, string>, managerId: string) {
  if ((await listLearningReports()).some((report) => report.title === DEMO_REPORT_TITLE)) return;
  const reportId = await createLearningReport(
    { title: DEMO_REPORT_TITLE, phase: 1, startsOn: "2017-03-01", endsOn: "2019-05-31" },
    managerId,
  );
  await updateLearningReportText(reportId, { introduction: INTRODUCTION, conclusions: CONCLUSIONS });
  const liverpoolId = conveningIds.get("cwg-2018-liverpool");
  const liverpool = liverpoolId ? await getConvening(liverpoolId) : null;
  if (!liverpool) return;
  for (const text of QUOTES)
    await addLearningReportQuote(reportId, { text, conveningId: liverpool.id, conveningTitle: liverpool.title });
}
