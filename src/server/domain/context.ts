import "server-only";
import type { Actor } from "@/lib/permissions";

/** Where a request came from, for the audit trail. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** Who is acting, and from where. Every domain function takes one. */
export interface DomainContext {
  actor: (Actor & { name?: string }) | null;
  origin: RequestOrigin;
  now?: Date;
}
