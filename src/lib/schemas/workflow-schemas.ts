import { z } from "zod";
import { HEALTHS } from "../initiative-enums";

const id = z.uuid("validation.invalid");
const version = z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(1, "validation.invalid");

export const signOffSchema = z.object({ initiativeId: id, version, side: z.enum(["MARKETING", "IT"], "validation.invalid") });
export const startSchema = z.object({ initiativeId: id, version });
export const completeSchema = z.object({
  initiativeId: id,
  version,
  outcomeNote: z.string().trim().min(1, "validation.outcomeNoteRequired").max(4000, "validation.tooLong"),
});
export const dropSchema = z.object({
  initiativeId: id,
  version,
  dropReason: z.string().trim().min(1, "validation.dropReasonRequired").max(2000, "validation.tooLong"),
});
export const statusUpdateSchema = z.object({
  initiativeId: id,
  health: z.enum(HEALTHS, "validation.health"),
  progress: z.coerce.number({ error: "validation.progress" }).int("validation.progress").min(0, "validation.progress").max(100, "validation.progress"),
  body: z.string().trim().min(1, "validation.required").max(4000, "validation.tooLong"),
});
export const commentSchema = z.object({
  initiativeId: id,
  body: z.string().trim().min(1, "validation.required").max(4000, "validation.tooLong"),
});
