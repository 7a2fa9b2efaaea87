// The catalogues, held on the server: a page gets only its reader's language (root loader).
import type { Language } from "~/domain/languages";
import english from "./catalogues/en.json";
import welsh from "./catalogues/cy.json";
import type { Messages } from "./messages";

export const CATALOGUES: Record<Language, Messages> = { en: english, cy: welsh };
