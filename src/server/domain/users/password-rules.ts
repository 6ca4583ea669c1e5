import "server-only";
import { randomBytes } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";
import { DomainError } from "../errors";

// ~49,000 of the most common passwords (zxcvbn-ts' list), compared case-insensitively.
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())));

/** Length is checked by the zod schema; this refuses the most common passwords. */
export function assertPasswordAllowed(password: string, field = "password"): void {
  if (commonPasswords().has(password.toLowerCase())) {
    throw DomainError.invalid({ [field]: "validation.passwordCommon" });
  }
}

/** A random password of 20 characters from an unambiguous alphabet, for "generate one". */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(20);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}
