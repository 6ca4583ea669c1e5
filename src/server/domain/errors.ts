import "server-only";

export type DomainErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid";

/**
 * A value in a refusal's message. The action layer formats it by its shape, never by its name: text
 * and numbers as they are, `{ time }` (ISO instant) and `{ day }` (YYYY-MM-DD) as dates in the
 * reader's language, `{ labels, namespace }` as the catalogue labels of those codes, joined.
 */
export type MessageParam =
  string | number | { time: string } | { day: string } | { labels: readonly string[]; namespace: string };
export type MessageParams = Record<string, MessageParam>;

/** Codes shown with their labels from a catalogue namespace (fields, statuses, readiness items…). */
export const labels = (namespace: string, codes: readonly string[]): MessageParam => ({ labels: codes, namespace });

/**
 * A refusal the user should read. `messageKey` is a key of the message catalogues (errors.*,
 * validation.*); `fieldErrors` map form fields to message keys; `data` goes back to the form as
 * is (e.g. the id of the record a duplicate collides with, so the form can offer to correct it).
 * Build one with the factories below.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly fieldErrors: Record<string, string> = {},
    readonly data: Record<string, string> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "DomainError";
  }

  /** Bad input: per-field message keys ("Check the highlighted fields."). */
  static invalid(fieldErrors: Record<string, string>, params: MessageParams = {}): DomainError {
    return new DomainError("invalid", "errors.checkFields", params, fieldErrors);
  }

  /** A change based on an older version: who changed it, when, and which fields (labels in `namespace`). */
  static stale(
    by: string,
    at: Date | null,
    fields: readonly string[],
    options: { messageKey?: string; namespace?: string } = {},
  ): DomainError {
    return new DomainError("conflict", options.messageKey ?? "errors.staleEdit", {
      name: by,
      time: at ? { time: at.toISOString() } : "",
      fields: labels(options.namespace ?? "fields", fields),
    });
  }

  /** The record's state does not allow it (a message for the whole form, optional data for it). */
  static conflict(messageKey: string, params: MessageParams = {}, data: Record<string, string> = {}): DomainError {
    return new DomainError("conflict", messageKey, params, {}, data);
  }

  static unauthenticated(): DomainError {
    return new DomainError("unauthenticated", "errors.unauthenticated");
  }

  /** Refused for this actor; `messageKey` says why when the generic "not allowed" would not (a second key). */
  static forbidden(messageKey = "errors.forbidden"): DomainError {
    return new DomainError("forbidden", messageKey);
  }

  static notFound(): DomainError {
    return new DomainError("not_found", "errors.notFound");
  }
}

export const forbidden = DomainError.forbidden;
export const notFound = DomainError.notFound;
