// Travel warnings for a learning exchange's manager: a delegate with no way there or back, arriving
// after the first session or leaving before the last, or with under an hour between two segments.
// Instants are compared as instants; every time in a message is local to its place, with its zone.
import { travelModeLabel } from "../vocabulary/travel";
import { formatMoment, programmeBounds, type ExchangeSpan, type ProgrammeSession } from "./exchange-days";

export type TravelEnd = { place: string; timeZone: string };

export type WarningSegment = {
  id: string;
  mode: string;
  carrier: string;
  number: string;
  from: TravelEnd;
  to: TravelEnd;
  departsAt: Date;
  arrivesAt: Date;
  personIds: string[];
  isForEveryone: boolean;
};

export type WarningDelegate = { personId: string; name: string };

export type TravelWarningKind =
  "no-way-there" | "arrives-after-first-session" | "no-way-back" | "leaves-before-last-session" | "short-connection";

export type TravelWarning = {
  kind: TravelWarningKind;
  personId: string;
  /** The segment to fix; null when there is none yet (no way there or back). */
  segmentId: string | null;
  message: string;
};

export const MIN_CONNECTION_MINUTES = 60;

/** "Flight BA 231 London Heathrow → Pittsburgh": how a segment is named in lists and warnings. */
export function segmentLabel(segment: Pick<WarningSegment, "mode" | "carrier" | "number" | "from" | "to">): string {
  const service = [travelModeLabel(segment.mode), segment.carrier, segment.number].filter(Boolean).join(" ");
  return `${service} ${segment.from.place} → ${segment.to.place}`;
}

/** The person's segments (their own and those for everyone), in departure order. */
export function segmentsOf<T extends Pick<WarningSegment, "personIds" | "isForEveryone" | "departsAt" | "arrivesAt">>(
  personId: string,
  segments: T[],
): T[] {
  return segments
    .filter((segment) => segment.isForEveryone || segment.personIds.includes(personId))
    .sort((a, b) => a.departsAt.getTime() - b.departsAt.getTime() || a.arrivesAt.getTime() - b.arrivesAt.getTime());
}

const sessionText = (moment: { at: Date; timeZone: string; title: string | null }, fallback: string) =>
  `${moment.title ? `“${moment.title}”` : fallback}, ${formatMoment(moment.at, moment.timeZone)}`;

const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

function connectionWarnings(delegate: WarningDelegate, own: WarningSegment[]): TravelWarning[] {
  const warnings: TravelWarning[] = [];
  for (let index = 1; index < own.length; index += 1) {
    const [before, after] = [own[index - 1], own[index]];
    const gap = minutesBetween(before.arrivesAt, after.departsAt);
    if (gap >= MIN_CONNECTION_MINUTES) continue;
    const arriving = `${segmentLabel(before)} arrives ${formatMoment(before.arrivesAt, before.to.timeZone)}`;
    const departing = `${segmentLabel(after)} departs ${formatMoment(after.departsAt, after.from.timeZone)}`;
    warnings.push({
      kind: "short-connection",
      personId: delegate.personId,
      segmentId: after.id,
      message:
        gap < 0
          ? `${delegate.name}: ${departing}, before ${arriving}.`
          : `${delegate.name} has ${gap} minute${gap === 1 ? "" : "s"} to connect: ${arriving} and ${departing}. Allow at least ${MIN_CONNECTION_MINUTES} minutes.`,
    });
  }
  return warnings;
}

/** One delegate's warnings: the way there, the way back, then each connection too short. */
function delegateWarnings(
  delegate: WarningDelegate,
  own: WarningSegment[],
  bounds: ReturnType<typeof programmeBounds>,
): TravelWarning[] {
  const warnings: TravelWarning[] = [];
  const { first, last } = bounds;
  const firstText = sessionText(first, "the start of the exchange");
  const lastText = sessionText(last, "the end of the exchange");
  // The way there: what departs before the programme starts; the way back: what arrives after it ends.
  const there = own.filter((segment) => segment.departsAt < first.at);
  const back = own.filter((segment) => segment.arrivesAt > last.at);
  if (there.length === 0) {
    warnings.push({
      kind: "no-way-there",
      personId: delegate.personId,
      segmentId: null,
      message: `${delegate.name} has no way there: no travel arrives by the first session (${firstText}).`,
    });
  } else {
    const arrival = there.reduce((a, b) => (b.arrivesAt > a.arrivesAt ? b : a));
    if (arrival.arrivesAt > first.at)
      warnings.push({
        kind: "arrives-after-first-session",
        personId: delegate.personId,
        segmentId: arrival.id,
        message: `${delegate.name} arrives in ${arrival.to.place} ${formatMoment(arrival.arrivesAt, arrival.to.timeZone)}, after the first session (${firstText}).`,
      });
  }
  if (back.length === 0) {
    warnings.push({
      kind: "no-way-back",
      personId: delegate.personId,
      segmentId: null,
      message: `${delegate.name} has no way back: no travel departs after the last session (${lastText}).`,
    });
  } else {
    const departure = back.reduce((a, b) => (b.departsAt < a.departsAt ? b : a));
    if (departure.departsAt < last.at)
      warnings.push({
        kind: "leaves-before-last-session",
        personId: delegate.personId,
        segmentId: departure.id,
        message: `${delegate.name} leaves ${departure.from.place} ${formatMoment(departure.departsAt, departure.from.timeZone)}, before the last session ends (${lastText}).`,
      });
  }
  return [...warnings, ...connectionWarnings(delegate, own)];
}

/** Every delegate's travel warnings, delegates in the order given. */
export function travelWarnings(input: {
  exchange: ExchangeSpan;
  sessions: ProgrammeSession[];
  delegates: WarningDelegate[];
  segments: WarningSegment[];
}): TravelWarning[] {
  const bounds = programmeBounds(input.exchange, input.sessions);
  return input.delegates.flatMap((delegate) =>
    delegateWarnings(delegate, segmentsOf(delegate.personId, input.segments), bounds),
  );
}
