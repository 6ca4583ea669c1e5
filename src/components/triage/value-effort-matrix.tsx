import { useTranslations } from "@/i18n/server";
import type { Lever } from "@/generated/prisma/enums";
import { median, quadrantOf } from "@/lib/triage";
import { ChartOrTable } from "../charts/chart-or-table";

export interface MatrixPoint {
  id: string;
  title: string;
  lever: Lever;
  value: number;
  effort: number;
}

const LEVER_COLOURS: Record<Lever, string> = {
  TALENTS: "#7c3aed",
  PROCESSES: "#0369a1",
  TECHNOLOGIES: "#b45309",
  METRICS: "#15803d",
};
const W = 560;
const H = 340;
const PAD = 44;

/** Weighted score (1–5, up) against total effort (person-weeks, right), quadrants labelled, coloured by lever; "Show as table" beside it. */
export function ValueEffortMatrix({ points }: { points: MatrixPoint[] }) {
  const t = useTranslations();
  const maxEffort = Math.max(1, ...points.map((p) => p.effort));
  const split = median(points.map((p) => p.effort));
  const x = (effort: number) => PAD + (effort / maxEffort) * (W - 2 * PAD);
  const y = (value: number) => H - PAD - ((value - 1) / 4) * (H - 2 * PAD);
  const quadrant = (p: MatrixPoint) => t(`triage.matrix.quadrants.${quadrantOf(p.value, p.effort, split)}`);
  return (
    <ChartOrTable
      title={t("triage.matrix.title")}
      summary={t("triage.matrix.summary", { count: points.length })}
      table={{
        caption: t("triage.matrix.title"),
        columns: [
          t("board.initiative"),
          t("board.lever"),
          t("triage.matrix.value"),
          t("triage.matrix.effort"),
          t("triage.matrix.quadrant"),
        ],
        rows: points.map((p) => [p.title, t(`levers.${p.lever}`), p.value, p.effort, quadrant(p)]),
      }}
    >
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t("triage.matrix.summary", { count: points.length })}
        className="h-auto w-full max-w-2xl"
      >
        <line x1={PAD} y1={y(3)} x2={W - PAD} y2={y(3)} stroke="#94a3b8" strokeDasharray="4 4" />
        <line x1={x(split)} y1={PAD} x2={x(split)} y2={H - PAD} stroke="#94a3b8" strokeDasharray="4 4" />
        <text x={PAD + 4} y={PAD + 12} fontSize={12} fill="#334155">
          {t("triage.matrix.quadrants.quickWin")}
        </text>
        <text x={W - PAD - 4} y={PAD + 12} fontSize={12} fill="#334155" textAnchor="end">
          {t("triage.matrix.quadrants.bigBet")}
        </text>
        <text x={PAD + 4} y={H - PAD - 6} fontSize={12} fill="#334155">
          {t("triage.matrix.quadrants.fillIn")}
        </text>
        <text x={W - PAD - 4} y={H - PAD - 6} fontSize={12} fill="#334155" textAnchor="end">
          {t("triage.matrix.quadrants.moneyPit")}
        </text>
        <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke="#334155" />
        <line x1={PAD} y1={PAD} x2={PAD} y2={H - PAD} stroke="#334155" />
        <text x={W / 2} y={H - 10} fontSize="12" fill="#334155" textAnchor="middle">
          {t("triage.matrix.effort")}
        </text>
        <text x={12} y={H / 2} fontSize="12" fill="#334155" textAnchor="middle" transform={`rotate(-90 12 ${H / 2})`}>
          {t("triage.matrix.value")}
        </text>
        {points.map((p) => (
          <circle
            key={p.id}
            cx={x(p.effort)}
            cy={y(p.value)}
            r={7}
            fill={LEVER_COLOURS[p.lever]}
            stroke="white"
            strokeWidth={1.5}
          >
            <title>{`${p.title}: ${p.value} · ${p.effort}`}</title>
          </circle>
        ))}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-3 text-xs text-slate-700">
        {(Object.keys(LEVER_COLOURS) as Lever[]).map((lever) => (
          <li key={lever} className="flex items-center gap-1">
            <span
              aria-hidden
              className="inline-block h-3 w-3 rounded-full"
              style={{ background: LEVER_COLOURS[lever] }}
            />
            {t(`levers.${lever}`)}
          </li>
        ))}
      </ul>
    </ChartOrTable>
  );
}
