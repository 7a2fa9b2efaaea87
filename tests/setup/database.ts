// Gives the calling test file a database of its own on the run's server, emptied before each test.
import { randomUUID } from "node:crypto";
import mongoose from "mongoose";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { connectDb, disconnectDb } from "../../app/utils/db.server";
import { allModels } from "../../models/index.server";

export function withTestDatabase() {
  const databaseName = `test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  beforeAll(async () => {
    const server = process.env.TEST_MONGODB_SERVER;
    if (!server) throw new Error("TEST_MONGODB_SERVER is not set: the vitest global setup did not run");
    process.env.MONGODB_URI = `${server}${databaseName}`;
    await connectDb();
  });
  beforeEach(async () => {
    await Promise.all(allModels.map((model) => model.deleteMany({})));
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase();
    await disconnectDb();
  });
}
