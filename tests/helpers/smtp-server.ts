// A real SMTP server in the test process (smtp-server on 127.0.0.1): it records each message's
// envelope and raw data, can refuse chosen recipients with a 5xx, and is read with mailparser.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { setMailDelivery } from "~/mail/background-sender.server";

export type ReceivedMail = { from: string; to: string[]; raw: string };

export type TestSmtpServer = {
  port: number;
  /** An SMTP_URL with credentials, which the server accepts (as it accepts none). */
  url: string;
  received: ReceivedMail[];
  parsed(index?: number): Promise<ParsedMail>;
  stop(): Promise<void>;
};

export async function startSmtpServer(
  options: { port?: number; refuseRecipient?: (address: string) => string | null } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"], // plain SMTP on loopback: no self-signed certificate to trust
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuseRecipient?.(address.address);
      if (refusal) return callback(Object.assign(new Error(refusal), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://planner:test-password@127.0.0.1:${port}`,
    received,
    parsed: (index = 0) => simpleParser(received[index].raw),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a test file: one SMTP server for all its tests, set as SMTP_URL, emptied before each test,
 * with mail left queued until the test sends it (manual delivery).
 */
export function withSmtpServer(options: Parameters<typeof startSmtpServer>[0] = {}): TestSmtpServer {
  let current: TestSmtpServer | undefined;
  const server = () => {
    if (!current) throw new Error("The SMTP server starts in beforeAll: use it inside a test.");
    return current;
  };
  beforeAll(async () => {
    current = await startSmtpServer(options);
  });
  afterAll(() => server().stop());
  beforeEach(() => {
    setMailDelivery("manual");
    server().received.length = 0;
    process.env.SMTP_URL = server().url;
  });
  afterEach(() => {
    delete process.env.SMTP_URL;
  });
  return {
    get port() {
      return server().port;
    },
    get url() {
      return server().url;
    },
    get received() {
      return server().received;
    },
    parsed: (index) => server().parsed(index),
    stop: () => server().stop(),
  };
}
