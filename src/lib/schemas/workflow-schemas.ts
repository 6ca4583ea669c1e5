import { z } from "zod";
import { HEALTHS, REVIEW_VERDICTS } from "../initiative-enums";
import { optionalText, textField } from "./text";

const id = z.uuid("validation.invalid");
const version = z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(1, "validation.invalid");

const side = z.enum(["MARKETING", "IT"], "validation.invalid");

export const signOffSchema = z.object({ initiativeId: id, version, side });
/** A signer takes back their own sign-off before the initiative is agreed, saying why. */
export const withdrawSignOffSchema = z.object({
  initiativeId: id,
  version,
  side,
  reason: textField(2000, { required: "validation.reasonRequired" }),
});
/** The IT side's verdict on the IT-standards review. */
export const reviewStandardsSchema = z.object({
  initiativeId: id,
  version,
  verdict: z.enum(REVIEW_VERDICTS, "validation.verdict"),
  note: optionalText(2000),
  confirmWithdraw: z
    .enum(["true", "false", ""], "validation.invalid")
    .optional()
    .transform((value) => value === "true"),
});
/** DONE → IN_PROGRESS again, by the CMO or the CIO, saying why. */
export const reopenSchema = z.object({
  initiativeId: id,
  version,
  reason: textField(2000, { required: "validation.reasonRequired" }),
});
export const startSchema = z.object({ initiativeId: id, version });
export const completeSchema = z.object({
  initiativeId: id,
  version,
  outcomeNote: textField(4000, { required: "validation.outcomeNoteRequired" }),
});
export const dropSchema = z.object({
  initiativeId: id,
  version,
  dropReason: textField(2000, { required: "validation.dropReasonRequired" }),
});
export const statusUpdateSchema = z.object({
  initiativeId: id,
  health: z.enum(HEALTHS, "validation.health"),
  progress: z.coerce
    .number({ error: "validation.progress" })
    .int("validation.progress")
    .min(0, "validation.progress")
    .max(100, "validation.progress"),
  body: textField(4000, { required: "validation.required" }),
});
export const commentSchema = z.object({
  initiativeId: id,
  body: textField(4000, { required: "validation.required" }),
});
