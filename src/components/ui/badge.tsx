import type { ReactNode } from "react";
import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";
import { el, type Markup } from "./markup";

const TONES = {
  neutral: "bg-slate-100 text-slate-800",
  grey: "bg-slate-200 text-slate-700",
  violet: "bg-violet-100 text-violet-900",
  amber: "bg-amber-100 text-amber-900",
  sky: "bg-sky-100 text-sky-900",
  emerald: "bg-emerald-100 text-emerald-900",
  green: "bg-green-100 text-green-900",
  red: "bg-red-100 text-red-900",
  blue: "bg-blue-100 text-blue-900",
  paleBlue: "bg-blue-50 text-blue-900",
  indigo: "bg-indigo-100 text-indigo-900",
  orange: "border border-orange-300 bg-orange-50 text-orange-900",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A short label in a pill (status, lever, health, kind of decision…); colours that pass AA contrast. */
export function Badge({
  tone = "neutral",
  className = "",
  children,
}: {
  tone?: BadgeTone;
  className?: string;
  children: ReactNode;
}) {
  return <span className={badgeClass(tone, className)}>{children}</span>;
}

const badgeClass = (tone: BadgeTone, className = "") => `badge ${TONES[tone]} ${className}`.trim();

/** `Badge` written as text (markup.ts), for lists written as text. */
export const badgeMarkup = (tone: BadgeTone, label: string): Markup =>
  el("span", { class: badgeClass(tone) }, { text: label });

const LEVER_TONES: Record<Lever, BadgeTone> = {
  TALENTS: "violet",
  PROCESSES: "amber",
  TECHNOLOGIES: "sky",
  METRICS: "emerald",
};
const HEALTH_TONES: Record<Health, BadgeTone> = { ON_TRACK: "green", AT_RISK: "amber", OFF_TRACK: "red" };
const STATUS_TONES: Record<InitiativeStatus, BadgeTone> = {
  PROPOSED: "neutral",
  AGREED: "blue",
  IN_PROGRESS: "indigo",
  DONE: "green",
  DROPPED: "grey",
};

export const leverBadgeMarkup = (lever: Lever, label: string) => badgeMarkup(LEVER_TONES[lever], label);
export const healthBadgeMarkup = (health: Health, label: string) => badgeMarkup(HEALTH_TONES[health], label);
export const statusBadgeMarkup = (status: InitiativeStatus, label: string) => badgeMarkup(STATUS_TONES[status], label);

export const LeverBadge = ({ lever, label }: { lever: Lever; label: string }) => (
  <Badge tone={LEVER_TONES[lever]}>{label}</Badge>
);
export const HealthBadge = ({ health, label }: { health: Health; label: string }) => (
  <Badge tone={HEALTH_TONES[health]}>{label}</Badge>
);
export const StatusBadge = ({ status, label }: { status: InitiativeStatus; label: string }) => (
  <Badge tone={STATUS_TONES[status]}>{label}</Badge>
);
