// The programmes the bench compares: the demo (1×) and the demo at 10×, each in a database of
// its own on the same server, emptied and then loaded by `npm run seed -- --demo --scale N` in a
// child process (so the bench's own memory holds no loading).
import { spawn } from "node:child_process";
import path from "node:path";
import mongoose from "mongoose";
import { connectDb, disconnectDb } from "~/utils/db.server";

export const SCALES = [1, 10] as const;

/** The address of a database on the bench's server: the embedded FerretDB's, or MONGODB_URI's. */
export type DatabaseAt = (name: string) => string;

/** MONGODB_URI with its database name replaced (its options kept). */
export function databasesAt(uri: string): DatabaseAt {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)\/?[^?]*(\?.*)?$/.exec(uri);
  if (!match) throw new Error("MONGODB_URI must look like mongodb://host:port/database");
  return (name) => `${match[1]}/${name}${match[2] ?? ""}`;
}

export const databaseName = (scale: number) => `bench_${scale}x`;

/** Connects the app's one connection to the scale's database (closing any other first). */
export async function connectToScale(at: DatabaseAt, scale: number) {
  await disconnectDb();
  process.env.MONGODB_URI = at(databaseName(scale));
  await connectDb();
}

function seedInChild(uri: string, scale: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/seed.ts", "--demo", "--scale", String(scale)],
      {
        env: { ...process.env, MONGODB_URI: uri },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const lines = output.trim().split("\n");
      if (code === 0) resolve(lines);
      else reject(new Error(`seeding ${scale}× failed (exit ${code}): ${lines.at(-1)}`));
    });
  });
}

/** Empties the scale's database and loads the demo at that scale; returns what the seed printed. */
export async function loadProgramme(at: DatabaseAt, scale: number): Promise<string[]> {
  await connectToScale(at, scale);
  await mongoose.connection.dropDatabase();
  await disconnectDb();
  return seedInChild(at(databaseName(scale)), scale);
}
