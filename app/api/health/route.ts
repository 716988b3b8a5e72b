import { getDb } from "@/lib/db/client";
import { isDatabaseUnavailable, jsonError } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error("health check:", error);
    return jsonError(503, "unavailable", "The database is unavailable.");
  }
}
