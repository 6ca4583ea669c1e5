import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../password-policy";
import { ROLES } from "../roles";
import { textField } from "./text";

// Messages are catalogue keys (validation.*); the action wrapper translates them.

// Control characters (C0 including tab and line breaks, DEL, C1): PostgreSQL refuses NUL in text,
// and none belongs in an email or a password (which are never normalised like other text, see
// ./text). Refused with a field message before any query.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_CHARACTERS_ALL = /[\u0000-\u001F\u007F-\u009F]/g;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** The text with its control characters shown as U+FFFD (for the audit trail of a refused input). */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS_ALL, "\uFFFD");
}

const noControlCharacters = (value: string) => !hasControlCharacters(value);

export const emailField = z
  .string()
  .refine(noControlCharacters, "validation.controlCharacters")
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().min(1, "validation.required").max(320, "validation.tooLong").pipe(z.email("validation.email")));

/** A person's name: the shared text rules (./text), on one line. */
export const nameField = textField(120, { required: "validation.required", singleLine: true });
export const roleField = z.enum(ROLES, "validation.role");
export const passwordField = z
  .string()
  .refine(noControlCharacters, "validation.controlCharacters")
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "validation.passwordTooLong");
/** An empty field means "generate one for me". */
const optionalPassword = z.union([z.literal("").transform(() => undefined), passwordField]).optional();
const userId = z.uuid("validation.invalid");

export const createUserSchema = z.object({
  name: nameField,
  email: emailField,
  role: roleField,
  password: optionalPassword,
});
export const changeRoleSchema = z.object({ userId, role: roleField });
export const setActiveSchema = z.object({
  userId,
  active: z.enum(["true", "false"], "validation.invalid").transform((v) => v === "true"),
});
export const resetPasswordSchema = z.object({ userId, password: optionalPassword });
export const signOutEverywhereSchema = z.object({ userId });
export const endSessionSchema = z.object({ sessionId: z.uuid("validation.invalid") });
export const signOutMyDevicesSchema = z.object({});
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "validation.required")
      .max(1024, "validation.tooLong")
      .refine(noControlCharacters, "validation.controlCharacters"),
    newPassword: passwordField,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });

export type CreateUserInput = z.output<typeof createUserSchema>;
