/** Editors' decisions on events. Every change is written to the audit log with who made it. */
import type { PrismaClient } from "../generated/prisma/client";

export async function publishEvents(db: PrismaClient, ids: number[], actor: string): Promise<number> {
  const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (!unique.length) return 0;
  return db.$transaction(async (tx) => {
    const drafts = await tx.event.findMany({ where: { id: { in: unique }, status: "draft" }, select: { id: true } });
    if (!drafts.length) return 0;
    await tx.event.updateMany({ where: { id: { in: drafts.map((d) => d.id) } }, data: { status: "published" } });
    await tx.auditLog.createMany({
      data: drafts.map((d) => ({ actor, action: "event.publish", entityType: "event", entityId: String(d.id), before: { status: "draft" }, after: { status: "published" } })),
    });
    return drafts.length;
  });
}
