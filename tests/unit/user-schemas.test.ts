import { describe, expect, it } from "vitest";
import {
  changeOwnPasswordSchema,
  changeRoleSchema,
  createUserSchema,
  emailField,
  endSessionSchema,
  hasControlCharacters,
  resetPasswordSchema,
  setActiveSchema,
  signOutEverywhereSchema,
  signOutMyDevicesSchema,
  stripControlCharacters,
} from "@/lib/schemas/user-schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("a new account", () => {
  it("is accepted with a name, an email (stored lower-case) and a role; an empty password means generate one", () => {
    const result = createUserSchema.safeParse({ name: " Ada ", email: " Ada@Example.COM ", role: "IT", password: "" });
    expect(result.success && result.data).toEqual({
      name: "Ada",
      email: "ada@example.com",
      role: "IT",
      password: undefined,
    });
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
    expect(
      createUserSchema.safeParse({ name: "A", email: "a@b.example", role: "IT", password: "all lowercase words" })
        .success,
    ).toBe(true);
    expect(
      messages(createUserSchema.safeParse({ name: "A", email: "a@b.example", role: "IT", password: "x".repeat(129) })),
    ).toEqual({ password: "validation.passwordTooLong" });
  });
});

describe("changing one's password", () => {
  it("needs the new password twice, the same", () => {
    const result = changeOwnPasswordSchema.safeParse({
      currentPassword: "old one",
      newPassword: "a new passphrase",
      confirmPassword: "another passphrase",
    });
    expect(messages(result)).toEqual({ confirmPassword: "validation.passwordsDiffer" });
  });
});

const USER = "2e4c6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d";
const account = { name: "Ada Lovelace", email: "ada@levers.example", role: "IT" };

describe("an account's email", () => {
  const longest = `${"a".repeat(64)}@${["b", "c", "d", "e"].map((letter) => letter.repeat(63)).join(".")}`;

  it("is stored trimmed and lower-case, up to 320 characters", () => {
    expect(emailField.parse("  Ada.Lovelace@Levers.EXAMPLE ")).toBe("ada.lovelace@levers.example");
    expect(longest).toHaveLength(320);
    expect(emailField.parse(longest)).toBe(longest);
  });

  it("is refused when blank, longer than 320 characters, or not an address", () => {
    expect(messages(createUserSchema.safeParse({ ...account, email: "   " }))).toEqual({
      email: "validation.required",
    });
    expect(messages(createUserSchema.safeParse({ ...account, email: `${longest}x` }))).toEqual({
      email: "validation.tooLong",
    });
    expect(messages(createUserSchema.safeParse({ ...account, email: "ada@" }))).toEqual({ email: "validation.email" });
  });

  it("may not hold a tab or a line break either", () => {
    expect(messages(createUserSchema.safeParse({ ...account, email: "ada\t@levers.example" }))).toEqual({
      email: "validation.controlCharacters",
    });
  });
});

describe("an account's name and role", () => {
  it("takes a name of up to 120 characters on one line", () => {
    expect(messages(createUserSchema.safeParse({ ...account, name: "n".repeat(120) }))).toEqual({});
    expect(messages(createUserSchema.safeParse({ ...account, name: "n".repeat(121) }))).toEqual({
      name: "validation.tooLong",
    });
    expect(messages(createUserSchema.safeParse({ ...account, name: "Ada\nLovelace" }))).toEqual({
      name: "validation.singleLine",
    });
  });

  it("changes the role of an account to one of the six roles", () => {
    expect(changeRoleSchema.parse({ userId: USER, role: "BOARD" })).toEqual({ userId: USER, role: "BOARD" });
    expect(messages(changeRoleSchema.safeParse({ userId: "ada", role: "cmo" }))).toEqual({
      userId: "validation.invalid",
      role: "validation.role",
    });
  });
});

describe("a password", () => {
  const withPassword = (password: string) => messages(createUserSchema.safeParse({ ...account, password }));

  it("has 12 to 128 characters", () => {
    expect(withPassword("p".repeat(11))).toEqual({ password: "validation.passwordTooShort" });
    expect(withPassword("p".repeat(12))).toEqual({});
    expect(withPassword("p".repeat(128))).toEqual({});
    expect(withPassword("p".repeat(129))).toEqual({ password: "validation.passwordTooLong" });
  });

  it("is generated when the field is left empty or out, on a new account or a reset", () => {
    expect(createUserSchema.parse(account).password).toBeUndefined();
    expect(resetPasswordSchema.parse({ userId: USER, password: "" })).toEqual({ userId: USER, password: undefined });
    expect(resetPasswordSchema.parse({ userId: USER, password: "a fresh passphrase" }).password).toBe(
      "a fresh passphrase",
    );
    expect(messages(resetPasswordSchema.safeParse({ userId: USER, password: "short" }))).toEqual({
      password: "validation.passwordTooShort",
    });
  });

  it("is changed by giving the current one (up to 1,024 characters) and the new one twice", () => {
    const change = {
      currentPassword: "c".repeat(1024),
      newPassword: "a new passphrase",
      confirmPassword: "a new passphrase",
    };
    expect(changeOwnPasswordSchema.parse(change)).toEqual(change);
    expect(messages(changeOwnPasswordSchema.safeParse({ ...change, currentPassword: "c".repeat(1025) }))).toEqual({
      currentPassword: "validation.tooLong",
    });
    expect(messages(changeOwnPasswordSchema.safeParse({ ...change, currentPassword: "" }))).toEqual({
      currentPassword: "validation.required",
    });
    expect(
      messages(changeOwnPasswordSchema.safeParse({ ...change, newPassword: "new", confirmPassword: "new" })),
    ).toEqual({
      newPassword: "validation.passwordTooShort",
    });
  });
});

describe("administering an account", () => {
  it('activates it with "true" and deactivates it with "false"', () => {
    expect(setActiveSchema.parse({ userId: USER, active: "true" })).toEqual({ userId: USER, active: true });
    expect(setActiveSchema.parse({ userId: USER, active: "false" })).toEqual({ userId: USER, active: false });
    expect(messages(setActiveSchema.safeParse({ userId: USER, active: "on" }))).toEqual({
      active: "validation.invalid",
    });
  });

  it("names the account or the session by its id", () => {
    expect(signOutEverywhereSchema.parse({ userId: USER })).toEqual({ userId: USER });
    expect(messages(signOutEverywhereSchema.safeParse({ userId: "all" }))).toEqual({ userId: "validation.invalid" });
    expect(endSessionSchema.parse({ sessionId: USER })).toEqual({ sessionId: USER });
    expect(messages(endSessionSchema.safeParse({ sessionId: "this one" }))).toEqual({
      sessionId: "validation.invalid",
    });
    expect(signOutMyDevicesSchema.parse({ extra: "ignored" })).toEqual({});
  });
});

describe("control characters in an email or a password", () => {
  it("are every C0 code (tab and line breaks included), DEL and the C1 codes", () => {
    for (const code of [0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x7f, 0x80, 0x9f]) {
      expect(hasControlCharacters(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toBe(true);
    }
    for (const code of [0x20, 0x7e, 0xa0, 0xe9]) {
      expect(hasControlCharacters(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toBe(false);
    }
  });

  it("are each shown as U+FFFD in the audit trail of a refused input", () => {
    expect(stripControlCharacters("ada\u0000@levers\u001b.example\u009f")).toBe("ada\uFFFD@levers\uFFFD.example\uFFFD");
    expect(stripControlCharacters("plain text")).toBe("plain text");
  });
});
