// Seats that hold a registration's place at a convening: one per pool ("all" for the total
// capacity, "city:<id>" for a city's places). FerretDB runs updates as read-modify-write, so a
// guarded $inc can oversubscribe; inserts against unique indexes are the one thing that is
// atomic there. A seat is a numbered slot "0".."limit-1" in a limited pool (two requests cannot
// take the same number) or "r<registrationId>" in an unlimited one; a registration holds at
// most one seat per pool.
import { Schema } from "mongoose";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { Registration } from "./registration.server";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";

const placeSeatSchema = new Schema(
  {
    conveningId: { type: Schema.Types.ObjectId, ref: "Convening", required: true },
    pool: { type: String, required: true },
    seat: { type: String, required: true },
    registrationId: { type: Schema.Types.ObjectId, ref: "Registration", required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
placeSeatSchema.index({ conveningId: 1, pool: 1, seat: 1 }, { unique: true });
placeSeatSchema.index({ conveningId: 1, pool: 1, registrationId: 1 }, { unique: true });
placeSeatSchema.index({ registrationId: 1 });

export const PlaceSeat = registerModel("PlaceSeat", placeSeatSchema);

export const TOTAL_POOL = "all";
export const cityPool = (cityId: string) => `city:${cityId}`;

/** "claimed": this call took the seat; "held": the registration had one already; "full": none free. */
export type SeatClaim = "claimed" | "held" | "full";

/**
 * Takes a seat in the pool for the registration, or reports the pool full. Idempotent: a
 * registration that already holds a seat there keeps it. `limit` null means no limit.
 */
export async function claimSeat(
  conveningId: string,
  pool: string,
  registrationId: string,
  limit: number | null,
): Promise<SeatClaim> {
  const seats = await PlaceSeat.find({ conveningId, pool }).select("seat registrationId").lean();
  if (seats.some((held) => String(held.registrationId) === registrationId)) return "held";
  const candidates: string[] = [];
  if (limit === null) {
    candidates.push(`r${registrationId}`);
  } else {
    // A lowered limit can leave more seats held than allowed: full until enough are released.
    if (seats.length >= limit) return "full";
    const taken = new Set(seats.map((held) => held.seat));
    for (let number = 0; number < limit; number += 1) if (!taken.has(String(number))) candidates.push(String(number));
  }
  for (const seat of candidates) {
    try {
      await PlaceSeat.create({ conveningId, pool, seat, registrationId });
      return "claimed";
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Either another request took this number (try the next) or this registration got a seat
      // from a concurrent promotion (keep it).
      const mine = await PlaceSeat.exists({ conveningId, pool, registrationId });
      if (mine) return "held";
    }
  }
  return "full";
}

export async function releaseSeats(registrationId: string, pools?: string[]) {
  if (!isValidId(registrationId)) return;
  await PlaceSeat.deleteMany(pools ? { registrationId, pool: { $in: pools } } : { registrationId });
}

export async function countSeatsByPool(conveningId: string): Promise<Map<string, number>> {
  const seats = await PlaceSeat.find({ conveningId }).select("pool").lean();
  const counts = new Map<string, number>();
  for (const held of seats) counts.set(held.pool, (counts.get(held.pool) ?? 0) + 1);
  return counts;
}

/** The pools in which the registration holds a seat. */
export async function listSeatPoolsOf(registrationId: string): Promise<string[]> {
  if (!isValidId(registrationId)) return [];
  const seats = await PlaceSeat.find({ registrationId }).select("pool").lean();
  return seats.map((held) => held.pool);
}

/**
 * Releases seats that no place-holding registration owns and that are older than `placedBefore`
 * (a younger one may belong to a request still running): seats of cancelled, declined or deleted
 * registrations, and seats of a registration left waitlisted when a crash cut its request off.
 * The registration keeps its place in the queue, so the next promotion pass gives it the place
 * in arrival order. Returns how many seats were released, by convening.
 */
export async function releaseStraySeats(options: {
  conveningId?: string;
  placedBefore: Date;
}): Promise<Map<string, number>> {
  const released = new Map<string, number>();
  if (options.conveningId !== undefined && !isValidId(options.conveningId)) return released;
  const filter: Record<string, unknown> = { createdAt: { $lt: options.placedBefore } };
  if (options.conveningId) filter.conveningId = options.conveningId;
  const seats = await PlaceSeat.find(filter).select("conveningId registrationId").lean();
  if (seats.length === 0) return released;
  const registrationIds = [...new Set(seats.map((held) => String(held.registrationId)))];
  const holders = await Registration.find({
    _id: { $in: registrationIds },
    status: { $in: PLACE_HOLDING_STATUSES },
  })
    .select("_id")
    .lean();
  const isHolder = new Set(holders.map((holder) => String(holder._id)));
  const stray = seats.filter((held) => !isHolder.has(String(held.registrationId)));
  if (stray.length === 0) return released;
  await PlaceSeat.deleteMany({ _id: { $in: stray.map((held) => held._id) } });
  for (const held of stray) {
    const conveningId = String(held.conveningId);
    released.set(conveningId, (released.get(conveningId) ?? 0) + 1);
  }
  return released;
}

/** Inserts seats in one write (the seed's bulk load); the unique indexes still refuse a seat taken twice. */
export async function insertSeats(
  seats: Array<{ conveningId: string; pool: string; seat: string; registrationId: string }>,
) {
  if (seats.length > 0) await PlaceSeat.insertMany(seats);
}
