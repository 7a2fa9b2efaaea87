import mongoose, { Schema } from "mongoose";
import { expect, it } from "vitest";
import { withTestDatabase } from "../setup/database";
withTestDatabase();
const C = mongoose.models.ProbeCounter ?? mongoose.model("ProbeCounter", new Schema({ key: { type: String, unique: true }, total: Number, seq: Number, cities: { type: Schema.Types.Mixed, default: {} } }, { minimize: false }));
const S = mongoose.models.ProbeSlot ?? mongoose.model("ProbeSlot", new Schema({ key: String, slot: Number }));
it("probe", async () => {
  await C.createCollection(); await C.createIndexes();
  await S.createCollection(); await S.collection.createIndex({ key: 1, slot: 1 }, { unique: true });
  await C.create({ key: "a", total: 0, seq: 0, cities: {} });
  const results = await Promise.all(Array.from({ length: 50 }, async () => {
    const doc = await C.findOneAndUpdate({ key: "a", total: { $lt: 30 }, $or: [{ "cities.x": { $exists: false } }, { "cities.x": { $lt: 2 } }] }, { $inc: { total: 1, seq: 1, "cities.x": 1 } }, { new: true }).lean();
    if (doc) return { ok: true, seq: (doc as any).seq };
    const d2 = await C.findOneAndUpdate({ key: "a" }, { $inc: { seq: 1 } }, { new: true }).lean();
    return { ok: false, seq: (d2 as any).seq };
  }));
  const final = await C.findOne({ key: "a" }).lean();
  console.log(JSON.stringify(final), results.filter((r) => r.ok).length, new Set(results.map((r) => r.seq)).size);
  const slotResults = await Promise.all(Array.from({ length: 50 }, async () => {
    try { await S.create({ key: "k", slot: 0 }); return true; } catch (e) { return false; }
  }));
  console.log("slots", slotResults.filter(Boolean).length, await S.countDocuments());
  expect(1).toBe(1);
});
