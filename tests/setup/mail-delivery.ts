// Integration tests: a message sendEmail queues is delivered (one attempt) before sendEmail
// returns, so a test reads what was sent right after the action. Tests of the queue itself switch
// to "manual" and drain it as they need.
import { beforeEach } from "vitest";
import { setMailDelivery } from "~/mail/background-sender.server";

beforeEach(() => setMailDelivery("inline"));
