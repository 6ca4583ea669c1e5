import { checkReadiness } from "@/server/health";

export const dynamic = "force-dynamic";

/** Readiness for load balancers: 200 when the database answers and every migration is applied, else 503. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "unavailable", ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
