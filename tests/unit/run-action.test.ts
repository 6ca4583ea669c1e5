import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { loadMessages } from "@/i18n/load-messages";
import type { CurrentUser } from "@/server/auth/session";
import { DomainError } from "@/server/domain/errors";

// runAction, the one path of every server action, outside a Next request: the request's pieces
// (translations, headers, the session's user, revalidation) are supplied here; the rest is real.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/server/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/i18n/server", () => ({
  getTranslations: async () => createTranslator({ locale: "en", messages: (await loadMessages("en")) as never }),
}));

const { runAction } = await import("@/server/actions/run-action");

const person = (role: CurrentUser["role"]): CurrentUser => ({
  id: "00000000-0000-4000-8000-000000000001",
  name: "Test",
  email: "t@x.example",
  role,
  sessionId: "00000000-0000-4000-8000-000000000002",
});
const schema = z.object({ name: z.string().trim().min(1, "validation.required"), password: z.string() });
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
};
type Run = (...args: unknown[]) => Promise<{ data?: Record<string, string> } | void>;
const options = (run: Run = vi.fn(async () => undefined)) => ({
  permission: "kpi.manage" as const,
  schema,
  success: "kpiRegister.saved",
  secret: ["password"],
  run,
});

beforeEach(() => {
  session.user = null;
});

describe("runAction", () => {
  it("asks a signed-out caller to sign in, and runs nothing", async () => {
    const run = vi.fn(async () => undefined);
    const state = await runAction(form({ name: "NPS", password: "p" }), options(run));
    expect(state).toMatchObject({ ok: false, message: "Your session has ended. Sign in again to continue." });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission before validating anything, and runs nothing", async () => {
    session.user = person("BOARD");
    const run = vi.fn(async () => undefined);
    // Invalid input too: the refusal comes first, so a refused caller learns nothing about the fields.
    const state = await runAction(form({ name: "", password: "p" }), options(run));
    expect(state).toEqual({
      ok: false,
      message: "You are not allowed to do this.",
      fieldErrors: {},
      values: { name: "" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers invalid input with per-field messages and the typed values, never the secret ones", async () => {
    session.user = person("CMO");
    const run = vi.fn(async () => undefined);
    const state = await runAction(form({ name: " ", password: "secret" }), options(run));
    expect(state).toEqual({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: { name: ["This field is required."] },
      values: { name: " " },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the domain function with the parsed input and the actor, and answers the success message", async () => {
    session.user = person("CMO");
    const run = vi.fn<Run>(async () => ({ data: { version: "2" } }));
    const state = await runAction(form({ name: " NPS ", password: "p" }), options(run));
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({ actor: session.user, origin: expect.objectContaining({ userAgent: "vitest" }) }),
      { name: "NPS", password: "p" },
    );
    expect(state).toEqual({ ok: true, message: "Saved.", fieldErrors: {}, values: {}, data: { version: "2" } });
  });

  it("translates a domain refusal, and answers any other error with the generic sentence only", async () => {
    session.user = person("CMO");
    const refused = await runAction(
      form({ name: "NPS", password: "p" }),
      options(vi.fn(async () => Promise.reject(new DomainError("forbidden", "errors.forbidden")))),
    );
    expect(refused).toMatchObject({ ok: false, message: "You are not allowed to do this.", values: { name: "NPS" } });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const crashed = await runAction(
      form({ name: "NPS", password: "p" }),
      options(vi.fn(async () => Promise.reject(new Error('relation "Kpi" does not exist')))),
    );
    expect(crashed).toMatchObject({ ok: false, message: "Something went wrong and nothing was saved. Try again." });
    expect(JSON.stringify(crashed)).not.toContain("relation");
  });
});
