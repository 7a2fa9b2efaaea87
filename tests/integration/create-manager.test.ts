import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { signIn } from "~/accounts/sign-in.server";
import { withTestDatabase } from "../setup/database";

withTestDatabase();

// Asynchronous on purpose: a blocked event loop would starve this file's database heartbeats.
function createManager(args: string[], password: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "scripts/create-manager.ts", ...args],
      { env: { ...process.env, MANAGER_PASSWORD: password } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npm run create-manager", () => {
  it("creates a first manager who can sign in", async () => {
    const result = await createManager(
      ["--email", "first.manager@example.org", "--name", "First Manager"],
      "a-strong-password",
    );
    expect(result.stdout).toContain("Manager first.manager@example.org can now sign in.");
    expect(result.status).toBe(0);
    const signedIn = await signIn("first.manager@example.org", "a-strong-password");
    expect(signedIn.ok && signedIn.person.role).toBe("manager");
  });

  it("refuses a short password or a malformed email with a clear message and exit code 1", async () => {
    const short = await createManager(["--email", "x@example.org", "--name", "X"], "short");
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("create-manager failed: the password must be at least 10 characters");
    const malformed = await createManager(["--email", "not-an-email", "--name", "X"], "a-strong-password");
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toContain("--email must be an email address");
  });
});
