// Convenings open for registration and people to register, shared by registration tests and the bench.
import { randomBytes } from "node:crypto";
import { Convening } from "../../models/convening.server";
import { createPerson } from "../../models/person.server";

export type ConveningOptions = {
  title?: string;
  status?: "draft" | "published" | "cancelled" | "completed";
  placesPerCity?: number | null;
  cityPlaces?: Array<{ cityId: string; places: number }>;
  capacity?: number | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
  isApprovalRequired?: boolean;
  startsAt?: Date;
  endsAt?: Date;
};

const DAY = 24 * 3600 * 1000;

export async function createConvening(options: ConveningOptions = {}): Promise<string> {
  const startsAt = options.startsAt ?? new Date(Date.now() + 30 * DAY);
  const doc = await Convening.create({
    kind: "working-group-meeting",
    title: options.title ?? "City Working Group meeting",
    summary: "Peer learning on welcoming newcomers.",
    phase: 2,
    places: [{ name: "Town Hall", address: "1 High Street", timeZone: "Europe/London" }],
    format: "in-person",
    timeZone: "Europe/London",
    startsAt,
    endsAt: options.endsAt ?? new Date(startsAt.getTime() + DAY + 8 * 3600 * 1000),
    status: options.status ?? "published",
    registration: {
      placesPerCity: options.placesPerCity === undefined ? 2 : options.placesPerCity,
      cityPlaces: options.cityPlaces ?? [],
      capacity: options.capacity === undefined ? null : options.capacity,
      opensAt: options.opensAt ?? null,
      closesAt: options.closesAt ?? null,
      isApprovalRequired: options.isApprovalRequired ?? false,
    },
    shareToken: randomBytes(24).toString("base64url"),
  });
  return String(doc._id);
}

/** People of a city without accounts, named in order ("Colleague 01", …). */
export async function createColleagues(cityId: string, count: number, prefix = "colleague"): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const number = String(index).padStart(2, "0");
    ids.push(
      await createPerson({
        name: `${prefix[0].toUpperCase()}${prefix.slice(1)} ${number}`,
        email: `${prefix}.${number}.${cityId}@example.org`,
        role: "participant",
        cityId,
      }),
    );
  }
  return ids;
}
