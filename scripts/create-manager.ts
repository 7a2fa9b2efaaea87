// npm run create-manager -- --email a@b.org --name "A B": the first manager on a fresh install.
// The password comes from MANAGER_PASSWORD or is asked for on the terminal (not echoed).
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { z } from "zod";
import { connectDb, disconnectDb } from "~/utils/db.server";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/domain/password-rules";
import { hashPassword } from "~/accounts/password.server";
import { upsertPersonByEmail } from "~models/person.server";

async function promptHidden(question: string): Promise<string> {
  let isMuted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!isMuted) process.stdout.write(chunk);
      callback();
    },
  });
  const readline = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => readline.question(question, resolve));
  isMuted = true;
  const value = await answer;
  readline.close();
  process.stdout.write("\n");
  return value;
}

const argsSchema = z.object({
  email: z.string().email("--email must be an email address"),
  name: z.string().trim().min(1, "--name is required"),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `the password must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH),
});

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
try {
  const password = process.env.MANAGER_PASSWORD || (await promptHidden("Password for the new manager: "));
  const parsed = argsSchema.safeParse({ ...values, password });
  if (!parsed.success) throw new Error(parsed.error.issues[0].message);
  await connectDb();
  await upsertPersonByEmail({
    name: parsed.data.name,
    email: parsed.data.email,
    role: "manager",
    programmeRole: "programme-team",
    passwordHash: await hashPassword(parsed.data.password),
  });
  console.log(`Manager ${parsed.data.email} can now sign in.`);
} catch (error) {
  console.error(`create-manager failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}
