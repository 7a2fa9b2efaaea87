// npm run seed [-- --demo [--scale N]]: loads the programme on record; --demo adds demo accounts
// and an agenda; --scale N (1–20) adds to the demo until it is N times its size, and says how long it took.
import { DateTime } from "luxon";
import { connectDb, disconnectDb } from "~/utils/db.server";
import { parseScaleOption } from "~/seed/scale-option";
import { programmeSize } from "~/seed/scaled-programme";
import { seedScaledProgramme } from "~/seed/seed-scaled.server";
import { DEFAULT_DEMO_PASSWORD, seedDemo, seedProgramme } from "~/seed/seed.server";

const isDemo = process.argv.includes("--demo");
const scaleOption = parseScaleOption(process.argv.slice(2));
const number = (count: number) => count.toLocaleString("en-GB");

if (!scaleOption.ok) {
  console.error(scaleOption.message);
  process.exitCode = 1;
} else if (scaleOption.scale > 1 && !isDemo) {
  console.error("--scale adds to the demo: run `npm run seed -- --demo --scale N`.");
  process.exitCode = 1;
} else {
  try {
    const started = performance.now();
    await connectDb();
    if (isDemo) {
      await seedDemo(process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD);
      console.log("Seeded the programme and demo accounts (manager@example.org, rep.<city>@example.org).");
    } else {
      await seedProgramme();
      console.log("Seeded the programme: phases, 12 cities, framework and the six convenings on record.");
    }
    if (scaleOption.scale > 1) {
      const today = DateTime.now().setZone("Europe/London").toISODate()!;
      const written = await seedScaledProgramme(scaleOption.scale, today);
      const size = programmeSize(scaleOption.scale, today);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `The demo at ${scaleOption.scale}×: ${number(size.convenings)} convenings, ${number(size.sessions)} sessions, ` +
          `${number(size.actions)} follow-up actions, ${number(size.registrations)} registrations, ${number(size.people)} people ` +
          `(${number(written.sessions + written.registrations + written.actions + written.people + written.convenings)} rows written) in ${seconds} s.`,
      );
    }
  } catch (error) {
    console.error(`Seeding failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await disconnectDb();
  }
}
