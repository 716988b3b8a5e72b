import { connection } from "next/server";
import { Suspense } from "react";
import { listPairs } from "./pairs";
import { RelationshipSelect } from "@/components/relationship-select";

/** The header's pair selector, loaded per request; the header still renders when the database is down. */
export function RelationshipSwitcher() {
  return (
    <Suspense fallback={null}>
      <PairSelect />
    </Suspense>
  );
}

async function PairSelect() {
  await connection();
  const pairs = await listPairs().catch(() => []);
  return pairs.length ? <RelationshipSelect pairs={pairs} /> : null;
}
