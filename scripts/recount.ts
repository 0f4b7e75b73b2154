import { capacityRowsOf } from '../shared/domain/capacity.js';
import { countingStream } from '../shared/domain/pool.js';
import type { Store } from '../shared/store/index.js';
import { queryAllItems } from '../shared/store/index-reads.js';
import { GSI2 } from '../shared/store/keys.js';

type Counts = { available: number; held: number; occupied: number; closed: number; total: number };
/** Per `unit|stream`: beds by state; per `unit|free` and `unit|held`: the bed ids, with what each may serve. */
type Recount = Map<string, Counts | string[]>;

const describe = (bedId: string, b: { eligibleStreams: string[]; contractedTo: string | null }) =>
  `${bedId} ${b.eligibleStreams.join('+')} ${b.contractedTo ?? 'pooled'}`;

/**
 * Counts every bed of each unit by its effective state now (a lapsed hold counts as free), in the
 * stream its contract files it under, and lists the free and live-held beds with their facts.
 */
export async function recountBeds(store: Store, unitIds: string[], now: Date): Promise<Recount> {
  const out: Recount = new Map();
  for (const unitId of unitIds) {
    const free: string[] = [];
    const held: string[] = [];
    for (const b of await store.units.listBeds(unitId)) {
      const k = `${unitId}|${countingStream(b)}`;
      const c = (out.get(k) as Counts | undefined) ?? {
        available: 0,
        held: 0,
        occupied: 0,
        closed: 0,
        total: 0,
      };
      const lapsed =
        b.state === 'held' && b.heldUntil !== undefined && Date.parse(b.heldUntil) <= now.getTime();
      const state = lapsed ? 'available' : b.state;
      c[state] += 1;
      c.total += 1;
      out.set(k, c);
      if (state === 'available') free.push(describe(b.bedId, b));
      if (state === 'held') held.push(describe(b.bedId, b));
    }
    out.set(`${unitId}|free`, free.sort());
    out.set(`${unitId}|held`, held.sort());
  }
  return out;
}

/** The maintained counters of the same units, read the way capacity and matching read them. */
export async function readCounters(store: Store, unitIds: string[], now: Date): Promise<Recount> {
  const out: Recount = new Map();
  for (const unitId of unitIds) {
    const item = await store.units.getCounter(unitId);
    if (!item) continue;
    for (const row of capacityRowsOf(item, now, false)) out.set(`${unitId}|${row.stream}`, row.beds);
    const t = now.getTime();
    const live = Object.entries(item.holds ?? {}).filter(([, h]) => Date.parse(h.heldUntil) > t);
    const lapsed = Object.entries(item.holds ?? {}).filter(([, h]) => Date.parse(h.heldUntil) <= t);
    out.set(
      `${unitId}|free`,
      [...Object.entries(item.free ?? {}), ...lapsed].map(([id, b]) => describe(id, b)).sort(),
    );
    out.set(`${unitId}|held`, live.map(([id, b]) => describe(id, b)).sort());
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
      // The provider's index finds its active records (it carries status); each is read by key.
      const active = await queryAllItems<{ unitId: string; bedId: string; expiresAt?: string }>(
        store.db,
        {
          IndexName: GSI2,
          KeyConditionExpression: 'gsi2pk = :pk',
          FilterExpression: '#s = :active',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':pk': `PROV#${providerId}#${type}`, ':active': 'active' },
        },
        (item) => item.unitId === unitId,
      );
      for (const item of active) {
        const live = type === 'PLACEMENT' || Date.parse(item.expiresAt as string) > now.getTime();
        if (live) count(item.bedId);
      }
    }
    for (const n of claims.values()) if (n > 1) doubles += n - 1;
  }
  return doubles;
}
