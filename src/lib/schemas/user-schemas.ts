import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../password-policy";
import { ROLES } from "../roles";

// Messages are catalogue keys (validation.*); the action wrapper translates them.
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(320, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const nameField = z.string().trim().min(1, "validation.required").max(120, "validation.tooLong");
export const roleField = z.enum(ROLES, "validation.role");
export const passwordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "validation.passwordTooLong");
/** An empty field means "generate one for me". */
const optionalPassword = z.union([z.literal("").transform(() => undefined), passwordField]).optional();
const userId = z.uuid("validation.invalid");

export const createUserSchema = z.object({ name: nameField, email: emailField, role: roleField, password: optionalPassword });
export const changeRoleSchema = z.object({ userId, role: roleField });
export const setActiveSchema = z.object({ userId, active: z.enum(["true", "false"], "validation.invalid").transform((v) => v === "true") });
export const resetPasswordSchema = z.object({ userId, password: optionalPassword });
export const signOutEverywhereSchema = z.object({ userId });
export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(1024, "validation.tooLong"),
    newPassword: passwordField,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });

export type CreateUserInput = z.output<typeof createUserSchema>;
