// The person form (managers): profile fields, programme role, sign-in role and city.
import { z } from "zod";
import { PROGRAMME_ROLES, ROLES } from "~/domain/vocabulary/people";

export const personSchema = z
  .object({
    name: z.string().trim().min(1, "Enter the person's name").max(120, "Name must be 120 characters or fewer"),
    email: z.string().trim().min(1, "Enter an email address").max(254, "Email address must be 254 characters or fewer").email("Enter an email address like name@example.org"),
    organisation: z.string().trim().max(160, "Organisation must be 160 characters or fewer").default(""),
    jobTitle: z.string().trim().max(160, "Job title must be 160 characters or fewer").default(""),
    cityId: z.string().trim().default(""),
    programmeRole: z.union([z.enum(PROGRAMME_ROLES), z.literal("")], { errorMap: () => ({ message: "Choose a role in the programme" }) }).default(""),
    role: z.enum(ROLES, { errorMap: () => ({ message: "Choose a role" }) }).default("participant"),
  })
  .refine((value) => value.role !== "city-rep" || value.cityId !== "", { path: ["cityId"], message: "A city representative must belong to a city" });
