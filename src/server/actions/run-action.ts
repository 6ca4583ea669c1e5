import "server-only";
import { getTranslations } from "@/i18n/server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { can, type Permission } from "@/lib/permissions";
import { originFromHeaders } from "../auth/authenticate";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import { isDatabaseUnavailable } from "../db-errors";
import type { DomainContext } from "../domain/context";
import { DomainError, type MessageParams } from "../domain/errors";
import { requestLogger } from "../log";
import { dynamicKeys, type DynamicTranslator } from "@/i18n/translator";

export interface ActionOptions<S extends z.ZodType, T> {
  /** Role-level check before anything else; the domain function re-checks with the record. */
  permission?: Permission;
  schema: S;
  run: (ctx: DomainContext & { actor: CurrentUser }, input: z.output<S>) => Promise<{ data?: T } | void>;
  /** Catalogue key of the success message. */
  success: string;
  revalidate?: string[] | ((input: z.output<S>) => string[]);
  /** Fields never echoed back (passwords). */
  secret?: string[];
}

type Translate = DynamicTranslator;

/** FormData → plain strings (a repeated field, such as checkboxes, joined by commas), leaving out Next's own $ACTION_* fields and files. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/** A catalogue message with its params formatted by their shape (see MessageParam); an unknown key reads as the generic error. */
function translate(t: Translate, key: string, params: MessageParams = {}): string {
  if (!t.has(key)) return t("errors.generic");
  const label = (namespace: string, code: string) => (t.has(`${namespace}.${code}`) ? t(`${namespace}.${code}`) : code);
  const shown: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" || typeof value === "number") shown[name] = value;
    else if ("time" in value) shown[name] = new Date(value.time);
    else if ("day" in value) shown[name] = new Date(`${value.day}T00:00:00Z`);
    else shown[name] = value.labels.map((code) => label(value.namespace, code)).join(", ");
  }
  return t(key, shown);
}

/**
 * The one path every server action takes: session → permission → zod → domain → ActionState.
 * Answers are translated, carry the submitted values back, and never contain a raw error text.
 * Everything after the catalogue load sits inside one error boundary: a malformed request, a busy
 * or unreachable database (a bounded wait ran out) or a bug answers with a message, never a 500,
 * and the form keeps what was typed.
 */
export async function runAction<S extends z.ZodType, T = Record<string, string>>(
  formData: FormData,
  options: ActionOptions<S, T>,
): Promise<ActionState<T>> {
  const t = dynamicKeys(await getTranslations());
  // A request that is not a form post (a JSON or text body, a forged call) carries no FormData.
  const values = formData instanceof FormData ? formValues(formData) : {};
  const echoed = Object.fromEntries(Object.entries(values).filter(([key]) => !options.secret?.includes(key)));
  const fail = (
    message: string,
    fieldErrors: Record<string, string[]> = {},
    refusal: Record<string, string> = {},
  ): ActionState<T> => ({
    ok: false,
    message,
    fieldErrors,
    values: echoed,
    ...(Object.keys(refusal).length ? { refusal } : {}),
  });

  try {
    if (!(formData instanceof FormData)) return fail(t("errors.badRequest"));

    const actor = await getCurrentUser();
    if (!actor) return fail(t("errors.unauthenticated"));
    if (options.permission && !can(actor, options.permission)) return fail(t("errors.forbidden"));

    const parsed = options.schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        (fieldErrors[field] ??= []).push(translate(t, issue.message));
      }
      return fail(t("errors.checkFields"), fieldErrors);
    }

    const origin = originFromHeaders(await headers());
    const result = await options.run({ actor, origin }, parsed.data);
    const paths =
      typeof options.revalidate === "function" ? options.revalidate(parsed.data) : (options.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    return {
      ok: true,
      message: translate(t, options.success),
      fieldErrors: {},
      values: {},
      ...(result?.data ? { data: result.data } : {}),
    };
  } catch (error) {
    unstable_rethrow(error); // Next's own redirect and not-found signals pass through
    if (error instanceof DomainError) {
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, key]) => [field, [translate(t, key, error.params)]]),
      );
      // With per-field messages, the form-level one points at them instead of repeating them.
      return fail(
        Object.keys(fieldErrors).length ? t("errors.checkFields") : translate(t, error.messageKey, error.params),
        fieldErrors,
        error.data,
      );
    }
    const log = await requestLogger();
    if (isDatabaseUnavailable(error)) {
      log.warn(
        { err: error, fields: Object.keys(values) },
        "server action: database busy or unreachable; nothing saved",
      );
      return fail(t("errors.unavailable"));
    }
    log.error({ err: error, fields: Object.keys(values) }, "server action failed");
    return fail(t("errors.generic"));
  }
}
