import "server-only";

export type DomainErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid";

/**
 * A refusal the user should read. `messageKey` is a key of the message catalogues (errors.*,
 * validation.*); `fieldErrors` map form fields to message keys; `data` goes back to the form as
 * is (e.g. the id of the record a duplicate collides with, so the form can offer to correct it).
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: Record<string, string> = {},
    readonly data: Record<string, string> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "DomainError";
  }
}

export const forbidden = () => new DomainError("forbidden", "errors.forbidden");
export const notFound = () => new DomainError("not_found", "errors.notFound");
