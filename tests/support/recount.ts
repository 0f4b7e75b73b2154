import type { Store } from '../../shared/store/index.js';
import { effectiveCounts } from '../../shared/store/units.js';

type Counts = { available: number; held: number; occupied: number; closed: number; total: number };

/** Counts every bed of each unit-stream, by its effective state now (a lapsed hold counts as free). */
export async function recountBeds(store: Store, unitIds: string[], now: Date): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  for (const unitId of unitIds) {
    for (const b of await store.units.listBeds(unitId)) {
      const k = `${unitId}|${b.stream}`;
      const c = out.get(k) ?? { available: 0, held: 0, occupied: 0, closed: 0, total: 0 };
      const lapsed =
        b.state === 'held' && b.heldUntil !== undefined && Date.parse(b.heldUntil) <= now.getTime();
      c[lapsed ? 'available' : b.state] += 1;
      c.total += 1;
      out.set(k, c);
    }
  }
  return out;
}

/** The maintained counters of the same unit-streams, as effective counts now. */
export async function readCounters(store: Store, unitIds: string[], now: Date): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  for (const item of await store.units.capacityItems()) {
    if (unitIds.includes(item.unitId)) out.set(`${item.unitId}|${item.stream}`, effectiveCounts(item, now));
  }
  return out;
}

/** Beds claimed by more than one live hold or active placement at once (must always be none). */
export async function doubleBookings(store: Store, unitIds: string[], now: Date): Promise<number> {
  let doubles = 0;
  for (const unitId of unitIds) {
    const providerId = (await store.units.getUnit(unitId))?.providerId;
    const claims = new Map<string, number>();
    const count = (bedId: string) => claims.set(bedId, (claims.get(bedId) ?? 0) + 1);
    for (const type of ['HOLD', 'PLACEMENT']) {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await store.db.query({
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          FilterExpression: 'unitId = :unit AND #s = :active',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':pk': `PROV#${providerId}#${type}`,
            ':unit': unitId,
            ':active': 'active',
          },
          ExclusiveStartKey: start,
        });
        for (const item of out.Items ?? []) {
          const live = type === 'PLACEMENT' || Date.parse(item.expiresAt as string) > now.getTime();
          if (live) count(item.bedId as string);
        }
        start = out.LastEvaluatedKey;
      } while (start);
    }
    for (const n of claims.values()) if (n > 1) doubles += n - 1;
  }
  return doubles;
}
