// npm run seed [-- --demo]: loads the programme on record; --demo adds demo accounts and an agenda.
import { connectDb, disconnectDb } from "~/utils/db.server";
import { DEFAULT_DEMO_PASSWORD, seedDemo, seedProgramme } from "~/seed/seed.server";

const isDemo = process.argv.includes("--demo");
try {
  await connectDb();
  if (isDemo) {
    await seedDemo(process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD);
    console.log("Seeded the programme and demo accounts (manager@example.org, rep.<city>@example.org).");
  } else {
    await seedProgramme();
    console.log("Seeded the programme: phases, 12 cities, framework and the six convenings on record.");
  }
} catch (error) {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
