// Forms of the city pages: details (managers), contacts and taskforce (managers and the city's reps).
import { z } from "zod";
import { CITY_MEMBERSHIPS, NATIONS, TASKFORCE_SECTORS } from "~/domain/vocabulary/cities";

export const taskforceMemberSchema = z.object({
  name: z.string().trim().min(1, "Enter the member's name").max(120, "Name must be 120 characters or fewer"),
  organisation: z.string().trim().max(160, "Organisation must be 160 characters or fewer").default(""),
  sector: z.enum(TASKFORCE_SECTORS, { errorMap: () => ({ message: "Choose a sector" }) }),
});

export const contactsSchema = z.object({
  sponsorPersonId: z.string().trim().default(""),
  leadPersonId: z.string().trim().default(""),
});

export const cityDetailsSchema = z.object({
  name: z.string().trim().min(1, "Enter the city's name").max(120, "Name must be 120 characters or fewer"),
  membership: z.enum(CITY_MEMBERSHIPS, { errorMap: () => ({ message: "Choose a membership" }) }),
  phaseJoined: z.coerce.number().refine((value) => value === 1 || value === 2, "Choose phase one or two"),
  nation: z.enum(NATIONS, { errorMap: () => ({ message: "Choose a nation" }) }),
  department: z.string().trim().max(160, "Department must be 160 characters or fewer").default(""),
  sponsorRole: z.string().trim().max(160, "Sponsor role must be 160 characters or fewer").default(""),
  learningPartnerSlug: z.string().trim().default(""),
});
