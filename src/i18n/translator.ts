import type { getFormatter, getTranslations } from "./server";

/** The root translator (keys of every namespace, typed), as `getTranslations()` without a namespace returns it. */
export type RootTranslator = Awaited<ReturnType<typeof getTranslations<never>>>;

/** The request's formatter, as `getFormatter()` returns it. */
export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * A translator for keys built at runtime from data (a status code, a field name, a criterion), which
 * the compiler cannot check; `has()` guards them, and tests/unit/message-keys.test.ts checks that the
 * catalogues hold every key the code writes literally.
 */
export interface DynamicTranslator {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
}

/** The same translator, for keys built at runtime. */
export function dynamicKeys(t: unknown): DynamicTranslator {
  return t as DynamicTranslator;
}
