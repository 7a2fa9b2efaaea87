// The Inclusive Cities Framework (DOMAIN.md): five principles and five themes that tag sessions
// and actions. Their titles are written here once, for pages, forms, feeds and the seed.
export const FRAMEWORK_KINDS = ["principle", "theme"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];
export type FrameworkEntry = { kind: FrameworkKind; number: number; code: string; title: string };

export const PRINCIPLE_CODES = ["P1", "P2", "P3", "P4", "P5"] as const;
export const THEME_CODES = ["T1", "T2", "T3", "T4", "T5"] as const;
export type PrincipleCode = (typeof PRINCIPLE_CODES)[number];
export type ThemeCode = (typeof THEME_CODES)[number];

export const PRINCIPLE_TITLES: Record<PrincipleCode, string> = {
  P1: "Provide local leadership to create change",
  P2: "Inclusion is a shared responsibility, delivered in partnership",
  P3: "Work with newcomers and longer-standing residents",
  P4: "Use data and evidence to set goals, monitor impact and update strategies",
  P5: "Act locally, advocate nationally, learn internationally",
};

export const THEME_TITLES: Record<ThemeCode, string> = {
  T1: "A shared local story (narrative) of inclusion",
  T2: "Inclusive economic growth",
  T3: "Connecting communities",
  T4: "Mainstreaming and inclusive public services",
  T5: "Civic participation and representation",
};

export const FRAMEWORK: FrameworkEntry[] = [
  ...PRINCIPLE_CODES.map((code, index) => ({
    kind: "principle" as const,
    number: index + 1,
    code,
    title: PRINCIPLE_TITLES[code],
  })),
  ...THEME_CODES.map((code, index) => ({ kind: "theme" as const, number: index + 1, code, title: THEME_TITLES[code] })),
];

/** The title for a theme or principle code, or the code itself for one this version does not know. */
export function frameworkTitle(code: string): string {
  return (THEME_TITLES as Record<string, string>)[code] ?? (PRINCIPLE_TITLES as Record<string, string>)[code] ?? code;
}

/** "T2 Inclusive growth": a code with its title, so nobody has to know the codes by heart. */
export function frameworkLabel(code: string): string {
  const title = frameworkTitle(code);
  return title === code ? code : `${code} ${title}`;
}
