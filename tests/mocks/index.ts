// All outbound HTTP the app makes, answered by msw in tests.
import { setupServer } from "msw/node";
import { resendHandlers } from "./resend";

export const mockServer = setupServer(...resendHandlers);
