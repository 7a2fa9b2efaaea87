// Follow-up actions of the scaled programme: raised at its completed convenings or in a city's
// action plan, owned by a city and mostly by one of its people, in every status, with a timeline.
import { DateTime } from "luxon";
import type { ActionPriority, ActionStatus } from "~/domain/vocabulary/follow-ups";
import { PRINCIPLE_CODES, THEME_CODES } from "~/domain/vocabulary/framework";
import { CITIES } from "./programme-data";
import type { ScaledConvening } from "./scaled-programme";
import type { ScaledPerson } from "./scaled-registrations";
import { ACTION_TITLES, PROGRESS_NOTES } from "./scaled-vocabulary";
import type { SeededRandom } from "./seeded-random";

export type ScaledProgress = { at: Date; text: string; statusFrom: ActionStatus | null; statusTo: ActionStatus | null };

export type ScaledAction = {
  seedKey: string;
  conveningSeedKey: string | null;
  citySlug: string;
  ownerEmail: string | null;
  title: string;
  description: string;
  dueOn: string | null;
  status: ActionStatus;
  priority: ActionPriority;
  principles: string[];
  themes: string[];
  /** The timeline, oldest first: it starts with the action being raised. */
  progress: ScaledProgress[];
};

const ACTIONS_PER_COPY = 555;
const STATUS_WEIGHTS: Array<[ActionStatus, number]> = [
  ["open", 30],
  ["in-progress", 25],
  ["blocked", 10],
  ["done", 25],
  ["dropped", 10],
];

function weightedStatus(random: SeededRandom): ActionStatus {
  let roll = random.int(1, 100);
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll <= 0) return status;
  }
  return "open";
}

export function scaledActions(
  copy: number,
  convenings: ScaledConvening[],
  people: ScaledPerson[],
  today: DateTime,
  random: SeededRandom,
): ScaledAction[] {
  const held = convenings.filter((convening) => convening.status === "completed");
  const noon = today.set({ hour: 12 });
  return Array.from({ length: ACTIONS_PER_COPY }, (_, index) => {
    const city = random.pick(CITIES);
    const convening = random.chance(0.8) ? random.pick(held) : null;
    const owner = random.chance(0.65) ? random.pick(people.filter((person) => person.citySlug === city.slug)) : null;
    const status = weightedStatus(random);
    // Raised within two weeks of the convening, or any time in the last year for a plan's own.
    const raised = convening
      ? DateTime.min(DateTime.fromJSDate(convening.endsAt).plus({ days: random.int(0, 14) }), noon.minus({ days: 1 }))
      : noon.minus({ days: random.int(5, 420) });
    const progress: ScaledProgress[] = [{ at: raised.toJSDate(), text: "", statusFrom: null, statusTo: "open" }];
    let last = raised;
    const later = () => {
      last = DateTime.min(last.plus({ days: random.int(1, 30) }), noon);
      return last.toJSDate();
    };
    if (random.chance(0.3))
      progress.push({ at: later(), text: random.pick(PROGRESS_NOTES), statusFrom: null, statusTo: null });
    if (status !== "open")
      progress.push({ at: later(), text: random.pick(PROGRESS_NOTES), statusFrom: "open", statusTo: status });
    return {
      seedKey: `scaled-${copy}-a${String(index).padStart(3, "0")}`,
      conveningSeedKey: convening?.seedKey ?? null,
      citySlug: city.slug,
      ownerEmail: owner?.email ?? null,
      title: random.pick(ACTION_TITLES),
      description: convening ? `Raised at ${convening.title}.` : "From the city's action plan.",
      dueOn: random.chance(0.1) ? null : today.plus({ days: random.int(-150, 200) }).toISODate(),
      status,
      priority: random.pick(["low", "medium", "high"] as const),
      principles: [random.pick(PRINCIPLE_CODES)],
      themes: random.sample(THEME_CODES, random.int(1, 2)).sort(),
      progress,
    };
  });
}
