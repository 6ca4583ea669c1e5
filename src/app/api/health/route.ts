export const dynamic = "force-dynamic";

/** Liveness for load balancers and supervisors: the process is up and answering (no database call). */
export function GET() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
