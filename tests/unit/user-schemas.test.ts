import { describe, expect, it } from "vitest";
import { changeOwnPasswordSchema, createUserSchema } from "@/lib/schemas/user-schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("a new account", () => {
  it("is accepted with a name, an email (stored lower-case) and a role; an empty password means generate one", () => {
    const result = createUserSchema.safeParse({ name: " Ada ", email: " Ada@Example.COM ", role: "IT", password: "" });
    expect(result.success && result.data).toEqual({ name: "Ada", email: "ada@example.com", role: "IT", password: undefined });
  });

  it("names each bad field", () => {
    const result = createUserSchema.safeParse({ name: "", email: "not-an-email", role: "OWNER", password: "short" });
    expect(messages(result)).toEqual({
      name: "validation.required",
      email: "validation.email",
      role: "validation.role",
      password: "validation.passwordTooShort",
    });
  });

  it("allows passwords of 12 to 128 characters with no composition rules", () => {
    expect(createUserSchema.safeParse({ name: "A", email: "a@b.example", role: "IT", password: "all lowercase words" }).success).toBe(true);
    expect(messages(createUserSchema.safeParse({ name: "A", email: "a@b.example", role: "IT", password: "x".repeat(129) }))).toEqual({ password: "validation.passwordTooLong" });
  });
});

describe("changing one's password", () => {
  it("needs the new password twice, the same", () => {
    const result = changeOwnPasswordSchema.safeParse({ currentPassword: "old one", newPassword: "a new passphrase", confirmPassword: "another passphrase" });
    expect(messages(result)).toEqual({ confirmPassword: "validation.passwordsDiffer" });
  });
});
