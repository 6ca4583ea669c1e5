// The digest Next shows on an error page is ours when the database was busy or unreachable, so the
// page can say so (and support finds the same digest in the JSON log). Shared by server and client.
export const DB_UNAVAILABLE_DIGEST = "levers-db-unavailable";

export function isDbUnavailableDigest(digest: string | undefined): boolean {
  return typeof digest === "string" && digest.startsWith(`${DB_UNAVAILABLE_DIGEST}-`);
}
