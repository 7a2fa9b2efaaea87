// The catalogues, held on the server: a page gets only its reader's language (root loader).
import type { Language } from "~/domain/languages";
import { english } from "./catalogues/english";
import { welsh } from "./catalogues/welsh";
import type { Messages } from "./messages";

export const CATALOGUES: Record<Language, Messages> = { en: english, cy: welsh };
