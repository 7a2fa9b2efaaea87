// Local emergency telephone numbers by country, for a delegate's itinerary and printed pack: the
// number to call from any phone there, and the non-emergency lines people are told to use instead.
// Sources (checked December 2026): the ITU's list of national emergency numbers (ITU-T E.164
// Supplement, "Emergency numbers"), the FCC's 911 page for the United States, the Canadian Radio-
// television and Telecommunications Commission's 9-1-1 page, Ofcom and NHS England for 999, 112,
// 111 and 101 in the United Kingdom, and the European Commission's 112 page for the EU and EEA.
// Countries are found from a place's country as typed ("United States", "UK", "US") or, when it is
// blank, from its time zone; a place in neither table gets no numbers rather than wrong ones.

export type EmergencyNumbers = {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  countryName: string;
  /** The numbers for police, fire and ambulance, most common first. */
  emergency: string[];
  /** Lines for what is urgent but not an emergency, with what each is for. */
  other: Array<{ number: string; label: string }>;
};

type Entry = Omit<EmergencyNumbers, "country">;

const EU_112: Omit<Entry, "countryName"> = { emergency: ["112"], other: [] };

const TABLE: Record<string, Entry> = {
  US: {
    countryName: "United States",
    emergency: ["911"],
    other: [{ number: "988", label: "Suicide and crisis lifeline" }],
  },
  CA: {
    countryName: "Canada",
    emergency: ["911"],
    other: [{ number: "811", label: "Health advice (most provinces)" }],
  },
  GB: {
    countryName: "United Kingdom",
    emergency: ["999", "112"],
    other: [
      { number: "111", label: "NHS urgent medical help (England, Scotland, Wales)" },
      { number: "101", label: "Police, not an emergency" },
    ],
  },
  IE: { countryName: "Ireland", emergency: ["112", "999"], other: [] },
  NL: { countryName: "Netherlands", ...EU_112, other: [{ number: "0900 8844", label: "Police, not an emergency" }] },
  BE: { countryName: "Belgium", ...EU_112 },
  DE: { countryName: "Germany", emergency: ["112", "110"], other: [{ number: "116 117", label: "Doctor on call" }] },
  FR: { countryName: "France", emergency: ["112", "15", "17", "18"], other: [] },
  ES: { countryName: "Spain", ...EU_112 },
  PT: { countryName: "Portugal", ...EU_112 },
  IT: { countryName: "Italy", ...EU_112 },
  AT: { countryName: "Austria", ...EU_112 },
  CH: { countryName: "Switzerland", emergency: ["112", "117", "118", "144"], other: [] },
  DK: { countryName: "Denmark", ...EU_112, other: [{ number: "114", label: "Police, not an emergency" }] },
  SE: { countryName: "Sweden", ...EU_112, other: [{ number: "1177", label: "Health advice" }] },
  NO: { countryName: "Norway", emergency: ["112", "113", "110"], other: [] },
  FI: { countryName: "Finland", ...EU_112 },
  PL: { countryName: "Poland", ...EU_112 },
  GR: { countryName: "Greece", ...EU_112 },
  AU: { countryName: "Australia", emergency: ["000", "112"], other: [] },
  NZ: { countryName: "New Zealand", emergency: ["111"], other: [] },
};

// What people type for a country, lower case, beyond the names in the table.
const ALIASES: Record<string, string> = {
  usa: "US",
  us: "US",
  "u.s.": "US",
  "u.s.a.": "US",
  "united states of america": "US",
  america: "US",
  uk: "GB",
  "u.k.": "GB",
  gb: "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  "republic of ireland": "IE",
  "the netherlands": "NL",
  holland: "NL",
};

// Zones of the countries above, for places typed without a country.
const ZONE_COUNTRIES: Record<string, string> = {
  "Europe/London": "GB",
  "Europe/Belfast": "GB",
  "Europe/Dublin": "IE",
  "Europe/Amsterdam": "NL",
  "Europe/Brussels": "BE",
  "Europe/Berlin": "DE",
  "Europe/Paris": "FR",
  "Europe/Madrid": "ES",
  "Atlantic/Canary": "ES",
  "Europe/Lisbon": "PT",
  "Atlantic/Madeira": "PT",
  "Atlantic/Azores": "PT",
  "Europe/Rome": "IT",
  "Europe/Vienna": "AT",
  "Europe/Zurich": "CH",
  "Europe/Copenhagen": "DK",
  "Europe/Stockholm": "SE",
  "Europe/Oslo": "NO",
  "Europe/Helsinki": "FI",
  "Europe/Warsaw": "PL",
  "Europe/Athens": "GR",
  "Pacific/Auckland": "NZ",
  "Pacific/Honolulu": "US",
};
const US_ZONE =
  /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+)$/;
const CA_ZONE =
  /^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Moncton|Whitehorse|Yellowknife)$/;

function countryOfName(typed: string): string | null {
  const text = typed.trim().toLowerCase();
  if (!text) return null;
  if (ALIASES[text]) return ALIASES[text];
  const code = text.toUpperCase();
  if (TABLE[code]) return code;
  const named = Object.entries(TABLE).find(([, entry]) => entry.countryName.toLowerCase() === text);
  return named ? named[0] : null;
}

function countryOfZone(zone: string): string | null {
  if (ZONE_COUNTRIES[zone]) return ZONE_COUNTRIES[zone];
  if (US_ZONE.test(zone)) return "US";
  if (CA_ZONE.test(zone)) return "CA";
  if (zone.startsWith("Australia/")) return "AU";
  return null;
}

/** The country code of a place: its typed country when known, else its zone's; null when neither is in the table. */
export function emergencyCountryOf(place: { country?: string | null; timeZone: string }): string | null {
  return countryOfName(place.country ?? "") ?? countryOfZone(place.timeZone);
}

/** The numbers to call in a country, or null when the table does not know it. */
export function emergencyNumbersFor(country: string): EmergencyNumbers | null {
  const entry = TABLE[country];
  return entry ? { country, ...entry } : null;
}

/**
 * The numbers for each country the places are in, once per country, in the order the places come,
 * with the places' names; places in unknown countries are listed apart so the page can say so.
 */
export function emergencyNumbersForPlaces(places: Array<{ name: string; country?: string | null; timeZone: string }>): {
  known: Array<EmergencyNumbers & { places: string[] }>;
  unknownPlaces: string[];
} {
  const known: Array<EmergencyNumbers & { places: string[] }> = [];
  const unknownPlaces: string[] = [];
  for (const place of places) {
    const code = emergencyCountryOf(place);
    const numbers = code ? emergencyNumbersFor(code) : null;
    if (!numbers) {
      if (!unknownPlaces.includes(place.name)) unknownPlaces.push(place.name);
      continue;
    }
    const existing = known.find((entry) => entry.country === numbers.country);
    if (existing) {
      if (!existing.places.includes(place.name)) existing.places.push(place.name);
    } else known.push({ ...numbers, places: [place.name] });
  }
  return { known, unknownPlaces };
}
