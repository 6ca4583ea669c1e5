import type { Health, InitiativeStatus, Lever } from "@/generated/prisma/enums";

const LEVER_STYLES: Record<Lever, string> = {
  TALENTS: "bg-violet-100 text-violet-900",
  PROCESSES: "bg-amber-100 text-amber-900",
  TECHNOLOGIES: "bg-sky-100 text-sky-900",
  METRICS: "bg-emerald-100 text-emerald-900",
};

const HEALTH_STYLES: Record<Health, string> = {
  ON_TRACK: "bg-green-100 text-green-900",
  AT_RISK: "bg-amber-100 text-amber-900",
  OFF_TRACK: "bg-red-100 text-red-900",
};

const STATUS_STYLES: Record<InitiativeStatus, string> = {
  PROPOSED: "bg-slate-100 text-slate-800",
  AGREED: "bg-blue-100 text-blue-900",
  IN_PROGRESS: "bg-indigo-100 text-indigo-900",
  DONE: "bg-green-100 text-green-900",
  DROPPED: "bg-slate-200 text-slate-700",
};

function Badge({ className, children }: { className: string; children: string }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${className}`}>{children}</span>;
}

export const LeverBadge = ({ lever, label }: { lever: Lever; label: string }) => <Badge className={LEVER_STYLES[lever]}>{label}</Badge>;
export const HealthBadge = ({ health, label }: { health: Health; label: string }) => <Badge className={HEALTH_STYLES[health]}>{label}</Badge>;
export const StatusBadge = ({ status, label }: { status: InitiativeStatus; label: string }) => <Badge className={STATUS_STYLES[status]}>{label}</Badge>;
