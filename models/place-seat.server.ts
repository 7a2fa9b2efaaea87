// Seats that hold a registration's place at a convening: one per pool ("all" for the total
// capacity, "city:<id>" for a city's places). FerretDB runs updates as read-modify-write, so a
// guarded $inc can oversubscribe; inserts against unique indexes are the one thing that is
// atomic there. A seat is a numbered slot "0".."limit-1" in a limited pool (two requests cannot
// take the same number) or "r<registrationId>" in an unlimited one; a registration holds at
// most one seat per pool. Its _id is "<conveningId>:<pool>:<seat>" (decision 020), so a pool's
// seats are read by _id, the one lookup FerretDB serves from an index, not by scanning them all.
import { Schema } from "mongoose";
import { isValidId } from "./ids.server";
import { registerModel } from "./register-model.server";
import { isDuplicateKeyError } from "./duplicate-key.server";
import { Registration } from "./registration.server";
import { PLACE_HOLDING_STATUSES } from "~/domain/vocabulary/registrations";

/** A seat's _id: where it is, so it is read and taken by _id alone. */
export const seatId = (conveningId: string, pool: string, seat: string) => `${conveningId}:${pool}:${seat}`;

const placeSeatSchema = new Schema(
  {
    // "<conveningId>:<pool>:<seat>"; seats stored before that shape have an ObjectId, which the
    // repair pass replaces (Mixed: either is read and deleted as stored, never cast).
    _id: { type: Schema.Types.Mixed, required: true },
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
// A seat made through the model without an _id gets the one that says where it is.
placeSeatSchema.pre("validate", function () {
  if (this._id === undefined || this._id === null) this._id = seatId(String(this.conveningId), this.pool, this.seat);
});

export const PlaceSeat = registerModel("PlaceSeat", placeSeatSchema);

export const TOTAL_POOL = "all";
export const cityPool = (cityId: string) => `city:${cityId}`;

/** "claimed": this call took the seat; "held": the registration had one already; "full": none free. */
export type SeatClaim = "claimed" | "held" | "full";

/** A pool as a claim sees it: its limit now (null: none) and the highest limit its seats were numbered under. */
export type SeatPool = { pool: string; limit: number | null; range: number };

type HeldSeat = { _id: string; seat: string; registrationId: string };

// Requests of a burst read the same pools at the same moment: one read of a pool's seats is shared
// by every request that asks while it runs. A read seen a moment late is safe: a claim is decided
// by its unique insert, never by what it read.
const poolReads = new Map<string, Promise<HeldSeat[]>>();

/** The numbered seats of a limited pool, read by _id in parallel: as many reads as its range. */
function readNumberedSeats(conveningId: string, pool: string, range: number): Promise<HeldSeat[]> {
  const key = `${seatId(conveningId, pool, "")}${range}`;
  const running = poolReads.get(key);
  if (running) return running;
  const read = readNumberedSeatsNow(conveningId, pool, range).finally(() => poolReads.delete(key));
  poolReads.set(key, read);
  return read;
}

async function readNumberedSeatsNow(conveningId: string, pool: string, range: number): Promise<HeldSeat[]> {
  const docs = await Promise.all(
    Array.from({ length: range }, (_, number) =>
      PlaceSeat.findById(seatId(conveningId, pool, String(number)))
        .select("seat registrationId")
        .lean(),
    ),
  );
  return docs.flatMap((doc) =>
    doc ? [{ _id: String(doc._id), seat: doc.seat, registrationId: String(doc.registrationId) }] : [],
  );
}

/** Does the registration hold a seat in this pool? Numbered seats by _id; one scan only for seats stored before _ids said where they are. */
async function holdsSeatIn(conveningId: string, pool: string, registrationId: string) {
  return Boolean(await PlaceSeat.exists({ conveningId, pool, registrationId }));
}

/**
 * Takes a seat in the pool for the registration, or reports the pool full. Idempotent: a
 * registration that already holds a seat there keeps it. Returns the seat's _id when taken here.
 */
export async function claimSeat(
  conveningId: string,
  registrationId: string,
  { pool, limit, range }: SeatPool,
): Promise<{ claim: SeatClaim; seatId: string | null }> {
  const insert = async (seat: string) => {
    const _id = seatId(conveningId, pool, seat);
    await PlaceSeat.create({ _id, conveningId, pool, seat, registrationId });
    return _id;
  };
  if (limit === null) {
    try {
      return { claim: "claimed", seatId: await insert(`r${registrationId}`) };
    } catch (error) {
      // The same _id is this registration's seat; the (pool, registration) index: it holds another.
      if (isDuplicateKeyError(error)) return { claim: "held", seatId: null };
      throw error;
    }
  }
  const seats = await readNumberedSeats(conveningId, pool, Math.max(range, limit));
  if (seats.some((held) => held.registrationId === registrationId)) return { claim: "held", seatId: null };
  // A lowered limit can leave more seats held than allowed: full until enough are released.
  if (seats.length >= limit) return { claim: "full", seatId: null };
  const taken = new Set(seats.map((held) => held.seat));
  for (let number = 0; number < limit; number += 1) {
    if (taken.has(String(number))) continue;
    try {
      return { claim: "claimed", seatId: await insert(String(number)) };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Another request took this number (try the next), or this registration got a seat from a
      // concurrent promotion (keep it), or an older seat holds the number under another _id.
      const holder = await PlaceSeat.findById(seatId(conveningId, pool, String(number)))
        .select("registrationId")
        .lean();
      if (holder && String(holder.registrationId) === registrationId) return { claim: "held", seatId: null };
      if (!holder && (await holdsSeatIn(conveningId, pool, registrationId))) return { claim: "held", seatId: null };
    }
  }
  return { claim: "full", seatId: null };
}

/** Gives back one seat, by its _id (a claim that must be undone). */
export async function releaseSeat(id: string) {
  await PlaceSeat.deleteOne({ _id: id });
}

export async function releaseSeats(registrationId: string, pools?: string[]) {
  if (!isValidId(registrationId)) return;
  await PlaceSeat.deleteMany(pools ? { registrationId, pool: { $in: pools } } : { registrationId });
}

/** Seats held per pool, for every pool of the convening: one scan (settings changes, benchmarks). */
export async function countSeatsByPool(conveningId: string): Promise<Map<string, number>> {
  const seats = await PlaceSeat.find({ conveningId }).select("pool").lean();
  const counts = new Map<string, number>();
  for (const held of seats) counts.set(held.pool, (counts.get(held.pool) ?? 0) + 1);
  return counts;
}

/** Seats held in each limited pool given, read by _id (unlimited pools are left out: never full). */
export async function countSeatsIn(conveningId: string, pools: SeatPool[]): Promise<Map<string, number>> {
  const limited = pools.filter((pool): pool is SeatPool & { limit: number } => pool.limit !== null);
  const counts = await Promise.all(
    limited.map(
      async ({ pool, limit, range }) =>
        [pool, (await readNumberedSeats(conveningId, pool, Math.max(range, limit))).length] as const,
    ),
  );
  return new Map(counts);
}

/**
 * For the given pools: how many seats each holds and whether the registration holds one, read
 * by _id (a limited pool's numbers, an unlimited pool's seat of this registration).
 */
export async function readSeatsOf(
  conveningId: string,
  registrationId: string,
  pools: SeatPool[],
): Promise<Array<{ pool: string; held: number; isHeldByRegistration: boolean }>> {
  return Promise.all(
    pools.map(async ({ pool, limit, range }) => {
      if (limit === null) {
        const own = await PlaceSeat.findById(seatId(conveningId, pool, `r${registrationId}`))
          .select("_id")
          .lean();
        return { pool, held: 0, isHeldByRegistration: own !== null };
      }
      const seats = await readNumberedSeats(conveningId, pool, Math.max(range, limit));
      return {
        pool,
        held: seats.length,
        isHeldByRegistration: seats.some((held) => held.registrationId === registrationId),
      };
    }),
  );
}

// Every promotion pass gives back a convening's stray seats first, and that is a scan of every
// seat (they are found by age). A burst of registrations makes dozens of passes a second, while a
// stray seat is one a crash left minutes ago: one scan per convening in a while is enough.
const STRAY_CHECK_EVERY_MS = 30_000;
const strayChecks = new Map<string, { at: number; placedBefore: number }>();

/** Was the convening checked for seats placed before this moment, a moment ago? Notes a check now if not. */
function isStrayCheckRecent(conveningId: string, placedBefore: Date) {
  const now = Date.now();
  const last = strayChecks.get(conveningId);
  // Checked again past the interval, or for a cut-off earlier than the last one's or well after it.
  const cutOff = placedBefore.getTime();
  if (
    last &&
    now - last.at < STRAY_CHECK_EVERY_MS &&
    cutOff >= last.placedBefore &&
    cutOff - last.placedBefore < STRAY_CHECK_EVERY_MS
  )
    return true;
  strayChecks.set(conveningId, { at: now, placedBefore: cutOff });
  return false;
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
  if (options.conveningId !== undefined && isStrayCheckRecent(options.conveningId, options.placedBefore))
    return released;
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
  if (seats.length > 0)
    await PlaceSeat.insertMany(seats.map((held) => ({ _id: seatId(held.conveningId, held.pool, held.seat), ...held })));
}

/**
 * Gives seats stored before their _id said where they are (an ObjectId) the "<convening>:<pool>:<seat>"
 * _id, keeping their number, holder and age; returns the highest number seen per convening and
 * pool, for the rosters' seat ranges. Each seat is deleted and inserted again, and the unique
 * indexes decide a number another request took in between: then the holder claims another.
 */
export async function rekeyOldSeats(): Promise<{
  rekeyed: number;
  lost: Array<{ conveningId: string; registrationId: string }>;
  ranges: Map<string, Map<string, number>>;
}> {
  const seats = await PlaceSeat.find({}).select("conveningId pool seat registrationId createdAt").lean();
  const ranges = new Map<string, Map<string, number>>();
  let rekeyed = 0;
  const lost: Array<{ conveningId: string; registrationId: string }> = [];
  for (const held of seats) {
    const conveningId = String(held.conveningId);
    const registrationId = String(held.registrationId);
    const number = /^\d+$/.test(held.seat) ? Number(held.seat) + 1 : 0;
    const pools = ranges.get(conveningId) ?? new Map<string, number>();
    pools.set(held.pool, Math.max(pools.get(held.pool) ?? 0, number));
    ranges.set(conveningId, pools);
    if (typeof held._id === "string") continue;
    await PlaceSeat.deleteOne({ _id: held._id });
    const fields = { conveningId, pool: held.pool, seat: held.seat, registrationId, createdAt: held.createdAt };
    try {
      // Its age kept: a young seat may still belong to a request that is running.
      await PlaceSeat.create([{ _id: seatId(conveningId, held.pool, held.seat), ...fields }], { timestamps: false });
      rekeyed += 1;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      lost.push({ conveningId, registrationId });
    }
  }
  return { rekeyed, lost, ranges };
}
